"""Action runs over SQLAlchemy: the engine's queue and the Inflight/Completed rows.

The queue queries spell their condition exactly as the partial indexes do
(``DUE_PREDICATE``, ``LEASED_PREDICATE``): a planner can only use a partial index
whose condition the query's WHERE visibly implies, and a bound parameter in place of
``'scheduled'`` hides that — at a million waiting rows the difference is a scan.

Batch-shaped on purpose: the engine claims a few hundred due runs per
transaction and writes their outcomes with one executemany per statement. The
outcomes arrive as typed changes (``domain/run_changes.py``), each kind mapped here
to its own bulk statement; the conditional UPDATEs take their status guards from the
lifecycle table, as the port states them (``services/ports/run_guards.py``).
On PostgreSQL due rows are claimed ``FOR UPDATE SKIP LOCKED`` so engines never
wait on, or double-run, each other's rows; on SQLite the transaction already
holds the database's single write lock (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import ARRAY, Select, any_, bindparam, select, text, update
from sqlalchemy.orm import Session

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.errors import NotFound
from kixie_desktop.domain.ids import (
    ActionRunId,
    CadenceId,
    ContactId,
    EnrollmentId,
    UserId,
)
from kixie_desktop.domain.run_changes import (
    RunChange,
    RunDeferred,
    RunDispositioned,
    RunEnded,
    RunHeld,
    RunLeaseTaken,
    RunOffered,
    RunReleased,
    RunRetried,
    RunSendClaimed,
    RunSentAgain,
    RunUnclaimed,
    RunWithdrawn,
)
from kixie_desktop.domain.runs import ActionRun, NewRun
from kixie_desktop.domain.statuses import INFLIGHT, ActionStatus
from kixie_desktop.services.ports import run_guards
from kixie_desktop.storage.bulk import BulkInsert, BulkUpdate
from kixie_desktop.storage.database import is_postgres
from kixie_desktop.storage.models import ActionRunRow, CadenceRow
from kixie_desktop.storage.models.runtime import DUE_PREDICATE, LEASED_PREDICATE

_INFLIGHT = [s.value for s in INFLIGHT]
_TABLE = ActionRunRow.__table__
# In ActionRun's field order, so that a row builds its value positionally (the engine
# builds hundreds per batch; keyword construction and enum calls cost more than the read).
_FIELDS = tuple(f.name for f in fields(ActionRun))
_COLUMNS = tuple(_TABLE.c[name] for name in _FIELDS)
assert _FIELDS[7:9] == ("type", "status")
_TYPES = {t.value: t for t in ActionType}
_STATUSES = {s.value: s for s in ActionStatus}
_NEW_RUN_FIELDS = tuple(f.name for f in fields(NewRun))
_ENUM_FIELDS = frozenset({"type", "status"})
_INSERT = BulkInsert(_TABLE, (*_NEW_RUN_FIELDS, "retry_count", "attempt", "created_at"))


def _write(*keys: str) -> BulkUpdate:
    return BulkUpdate(_TABLE, "id", ("id", *keys))


_SCHEDULED, _PROCESSING, _COMPLETED = (run_guards.STATUS_AFTER[kind].value for kind in (
    RunRetried, RunOffered, RunDispositioned))
_CLAIMED, _UNCLAIMED, _WITHDRAWN, _SENT_AGAIN = (run_guards.STATUS_AFTER[kind].value for kind in (
    RunSendClaimed, RunUnclaimed, RunWithdrawn, RunSentAgain))
_SENDING = run_guards.SENDING.value
_SENDABLE = sorted(s.value for s in run_guards.SENDABLE)
_END = ("status", "outcome", "reason", "completed_at", "lease_owner", "lease_expires_at")
# Each typed change: the one statement that writes it and its row, in the statement's order.
# The columns a change touches are named here and nowhere else.
_WRITES: dict[type[Any], tuple[BulkUpdate, Callable[[Any], tuple[Any, ...]]]] = {
    RunHeld: (_write("held", "reason"), lambda c: (c.run_id, True, c.reason)),
    RunDeferred: (_write("due_at", "reason"), lambda c: (c.run_id, c.due_at, c.reason)),
    RunSendClaimed: (_write("status", "lease_owner", "lease_expires_at", "reason"),
                     lambda c: (c.run_id, _CLAIMED, c.lease_owner, c.lease_expires_at, c.reason)),
    RunOffered: (_write("status", "lease_expires_at", "reason"),
                 lambda c: (c.run_id, _PROCESSING, c.deadline, c.reason)),
    RunRetried: (_write("status", "due_at", "retry_count", "attempt", "lease_owner", "lease_expires_at",
                        "reason"),
                 lambda c: (c.run_id, _SCHEDULED, c.due_at, c.retry_count, c.attempt, None, None, c.reason)),
    RunLeaseTaken: (_write("lease_owner", "lease_expires_at"),
                    lambda c: (c.run_id, c.lease_owner, c.lease_expires_at)),
    RunUnclaimed: (_write("status", "due_at", "lease_owner", "lease_expires_at", "reason"),
                   lambda c: (c.run_id, _UNCLAIMED, c.due_at, None, None, c.reason)),
    RunEnded: (_write(*_END), lambda c: (c.run_id, c.status.value, c.outcome, c.reason, c.at, None, None)),
    RunDispositioned: (_write(*_END, "disposition_id"), lambda c: (
        c.run_id, _COMPLETED, c.outcome, c.reason, c.at, None, None, c.disposition_id)),
    RunReleased: (_write("held", "due_at", "reason"), lambda c: (c.run_id, False, c.due_at, c.reason)),
    RunWithdrawn: (_write("status", "due_at", "held", "lease_owner", "lease_expires_at", "reason"),
                   lambda c: (c.run_id, _WITHDRAWN, c.due_at, c.held, None, None, c.reason)),
    RunSentAgain: (_write("status", "due_at", "attempt", "held", "completed_at", "outcome", "reason"),
                   lambda c: (c.run_id, _SENT_AGAIN, c.due_at, c.attempt, False, None, None, c.reason)),
}

# The conditional UPDATEs' guards, from the lifecycle table through the port.
_ACCEPTABLE, _CLOSABLE, _CANCELLABLE, _HOLDABLE, _RELEASABLE = (
    sorted(s.value for s in statuses) for statuses in (
        run_guards.ACCEPTABLE, run_guards.PROMPT_CLOSABLE, run_guards.CANCELLABLE, run_guards.HOLDABLE,
        run_guards.RELEASABLE))


def _start_sending(ids: Any) -> Any:
    return (update(_TABLE)
            .where(ids, _TABLE.c.status.in_(_SENDABLE), _TABLE.c.lease_owner == bindparam("owner"))
            .values(status=_SENDING, lease_expires_at=bindparam("lease"), reason=bindparam("reason"))
            .returning(_TABLE.c.id))


_START_SENDING = _start_sending(_TABLE.c.id.in_(bindparam("ids", expanding=True)))
_START_SENDING_PG = _start_sending(_TABLE.c.id == any_(bindparam("ids", type_=ARRAY(_TABLE.c.id.type))))


def _run(r: Any) -> ActionRun:
    return ActionRun(*r[:7], _TYPES[r[7]], _STATUSES[r[8]], *r[9:])


class SqlRuns:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._postgres = is_postgres(session)

    def _locked(self, query: Select[Any]) -> Select[Any]:
        return query.with_for_update(skip_locked=True, of=ActionRunRow) if self._postgres else query

    def get(self, run_id: ActionRunId, *, lock: bool = False) -> ActionRun:
        query = select(*_COLUMNS).where(ActionRunRow.id == run_id)
        if lock and self._postgres:
            query = query.with_for_update(of=ActionRunRow)
        row = self._s.execute(query).first()
        if row is None:
            raise NotFound(f"action {run_id} does not exist", field="action")
        return _run(row)

    def add_many(self, runs: Sequence[NewRun], now: datetime) -> None:
        if not runs:
            return
        _INSERT.execute(self._s.connection(), (
            (*(getattr(run, f).value if f in _ENUM_FIELDS else getattr(run, f) for f in _NEW_RUN_FIELDS),
             0, 0, now)
            for run in runs))

    def claim_due(self, now: datetime, limit: int) -> list[ActionRun]:
        query = (select(*_COLUMNS)
                 .where(text(DUE_PREDICATE), ActionRunRow.due_at <= now)
                 .order_by(ActionRunRow.due_at, ActionRunRow.id).limit(limit))
        return [_run(r) for r in self._s.connection().execute(self._locked(query))]

    def abandoned_sms(self, status: ActionStatus, now: datetime, limit: int, *,
                      owner: str | None = None, any_owner: bool = False) -> list[ActionRun]:
        """SMS runs in ``status`` (claimed or sending) whose engine died: the lease ran out, or,
        at an engine's start, it is leased to ``owner`` (that engine's own name, so its
        earlier life) or to anyone at all (``any_owner``: the only engine the database may
        have, so every lease is a dead one's)."""
        query = select(*_COLUMNS).where(text(LEASED_PREDICATE), ActionRunRow.status == status.value,
                                        ActionRunRow.type == ActionType.SMS.value)
        if not any_owner:
            gone = ActionRunRow.lease_expires_at < now
            query = query.where(gone | (ActionRunRow.lease_owner == owner) if owner is not None else gone)
        query = query.order_by(ActionRunRow.lease_expires_at).limit(limit)
        return [_run(r) for r in self._s.execute(self._locked(query))]

    def start_sending(self, run_ids: Sequence[ActionRunId], lease_owner: str,
                      lease_expires_at: datetime, reason: str) -> set[ActionRunId]:
        """Move claimed SMS runs still claimed by ``lease_owner`` to ``sending``; the ids moved.
        One left out was cancelled, or taken back by a recovery, since it was claimed: it
        must not be sent."""
        if not run_ids:
            return set()
        # Core, not the ORM: this runs once per window, and the ORM's bulk-update path (session
        # synchronisation, RETURNING into entities) cost several times the statement itself.
        moved = self._s.connection().execute(_START_SENDING_PG if self._postgres else _START_SENDING, {
            "ids": list(run_ids), "owner": lease_owner, "lease": lease_expires_at, "reason": reason})
        return {ActionRunId(i) for i in moved.scalars()}

    def unanswered_prompts(self, now: datetime, limit: int) -> list[ActionRun]:
        """Call runs whose prompt deadline passed with no agent accepting."""
        query = (select(*_COLUMNS)
                 .where(text(LEASED_PREDICATE), ActionRunRow.status == ActionStatus.PROCESSING.value,
                        ActionRunRow.type == ActionType.CALL.value,  # a claimed SMS is processing too
                        ActionRunRow.accepted_by.is_(None), ActionRunRow.lease_expires_at < now)
                 .order_by(ActionRunRow.lease_expires_at).limit(limit))
        return [_run(r) for r in self._s.execute(self._locked(query))]

    def record(self, changes: Sequence[RunChange]) -> None:
        """Write the changes, one bulk statement (``storage/bulk.py``) per kind, kinds in the
        order they first appear; a run changed twice is written twice, in order."""
        groups: dict[BulkUpdate, list[tuple[Any, ...]]] = {}
        for change in changes:
            statement, row = _WRITES[type(change)]
            rows = groups.get(statement)
            if rows is None:
                rows = groups[statement] = []
            rows.append(row(change))
        connection = self._s.connection()
        for statement, rows in groups.items():
            statement.execute(connection, rows)

    def accept(self, run_id: ActionRunId, user_id: UserId, now: datetime) -> bool:
        """The first agent to accept wins; True for the winner only, on every database."""
        result = self._s.execute(
            update(ActionRunRow)
            .where(ActionRunRow.id == run_id, ActionRunRow.status.in_(_ACCEPTABLE),
                   ActionRunRow.accepted_by.is_(None), ActionRunRow.lease_expires_at >= now)
            .values(accepted_by=user_id, owner_id=user_id, lease_expires_at=None,
                    reason="Call accepted")
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def end_prompt_now(self, run_id: ActionRunId, now: datetime) -> bool:
        """Every agent passed: the prompt's deadline is now, so the engine's next look treats
        the call as unanswered (retry later, or missed) instead of waiting out the timeout."""
        result = self._s.execute(
            update(ActionRunRow)
            .where(ActionRunRow.id == run_id, ActionRunRow.status.in_(_CLOSABLE),
                   ActionRunRow.accepted_by.is_(None), ActionRunRow.lease_expires_at > now)
            .values(lease_expires_at=now)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def inflight_for_enrollments(self, enrollment_ids: Iterable[EnrollmentId], *,
                                 lock: bool = False) -> list[ActionRun]:
        """``lock``: held until the transaction ends (PostgreSQL; SQLite's writer already
        holds the whole file), so an engine cannot move them between a read and a write."""
        ids = list(set(enrollment_ids))
        if not ids:
            return []
        query = (select(*_COLUMNS)
                 .where(ActionRunRow.enrollment_id.in_(ids), ActionRunRow.status.in_(_INFLIGHT))
                 .order_by(ActionRunRow.due_at, ActionRunRow.id))
        if lock and self._postgres:
            query = query.with_for_update(of=ActionRunRow)
        return [_run(r) for r in self._s.execute(query)]

    def cancel_for_enrollments(self, enrollment_ids: Iterable[EnrollmentId], reason: str, now: datetime,
                               *, only_type: ActionType | None = None) -> int:
        """Cancel pending (scheduled/processing) runs; an SMS already 'sending' is left to finish."""
        ids = list(set(enrollment_ids))
        if not ids:
            return 0
        query = (update(ActionRunRow)
                 .where(ActionRunRow.enrollment_id.in_(ids),
                        ActionRunRow.status.in_(_CANCELLABLE))
                 .values(status=run_guards.CANCELLED.value, completed_at=now, outcome="cancelled",
                         reason=reason, lease_expires_at=None))
        if only_type is not None:
            query = query.where(ActionRunRow.type == only_type.value)
        return int(self._s.execute(query).rowcount)  # type: ignore[attr-defined]

    def release_for_contact(self, contact_id: ContactId, now: datetime) -> int:
        """Let a contact's held actions be looked at again now (its zone was just set); those
        of cadences that are off stay held."""
        live = select(CadenceRow.id).where(CadenceRow.active.is_(True), CadenceRow.deleted_at.is_(None))
        result = self._s.execute(
            update(ActionRunRow)
            .where(ActionRunRow.contact_id == contact_id, ActionRunRow.status.in_(_RELEASABLE),
                   ActionRunRow.held.is_(True), ActionRunRow.cadence_id.in_(live))
            .values(held=False, due_at=now, reason="Contact changed: checking again")
        )
        return int(result.rowcount)  # type: ignore[attr-defined]

    def set_held(self, cadence_id: CadenceId, held: bool) -> int:
        result = self._s.execute(
            update(ActionRunRow)
            .where(ActionRunRow.cadence_id == cadence_id,
                   ActionRunRow.status.in_(_HOLDABLE if held else _RELEASABLE))
            .values(held=held, reason="Cadence is turned off" if held else "Cadence turned back on")
        )
        return int(result.rowcount)  # type: ignore[attr-defined]
