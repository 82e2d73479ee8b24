"""Reads behind the Contacts tab: search, and one contact's messages, calls and enrollments."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.history import CallEntry, EnrollmentEntry, MessageEntry
from kixie_desktop.domain.ids import AccountId, ActionRunId, ContactId, EnrollmentId
from kixie_desktop.domain.statuses import ActionStatus, EnrollmentState
from kixie_desktop.storage.models import (
    ActionRunRow,
    CadenceRow,
    CallRecordRow,
    ContactRow,
    DispositionRow,
    EnrollmentRow,
    SmsMessageRow,
    UserRow,
)
from kixie_desktop.storage.repositories.contacts import contact_value

HISTORY_LIMIT = 200  # the newest entries of each kind; older ones stay in the database


class SqlContactHistory:
    def __init__(self, session: Session) -> None:
        self._s = session

    def search(self, account_id: AccountId, text: str, limit: int = 200) -> list[Contact]:
        query = select(ContactRow).where(ContactRow.account_id == account_id)
        needle = text.strip().lower()
        if needle:
            digits = "".join(ch for ch in needle if ch.isdigit())
            like = f"%{needle}%"
            clauses = [func.lower(ContactRow.first_name + " " + ContactRow.last_name).like(like),
                       func.lower(ContactRow.email).like(like), func.lower(ContactRow.company).like(like)]
            if digits:
                clauses.append(ContactRow.phone.like(f"%{digits}%"))
            query = query.where(or_(*clauses))
        rows = self._s.scalars(query.order_by(ContactRow.last_name, ContactRow.first_name, ContactRow.id).limit(limit))
        return [contact_value(r) for r in rows]

    def messages(self, contact_id: ContactId) -> list[MessageEntry]:
        rows = self._s.execute(
            select(SmsMessageRow.created_at, SmsMessageRow.direction, SmsMessageRow.body, SmsMessageRow.status)
            .where(SmsMessageRow.contact_id == contact_id)
            .order_by(SmsMessageRow.created_at.desc(), SmsMessageRow.id.desc()).limit(HISTORY_LIMIT))
        return [MessageEntry(*r) for r in reversed(rows.all())]

    def calls(self, contact_id: ContactId) -> list[CallEntry]:
        agent = func.trim(UserRow.first_name + " " + UserRow.last_name)
        rows = self._s.execute(
            select(CallRecordRow, agent, DispositionRow.name)
            .outerjoin(UserRow, UserRow.id == CallRecordRow.user_id)
            .outerjoin(DispositionRow, DispositionRow.id == CallRecordRow.disposition_id)
            .where(CallRecordRow.contact_id == contact_id)
            .order_by(CallRecordRow.started_at.desc(), CallRecordRow.id.desc()).limit(HISTORY_LIMIT))
        out = []
        for call, agent_name, disposition in reversed(rows.all()):
            talk = (int((call.ended_at - call.connected_at).total_seconds())
                    if call.connected_at and call.ended_at else 0)
            out.append(CallEntry(call.started_at, call.direction, agent_name, call.sip_status, call.sip_reason,
                                 disposition, call.notes, talk, call.id, call.recording_file,
                                 call.recording_seconds))
        return out

    def enrollments(self, contact_id: ContactId) -> list[EnrollmentEntry]:
        e = EnrollmentRow
        rows = self._s.execute(
            select(e.created_at, CadenceRow.name, e.state, e.end_reason, e.id, e.owner_id, e.paused_until,
                   e.paused_by)
            .join(CadenceRow, CadenceRow.id == e.cadence_id)
            .where(e.contact_id == contact_id)
            .order_by(e.created_at.desc(), e.id.desc()).limit(HISTORY_LIMIT))
        return [EnrollmentEntry(r[0], r[1], EnrollmentState(r[2]), *r[3:]) for r in rows]

    def unknown_sms(self, contact_id: ContactId) -> dict[EnrollmentId, ActionRunId]:
        """Each enrollment's latest SMS nobody knows went out, by enrollment."""
        rows = self._s.execute(
            select(ActionRunRow.enrollment_id, func.max(ActionRunRow.id))
            .where(ActionRunRow.contact_id == contact_id, ActionRunRow.status == ActionStatus.UNKNOWN.value,
                   ActionRunRow.type == ActionType.SMS.value)
            .group_by(ActionRunRow.enrollment_id))
        return {EnrollmentId(e): ActionRunId(r) for e, r in rows}
