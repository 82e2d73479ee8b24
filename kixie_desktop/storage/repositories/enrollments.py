"""Enrollments over SQLAlchemy: who is in which cadence, and in which state."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, exists, or_, select, update
from sqlalchemy.orm import Session

from kixie_desktop.domain.errors import NotFound
from kixie_desktop.domain.ids import (
    AccountId,
    CadenceId,
    CadenceVersionId,
    ContactId,
    EnrollmentId,
    UserId,
)
from kixie_desktop.domain.runs import Enrollment
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.storage.bulk import BulkUpdate
from kixie_desktop.storage.database import is_postgres
from kixie_desktop.storage.durations import seconds_between
from kixie_desktop.storage.models import EnrollmentRow
from kixie_desktop.storage.one_of import one_of

OPEN = (EnrollmentState.ACTIVE.value, EnrollmentState.PAUSED.value)
_TABLE = EnrollmentRow.__table__
_FIELDS = tuple(f.name for f in fields(Enrollment))
_COLUMNS = tuple(_TABLE.c[name] for name in _FIELDS)
assert _FIELDS[6] == "state"
_STATES = {s.value: s for s in EnrollmentState}
_ADVANCE = BulkUpdate(_TABLE, "id", ("current_step", "id"))
# The earliest touch wins, whichever transaction writes last; the seconds since the
# enrollment go with it (Analytics orders leads by them).
_AT = bindparam("at", type_=EnrollmentRow.first_touch_at.type)
_FIRST_TOUCH = (update(EnrollmentRow)
                .where(EnrollmentRow.id == bindparam("enrollment_id"),
                       or_(EnrollmentRow.first_touch_at.is_(None), EnrollmentRow.first_touch_at > _AT))
                .values(first_touch_at=_AT, first_touch_s=seconds_between(_AT, EnrollmentRow.created_at)))


def _enrollment_of(r: Any) -> Enrollment:
    """From a row of ``_COLUMNS``, positionally (the engine reads hundreds per batch)."""
    return Enrollment(*r[:6], _STATES[r[6]], *r[7:])


def _enrollment(row: EnrollmentRow) -> Enrollment:
    return _enrollment_of([getattr(row, name) for name in _FIELDS])


class SqlEnrollments:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._postgres = is_postgres(session)

    def get(self, enrollment_id: EnrollmentId) -> Enrollment:
        row = self._s.get(EnrollmentRow, enrollment_id)
        if row is None:
            raise NotFound(f"enrollment {enrollment_id} does not exist", field="enrollment")
        return _enrollment(row)

    def get_many(self, ids: Iterable[EnrollmentId]) -> dict[EnrollmentId, Enrollment]:
        wanted = list(set(ids))
        if not wanted:
            return {}
        # Plain rows, not ORM objects: the engine reads hundreds per batch.
        rows = self._s.connection().execute(
            select(*_COLUMNS).where(one_of(EnrollmentRow.id, wanted, postgres=self._postgres)))
        return {r[0]: _enrollment_of(r) for r in rows}

    def is_open(self, contact_id: ContactId, cadence_id: CadenceId) -> bool:
        return bool(self._s.scalar(select(exists().where(
            EnrollmentRow.contact_id == contact_id, EnrollmentRow.cadence_id == cadence_id,
            EnrollmentRow.state.in_(OPEN)))))

    def ever(self, contact_id: ContactId, cadence_id: CadenceId) -> bool:
        return bool(self._s.scalar(select(exists().where(
            EnrollmentRow.contact_id == contact_id, EnrollmentRow.cadence_id == cadence_id))))

    def open_elsewhere(self, contact_id: ContactId, cadence_id: CadenceId) -> list[CadenceId]:
        ids = self._s.scalars(select(EnrollmentRow.cadence_id).where(
            EnrollmentRow.contact_id == contact_id, EnrollmentRow.cadence_id != cadence_id,
            EnrollmentRow.state.in_(OPEN)))
        return [CadenceId(i) for i in ids]

    def open_for_contact(self, contact_id: ContactId) -> list[Enrollment]:
        rows = self._s.scalars(select(EnrollmentRow).where(
            EnrollmentRow.contact_id == contact_id, EnrollmentRow.state.in_(OPEN)))
        return [_enrollment(r) for r in rows]

    def open_for_cadence(self, cadence_id: CadenceId) -> list[EnrollmentId]:
        return [EnrollmentId(i) for i in self._s.scalars(select(EnrollmentRow.id).where(
            EnrollmentRow.cadence_id == cadence_id, EnrollmentRow.state.in_(OPEN)))]

    def add(self, account_id: AccountId, contact_id: ContactId, cadence_id: CadenceId,
            version_id: CadenceVersionId, owner_id: UserId | None, source: str, now: datetime) -> Enrollment:
        row = EnrollmentRow(account_id=account_id, contact_id=contact_id, cadence_id=cadence_id,
                            version_id=version_id, owner_id=owner_id, state=EnrollmentState.ACTIVE.value,
                            current_step=0, source=source, created_at=now)
        self._s.add(row)
        self._s.flush()
        return _enrollment(row)

    def set_owner(self, enrollment_id: EnrollmentId, owner_id: UserId) -> None:
        self._s.execute(update(EnrollmentRow).where(EnrollmentRow.id == enrollment_id)
                        .values(owner_id=owner_id))

    def advance(self, steps: Sequence[tuple[EnrollmentId, int]]) -> None:
        if steps:
            _ADVANCE.execute(self._s.connection(), ((n, i) for i, n in steps))

    def first_touched(self, touches: Mapping[EnrollmentId, datetime]) -> None:
        """The leads were called or texted at these instants: each keeps its earliest touch."""
        if touches:
            self._s.connection().execute(_FIRST_TOUCH, [{"enrollment_id": e, "at": at} for e, at in touches.items()])

    def end(self, ids: Sequence[EnrollmentId], state: EnrollmentState, reason: str, now: datetime) -> list[EnrollmentId]:
        """End the still-open ones among ``ids``; return those that this call ended."""
        if not ids:
            return []
        ended = list(self._s.connection().scalars(
            update(EnrollmentRow)
            .where(one_of(EnrollmentRow.id, ids, postgres=self._postgres), EnrollmentRow.state.in_(OPEN))
            .values(state=state.value, ended_at=now, end_reason=reason)
            .returning(EnrollmentRow.id)
        ))
        return [EnrollmentId(i) for i in ended]

    def set_paused(self, enrollment_id: EnrollmentId, until: datetime | None) -> bool:
        """A reply's pause until ``until`` (it never shortens a pause already set, nor ends a
        person's), or, with None, the end of a pause that ran out."""
        row = update(EnrollmentRow).where(EnrollmentRow.id == enrollment_id)
        if until is None:
            row = row.where(EnrollmentRow.state.in_(OPEN)).values(
                state=EnrollmentState.ACTIVE.value, paused_until=None, paused_by=None)
        else:
            longer = EnrollmentRow.paused_until.is_not(None) & (EnrollmentRow.paused_until < until)
            row = row.where((EnrollmentRow.state == EnrollmentState.ACTIVE.value)
                            | ((EnrollmentRow.state == EnrollmentState.PAUSED.value) & longer)).values(
                state=EnrollmentState.PAUSED.value, paused_until=until, paused_by=None)
        return bool(self._s.execute(row).rowcount)  # type: ignore[attr-defined]

    def pause(self, enrollment_id: EnrollmentId, until: datetime | None, by: str) -> bool:
        """A person's pause of an active enrollment; False when it is not active (any more)."""
        result = self._s.execute(
            update(EnrollmentRow)
            .where(EnrollmentRow.id == enrollment_id, EnrollmentRow.state == EnrollmentState.ACTIVE.value)
            .values(state=EnrollmentState.PAUSED.value, paused_until=until, paused_by=by))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def resume(self, enrollment_id: EnrollmentId) -> bool:
        """Active again; False when it was not paused (any more)."""
        result = self._s.execute(
            update(EnrollmentRow)
            .where(EnrollmentRow.id == enrollment_id, EnrollmentRow.state == EnrollmentState.PAUSED.value)
            .values(state=EnrollmentState.ACTIVE.value, paused_until=None, paused_by=None))
        return bool(result.rowcount)  # type: ignore[attr-defined]
