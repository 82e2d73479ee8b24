"""When may an action run, and why is it waiting: the one due-time rule the engine and the timeline preview share.

``compute_due`` starts from ``max(base + after, now)`` and pushes the instant
forward until every constraint allows it at once: cadence hours in the account
zone (minus account holidays, one-off and yearly), target hours, the quiet-hours guard and the
jurisdiction's calling hours in every zone of the contact, and each rate limit.
Each constraint only ever moves the instant to the earliest point at or after it
that it allows, so looping until none moves yields the earliest instant all allow.
The reason names the constraint that moved it last: that one was closed right up
to the answer, so "X closed until T" is literally true. Pure: ``now`` is an argument.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kixie_desktop.domain.harassment import TouchKind
from kixie_desktop.domain.keywords import OPTED_OUT_REASON
from kixie_desktop.domain.phone_numbers import UNKNOWN_ZONE, zones_of
from kixie_desktop.domain.schedule import WeeklySchedule
from kixie_desktop.engine.compliance import QUIET_HOURS, HolidayCalendar, profile_for
from kixie_desktop.engine.harassment import NamedLimit, next_slot
from kixie_desktop.engine.windows import (
    DEFAULT_HORIZON,
    compile_schedule,
    first_open_all_us,
    first_open_us,
    from_us,
    intersect,
    timeline,
    to_us,
    walls_for,
)


class Blocked(StrEnum):
    READY = "ready"  # nothing pushed it: due at max(base + after, now)
    WAITING = "waiting"  # hours or a limit pushed it later
    TIMEZONE_UNKNOWN = "timezone_unknown"
    DNC = "dnc"
    OPTED_OUT = "opted_out"
    NEVER_OPEN = "never_open"


@dataclass(frozen=True)
class DueRequest:
    """Everything the due time depends on; datetimes are aware (UTC at the boundary)."""

    base: datetime  # enrollment time, or when the previous action finished
    after: timedelta
    kind: TouchKind
    cadence_hours: WeeklySchedule
    account_zone: str
    target_hours: WeeklySchedule
    contact_phone: str  # E.164
    contact_zone: str | None = None  # explicit zone; None derives zones from the number
    holidays: HolidayCalendar = field(default_factory=HolidayCalendar)
    quiet_hours_guard: bool = True
    compliance: bool = True
    do_not_contact: bool = False
    sms_opt_out: bool = False
    check_dnc: bool = True
    touches: tuple[datetime, ...] = ()  # touches of this kind to the number, from any source
    limits: tuple[NamedLimit, ...] = ()  # the harassment rules that apply to this kind
    horizon: timedelta = DEFAULT_HORIZON


@dataclass(frozen=True)
class DueDecision:
    at: datetime | None  # None: cannot be scheduled until something changes
    reason: str
    blocked: Blocked


TIMEZONE_UNKNOWN_REASON = "Time zone unknown: set the contact's time zone"


def contact_zones(phone: str, explicit: str | None) -> tuple[tuple[str, ...], bool]:
    """The contact's zones and whether they were derived from the number (else explicit)."""
    if explicit and explicit != UNKNOWN_ZONE:
        return (explicit,), False
    return zones_of(phone), True


def fmt_instant(t: datetime, zone: str, now: datetime) -> str:
    """'14:32 America/Chicago' today, 'Tue 09:00 …' this week, else '2025-03-18 09:00 …'."""
    tz = ZoneInfo(zone)
    local, today = t.astimezone(tz), now.astimezone(tz).date()
    days = (local.date() - today).days
    if days == 0:
        text = local.strftime("%H:%M")
    elif 0 < days < 7:
        text = local.strftime("%a %H:%M")
    else:
        text = local.strftime("%Y-%m-%d %H:%M")
    return f"{text} {zone}"


class _Constraint(Protocol):
    def earliest(self, t: int, limit: int) -> tuple[int, str] | None:
        """Earliest allowed instant >= ``t`` (µs) and the zone to quote it in; None if never."""

    def explain(self, prev: int, t: int, zone: str) -> str:
        """Why the instant moved from ``prev`` to ``t`` because of this constraint."""


