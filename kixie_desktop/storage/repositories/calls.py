"""Call records: every call placed or received, with its SIP outcome and disposition."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, literal, select, update
from sqlalchemy.orm import Session

from kixie_desktop.domain.ids import AccountId, ActionRunId, ContactId, DispositionId, UserId
from kixie_desktop.storage.durations import seconds_between
from kixie_desktop.storage.models import CallRecordRow


class SqlCalls:
    def __init__(self, session: Session) -> None:
        self._s = session

    def open(self, account_id: AccountId, contact_id: ContactId | None, user_id: UserId | None,
             run_id: ActionRunId | None, from_number: str | None, to_number: str, now: datetime,
             direction: str = "out") -> int:
        row = CallRecordRow(account_id=account_id, contact_id=contact_id, user_id=user_id,
                            action_run_id=run_id, direction=direction, from_number=from_number,
                            to_number=to_number, started_at=now)
        self._s.add(row)
        self._s.flush()
        return row.id

    def close(self, record_id: int, sip_status: int | None, reason: str | None,
              connected_at: datetime | None, now: datetime) -> None:
        talk = round((now - connected_at).total_seconds(), 3) if connected_at is not None else None
        c = CallRecordRow
        self._s.execute(update(c).where(c.id == record_id).values(
            sip_status=sip_status, sip_reason=reason, connected_at=connected_at, ended_at=now, talk_s=talk,
            # A disposition saved before the hang-up left no wrap-up to do.
            wrap_up_s=case((c.disposition_id.is_not(None), 0.0), else_=c.wrap_up_s)))

    def talk_seconds(self, record_id: int) -> int:
        row = self._s.get(CallRecordRow, record_id)
        if row is None or row.connected_at is None or row.ended_at is None:
            return 0
        return int((row.ended_at - row.connected_at).total_seconds())

    def set_disposition(self, record_id: int, disposition_id: DispositionId, notes: str | None,
                        now: datetime) -> None:
        """The outcome saved at ``now``: the wrap-up is the time since the hang-up (none when the
        call is still up; unknown when its end never came)."""
        c = CallRecordRow
        at = literal(now, c.ended_at.type)
        self._s.execute(update(c).where(c.id == record_id).values(
            disposition_id=disposition_id, notes=notes,
            wrap_up_s=case((c.ended_at.is_(None), None), (c.ended_at < at, seconds_between(at, c.ended_at)),
                           else_=0.0)))

    def set_recording(self, record_id: int, file: str) -> None:
        self._s.execute(update(CallRecordRow).where(CallRecordRow.id == record_id).values(recording_file=file))

    def recording_file(self, record_id: int) -> str | None:
        return self._s.scalar(select(CallRecordRow.recording_file).where(CallRecordRow.id == record_id))

    def set_recording_seconds(self, record_id: int, seconds: float | None) -> None:
        self._s.execute(update(CallRecordRow).where(CallRecordRow.id == record_id).values(recording_seconds=seconds))

    def known_recording_files(self, names: list[str]) -> set[str]:
        """Which of ``names`` a call record names (a few thousand at most: one computer's)."""
        known: set[str] = set()
        for start in range(0, len(names), 500):
            chunk = names[start:start + 500]
            known.update(self._s.scalars(select(CallRecordRow.recording_file)
                                         .where(CallRecordRow.recording_file.in_(chunk))))
        return known

    def recording_files_of_contact(self, contact_id: ContactId) -> list[str]:
        return [f for f in self._s.scalars(select(CallRecordRow.recording_file).where(
            CallRecordRow.contact_id == contact_id, CallRecordRow.recording_file.is_not(None)))]
