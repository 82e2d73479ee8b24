"""Table-driven cases for engine.windows: DST gaps and folds, odd offsets, sparse schedules."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule
from kixie_desktop.engine.windows import (
    ClosedDays,
    intersect,
    is_open,
    is_open_all,
    next_open,
    next_open_all,
    open_until,
    timeline,
    to_us,
)
from tests.engine.oracles import open_at, utc

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
WEEKDAYS_9_17 = WeeklySchedule.daily(9 * 60, 17 * 60, range(5))
WED_1000_1030 = WeeklySchedule((DayInterval(WED, 600, 630),))


def sched(*ivs: tuple[int, str, str]) -> WeeklySchedule:
    def m(text: str) -> int:
        h, mm = text.split(":")
        return int(h) * 60 + int(mm)

    return WeeklySchedule(tuple(DayInterval(d, m(a), m(b)) for d, a, b in ivs))


@pytest.mark.parametrize(
    ("name", "schedule", "zone", "at", "expected"),
    [
        ("plain weekday", WEEKDAYS_9_17, "America/Chicago", utc(2025, 3, 7, 23), utc(2025, 3, 10, 14)),
        ("already open", WEEKDAYS_9_17, "America/Chicago", utc(2025, 3, 10, 15, 7), utc(2025, 3, 10, 15, 7)),
        # 2025-03-09 02:00 EST jumps to 03:00 EDT: 02:00-03:00 never happens that Sunday.
        ("NY gap swallows 02:00-03:00", sched((SUN, "02:00", "03:00")), "America/New_York",
         utc(2025, 3, 9, 5), utc(2025, 3, 16, 6)),
        ("NY gap: interval starting in gap opens at the jump", sched((SUN, "02:30", "04:00")),
         "America/New_York", utc(2025, 3, 9, 5), utc(2025, 3, 9, 7)),
        # 2025-11-02 02:00 EDT falls back to 01:00 EST: 01:00-01:30 happens twice.
        ("NY fold: second pass", sched((SUN, "01:00", "01:30")), "America/New_York",
         utc(2025, 11, 2, 5, 40), utc(2025, 11, 2, 6)),
        ("NY fold: first pass", sched((SUN, "01:00", "01:30")), "America/New_York",
         utc(2025, 11, 2, 4), utc(2025, 11, 2, 5)),
        ("Kathmandu +05:45", WED_1000_1030, "Asia/Kathmandu", utc(2025, 3, 7), utc(2025, 3, 12, 4, 15)),
        ("Kolkata +05:30", WEEKDAYS_9_17, "Asia/Kolkata", utc(2025, 3, 8), utc(2025, 3, 10, 3, 30)),
        ("Adelaide +10:30 DST", WEEKDAYS_9_17, "Australia/Adelaide", utc(2025, 1, 3, 12),
         utc(2025, 1, 5, 22, 30)),
        ("Lord Howe +11 DST", WED_1000_1030, "Australia/Lord_Howe", utc(2025, 3, 7), utc(2025, 3, 11, 23)),
        ("Lord Howe +10:30 standard", WED_1000_1030, "Australia/Lord_Howe", utc(2025, 6, 6),
         utc(2025, 6, 10, 23, 30)),
        # Lord Howe springs 02:00 -> 02:30 on 2025-10-05: an interval inside the half-hour gap is lost.
        ("Lord Howe 30-minute gap", sched((SUN, "02:00", "02:30")), "Australia/Lord_Howe",
         utc(2025, 10, 4, 14), utc(2025, 10, 11, 15)),
        # Havana springs forward at midnight: the day starts at 01:00.
        ("Havana midnight gap", sched((SUN, "00:00", "02:00")), "America/Havana",
         utc(2025, 3, 9, 4), utc(2025, 3, 9, 5)),
        ("once a week, just missed", WED_1000_1030, "UTC", utc(2025, 3, 12, 10, 30), utc(2025, 3, 19, 10)),
        ("once a week, last minute", WED_1000_1030, "UTC", utc(2025, 3, 12, 10, 29, 59), utc(2025, 3, 12, 10, 29, 59)),
        ("Sunday night into Monday", sched((SUN, "22:00", "24:00"), (MON, "00:00", "02:00")), "UTC",
         utc(2025, 3, 10, 1, 59), utc(2025, 3, 10, 1, 59)),
    ],
)
def test_next_open(name: str, schedule: WeeklySchedule, zone: str, at: datetime, expected: datetime) -> None:
    got = next_open(schedule, zone, at)
    assert got == expected, name
    assert open_at(schedule, zone, expected)
    assert is_open(schedule, zone, expected)


@pytest.mark.parametrize(
    ("schedule", "zone", "at", "expected"),
    [
        (WEEKDAYS_9_17, "America/Chicago", utc(2025, 3, 10, 15), utc(2025, 3, 10, 22)),  # 17:00 CDT
        (sched((SUN, "02:30", "04:00")), "America/New_York", utc(2025, 3, 9, 7), utc(2025, 3, 9, 8)),
        (sched((SUN, "01:00", "01:30")), "America/New_York", utc(2025, 11, 2, 5, 10), utc(2025, 11, 2, 5, 30)),
        # 00:00-02:00 EDT runs on into the repeated 01:00-02:00 EST hour without a break.
        (sched((SUN, "00:00", "02:00")), "America/New_York", utc(2025, 11, 2, 4), utc(2025, 11, 2, 7)),
        # Lord Howe falls back 02:00 -> 01:30 on 2025-04-06: 01:30-02:00 twice, back to back.
        (sched((SUN, "01:30", "02:00")), "Australia/Lord_Howe", utc(2025, 4, 5, 14, 30), utc(2025, 4, 5, 15, 30)),
        (sched((SUN, "22:00", "24:00"), (MON, "00:00", "02:00")), "UTC", utc(2025, 3, 9, 23), utc(2025, 3, 10, 2)),
        (WEEKDAYS_9_17, "America/Chicago", utc(2025, 3, 10, 3), utc(2025, 3, 10, 3)),
    ],
)
def test_open_until(schedule: WeeklySchedule, zone: str, at: datetime, expected: datetime) -> None:
    assert open_until(schedule, zone, at) == expected


def test_always_and_never() -> None:
    at = utc(2025, 6, 1, 12, 0, 0)
    assert next_open(WeeklySchedule.always(), "Asia/Kathmandu", at) == at
    assert open_until(WeeklySchedule.always(), "Asia/Kathmandu", at, timedelta(days=3)) == at + timedelta(days=3)
    assert next_open(WeeklySchedule(()), "UTC", at) is None
    assert not is_open(WeeklySchedule(()), "UTC", at)


def test_horizon_bounds_the_search() -> None:
    at = utc(2025, 3, 12, 10, 30)
    assert next_open(WED_1000_1030, "UTC", at, timedelta(days=6)) is None
    assert next_open(WED_1000_1030, "UTC", at, timedelta(days=6, hours=23, minutes=30)) == utc(2025, 3, 19, 10)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        next_open(WEEKDAYS_9_17, "UTC", datetime(2025, 3, 10, 9))
    with pytest.raises(ValueError, match="naive"):
        is_open(WEEKDAYS_9_17, "UTC", datetime(2025, 3, 10, 9))


def test_results_are_utc_whatever_the_input_zone() -> None:
    from zoneinfo import ZoneInfo

    at = datetime(2025, 3, 7, 17, tzinfo=ZoneInfo("America/Chicago"))
    got = next_open(WEEKDAYS_9_17, "America/Chicago", at)
    assert got == utc(2025, 3, 10, 14) and got is not None and got.utcoffset() == timedelta(0)


def test_closed_dates_skip_whole_local_days() -> None:
    christmas = {date(2025, 12, 25)}
    at = utc(2025, 12, 24, 23)  # 18:00 Wednesday in New York
    got = next_open(WEEKDAYS_9_17, "America/New_York", at, closed_dates=christmas)
    assert got == utc(2025, 12, 26, 14)
    assert not is_open(WEEKDAYS_9_17, "America/New_York", utc(2025, 12, 25, 15), closed_dates=christmas)
    always = WeeklySchedule.always()
    assert open_until(always, "America/New_York", utc(2025, 12, 24, 12), closed_dates=christmas) == utc(2025, 12, 25, 5)


def day_number(d: date) -> int:
    return d.toordinal() - date(1970, 1, 1).toordinal()


def test_yearly_closed_days_come_round_every_year() -> None:
    xmas = ClosedDays(yearly=[(12, 25)])
    for year in (1999, 2025, 2031, 2100, 2399):
        assert xmas.closes(date(year, 12, 25)) and not xmas.closes(date(year, 12, 24))
        assert xmas.next_closed(day_number(date(year, 12, 25))) == day_number(date(year + 1, 12, 25))
    assert xmas.first_between(date(2025, 1, 1), date(2025, 12, 25)) is None
    assert xmas.first_between(date(2025, 1, 1), date(2025, 12, 26)) == date(2025, 12, 25)
    always = WeeklySchedule.always()
    at = utc(2031, 12, 24, 23)  # Wednesday 18:00 in New York, six years on
    assert next_open(WEEKDAYS_9_17, "America/New_York", at, closed_dates=xmas) == utc(2031, 12, 26, 14)
    assert open_until(always, "America/New_York", utc(2031, 12, 24, 12), closed_dates=xmas) == utc(2031, 12, 25, 5)


def test_a_yearly_feb_29_closes_leap_years_only() -> None:
    leap_day = ClosedDays(yearly=[(2, 29)])
    assert leap_day.closes(date(2028, 2, 29))
    assert not any(leap_day.closes(date(2027, 2, d)) for d in (27, 28)) and not leap_day.closes(date(2027, 3, 1))
    # 2100 is not a leap year: after 2096 the next Feb 29 is in 2104.
    assert leap_day.next_closed(day_number(date(2096, 3, 1))) == day_number(date(2104, 2, 29))
    always = WeeklySchedule.always()
    assert next_open(always, "UTC", utc(2027, 2, 28, 23), closed_dates=leap_day) == utc(2027, 2, 28, 23)
    assert next_open(always, "UTC", utc(2028, 2, 29, 10), closed_dates=leap_day) == utc(2028, 3, 1)


def test_one_off_and_yearly_days_together() -> None:
    days = ClosedDays([date(2026, 11, 27)], [(12, 25), (1, 1)])
    assert days.next_closed(day_number(date(2026, 11, 1))) == day_number(date(2026, 11, 27))
    assert days.next_closed(day_number(date(2026, 11, 27))) == day_number(date(2026, 12, 25))
    assert days.next_closed(day_number(date(2026, 12, 25))) == day_number(date(2027, 1, 1))
    assert not ClosedDays() and days


def test_every_day_of_the_year_closed_never_opens() -> None:
    every_day = ClosedDays(yearly=[(d.month, d.day) for d in (date(2000, 1, 1) + timedelta(n) for n in range(366))])
    assert next_open(WeeklySchedule.always(), "UTC", utc(2025, 6, 1), closed_dates=every_day) is None


def test_several_zones_open_only_together() -> None:
    zones = ("America/Boise", "America/Los_Angeles")  # +1 208
    at = utc(2025, 3, 10, 15)  # 09:00 Boise, 08:00 Los Angeles
    assert is_open(WEEKDAYS_9_17, "America/Boise", at)
    assert not is_open_all(WEEKDAYS_9_17, zones, at)
    assert next_open_all(WEEKDAYS_9_17, zones, at) == utc(2025, 3, 10, 16)
    assert next_open_all(WEEKDAYS_9_17, (), at) is None


def test_zones_half_a_day_apart_never_share_a_short_window() -> None:
    short = WeeklySchedule.daily(9 * 60, 12 * 60)
    assert next_open_all(short, ("Asia/Kolkata", "America/Chicago"), utc(2025, 1, 1)) is None


def test_intersect() -> None:
    a = sched((MON, "08:00", "12:00"), (TUE, "08:00", "20:00"))
    b = sched((MON, "10:00", "21:00"), (WED, "00:00", "24:00"))
    assert intersect(a, b) == sched((MON, "10:00", "12:00"))
    assert intersect() == WeeklySchedule.always()


@pytest.mark.parametrize("zone", ["America/New_York", "Australia/Lord_Howe", "Asia/Gaza", "Europe/Dublin"])
def test_timeline_segments_match_zoneinfo(zone: str) -> None:
    from zoneinfo import ZoneInfo

    t = utc(2024, 1, 1)
    seen = 0
    while t < utc(2026, 1, 1):
        start, off, end = timeline(zone).segment(to_us(t))
        assert start <= to_us(t) < end
        assert off == to_us(t + t.astimezone(ZoneInfo(zone)).utcoffset()) - to_us(t)  # type: ignore[operator]
        seen += 1
        t += timedelta(hours=7)
    assert seen > 2000