@dataclass(frozen=True)
class _CadenceHours:
    req: DueRequest
    now: datetime

    def earliest(self, t: int, limit: int) -> tuple[int, str] | None:
        walls = walls_for(self.req.cadence_hours, self.req.holidays.closed_days)
        c = first_open_us(walls, timeline(self.req.account_zone), t, limit)
        return None if c is None else (c, self.req.account_zone)

    def explain(self, prev: int, t: int, zone: str) -> str:
        until = fmt_instant(from_us(t), zone, self.now)
        tz = ZoneInfo(zone)
        first, last = from_us(prev).astimezone(tz).date(), from_us(t).astimezone(tz).date()
        holiday = self.req.holidays.first_closed(first, last)
        if holiday is not None:
            return f"Account holiday {holiday.isoformat()}: cadence hours closed until {until}"
        return f"Cadence hours closed until {until}"


@dataclass(frozen=True)
class _ContactHours:
    label: str
    schedule: WeeklySchedule
    zones: tuple[str, ...]
    now: datetime

    def earliest(self, t: int, limit: int) -> tuple[int, str] | None:
        tls = [timeline(z) for z in self.zones]
        found = first_open_all_us(compile_schedule(self.schedule), tls, t, limit)
        return None if found is None else (found[0], self.zones[found[1]])

    def explain(self, prev: int, t: int, zone: str) -> str:
        return f"{self.label} until {fmt_instant(from_us(t), zone, self.now)}"


@dataclass(frozen=True)
class _Limit:
    named: NamedLimit
    touches: tuple[datetime, ...]
    zone: str
    now: datetime

    def earliest(self, t: int, limit: int) -> tuple[int, str] | None:
        return to_us(next_slot(self.touches, self.named.limit, from_us(t))), self.zone

    def explain(self, prev: int, t: int, zone: str) -> str:
        return f"{self.named.label}: next slot {fmt_instant(from_us(t), zone, self.now)}"


def compute_due(req: DueRequest, now: datetime) -> DueDecision:
    """Earliest instant the action may run, with the reason a supervisor sees."""
    start_us = max(to_us(req.base + req.after), to_us(now))
    if req.check_dnc and req.do_not_contact:
        return DueDecision(None, "Contact is Do Not Contact", Blocked.DNC)
    if req.check_dnc and req.kind is TouchKind.SMS and req.sms_opt_out:
        return DueDecision(None, OPTED_OUT_REASON, Blocked.OPTED_OUT)

    zones, derived = contact_zones(req.contact_phone, req.contact_zone)
    try:
        for z in zones:
            timeline(z)
    except (ZoneInfoNotFoundError, ValueError):
        return DueDecision(
            None, f"Time zone {req.contact_zone!r} is not known: set the contact's time zone",
            Blocked.TIMEZONE_UNKNOWN,
        )
    if not zones:
        return DueDecision(None, TIMEZONE_UNKNOWN_REASON, Blocked.TIMEZONE_UNKNOWN)

    # (what it is, how a wait for it reads, schedule), in the order waits are attributed.
    contact_parts: list[tuple[str, str, WeeklySchedule]] = []
    if req.quiet_hours_guard:
        contact_parts.append(("quiet hours", "Quiet hours", QUIET_HOURS))
    profile = profile_for(req.contact_phone) if req.compliance else None
    if profile is not None:
        name = f"{profile.name} calling hours"
        contact_parts.append((name, f"{name} closed", profile.hours))
    contact_parts.append(("target hours", "Target hours closed", req.target_hours))
    limits = req.limits
    if profile is not None and req.kind is TouchKind.CALL:
        limits += profile.call_limits

    limit_us = start_us + req.horizon // timedelta(microseconds=1)
    days = req.horizon.days
    combined = intersect(*(s for _, _, s in contact_parts))
    names = ", ".join(name for name, _, _ in contact_parts)
    if combined.is_empty():
        return DueDecision(None, f"Never open: {names} do not overlap", Blocked.NEVER_OPEN)
    # Checked on its own first so that a number spread over many zones is reported
    # as a zone problem, not as hours that never meet the cadence's.
    if first_open_all_us(compile_schedule(combined), [timeline(z) for z in zones], start_us, limit_us) is None:
        if derived and len(zones) > 1:
            return DueDecision(None, TIMEZONE_UNKNOWN_REASON, Blocked.TIMEZONE_UNKNOWN)
        return DueDecision(None, f"Never open: {names} closed for the next {days} days", Blocked.NEVER_OPEN)

    cadence = _CadenceHours(req, now)
    if cadence.earliest(start_us, limit_us) is None:
        return DueDecision(
            None, f"Never open: cadence hours closed for the next {days} days", Blocked.NEVER_OPEN
        )
    constraints: list[_Constraint] = [cadence]
    constraints += [_ContactHours(label, s, zones, now) for _, label, s in contact_parts]
    constraints += [_Limit(n, req.touches, zones[0], now) for n in limits]

    t, prev = start_us, start_us
    binding: tuple[_Constraint, str] | None = None
    moved = True
    while moved:
        moved = False
        for constraint in constraints:
            found = constraint.earliest(t, limit_us)
            if found is None or found[0] > limit_us:
                return DueDecision(
                    None,
                    f"Never open within {days} days: cadence hours ({req.account_zone}) "
                    f"and the contact's hours ({', '.join(zones)}) do not meet",
                    Blocked.NEVER_OPEN,
                )
            if found[0] > t:
                prev, t, binding, moved = t, found[0], (constraint, found[1]), True

    at = from_us(t)
    if binding is None:
        if t <= to_us(now):
            return DueDecision(at, "Due", Blocked.READY)
        return DueDecision(at, f"Due at {fmt_instant(at, req.account_zone, now)}", Blocked.READY)
    return DueDecision(at, binding[0].explain(prev, t, binding[1]), Blocked.WAITING)


