"""Touches (every call or SMS to a number), SMS messages, call prompts and the webhook outbox.

``lock_numbers`` serialises harassment checks per phone number across engines:
on PostgreSQL a transaction-scoped advisory lock per number, taken in sorted
order so two engines cannot deadlock; on SQLite the write lock already does it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from kixie_desktop.domain.harassment import NewTouch, TouchKind
from kixie_desktop.domain.ids import AccountId, ActionRunId, UserId
from kixie_desktop.domain.messaging import InboundSms, SendingSms, SmsSettled
from kixie_desktop.domain.runs import ActionRun, OutboxEvent
from kixie_desktop.storage.bulk import BulkInsert, BulkUpdate
from kixie_desktop.storage.database import is_postgres
from kixie_desktop.storage.models import (
    CallPromptRow,
    SmsMessageRow,
    TouchRow,
    WebhookOutboxRow,
    WebhookSubscriptionRow,
)
from kixie_desktop.storage.one_of import one_of

_ADD_TOUCHES = BulkInsert(TouchRow.__table__,
                          ("account_id", "phone", "kind", "at", "source", "action_run_id", "cadence_id"))
_MESSAGE_KEYS = ("account_id", "contact_id", "action_run_id", "direction", "from_number", "to_number",
                 "body", "status", "idempotency_key", "created_at")
_ADD_MESSAGES = BulkInsert(SmsMessageRow.__table__, _MESSAGE_KEYS)
_SET_RESULTS = BulkUpdate(SmsMessageRow.__table__, "idempotency_key",
                          ("idempotency_key", "status", "provider_id", "detail"))


class SqlTouches:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._postgres = is_postgres(session)

    def lock_numbers(self, phones: Iterable[str]) -> None:
        if not self._postgres:
            return
        wanted = sorted(set(phones))
        if wanted:
            # One round trip for the whole batch; the inner ORDER BY makes every engine take
            # the locks in the same order, so two engines cannot deadlock on them.
            self._s.execute(text(
                "SELECT count(pg_advisory_xact_lock(h)) FROM "
                "(SELECT DISTINCT hashtext(p) AS h FROM unnest(CAST(:phones AS text[])) AS p ORDER BY h) AS s"
            ), {"phones": wanted})

    def times(self, phones: Iterable[str], since: datetime) -> dict[tuple[str, TouchKind], list[datetime]]:
        wanted = list(set(phones))
        out: dict[tuple[str, TouchKind], list[datetime]] = {}
        if not wanted:
            return out
        rows = self._s.connection().execute(
            select(TouchRow.phone, TouchRow.kind, TouchRow.at)
            .where(one_of(TouchRow.phone, wanted, postgres=self._postgres), TouchRow.at > since))
        for phone, kind, at in rows:
            out.setdefault((phone, TouchKind(kind)), []).append(at)
        return out

    def add_many(self, account_id: AccountId, touches: Sequence[NewTouch]) -> None:
        if touches:
            _ADD_TOUCHES.execute(self._s.connection(), (
                (account_id, t.phone, t.kind.value, t.at, t.source, t.action_run_id, t.cadence_id)
                for t in touches))

    def remove_latest(self, runs: Sequence[ActionRun], kind: TouchKind) -> None:
        """Remove each run's latest touch of ``kind``: the one its claim counted, for a send
        that never left. Touches of earlier attempts stay (a failed attempt still counts)."""
        if not runs:
            return
        # By phone first: that is what the touches are indexed on.
        latest = (select(func.max(TouchRow.id))
                  .where(one_of(TouchRow.phone, list({r.target_phone for r in runs}), postgres=self._postgres),
                         TouchRow.kind == kind.value,
                         one_of(TouchRow.action_run_id, [r.id for r in runs], postgres=self._postgres))
                  .group_by(TouchRow.action_run_id))
        self._s.execute(delete(TouchRow).where(TouchRow.id.in_(latest)))

    def count(self, phone: str, kind: TouchKind) -> int:
        return self._s.scalar(select(func.count()).select_from(TouchRow)
                              .where(TouchRow.phone == phone, TouchRow.kind == kind.value)) or 0


class SqlMessages:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add_many(self, messages: Sequence[SendingSms]) -> None:
        if messages:
            _ADD_MESSAGES.execute(self._s.connection(), (
                (m.account_id, m.contact_id, m.action_run_id, "out", m.from_number, m.to_number, m.body,
                 "sending", m.idempotency_key, m.created_at) for m in messages))

    def add_inbound(self, sms: InboundSms) -> None:
        self._s.connection().execute(insert(SmsMessageRow.__table__).values(
            account_id=sms.account_id, contact_id=sms.contact_id, action_run_id=None, direction="in",
            from_number=sms.from_number, to_number=sms.to_number, body=sms.text.text,
            raw_body=sms.text.raw, status="received", idempotency_key=None, created_at=sms.received_at))

    def set_results(self, results: Sequence[SmsSettled]) -> None:
        if results:
            _SET_RESULTS.execute(self._s.connection(), (
                (r.idempotency_key, r.status, r.provider_id, r.detail) for r in results))

    def body(self, idempotency_key: str) -> str | None:
        """The text stored for one outbound attempt (found by its key), None if none was."""
        return self._s.scalar(select(SmsMessageRow.body).where(SmsMessageRow.idempotency_key == idempotency_key))

    def handed_over_at(self, idempotency_key: str) -> datetime | None:
        """When one outbound attempt was handed to the gateway, None if it never was."""
        return self._s.scalar(select(SmsMessageRow.created_at).where(SmsMessageRow.idempotency_key == idempotency_key))


class SqlPrompts:
    def __init__(self, session: Session) -> None:
        self._s = session

    def offer(self, run_id: ActionRunId, user_ids: Sequence[UserId], attempt: int, now: datetime,
              expires_at: datetime) -> None:
        if user_ids:
            self._s.connection().execute(insert(CallPromptRow.__table__), [
                {"action_run_id": run_id, "user_id": u, "attempt": attempt, "state": "offered",
                 "created_at": now, "expires_at": expires_at} for u in user_ids])

    def close(self, run_id: ActionRunId, winner: UserId | None, now: datetime) -> None:
        """The winner's prompt is accepted; every other open one is withdrawn (or expired)."""
        open_prompts = (update(CallPromptRow)
                        .where(CallPromptRow.action_run_id == run_id, CallPromptRow.state == "offered"))
        if winner is not None:
            self._s.execute(open_prompts.where(CallPromptRow.user_id == winner)
                            .values(state="accepted", answered_at=now))
            self._s.execute(open_prompts.values(state="withdrawn", answered_at=now))
        else:
            self._s.execute(open_prompts.values(state="expired", answered_at=now))

    def decline(self, prompt_id: int, user_id: UserId, now: datetime) -> ActionRunId | None:
        """This agent passes on a prompt still offered to them; the run's id, else None."""
        run_id = self._s.connection().scalar(
            update(CallPromptRow)
            .where(CallPromptRow.id == prompt_id, CallPromptRow.user_id == user_id,
                   CallPromptRow.state == "offered")
            .values(state="declined", answered_at=now)
            .returning(CallPromptRow.action_run_id))
        return ActionRunId(run_id) if run_id is not None else None

    def any_open(self, run_id: ActionRunId) -> bool:
        return self._s.scalar(select(CallPromptRow.id).where(
            CallPromptRow.action_run_id == run_id, CallPromptRow.state == "offered").limit(1)) is not None

    def open_for(self, user_id: UserId, now: datetime) -> list[tuple[int, ActionRunId, datetime]]:
        rows = self._s.execute(select(CallPromptRow.id, CallPromptRow.action_run_id, CallPromptRow.expires_at)
                               .where(CallPromptRow.user_id == user_id, CallPromptRow.state == "offered",
                                      CallPromptRow.expires_at >= now)
                               .order_by(CallPromptRow.created_at))
        return [(i, ActionRunId(r), e) for i, r, e in rows]


class SqlOutbox:
    def __init__(self, session: Session) -> None:
        self._s = session

    def subscribed_types(self, account_id: AccountId) -> frozenset[str]:
        """Event types some active subscription wants; nothing else is written to the outbox."""
        rows = self._s.connection().scalars(select(WebhookSubscriptionRow.events).where(
            WebhookSubscriptionRow.account_id == account_id, WebhookSubscriptionRow.active.is_(True)))
        return frozenset(e for events in rows for e in events)

    def add_many(self, account_id: AccountId, events: Sequence[OutboxEvent], now: datetime) -> None:
        if events:
            self._s.connection().execute(insert(WebhookOutboxRow.__table__), [
                {"account_id": account_id, "event_id": f"evt_{uuid.uuid4().hex}", "event_type": e.event_type,
                 "contact_id": e.contact_id, "payload": e.payload, "status": "pending", "attempts": 0,
                 "next_attempt_at": now, "created_at": now} for e in events])
