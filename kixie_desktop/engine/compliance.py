"""Legal calling hours and caps by the contact's jurisdiction, the quiet-hours guard and account holidays.

A compliance profile (SPEC §10) is presumed from the phone number alone: the
region for the country, the area code for the stricter US states, because that
is all the app reliably knows and the rules follow the number the consumer
carries. A profile is a contact-local ``WeeklySchedule`` that calls and texts must
fall in, plus extra call limits. The quiet-hours guard (SPEC §2) is a separate
account switch with its own fixed window, and the holiday calendar closes cadence
hours on whole account-local dates. Pure values and look-ups; ``due_time`` applies them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Any

from kixie_desktop.domain.harassment import PeriodUnit, RateLimit
from kixie_desktop.domain.holidays import YearlyHoliday
from kixie_desktop.domain.holidays import from_json as holidays_from_json
from kixie_desktop.domain.holidays import to_json as holidays_to_json
from kixie_desktop.domain.phone_numbers import region_of
from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule
from kixie_desktop.engine.harassment import NamedLimit
from kixie_desktop.engine.windows import ClosedDays

QUIET_HOURS = WeeklySchedule.daily(8 * 60, 21 * 60)
"""The quiet-hours guard: every call and SMS inside 08:00-21:00 contact-local, every day."""


@dataclass(frozen=True)
class ComplianceProfile:
    """Calling hours (contact-local) and extra call caps of one jurisdiction."""

    name: str
    hours: WeeklySchedule
    call_limits: tuple[NamedLimit, ...] = ()


US_FEDERAL = ComplianceProfile("US federal", WeeklySchedule.daily(8 * 60, 21 * 60))
CANADA = ComplianceProfile(
    "Canada",
    WeeklySchedule(
        tuple(DayInterval(d, 9 * 60, 21 * 60 + 30) for d in range(5))
        + tuple(DayInterval(d, 10 * 60, 18 * 60) for d in (5, 6))
    ),
)


def _strict_state(name: str) -> ComplianceProfile:
    cap = RateLimit(3, 24, PeriodUnit.HOURS)
    return ComplianceProfile(
        name,
        WeeklySchedule.daily(8 * 60, 20 * 60),
        (NamedLimit(cap, f"{name} rule {cap.describe('call')}"),),
    )


# Area codes presumed to be in a state with stricter telemarketing rules. Overlays
# included; keep in step with NANPA assignments.
STATE_AREA_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "Florida": (
            "239", "305", "321", "352", "386", "407", "448", "561", "645", "656", "689",
            "727", "728", "754", "772", "786", "813", "850", "863", "904", "941", "954",
        ),
        "Oklahoma": ("405", "539", "572", "580", "918"),
        "Maryland": ("227", "240", "301", "410", "443", "667"),
    }
)

_STATE_PROFILES = {state: _strict_state(state) for state in STATE_AREA_CODES}
_BY_AREA_CODE = {
    code: _STATE_PROFILES[state] for state, codes in STATE_AREA_CODES.items() for code in codes
}

# US territories dial as +1 with their own region codes; federal rules (TCPA) cover them.
_US_REGIONS = frozenset({"US", "PR", "VI", "GU", "AS", "MP"})


def area_code(e164: str) -> str | None:
    """The NANP area code of a +1 number, else None."""
    if e164.startswith("+1") and len(e164) == 12 and e164[1:].isdigit():
        return e164[2:5]
    return None


@lru_cache(maxsize=65536)
def profile_for(e164: str) -> ComplianceProfile | None:
    """The jurisdiction rules presumed for ``e164``; None where we hold no profile."""
    region = region_of(e164)
    if region in _US_REGIONS:
        code = area_code(e164)
        return _BY_AREA_CODE.get(code, US_FEDERAL) if code else US_FEDERAL
    if region == "CA":
        return CANADA
    return None


@dataclass(frozen=True)
class HolidayCalendar:
    """Account-local days on which cadence hours are closed all day: one-off dates and
    yearly month-days (a yearly Feb 29 only in leap years; ``domain/holidays.py``)."""

    dates: frozenset[date] = field(default_factory=frozenset)
    yearly: frozenset[YearlyHoliday] = field(default_factory=frozenset)

    @classmethod
    def of(cls, days: Iterable[date], yearly: Iterable[YearlyHoliday] = ()) -> HolidayCalendar:
        return cls(frozenset(days), frozenset(yearly))

    @cached_property
    def closed_days(self) -> ClosedDays:
        """The calendar compiled for ``windows`` once, on first use (the engine asks per run)."""
        return ClosedDays(self.dates, ((y.month, y.day) for y in self.yearly))

    def closes(self, day: date) -> bool:
        return self.closed_days.closes(day)

    def first_closed(self, first: date, last: date) -> date | None:
        """The first holiday in [``first``, ``last``), if any."""
        return self.closed_days.first_between(first, last)

    def to_json(self) -> list[str]:
        return holidays_to_json(self.dates, self.yearly)

    @classmethod
    def from_json(cls, data: Any) -> HolidayCalendar:
        dates, yearly = holidays_from_json(data)
        return cls.of(dates, yearly)
