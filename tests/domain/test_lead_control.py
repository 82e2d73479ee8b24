"""The words of per-lead control (pause reasons, a number's texts against its rule) and the
instant a picked wall-clock time stands for, across DST gaps and folds (hypothesis)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.harassment import PeriodUnit, RateLimit
from kixie_desktop.domain.lead_control import pause_reason, period_words, short_instant, texts_against_rule
from kixie_desktop.domain.zones import instant_at

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=timezone.utc)
ZONES = ["America/Chicago", "America/Los_Angeles", "Europe/London", "Australia/Lord_Howe", "Asia/Kathmandu",
         "America/St_Johns", "Pacific/Chatham", "UTC"]


@pytest.mark.parametrize(
    ("by", "until", "expected"),
    [
        ("Sam Supervisor", datetime(2026, 12, 3, 15, 0, tzinfo=timezone.utc), "Paused by Sam Supervisor until Dec 3, 09:00"),
        ("Sam Supervisor", None, "Paused by Sam Supervisor"),
        ("Sam Supervisor", datetime(2027, 1, 5, 15, 0, tzinfo=timezone.utc),
         "Paused by Sam Supervisor until Jan 5, 2027, 09:00"),
        (None, datetime(2026, 12, 1, 3, 0, tzinfo=timezone.utc), "Paused after the contact replied until Nov 30, 21:00"),
    ],
)
def test_pause_reasons_read_in_the_accounts_zone(by: str | None, until: datetime | None, expected: str) -> None:
    assert pause_reason(by, until, "America/Chicago", NOW) == expected


@pytest.mark.parametrize(
    ("count", "limit", "expected"),
    [
        (2, RateLimit(3, 1, PeriodUnit.DAYS), "2 of 3 texts in the last day"),
        (1, RateLimit(1, 24, PeriodUnit.HOURS), "1 of 1 text in the last 24 hours"),
        (0, RateLimit(5, 2, PeriodUnit.DAYS), "0 of 5 texts in the last 2 days"),
        (3, RateLimit(2, 1, PeriodUnit.HOURS), "3 of 2 texts in the last hour"),
        (1, None, "1 text in the last day; no limit on texts applies"),
    ],
)
def test_texts_against_the_rule(count: int, limit: RateLimit | None, expected: str) -> None:
    assert texts_against_rule(count, limit) == expected


def test_period_words() -> None:
    assert period_words(RateLimit(1, 30, PeriodUnit.MINUTES)) == "the last 30 minutes"
    assert period_words(RateLimit(1, 1, PeriodUnit.MINUTES)) == "the last minute"


@given(zone=st.sampled_from(ZONES),
       wall=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31)))
def test_a_picked_time_is_the_instant_the_zones_clock_shows_it(zone: str, wall: datetime) -> None:
    at = instant_at(wall, zone)
    assert at.tzinfo is timezone.utc
    shown = at.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    if shown == wall:
        # When the clocks go back and it happens twice, the first of the two.
        assert at == min(wall.replace(tzinfo=ZoneInfo(zone), fold=f).astimezone(timezone.utc) for f in (0, 1))
    else:
        # The clocks jumped over it: as far past the jump as it was past the gap's start.
        assert timedelta(0) < shown - wall <= timedelta(hours=2)
    assert short_instant(at, zone, at)  # and it reads back in words


def test_a_spring_forward_gap_and_a_fall_back_fold() -> None:
    chicago = "America/Chicago"
    assert instant_at(datetime(2026, 3, 8, 2, 30), chicago) == datetime(2026, 3, 8, 8, 30, tzinfo=timezone.utc)
    assert short_instant(datetime(2026, 3, 8, 8, 30, tzinfo=timezone.utc), chicago, NOW) == "Mar 8, 03:30"
    # 01:30 happens twice on Nov 1 2026: the first (CDT, UTC-5).
    assert instant_at(datetime(2026, 11, 1, 1, 30), chicago) == datetime(2026, 11, 1, 6, 30, tzinfo=timezone.utc)
    with pytest.raises(ValueError):
        instant_at(datetime(2026, 11, 1, 1, 30, tzinfo=timezone.utc), chicago)
