"""Outbound webhooks and outbox jobs as plain values: event types, subscriptions, delivery
rows, the signature scheme and the retry policy.

Pure (stdlib ``hmac``/``hashlib`` only) and thread-agnostic: the dispatcher calls
``next_attempt`` with its own ``now``; receivers can copy ``verify_signature``.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

from kixie_desktop.domain.ids import AccountId, ContactId

# Events a subscription may ask for (SPEC §7). ``call.dispositioned`` and
# ``sms.received`` are written by whoever saves a disposition or an inbound SMS.
EVENT_TYPES: tuple[str, ...] = (
    "enrollment.created", "action.completed", "call.dispositioned", "sms.received", "enrollment.ended",
)
# Outbox rows whose type starts with this are CRM jobs, not webhook events.
CRM_PREFIX = "crm."
# Which outbox rows a worker claims (and the log shows): webhook deliveries (one per
# subscription) or CRM jobs.
Lane = Literal["webhook", "crm"]


class DeliveryStatus(StrEnum):
    PENDING = "pending"      # waiting for its next attempt
    SENDING = "sending"      # claimed by a dispatcher; the lease ends at next_attempt_at
    DELIVERED = "delivered"
    DEAD = "dead"            # gave up: permanent refusal, or retried for a day
    FANNED_OUT = "fanned_out"  # an engine-written event copied to one row per subscription


@dataclass(frozen=True)
class WebhookSubscription:
    id: int
    account_id: AccountId
    url: str
    events: tuple[str, ...]
    secret_ref: str  # the keyring entry holding the signing secret
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class Delivery:
    """One row of the delivery log (webhook deliveries and CRM jobs alike)."""

    id: int
    delivery_id: str  # the row's unique id: X-Kixie-Delivery
    event_type: str
    subscription_id: int | None
    contact_id: ContactId | None
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None


@dataclass(frozen=True)
class OutboxJob:
    """A claimed row ready for an attempt; ``url``/``secret_ref`` only for webhooks."""

    id: int
    delivery_id: str
    event_type: str
    account_id: AccountId
    contact_id: ContactId | None
    payload: dict[str, Any]
    attempts: int
    created_at: datetime
    subscription_id: int | None = None
    url: str | None = None
    secret_ref: str | None = None

    @property
    def event_id(self) -> str:
        """The event's id, shared by every subscription's copy: ``evt_x`` of ``evt_x.3``."""
        return self.delivery_id.split(".", 1)[0]


class Outcome(StrEnum):
    DELIVERED = "delivered"
    RETRY = "retry"          # network error, timeout, 5xx, 429
    PERMANENT = "permanent"  # any other refusal: retrying would get the same answer


@dataclass(frozen=True)
class AttemptResult:
    outcome: Outcome
    detail: str
    retry_after_s: float | None = None  # the receiver's Retry-After, when it sent one


@dataclass(frozen=True)
class RetryPolicy:
    first_delay: timedelta = timedelta(seconds=30)
    max_delay: timedelta = timedelta(hours=1)
    give_up_after: timedelta = timedelta(days=1)


DEFAULT_POLICY = RetryPolicy()


@dataclass(frozen=True)
class NextStep:
    status: DeliveryStatus
    next_attempt_at: datetime | None  # None once delivered or dead


def next_attempt(result: AttemptResult, attempts: int, created_at: datetime, now: datetime,
                 policy: RetryPolicy = RetryPolicy()) -> NextStep:
    """What to do after attempt number ``attempts`` (1-based) ended with ``result``.

    Retries wait 30 s, 60 s, 120 s ... capped at an hour (or longer when the receiver's
    Retry-After asks, within the cap); a row whose next try would fall more than a day
    after the event was written is dead instead.
    """
    if result.outcome is Outcome.DELIVERED:
        return NextStep(DeliveryStatus.DELIVERED, None)
    if result.outcome is Outcome.PERMANENT:
        return NextStep(DeliveryStatus.DEAD, None)
    delay = min(policy.first_delay * (2 ** max(0, attempts - 1)), policy.max_delay)
    if result.retry_after_s is not None:
        delay = min(max(delay, timedelta(seconds=result.retry_after_s)), policy.max_delay)
    at = now + delay
    if at - created_at > policy.give_up_after:
        return NextStep(DeliveryStatus.DEAD, None)
    return NextStep(DeliveryStatus.PENDING, at)


# --- signatures -------------------------------------------------------------------------

def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The ``X-Kixie-Signature`` value: ``t=<ts>,v1=<hex HMAC-SHA256("<ts>.<body>")>``."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify_signature(secret: str, header: str, body: bytes, now: float,
                     tolerance: float = 300.0) -> bool:
    """For receivers: True when ``header`` signs ``body`` (the raw bytes received) with
    ``secret`` and its timestamp is within ``tolerance`` seconds of ``now`` (Unix time).

    Several ``v1=`` values may appear (while a secret is being rotated); any match passes.
    The comparison is constant-time; the timestamp check stops replays of old requests.
    """
    parts = [p.strip().split("=", 1) for p in header.split(",")]
    fields = [(k, v) for k, v in (p for p in parts if len(p) == 2)]
    stamps = [v for k, v in fields if k == "t"]
    if len(stamps) != 1 or not stamps[0].isdigit():
        return False
    timestamp = int(stamps[0])
    if abs(now - timestamp) > tolerance:
        return False
    expected = sign(secret, timestamp, body).rsplit("v1=", 1)[1]
    return any(hmac.compare_digest(expected, v) for k, v in fields if k == "v1")
