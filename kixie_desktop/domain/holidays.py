"""Account holidays as people write them and as the account row keeps them: one-off
dates (2026-11-27) and yearly month-days (Dec 25, every year).

Both live in the account's one JSON list of strings: a one-off date as ISO 8601's
``YYYY-MM-DD``, a yearly holiday as ISO 8601's recurring-date form ``--MM-DD``, which no
date parser mistakes for a day of one year, so old rows read unchanged and no migration
is needed. A yearly Feb 29 closes Feb 29 in leap years and nothing in other years: a day
that does not happen is not moved to another (decision 31 in ``docs/decisions.md``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kixie_desktop.domain.errors import ValidationError

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LEAP_YEAR = 2000  # any leap year: a month-day is valid when it exists in one


@dataclass(frozen=True, order=True)
class YearlyHoliday:
    """A month and day that close cadence hours every year (account-local)."""

    month: int
    day: int

    def __post_init__(self) -> None:
        try:
            date(_LEAP_YEAR, self.month, self.day)
        except (TypeError, ValueError):
            raise ValidationError(f"{self.month}-{self.day} is not a day of the year",
                                  field="yearly_holidays") from None

    @classmethod
    def parse(cls, text: str, *, field: str = "yearly_holidays") -> YearlyHoliday:
        """``--MM-DD`` (ISO 8601) or ``MM-DD``: month first, as in an ISO date."""
        value = text.strip().removeprefix("--")
        month, dash, day = value.partition("-")
        if not (dash and len(month) == 2 and len(day) == 2 and month.isdigit() and day.isdigit()):
            raise ValidationError(f"{text.strip()!r} is not a yearly date such as 12-25 (month-day)", field=field)
        try:
            return cls(int(month), int(day))
        except ValidationError:
            raise ValidationError(f"{text.strip()!r} is not a day of the year (month-day, e.g. 12-25)",
                                  field=field) from None

    def iso(self) -> str:
        return f"--{self.month:02d}-{self.day:02d}"

    def in_year(self, year: int) -> date | None:
        """The date it falls on in ``year``; None for Feb 29 outside leap years."""
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None

    def describe(self) -> str:
        """'every Dec 25'; 'every Feb 29 (leap years)'."""
        text = f"every {MONTHS[self.month - 1]} {self.day}"
        return text + " (leap years)" if (self.month, self.day) == (2, 29) else text


def parse_date(value: object, *, field: str = "holidays") -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(f"{value!r} is not a date such as 2026-12-25", field=field) from None


Holidays = tuple[tuple[date, ...], tuple[YearlyHoliday, ...]]
"""One-off dates and yearly holidays, each sorted without repeats."""


def parse_holidays(values: Iterable[str], *, field: str = "holidays") -> Holidays:
    """A mixed list as a person types it (``2026-11-27``, ``12-25``, ``--01-01``) split into
    one-off dates and yearly holidays."""
    dates: set[date] = set()
    yearly: set[YearlyHoliday] = set()
    for value in values:
        text = value.strip()
        if len(text.removeprefix("--")) == 5:
            yearly.add(YearlyHoliday.parse(text, field=field))
            continue
        try:
            dates.add(date.fromisoformat(text))
        except ValueError:
            raise ValidationError(f"{text!r} is not a date such as 2026-12-25, or 12-25 for every year",
                                  field=field) from None
    return tuple(sorted(dates)), tuple(sorted(yearly))


def to_json(dates: Iterable[date], yearly: Iterable[YearlyHoliday]) -> list[str]:
    """The account row's ``holidays`` column: one-off dates, then yearly ``--MM-DD``."""
    return [d.isoformat() for d in sorted(dates)] + [y.iso() for y in sorted(yearly)]


def from_json(data: object) -> Holidays:
    if not isinstance(data, list) or not all(isinstance(item, str) for item in data):
        raise ValidationError("holidays are a list of YYYY-MM-DD dates and --MM-DD yearly days",
                              field="holidays")
    once = {parse_date(item) for item in data if not item.startswith("--")}
    yearly = {YearlyHoliday.parse(item, field="holidays") for item in data if item.startswith("--")}
    return tuple(sorted(once)), tuple(sorted(yearly))


def describe(dates: Iterable[date], yearly: Iterable[YearlyHoliday]) -> list[str]:
    """Each holiday as a person reads it: '2026-11-27', 'every Dec 25'."""
    return [d.isoformat() for d in sorted(dates)] + [y.describe() for y in sorted(yearly)]
