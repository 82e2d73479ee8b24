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


# At most this many SMS are ``sending`` (handed to the gateway, result not yet written) per
# engine at any instant: a crash leaves at most this many for a person to decide
# (decision 30). The engine's setting ``sms_inflight_window`` defaults to it.
SMS_INFLIGHT_WINDOW = 16
SMS_INFLIGHT_WINDOW_RANGE = range(1, 101)


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
    """A gateway's answer. ``provider_id`` is the provider's message id when known;
    ``detail`` is for logs and diagnostics ("503 Service Unavailable"); ``words`` is what a
    person reads in the tables ("The text service is busy or down"), never a status code."""

    outcome: SmsOutcome
    provider_id: str | None
    detail: str
    words: str = ""

    @property
    def accepted(self) -> bool:
        return self.outcome is SmsOutcome.ACCEPTED

    @property
    def said(self) -> str:
        """The words for people: the gateway's own, else the outcome's."""
        return self.words or _OUTCOME_WORDS[self.outcome]


_OUTCOME_WORDS = {
    SmsOutcome.ACCEPTED: "Sent",
    SmsOutcome.TRANSIENT_FAILURE: "The text service is busy",
    SmsOutcome.PERMANENT_FAILURE: "The carrier refused the text",
}
NO_ANSWER_WORDS = "No answer from the text service"


def sms_words_for_sip(status: int) -> str:
    """A SIP MESSAGE's final status in words a sales team reads."""
    if 200 <= status < 300:
        return "Sent"
    if status in (401, 403, 407):
        return "The phone account was refused — check Manage ▸ Settings ▸ Phone"
    if status in (404, 484, 604):
        return "This number cannot take texts"
    if status in (408, 480):
        return NO_ANSWER_WORDS
    if status in (486, 600):
        return "The number is busy"
    if status in (413, 415, 488, 606):
        return "The carrier could not take this text"
    if 500 <= status < 600:
        return "The text service is busy or down"
    return "The carrier refused the text"


def sms_words_for_http(status: int) -> str:
    """An HTTP SMS provider's answer in words a sales team reads."""
    if 200 <= status < 300:
        return "Sent"
    if status in (401, 403):
        return "The SMS provider refused this account — check Manage ▸ Settings ▸ SMS Provider"
    if status == 429:
        return "The SMS provider is busy: too many texts at once"
    if status >= 500:
        return "The SMS provider had a problem"
    return "The SMS provider refused the text"


def outcome_for_sip_status(status: int) -> SmsOutcome:
    """Map a final SIP status to an SMS outcome: 2xx accepted; 408, 480 and 5xx
    transient (the far end may take it later); any other 4xx/6xx permanent."""
    if 200 <= status < 300:
        return SmsOutcome.ACCEPTED
    if status in (408, 480) or 500 <= status < 600:
        return SmsOutcome.TRANSIENT_FAILURE
    return SmsOutcome.PERMANENT_FAILURE
