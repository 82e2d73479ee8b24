"""Storage ports for integrations: bulk contact writes (CSV import) and the webhook/CRM outbox.

Kept apart from ``ports/storage.py``; ``UnitOfWork`` there names them
(``contact_batches``, ``webhooks``). Plain values in, plain values out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.ids import AccountId
from kixie_desktop.domain.webhooks import Delivery, DeliveryStatus, Lane, OutboxJob, WebhookSubscription


class ContactBatchRepository(Protocol):
    """Set-at-a-time contact writes: a few statements per batch instead of a few per row."""

    def by_phones(self, account_id: AccountId, phones: Iterable[str]) -> dict[str, Contact]: ...
    def add_many(self, account_id: AccountId, contacts: Sequence[Contact], now: datetime) -> None:
        """Insert new contacts (their ``id`` is ignored)."""
        ...
    def update_many(self, contacts: Sequence[Contact], now: datetime) -> None: ...


class WebhookRepository(Protocol):
    def add_subscription(self, account_id: AccountId, url: str, events: Sequence[str],
                         secret_ref: str, now: datetime) -> WebhookSubscription: ...
    def subscription(self, subscription_id: int) -> WebhookSubscription: ...
    def subscriptions(self, account_id: AccountId, *, include_inactive: bool = False
                      ) -> list[WebhookSubscription]: ...
    def deactivate(self, subscription_id: int, reason: str, now: datetime) -> int:
        """Turn the subscription off and mark its undelivered rows dead; returns how many."""
        ...

    def fan_out(self, event_types: Sequence[str], limit: int, now: datetime) -> tuple[int, int]:
        """Copy up to ``limit`` engine-written events (no subscription) to one delivery row
        per active subscription of their account that wants them, in event order, and mark
        them fanned out. Returns (events read, delivery rows written)."""
        ...

    def claim(self, lane: Lane, now: datetime, limit: int, lease: timedelta) -> list[OutboxJob]:
        """Due rows, oldest first, none behind an earlier open row for the same contact (and,
        for webhooks, the same subscription); each is leased (status ``sending``) until
        ``now + lease`` so another dispatcher skips it and a crashed one's rows come back."""
        ...

    def finish(self, row_id: int, status: DeliveryStatus, attempts: int,
               next_attempt_at: datetime | None, error: str | None, now: datetime) -> None: ...

    def log(self, account_id: AccountId, *, lane: Lane = "webhook", subscription_id: int | None = None,
            status: DeliveryStatus | None = None, limit: int = 100) -> list[Delivery]:
        """Newest first."""
        ...

    def retry_now(self, account_id: AccountId, row_id: int, now: datetime) -> bool:
        """Make a dead or pending row due at once; False when there is no such row."""
        ...
