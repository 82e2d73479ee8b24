"""Property tests: a yearly holiday closes the same account-local day in every year, in any
zone, and no due time lands on one — checked against an ``astimezone`` oracle that shares
no code with ``engine.windows``.

Instants are minute-aligned and from 1995 on, when every zone's offsets are whole
minutes, so scanning minute boundaries is exhaustive.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import event, given
from hypothesis import strategies as st

from kixie_desktop.domain.harassment import TouchKind
from kixie_desktop.domain.holidays import YearlyHoliday
from kixie_desktop.domain.schedule import WeeklySchedule
from kixie_desktop.engine.compliance import HolidayCalendar
from kixie_desktop.engine.due_time import DueRequest, compute_due
from kixie_desktop.engine.windows import is_open, next_open, open_until
from tests.engine.oracles import any_zone, first_minute, local_date, property_settings, schedules

ALWAYS = WeeklySchedule.always()
SCAN = timedelta(days=3)

# Every month-day there is, Feb 29 included (2000 is a leap year).
month_days = st.dates(date(2000, 1, 1), date(2000, 12, 31)).map(lambda d: YearlyHoliday(d.month, d.day))


def closed_on(day: date, yearly: frozenset[YearlyHoliday]) -> bool:
    """The oracle: a day is closed when its month and day are listed (Feb 29 exists only in leap years)."""
    return YearlyHoliday(day.month, day.day) in yearly


def near_local_midnight(zone: str, day: date, minutes: int) -> datetime:
    """A minute-aligned UTC instant ``minutes`` after ``day``'s local midnight (as zoneinfo reads it)."""
    local = datetime.combine(day, time(0), ZoneInfo(zone)) + timedelta(minutes=minutes)
    return local.astimezone(timezone.utc).replace(second=0, microsecond=0)


@property_settings(300)
@given(zone=any_zone, holiday=month_days, year=st.integers(1995, 2300),
       minutes=st.integers(-30 * 60, 54 * 60))
def test_a_yearly_holiday_closes_the_same_local_day_every_year(zone: str, holiday: YearlyHoliday, year: int,
                                                              minutes: int) -> None:
    calendar = HolidayCalendar.of([], [holiday])
    yearly = frozenset([holiday])
    for y in (year, year + 1, year + 4, year + 100):  # the same calendar, years apart
        day = holiday.in_year(y) or date(y, 2, 28)  # Feb 29 outside a leap year: look at Feb 28 - Mar 1
        t = near_local_midnight(zone, day, minutes)
        here = local_date(t, zone)
        shut = closed_on(here, yearly)
        event("on the holiday" if shut else "beside it")
        assert is_open(ALWAYS, zone, t, closed_dates=calendar.closed_days) is not shut, (here, t)
        # Closed: it opens at the first instant of another local day. Open: it stays open
        # until the first instant of the holiday.
        opens = next_open(ALWAYS, zone, t, SCAN, closed_dates=calendar.closed_days)
        assert opens == first_minute(lambda u: not closed_on(local_date(u, zone), yearly), t, t + SCAN + timedelta(minutes=1))
        if not shut:
            until = open_until(ALWAYS, zone, t, SCAN, closed_dates=calendar.closed_days)
            first_shut = first_minute(lambda u: closed_on(local_date(u, zone), yearly), t, t + SCAN)
            assert until == (first_shut or t + SCAN)


@property_settings(200)
@given(zone=any_zone, holidays=st.lists(month_days, min_size=1, max_size=6),
       start=st.datetimes(datetime(1995, 1, 1), datetime(2200, 1, 1)), cadence_hours=schedules,
       after=st.integers(0, 3 * 24 * 60))
def test_due_times_never_land_on_a_yearly_holiday(zone: str, holidays: list[YearlyHoliday], start: datetime,
                                                  cadence_hours: WeeklySchedule, after: int) -> None:
    now = start.replace(second=0, microsecond=0, tzinfo=timezone.utc)
    # Around the start, so that the holidays are in the way as often as not.
    holidays += [YearlyHoliday(d.month, d.day) for d in (local_date(now, zone) + timedelta(n) for n in (0, 1))]
    req = DueRequest(
        base=now, after=timedelta(minutes=after), kind=TouchKind.SMS, cadence_hours=cadence_hours,
        account_zone=zone, target_hours=ALWAYS, contact_phone="+442071234567", contact_zone="UTC",
        holidays=HolidayCalendar.of([], holidays), quiet_hours_guard=False, compliance=False)
    decision = compute_due(req, now)
    event(decision.reason.split(" ")[0])
    if decision.at is not None:
        assert not closed_on(local_date(decision.at, zone), frozenset(holidays)), decision.reason
