"""Per-lead control as people read it: what can be done to one lead, and the words for it.

Pause, resume, unenroll, run an action now, decide an Unknown text (docs/supervisor-tables.md,
"Per-lead control"). The values the services answer with and the sentences built from them —
"Paused by Sam Supervisor until Dec 3, 09:00", "2 of 3 texts in the last day" — live here, so
the engine's waiting reasons, the API and the desktop say the same thing. Times are in the
zone given (the account's). Pure.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.directory import Contact, User
from kixie_desktop.domain.harassment import RateLimit
from kixie_desktop.domain.ids import ActionRunId, CadenceId, EnrollmentId
from kixie_desktop.domain.statuses import ActionStatus, EnrollmentState
from kixie_desktop.domain.wording import noun_for, plural


class LeadAction(StrEnum):
    PAUSE = "pause"
    RESUME = "resume"
    UNENROLL = "unenroll"
    RUN_NOW = "run_now"
    MARK_SENT = "mark_sent"
    SEND_AGAIN = "send_again"


# What an agent may do to a lead they own; the rest is for supervisors, managers and admins
# (docs/decisions.md, 34).
OWN_LEAD_ACTIONS = frozenset({LeadAction.PAUSE, LeadAction.RESUME, LeadAction.RUN_NOW})


def short_instant(at: datetime, zone: str, now: datetime) -> str:
    """'Dec 3, 09:00' in ``zone``; with the year when it is not ``now``'s year there
    ('Jan 5, 2027, 09:00')."""
    tz = ZoneInfo(zone)
    local = at.astimezone(tz)
    day = f"{calendar.month_abbr[local.month]} {local.day}"
    if local.year != now.astimezone(tz).year:
        day += f", {local.year}"
    return f"{day}, {local:%H:%M}"


def pause_reason(by: str | None, until: datetime | None, zone: str, now: datetime) -> str:
    """The Why of a paused lead's action: 'Paused by Sam until Dec 3, 09:00', 'Paused by Sam'
    (until someone resumes it); a pause nobody made is a reply's (the cadence's reply rule)."""
    who = f"Paused by {by}" if by else "Paused after the contact replied"
    return who if until is None else f"{who} until {short_instant(until, zone, now)}"


def resume_reason(by: str) -> str:
    return f"Resumed by {by}"


def period_words(limit: RateLimit) -> str:
    """'the last day', 'the last 24 hours': the rolling window a limit counts over."""
    unit = limit.period_unit.value.removesuffix("s")
    if limit.period_amount == 1:
        return f"the last {unit}"
    return f"the last {limit.period_amount:,} {noun_for(limit.period_amount, unit)}"


def texts_against_rule(count: int, limit: RateLimit | None) -> str:
    """'2 of 3 texts in the last day': the number's texts against its harassment rule."""
    if limit is None:
        return f"{plural(count, 'text')} in the last day; no limit on texts applies"
    return f"{count:,} of {plural(limit.count, 'text')} in {period_words(limit)}"


@dataclass(frozen=True)
class NextAction:
    """An enrollment's next (inflight) action and when it is due."""

    run_id: ActionRunId
    step: int  # 0-based
    type: ActionType
    status: ActionStatus
    due_at: datetime
    reason: str | None


@dataclass(frozen=True)
class EnrollmentDetail:
    """One lead in one cadence: where it stands, who paused it, what runs next."""

    id: EnrollmentId
    state: EnrollmentState
    cadence_id: CadenceId
    cadence_name: str
    cadence_version: int
    contact: Contact
    owner: User | None
    created_at: datetime
    paused_until: datetime | None
    paused_by: str | None
    next_action: NextAction | None


@dataclass(frozen=True)
class Rescheduled:
    """What "run now" (or "send again") did: due at once, or when a window or limit allows."""

    run_id: ActionRunId
    due_at: datetime
    at_once: bool
    message: str  # in words, for the person who asked


@dataclass(frozen=True)
class UnknownSms:
    """An SMS nobody knows went out (the engine stopped mid-send), as the person deciding sees it."""

    run_id: ActionRunId
    enrollment_id: EnrollmentId
    enrollment_state: EnrollmentState
    contact_name: str
    phone: str
    cadence_name: str
    body: str | None  # the text as rendered for the lost attempt
    texts: int  # texts to the number inside the rule's window (the unknown one counted)
    limit: RateLimit | None

    @property
    def touches(self) -> str:
        return texts_against_rule(self.texts, self.limit)

    @property
    def who(self) -> str:
        return self.contact_name or self.phone