class DueNow:
    """``compute_due(req, now)`` for many requests at one instant, as an engine batch asks it.

    At execution most runs are due now inside hours that are open now. Whether the hours
    are open depends only on the schedules, zones and guards (never on the contact's
    touches), so it is worked out once per distinct combination; the rate limits are then
    checked at ``now`` for each request. Anything not plainly ready goes through
    ``compute_due`` itself, so the answer is always the same as ``compute_due``'s.
    """

    def __init__(self, now: datetime) -> None:
        self._now = now
        self._start = from_us(to_us(now))
        self._open: dict[tuple[object, ...], tuple[bool, WeeklySchedule, WeeklySchedule]] = {}

    def __call__(self, req: DueRequest) -> DueDecision:
        if self._ready(req):
            return DueDecision(self._start, "Due", Blocked.READY)
        return compute_due(req, self._now)

    def _ready(self, req: DueRequest) -> bool:
        now = self._now
        if req.base + req.after > now:
            return False
        if req.check_dnc and (req.do_not_contact or (req.kind is TouchKind.SMS and req.sms_opt_out)):
            return False
        profile = profile_for(req.contact_phone) if req.compliance else None
        # The schedules are keyed by identity (a batch's runs share their version's objects,
        # and hashing a schedule costs more than the rest of this check); each entry holds
        # its schedules, so an id cannot be reused while the entry exists.
        key = (id(req.cadence_hours), id(req.target_hours), req.account_zone, req.holidays,
               contact_zones(req.contact_phone, req.contact_zone)[0], req.quiet_hours_guard,
               profile.name if profile is not None else None, req.horizon)
        entry = self._open.get(key)
        if entry is None:
            # The same request without touches, limits or contact flags: READY at ``now``
            # exactly when every hours constraint is open at ``now``.
            probe = compute_due(replace(req, kind=TouchKind.SMS, touches=(), limits=(),
                                        do_not_contact=False, sms_opt_out=False), now)
            entry = (probe.blocked is Blocked.READY and probe.at == self._start, req.cadence_hours, req.target_hours)
            self._open[key] = entry
        if not entry[0]:
            return False
        limits = req.limits
        if profile is not None and req.kind is TouchKind.CALL:
            limits += profile.call_limits
        return all(next_slot(req.touches, n.limit, now) == now for n in limits)
