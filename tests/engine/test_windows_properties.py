"""Property tests: engine.windows agrees with a minute-by-minute astimezone oracle in many zones.

Modern offsets and transitions fall on whole minutes, so whether a schedule is
open cannot change inside a UTC minute: checking every minute boundary between
two instants is an exhaustive check of that stretch.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.schedule import WeeklySchedule
from kixie_desktop.engine.windows import is_open, next_open, next_open_all, open_until
from tests.engine.oracles import (
    any_zone,
    first_minute,
    instants,
    minutes,
    open_at,
    property_settings,
    schedules,
    zones,
)

# Any non-empty weekly schedule reopens within a week plus the longest skipped stretch
# (Pacific/Apia dropped a whole day in 2011); the horizon keeps oracles bounded.
SCAN = timedelta(days=16)


@st.composite
def zone_and_instant(draw: st.DrawFn, zone_strategy: st.SearchStrategy[str]) -> tuple[str, datetime]:
    zone = draw(zone_strategy)
    return zone, draw(instants(zone))


def check_next_open(schedule: WeeklySchedule, zone: str, at: datetime) -> None:
    got = next_open(schedule, zone, at, SCAN)
    expected = first_minute(lambda t: open_at(schedule, zone, t), at, at + SCAN + timedelta(minutes=1))
    assert got == expected
    assert is_open(schedule, zone, at) == open_at(schedule, zone, at)


@property_settings(250)
@given(schedules, zone_and_instant(zones))
def test_next_open_is_the_first_open_minute_curated(schedule: WeeklySchedule, zi: tuple[str, datetime]) -> None:
    check_next_open(schedule, *zi)


@property_settings(120)
@given(schedules, zone_and_instant(any_zone))
def test_next_open_is_the_first_open_minute_any_zone(schedule: WeeklySchedule, zi: tuple[str, datetime]) -> None:
    check_next_open(schedule, *zi)


@property_settings(150)
@given(schedules, zone_and_instant(zones))
def test_open_until_is_the_end_of_the_open_stretch(schedule: WeeklySchedule, zi: tuple[str, datetime]) -> None:
    zone, at = zi
    start = next_open(schedule, zone, at, SCAN)
    if start is None:
        return
    horizon = timedelta(days=3)
    end = open_until(schedule, zone, start, horizon)
    assert start < end <= start + horizon
    assert all(open_at(schedule, zone, t) for t in minutes(start, end))
    assert end == start + horizon or not open_at(schedule, zone, end)


@property_settings(120)
@given(schedules, st.lists(zones, min_size=1, max_size=3, unique=True), st.data())
def test_next_open_all_is_the_first_minute_open_everywhere(
    schedule: WeeklySchedule, zone_list: list[str], data: st.DataObject
) -> None:
    at = data.draw(instants(zone_list[0]))
    got = next_open_all(schedule, zone_list, at, SCAN)
    expected = first_minute(
        lambda t: all(open_at(schedule, z, t) for z in zone_list), at, at + SCAN + timedelta(minutes=1)
    )
    assert got == expected
