"""Analytics values: whole days in a zone as instants (across DST changes, half-hour zones and
a day a country skipped), the funnel built from (step, state) counts, and how durations and
rates read."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.analytics import (
    MAX_DAYS,
    FunnelStep,
    StepCount,
    day_range,
    duration_words,
    funnel,
    percent_words,
)
from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.statuses import EnrollmentState as S

ZONES = sorted(available_timezones() - {"Factory", "localtime"})
DAYS = st.dates(date(1990, 1, 1), date(2060, 12, 31))
SMS, CALL = ActionType.SMS, ActionType.CALL


@given(zone=st.sampled_from(ZONES), first=DAYS, middle=st.integers(0, 40), last=st.integers(0, 40))
def test_consecutive_ranges_tile_time_and_each_holds_its_days(zone: str, first: date, middle: int, last: int) -> None:
    tz = ZoneInfo(zone)
    split = first + timedelta(days=middle)
    since, until = day_range(first, split, tz)
    after, end = day_range(split + timedelta(days=1), split + timedelta(days=1 + last), tz)
    assert since.tzinfo is timezone.utc and until.tzinfo is timezone.utc
    assert until == after  # no instant falls between two ranges, none in both
    assert since <= until <= end
    # Every instant inside is on one of the range's days there, and the range starts on its first.
    for instant in (since, until - timedelta(microseconds=1)):
        if since < until:
            assert first <= instant.astimezone(tz).date() <= split
    if since < until:
        assert since.astimezone(tz).date() == first
        assert (since - timedelta(microseconds=1)).astimezone(tz).date() < first


@pytest.mark.parametrize(("zone", "day", "local_start", "hours"), [
    ("America/Los_Angeles", date(2026, 3, 8), time(0), 23),   # spring forward: a 23-hour day
    ("America/Los_Angeles", date(2026, 11, 1), time(0), 25),  # fall back: 25 hours
    ("America/Havana", date(2026, 3, 8), time(1), 23),        # clocks jump at midnight: the day starts at 01:00
    ("Asia/Kolkata", date(2026, 3, 8), time(0), 24),          # a half-hour offset
    ("Australia/Lord_Howe", date(2026, 4, 5), time(0), 24.5),  # a half-hour DST change
])
def test_a_days_length_follows_the_clocks(zone: str, day: date, local_start: time, hours: float) -> None:
    since, until = day_range(day, day, ZoneInfo(zone))
    assert (until - since) == timedelta(hours=hours)
    assert since.astimezone(ZoneInfo(zone)).time() == local_start


def test_a_day_the_clocks_skipped_holds_nothing() -> None:
    since, until = day_range(date(2011, 12, 30), date(2011, 12, 30), ZoneInfo("Pacific/Apia"))  # Samoa crossed the date line
    assert since == until == datetime(2011, 12, 30, 10, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(("first", "last", "words"), [
    (date(2026, 3, 3), date(2026, 3, 2), "the last day comes before the first"),
    (date(2020, 1, 1), date(2020, 1, 1) + timedelta(days=MAX_DAYS), f"at most {MAX_DAYS:,} days"),
    (date.max - timedelta(days=3), date.max, "before the year 9999"),
])
def test_impossible_ranges_are_refused_on_the_dates(first: date, last: date, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as refused:
        day_range(first, last, ZoneInfo("UTC"))
    assert refused.value.field == "dates"


def test_the_funnel_counts_each_lead_at_every_step_up_to_its_own() -> None:
    counts = [StepCount(0, S.ACTIVE, 4), StepCount(0, S.CANCELLED, 1), StepCount(1, S.STOPPED, 2),
              StepCount(1, S.PAUSED, 1), StepCount(2, S.COMPLETED, 5), StepCount(2, S.FORWARDED, 1)]
    f = funnel(counts, [SMS, CALL, SMS])
    assert f.enrolled == 14
    assert f.steps == (FunnelStep(1, SMS, 14), FunnelStep(2, CALL, 9), FunnelStep(3, SMS, 6))
    assert (f.completed, f.stopped, f.forwarded, f.in_progress, f.unenrolled) == (5, 2, 1, 5, 1)
    assert f.enrolled == f.completed + f.stopped + f.forwarded + f.in_progress + f.unenrolled


def test_steps_an_older_version_had_are_counted_without_a_type() -> None:
    f = funnel([StepCount(3, S.COMPLETED, 2), StepCount(0, S.ACTIVE, 1)], [CALL])
    assert [(s.label, s.reached) for s in f.steps] == [("Step 1 · Call", 3), ("Step 2", 2), ("Step 3", 2),
                                                       ("Step 4", 2)]


def test_no_leads_make_a_funnel_of_zeros() -> None:
    f = funnel([], [SMS])
    assert (f.enrolled, f.steps) == (0, (FunnelStep(1, SMS, 0),))
    assert f.stages() == [("Enrolled", 0), ("Step 1 · SMS", 0), ("Completed", 0), ("Stopped", 0), ("Forwarded", 0)]


@pytest.mark.parametrize(("seconds", "words"), [
    (None, "—"), (0, "0 s"), (42.4, "42 s"), (59.6, "1 min 00 s"), (245, "4 min 05 s"), (7500, "2 h 05 min"),
    (87218, "1 d 0 h"), (3 * 86400 + 4 * 3600 + 59, "3 d 4 h"),
])
def test_durations_read_in_their_two_largest_units(seconds: float | None, words: str) -> None:
    assert duration_words(seconds) == words


def test_rates_read_as_percentages_and_nothing_is_not_zero() -> None:
    assert (percent_words(0.75), percent_words(1 / 3), percent_words(None)) == ("75.0 %", "33.3 %", "—")
