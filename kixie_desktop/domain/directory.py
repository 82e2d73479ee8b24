"""Account, users, teams, queues, contacts, templates, dispositions as plain values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.harassment import HarassmentRules
from kixie_desktop.domain.holidays import YearlyHoliday
from kixie_desktop.domain.ids import (
    AccountId,
    ContactId,
    DispositionId,
    QueueId,
    TeamId,
    TemplateId,
    UserId,
)
from kixie_desktop.domain.roles import Availability, Role


@dataclass(frozen=True)
class Account:
    id: AccountId
    name: str
    timezone: str
    default_region: str = "US"
    default_sender: str | None = None
    quiet_hours_guard: bool = True
    compliance_profiles: bool = True
    prompt_timeout_s: int = 60
    recording_consent: bool = False
    harassment: HarassmentRules = field(default_factory=HarassmentRules)
    holidays: tuple[date, ...] = ()  # one-off, account-local
    yearly_holidays: tuple[YearlyHoliday, ...] = ()  # every year (domain/holidays.py)
    caller_id_pool: tuple[str, ...] = ()


@dataclass(frozen=True)
class User:
    id: UserId
    account_id: AccountId
    first_name: str
    last_name: str
    email: str
    role: Role
    availability: Availability = Availability.OFFLINE
    sip_uri: str | None = None
    sender_number: str | None = None
    active: bool = True

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class Team:
    id: TeamId
    name: str
    member_ids: tuple[UserId, ...] = ()


@dataclass(frozen=True)
class Queue:
    id: QueueId
    name: str
    team_ids: tuple[TeamId, ...] = ()


@dataclass(frozen=True)
class Contact:
    id: ContactId
    phone: str
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    company: str | None = None
    timezone: str | None = None
    owner_id: UserId | None = None
    external_id: str | None = None
    do_not_contact: bool = False
    sms_opt_out: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class NewContact:
    """Contact fields as typed by a person or sent by an integration, before validation."""

    phone: str
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    company: str | None = None
    timezone: str | None = None
    external_id: str | None = None
    owner_email: str | None = None


@dataclass(frozen=True)
class SmsTemplate:
    id: TemplateId
    name: str
    body: str


@dataclass(frozen=True)
class Disposition:
    """A call outcome. ``digit`` is the key (1–9) an agent may press for it, unique among
    the active ones; ``counts_as_connected`` says the call reached the lead, for the
    connect rate."""

    id: DispositionId
    name: str
    position: int = 0
    archived: bool = False
    digit: int | None = None
    counts_as_connected: bool = False


DO_NOT_CALL = "Do Not Call"
DIGITS = range(1, 10)


def clean_name(text: str, limit: int) -> str:
    """A template's or disposition's name: trimmed, required, at most ``limit`` characters."""
    name = text.strip()
    if not name:
        raise ValidationError("a name is required", field="name")
    if len(name) > limit:
        raise ValidationError(f"name is longer than {limit} characters", field="name")
    return name


def check_digit(digit: int | None) -> int | None:
    """A disposition's key: 1–9, or None for none."""
    if digit is not None and digit not in DIGITS:
        raise ValidationError("a key is a digit from 1 to 9", field="digit")
    return digit


@dataclass(frozen=True)
class DefaultDisposition:
    name: str
    counts_as_connected: bool = False


# A new workspace's outcomes, in this order, with keys 1–8. The three that say the lead was
# reached (whatever they answered) count as connected (decision 34).
DEFAULT_DISPOSITIONS = (
    DefaultDisposition("Connected", True), DefaultDisposition("No Answer"),
    DefaultDisposition("Left Voicemail"), DefaultDisposition("Busy"), DefaultDisposition("Wrong Number"),
    DefaultDisposition("Not Interested", True), DefaultDisposition("Interested", True),
    DefaultDisposition(DO_NOT_CALL),
)
