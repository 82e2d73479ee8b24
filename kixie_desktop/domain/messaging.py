"""SMS: what the engine asks a gateway to send and what the gateway answers.

Pure values. Every send carries the action's idempotency key so a gateway (or
the provider behind it) can refuse a duplicate after a crash and retry.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from kixie_desktop.domain.ids import AccountId, ActionRunId, ContactId
from kixie_desktop.domain.inbound_text import InboundText


class SmsOutcome(enum.Enum):
    """How a send ended, in the terms the retry policy needs."""

    ACCEPTED = "accepted"  # the provider took it; delivery is its business now
    TRANSIENT_FAILURE = "transient_failure"  # try again later (timeouts, 408/480/5xx, 429)
    PERMANENT_FAILURE = "permanent_failure"  # retrying will not help (other 4xx)


@dataclass(frozen=True, slots=True)
class OutboundSms:
    """One SMS to send. ``to`` is E.164; ``sender`` None means the gateway's default."""

    to: str
    sender: str | None
    body: str
    idempotency_key: str


@dataclass(frozen=True, slots=True)
class InboundSms:
    """One SMS received, as stored: ``contact_id`` None when the sender is nobody we know."""

    account_id: AccountId
    contact_id: ContactId | None
    from_number: str
    to_number: str
    text: InboundText
    received_at: datetime


@dataclass(frozen=True, slots=True)
class SendingSms:
    """An action's SMS as stored while it is handed to the gateway (status ``sending``)."""

    account_id: AccountId
    contact_id: ContactId
    action_run_id: ActionRunId
    from_number: str | None
    to_number: str
    body: str
    idempotency_key: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class SmsSettled:
    """What became of a stored outbound SMS (found by its idempotency key)."""

    idempotency_key: str
    status: Literal["sent", "retrying", "failed", "unknown"]
    provider_id: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class SmsResult:
    """A gateway's answer. ``provider_id`` is the provider's message id when known."""

    outcome: SmsOutcome
    provider_id: str | None
    detail: str

    @property
    def accepted(self) -> bool:
        return self.outcome is SmsOutcome.ACCEPTED


def outcome_for_sip_status(status: int) -> SmsOutcome:
    """Map a final SIP status to an SMS outcome: 2xx accepted; 408, 480 and 5xx
    transient (the far end may take it later); any other 4xx/6xx permanent."""
    if 200 <= status < 300:
        return SmsOutcome.ACCEPTED
    if status in (408, 480) or 500 <= status < 600:
        return SmsOutcome.TRANSIENT_FAILURE
    return SmsOutcome.PERMANENT_FAILURE
