"""The webhook transport port: POST one signed event to a subscriber's URL.

Implemented by ``integrations.webhook_delivery.RequestsWebhookSender``; blocking, so
it runs on the dispatcher's worker thread, never on the Qt main thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from kixie_desktop.domain.webhooks import AttemptResult


@dataclass(frozen=True)
class WebhookMessage:
    url: str
    event_id: str      # body ``id``: the same for every subscriber of one event
    delivery_id: str   # X-Kixie-Delivery: unique per subscriber
    event_type: str
    created_at: datetime
    data: dict[str, Any]
    secret: str


class WebhookSender(Protocol):
    def send(self, message: WebhookMessage) -> AttemptResult:
        """One attempt; never raises for network or HTTP failures (they are results)."""
        ...
