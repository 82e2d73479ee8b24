"""Webhook subscriptions and the outbox's delivery side over SQLAlchemy.

The engine and enrollment write events with no subscription (``SqlOutbox.add_many``);
``fan_out`` copies each to one row per matching subscription, whose ``event_id`` is
``<event id>.<subscription id>``. CRM jobs are rows of type ``crm.*`` with no
subscription. Claims lock rows with ``FOR UPDATE SKIP LOCKED`` on PostgreSQL so engines
on several workstations never take the same row; SQLite's single writer does the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, exists, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from kixie_desktop.domain.errors import NotFound
from kixie_desktop.domain.ids import AccountId, ContactId
from kixie_desktop.domain.webhooks import (
    CRM_PREFIX,
    Delivery,
    DeliveryStatus,
    Lane,
    OutboxJob,
    WebhookSubscription,
)
from kixie_desktop.storage.database import is_postgres
from kixie_desktop.storage.models import WebhookOutboxRow, WebhookSubscriptionRow

_OPEN = (DeliveryStatus.PENDING.value, DeliveryStatus.SENDING.value)
_O = WebhookOutboxRow


def _subscription(row: WebhookSubscriptionRow) -> WebhookSubscription:
    return WebhookSubscription(id=row.id, account_id=AccountId(row.account_id), url=row.url,
                               events=tuple(row.events), secret_ref=row.secret_ref,
                               active=row.active, created_at=row.created_at)


def _delivery(row: WebhookOutboxRow) -> Delivery:
    return Delivery(id=row.id, delivery_id=row.event_id, event_type=row.event_type,
                    subscription_id=row.subscription_id,
                    contact_id=ContactId(row.contact_id) if row.contact_id is not None else None,
                    status=DeliveryStatus(row.status), attempts=row.attempts,
                    next_attempt_at=row.next_attempt_at, last_error=row.last_error,
                    created_at=row.created_at, delivered_at=row.delivered_at)


def _in_lane(row: type[WebhookOutboxRow] | WebhookOutboxRow, lane: Lane) -> ColumnElement[bool]:
    if lane == "webhook":
        return row.subscription_id.is_not(None)
    return and_(row.subscription_id.is_(None), row.event_type.startswith(CRM_PREFIX, autoescape=True))


class SqlWebhooks:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._postgres = is_postgres(session)

    # --- subscriptions ------------------------------------------------------------------

    def add_subscription(self, account_id: AccountId, url: str, events: Sequence[str],
                         secret_ref: str, now: datetime) -> WebhookSubscription:
        row = WebhookSubscriptionRow(account_id=account_id, url=url, events=list(events),
                                     secret_ref=secret_ref, active=True, created_at=now)
        self._s.add(row)
        self._s.flush()
        return _subscription(row)

    def subscription(self, subscription_id: int) -> WebhookSubscription:
        row = self._s.get(WebhookSubscriptionRow, subscription_id)
        if row is None:
            raise NotFound(f"webhook subscription {subscription_id} does not exist", field="subscription")
        return _subscription(row)

    def subscriptions(self, account_id: AccountId, *, include_inactive: bool = False
                      ) -> list[WebhookSubscription]:
        query = select(WebhookSubscriptionRow).where(WebhookSubscriptionRow.account_id == account_id)
        if not include_inactive:
            query = query.where(WebhookSubscriptionRow.active.is_(True))
        return [_subscription(r) for r in self._s.scalars(query.order_by(WebhookSubscriptionRow.id))]

    def deactivate(self, subscription_id: int, reason: str, now: datetime) -> int:
        self._s.execute(update(WebhookSubscriptionRow).where(WebhookSubscriptionRow.id == subscription_id)
                        .values(active=False))
        result = self._s.execute(update(_O).where(_O.subscription_id == subscription_id,
                                                  _O.status.in_(_OPEN))
                                 .values(status=DeliveryStatus.DEAD.value, last_error=reason))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    # --- fan-out and claims -------------------------------------------------------------

    def fan_out(self, event_types: Sequence[str], limit: int, now: datetime) -> tuple[int, int]:
        query = (select(_O).where(_O.subscription_id.is_(None), _O.status == DeliveryStatus.PENDING.value,
                                  _O.event_type.in_(list(event_types)))
                 .order_by(_O.id).limit(limit))
        if self._postgres:
            query = query.with_for_update(skip_locked=True)
        events = list(self._s.scalars(query))
        if not events:
            return 0, 0
        subs: dict[int, list[WebhookSubscriptionRow]] = {}
        for account_id in {e.account_id for e in events}:
            subs[account_id] = list(self._s.scalars(select(WebhookSubscriptionRow).where(
                WebhookSubscriptionRow.account_id == account_id, WebhookSubscriptionRow.active.is_(True))
                .order_by(WebhookSubscriptionRow.id)))
        copies = [
            {"account_id": e.account_id, "event_id": f"{e.event_id}.{s.id}", "event_type": e.event_type,
             "subscription_id": s.id, "contact_id": e.contact_id, "payload": e.payload,
             "status": DeliveryStatus.PENDING.value, "attempts": 0, "next_attempt_at": now,
             "created_at": e.created_at}
            for e in events for s in subs[e.account_id] if e.event_type in s.events
        ]
        if copies:
            # One INSERT per row, in event order, so ids (the delivery order) follow events.
            for copy in copies:
                self._s.add(WebhookOutboxRow(**copy))
            self._s.flush()
        self._s.execute(update(_O).where(_O.id.in_([e.id for e in events]))
                        .values(status=DeliveryStatus.FANNED_OUT.value))
        return len(events), len(copies)

    def claim(self, lane: Lane, now: datetime, limit: int, lease: timedelta) -> list[OutboxJob]:
        earlier = aliased(WebhookOutboxRow)
        same_queue = [earlier.contact_id == _O.contact_id, earlier.id < _O.id,
                      earlier.status.in_(_OPEN), _in_lane(earlier, lane)]
        if lane == "webhook":
            same_queue.append(earlier.subscription_id == _O.subscription_id)
        query = (select(_O).where(_in_lane(_O, lane), _O.status.in_(_OPEN), _O.next_attempt_at <= now,
                                  ~exists().where(*same_queue))
                 .order_by(_O.id).limit(limit))
        if self._postgres:
            query = query.with_for_update(skip_locked=True, of=_O)
        rows = list(self._s.scalars(query))
        if not rows:
            return []
        self._s.execute(update(_O).where(_O.id.in_([r.id for r in rows]))
                        .values(status=DeliveryStatus.SENDING.value, next_attempt_at=now + lease))
        subs = {}
        if lane == "webhook":
            ids = {r.subscription_id for r in rows}
            subs = {s.id: s for s in self._s.scalars(
                select(WebhookSubscriptionRow).where(WebhookSubscriptionRow.id.in_(ids)))}
        jobs = []
        for r in rows:
            sub = subs.get(r.subscription_id) if r.subscription_id is not None else None
            jobs.append(OutboxJob(
                id=r.id, delivery_id=r.event_id, event_type=r.event_type,
                account_id=AccountId(r.account_id),
                contact_id=ContactId(r.contact_id) if r.contact_id is not None else None,
                payload=dict(r.payload), attempts=r.attempts, created_at=r.created_at,
                subscription_id=r.subscription_id, url=sub.url if sub else None,
                secret_ref=sub.secret_ref if sub else None))
        return jobs

    def finish(self, row_id: int, status: DeliveryStatus, attempts: int,
               next_attempt_at: datetime | None, error: str | None, now: datetime) -> None:
        values: dict[str, object] = {"status": status.value, "attempts": attempts, "last_error": error}
        if next_attempt_at is not None:
            values["next_attempt_at"] = next_attempt_at
        if status is DeliveryStatus.DELIVERED:
            values["delivered_at"] = now
        self._s.execute(update(_O).where(_O.id == row_id).values(**values))

    # --- the log ------------------------------------------------------------------------

    def log(self, account_id: AccountId, *, lane: Lane = "webhook", subscription_id: int | None = None,
            status: DeliveryStatus | None = None, limit: int = 100) -> list[Delivery]:
        query = select(_O).where(_O.account_id == account_id, _in_lane(_O, lane))
        if subscription_id is not None:
            query = query.where(_O.subscription_id == subscription_id)
        if status is not None:
            query = query.where(_O.status == status.value)
        return [_delivery(r) for r in self._s.scalars(query.order_by(_O.id.desc()).limit(limit))]

    def retry_now(self, account_id: AccountId, row_id: int, now: datetime) -> bool:
        result = self._s.execute(update(_O).where(
            _O.id == row_id, _O.account_id == account_id,
            _O.status.in_((DeliveryStatus.DEAD.value, DeliveryStatus.PENDING.value)),
            (_O.subscription_id.is_not(None)) | _O.event_type.startswith(CRM_PREFIX, autoescape=True))
            .values(status=DeliveryStatus.PENDING.value, next_attempt_at=now))
        return bool(result.rowcount)  # type: ignore[attr-defined]
