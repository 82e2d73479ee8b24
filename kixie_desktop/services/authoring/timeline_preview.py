"""Timeline preview (SPEC §10): when each action of a cadence, saved or not, would run for a
sample contact, and why it waits.

It walks the actions the way the engine does: step 1 is planned from the enrollment
instant, each later step from the moment the previous action finished, each through
the very same ``engine.planner.plan_step`` with ``now`` equal to that instant, so the
preview cannot drift from what runs. The touches the preview itself makes count
against the harassment rules, like real ones would. What it has to assume: every call
is accepted at its first prompt and lasts ``call_duration``; an SMS takes
``sms_duration``; the sample contact has no earlier touches and no DNC flag. Pure:
writes nothing and reads no clock, so any front end may call it for free.

Branches: a call with retries also lists when each further attempt would be offered if the
ones before it went unanswered (the prompt timeout, then *Minimum Time Between Attempts*,
then the engine's execution check, exactly as ``engine.retry`` and the engine apply them),
and the step after it shows when it would run if every attempt went unanswered (the call
ends *missed* when its last prompt times out). Later steps follow the answered path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kixie_desktop.domain.cadence import ActionType, CadenceDefinition, CallAction
from kixie_desktop.domain.directory import Account, Contact
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.harassment import TouchKind
from kixie_desktop.domain.ids import ContactId
from kixie_desktop.domain.phone_numbers import normalise
from kixie_desktop.domain.zones import validate_zone
from kixie_desktop.engine.due_time import Blocked, contact_zones
from kixie_desktop.engine.planner import check_now, kind_of, plan_step
from kixie_desktop.engine.retry import Reschedule, on_prompt_unanswered

SAMPLE_CONTACT_ID = ContactId(0)  # never stored: the sample contact exists only in the preview


@dataclass(frozen=True)
class Assumptions:
    """How long each action keeps the enrollment busy before the next one's After starts."""

    call_duration: timedelta = timedelta(minutes=5)
    sms_duration: timedelta = timedelta(0)

    def duration_of(self, action_type: ActionType) -> timedelta:
        return self.call_duration if action_type is ActionType.CALL else self.sms_duration


@dataclass(frozen=True)
class Attempt:
    """A further attempt of a call, offered only if every attempt before it went unanswered."""

    number: int  # 2 for the first retry, as the engine's reasons count
    at: datetime | None
    reason: str


@dataclass(frozen=True)
class IfMissed:
    """When a step would run had the call before it gone unanswered at every attempt."""

    at: datetime | None
    reason: str


@dataclass(frozen=True)
class TimelineEntry:
    """One planned action: ``at`` is None when it cannot be placed (see ``reason``)."""

    step: int  # 1-based, as the editor numbers actions
    type: ActionType
    at: datetime | None
    reason: str
    blocked: Blocked | None  # None: not planned, an earlier step never gets placed
    base: datetime  # the instant its After delay counts from
    ends: datetime | None = field(default=None)  # when the next step's After starts counting
    attempts: tuple[Attempt, ...] = ()  # a call's retries, each if the ones before went unanswered
    if_missed: IfMissed | None = None  # after a call with retries: its time on the unanswered branch


def sample_contact(phone: str = "", zone: str | None = None, default_region: str = "US") -> Contact:
    """The contact the preview plans for, from a typed phone number and/or a chosen zone.

    With a zone and no phone, jurisdiction rules presumed from the number (SPEC §10) do
    not apply; with a phone and no zone, the zones come from the number as they would
    for a real contact.
    """
    e164 = normalise(phone, default_region) if phone.strip() else ""
    explicit = validate_zone(zone) if zone and zone.strip() else None
    if not e164 and explicit is None:
        raise ValidationError("pick a time zone or type a phone number", field="timezone")
    return Contact(id=SAMPLE_CONTACT_ID, phone=e164, first_name="Sample", timezone=explicit)


def sample_zones(contact: Contact) -> tuple[str, ...]:
    """The zones the engine would evaluate the contact's hours in (empty: unknown)."""
    return contact_zones(contact.phone, contact.timezone)[0]


