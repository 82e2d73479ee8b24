"""engine.compliance: which profile a number gets, its hours and caps, and the holiday calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.engine.compliance import (
    CANADA,
    QUIET_HOURS,
    STATE_AREA_CODES,
    US_FEDERAL,
    HolidayCalendar,
    area_code,
    profile_for,
)
from kixie_desktop.engine.windows import is_open
from tests.engine.oracles import utc


@pytest.mark.parametrize(
    ("phone", "name"),
    [
        ("+13055550100", "Florida"),
        ("+18505550100", "Florida"),
        ("+19185550100", "Oklahoma"),
        ("+12405550100", "Maryland"),
        ("+12125550100", "US federal"),
        ("+17875550100", "US federal"),  # Puerto Rico
        ("+14165550100", "Canada"),
        ("+442071234567", None),
    ],
)
def test_profile_by_number(phone: str, name: str | None) -> None:
    profile = profile_for(phone)
    assert (profile.name if profile else None) == name


def test_every_listed_area_code_maps_to_its_state() -> None:
    spec = {
        "Florida": "239 305 321 352 386 407 448 561 645 656 689 727 728 754 772 786 813 850 863 904 941 954",
        "Oklahoma": "405 539 572 580 918",
        "Maryland": "227 240 301 410 443 667",
    }
    assert {state: " ".join(codes) for state, codes in STATE_AREA_CODES.items()} == spec
    for state, codes in spec.items():
        for code in codes.split():
            profile = profile_for(f"+1{code}2345678")
            assert profile is not None and profile.name == state, code


def test_strict_states_end_at_20_and_cap_calls_at_3_per_24h() -> None:
    florida = profile_for("+13055550100")
    assert florida is not None
    assert is_open(florida.hours, "America/New_York", utc(2025, 3, 11, 23, 59))  # 19:59
    assert not is_open(florida.hours, "America/New_York", utc(2025, 3, 12, 0))  # 20:00
    (cap,) = florida.call_limits
    assert (cap.limit.count, cap.limit.period) == (3, timedelta(hours=24))
    assert cap.label == "Florida rule 3 calls / 24 hours"
    assert US_FEDERAL.call_limits == ()


@pytest.mark.parametrize(
    ("at", "open_"),
    [
        (utc(2025, 3, 10, 12, 59), False),  # Monday 08:59
        (utc(2025, 3, 10, 13), True),  # Monday 09:00
        (utc(2025, 3, 11, 1, 29), True),  # Monday 21:29
        (utc(2025, 3, 11, 1, 30), False),  # Monday 21:30
        (utc(2025, 3, 8, 14, 59), False),  # Saturday 09:59
        (utc(2025, 3, 8, 15), True),  # Saturday 10:00
        (utc(2025, 3, 8, 22, 59), True),  # Saturday 17:59
        (utc(2025, 3, 8, 23), False),  # Saturday 18:00
    ],
)
def test_canada_hours(at: object, open_: bool) -> None:
    assert is_open(CANADA.hours, "America/Toronto", at) is open_  # type: ignore[arg-type]


def test_quiet_hours_are_8_to_21_every_day() -> None:
    assert QUIET_HOURS.intervals[0].start == 8 * 60 and QUIET_HOURS.intervals[0].end == 21 * 60
    assert {iv.weekday for iv in QUIET_HOURS.intervals} == set(range(7))


def test_area_code() -> None:
    assert area_code("+13055550100") == "305"
    assert area_code("+442071234567") is None


def test_holiday_calendar_round_trips_and_validates() -> None:
    cal = HolidayCalendar.from_json(["2025-12-25", "2026-01-01", "--07-04"])
    assert cal.closes(date(2025, 12, 25)) and not cal.closes(date(2025, 12, 26))
    assert cal.closes(date(2031, 7, 4)) and not cal.closes(date(2031, 7, 5))
    assert cal.to_json() == ["2025-12-25", "2026-01-01", "--07-04"]
    assert HolidayCalendar.from_json(cal.to_json()) == cal
    with pytest.raises(ValidationError):
        HolidayCalendar.from_json(["Christmas"])
    with pytest.raises(ValidationError):
        HolidayCalendar.from_json("2025-12-25")
    with pytest.raises(ValidationError):
        HolidayCalendar.from_json(["--02-30"])
