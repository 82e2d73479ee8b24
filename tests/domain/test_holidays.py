"""domain.holidays: yearly month-days as people type them and as the account row keeps them."""

from __future__ import annotations

from datetime import date

import pytest

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.holidays import YearlyHoliday, describe, from_json, parse_holidays, to_json


def test_a_person_writes_one_off_and_yearly_days_in_one_list() -> None:
    dates, yearly = parse_holidays([" 2026-11-27", "12-25", "--01-01", "12-25", "2026-11-27"])
    assert dates == (date(2026, 11, 27),)
    assert yearly == (YearlyHoliday(1, 1), YearlyHoliday(12, 25))
    assert describe(dates, yearly) == ["2026-11-27", "every Jan 1", "every Dec 25"]
    assert YearlyHoliday.parse("02-29").describe() == "every Feb 29 (leap years)"


@pytest.mark.parametrize("text, words", [
    ("Christmas", "not a date such as 2026-12-25, or 12-25 for every year"),
    ("13-01", "not a day of the year"),
    ("02-30", "not a day of the year"),
    ("25-12", "not a day of the year"),
    ("2026-02-29", "not a date"),
    ("1-5", "not a date"),
])
def test_what_is_not_a_holiday_is_refused_by_name(text: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words) as refused:
        parse_holidays([text])
    assert refused.value.field == "holidays"


def test_feb_29_falls_in_leap_years_only() -> None:
    leap_day = YearlyHoliday(2, 29)
    assert leap_day.in_year(2028) == date(2028, 2, 29)
    assert leap_day.in_year(2027) is None and leap_day.in_year(2100) is None


def test_the_json_list_round_trips_and_reads_old_rows() -> None:
    stored = to_json([date(2026, 1, 1), date(2025, 12, 25)], [YearlyHoliday(12, 25), YearlyHoliday(7, 4)])
    assert stored == ["2025-12-25", "2026-01-01", "--07-04", "--12-25"]
    assert from_json(stored) == ((date(2025, 12, 25), date(2026, 1, 1)), (YearlyHoliday(7, 4), YearlyHoliday(12, 25)))
    assert from_json(["2025-12-25"]) == ((date(2025, 12, 25),), ())
    with pytest.raises(ValidationError):
        from_json("2025-12-25")