def preview(definition: CadenceDefinition, account: Account, contact: Contact, start: datetime,
            assumptions: Assumptions = Assumptions()) -> list[TimelineEntry]:
    """Plan every action of ``definition`` for ``contact`` enrolled at ``start``."""
    if start.tzinfo is None or start.utcoffset() is None:
        raise ValueError(f"start must be timezone-aware, not {start!r}")
    touches: dict[TouchKind, list[datetime]] = {TouchKind.CALL: [], TouchKind.SMS: []}
    entries: list[TimelineEntry] = []
    base = start
    missed_base: datetime | None = None  # set after a call with retries: its unanswered branch
    for step, action in enumerate(definition.actions):
        decision = plan_step(account, definition, step, contact, base,
                             tuple(touches[kind_of(action)]), base)
        if_missed = None
        if missed_base is not None:
            branch = plan_step(account, definition, step, contact, missed_base,
                               tuple(touches[kind_of(action)]), missed_base)
            if_missed = IfMissed(branch.at, branch.reason)
            missed_base = None
        if decision.at is None:
            entries.append(TimelineEntry(step + 1, action.type, None, decision.reason,
                                         decision.blocked, base, if_missed=if_missed))
            # The engine parks such an action with its reason; nothing after it is planned.
            entries += [
                TimelineEntry(later + 1, rest.type, None, f"Not planned: step {step + 1} never runs",
                              None, base)
                for later, rest in enumerate(definition.actions[step + 1:], start=step + 1)
            ]
            break
        attempts: tuple[Attempt, ...] = ()
        if isinstance(action, CallAction) and action.max_retries:
            # Unanswered attempts place no call, so they add no touch.
            attempts, missed_base = _retries(account, definition, step, contact, action, decision.at,
                                             tuple(touches[TouchKind.CALL]))
        touches[kind_of(action)].append(decision.at)
        ends = decision.at + assumptions.duration_of(action.type)
        entries.append(TimelineEntry(step + 1, action.type, decision.at, decision.reason,
                                     decision.blocked, base, ends, attempts, if_missed))
        base = ends
    return entries


def _retries(account: Account, definition: CadenceDefinition, step: int, contact: Contact,
             action: CallAction, first: datetime,
             touches: tuple[datetime, ...]) -> tuple[tuple[Attempt, ...], datetime | None]:
    """The call's further attempts, and when it ends missed (None: an attempt never comes)."""
    timeout = timedelta(seconds=account.prompt_timeout_s)
    attempts: list[Attempt] = []
    offered, retry_count = first, 0
    while True:
        unanswered = offered + timeout
        decision = on_prompt_unanswered(retry_count, action.max_retries, action.min_between, unanswered)
        if not isinstance(decision, Reschedule):
            return tuple(attempts), unanswered
        due = check_now(account, definition, step, contact, touches, decision.not_before)
        attempts.append(Attempt(decision.retry_count + 1, due.at, due.reason))
        if due.at is None:
            return tuple(attempts), None
        offered, retry_count = due.at, decision.retry_count


@dataclass(frozen=True)
class PreviewLine:
    """One line as the preview is read: a step, or one of its branches (no step number)."""

    step: str
    what: str  # "Call", "Call, attempt 2 if unanswered", "SMS, if step 1 goes unanswered"
    at: datetime | None
    why: str


def lines(entries: list[TimelineEntry]) -> list[PreviewLine]:
    """A step's own line, then its branches: a call's further attempts (each only if the
    ones before went unanswered), and for the step after such a call, its time on that branch."""
    out: list[PreviewLine] = []
    for e in entries:
        kind = "Call" if e.type is ActionType.CALL else "SMS"
        out.append(PreviewLine(str(e.step), kind, e.at, e.reason))
        if e.if_missed is not None:
            out.append(PreviewLine("", f"{kind}, if step {e.step - 1} goes unanswered", e.if_missed.at,
                                   e.if_missed.reason))
        out += [PreviewLine("", f"Call, attempt {a.number} if unanswered", a.at, a.reason) for a in e.attempts]
    return out


def describe_assumptions(definition: CadenceDefinition, assumptions: Assumptions) -> str:
    """One line under the preview so nobody mistakes it for a promise."""
    calls = sum(isinstance(a, CallAction) for a in definition.actions)
    minutes = int(assumptions.call_duration.total_seconds() // 60)
    if not calls:
        return "Assumes no earlier touches to the contact."
    return (f"Assumes each call is answered at the first prompt and lasts {minutes} min, "
            "and no earlier touches to the contact.")
