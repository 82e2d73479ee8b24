"""Weekly opening hours: the shape of Cadence Hours and Target Hours.

A ``WeeklySchedule`` is a set of (weekday, start minute, end minute) intervals
in *wall-clock* time of some zone; which zone is decided by whoever evaluates it
(the account's for Cadence Hours, the contact's for Target Hours). Evaluation
lives in ``engine.windows``; this module only holds and validates the value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kixie_desktop.domain.errors import ValidationError

MINUTES_PER_DAY = 24 * 60
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, order=True)
class DayInterval:
    """Open on ``weekday`` (0 = Monday) from ``start`` to ``end`` minutes after midnight.

    ``end`` is exclusive and may be 1440 (midnight at the end of the day).
    """

    weekday: int
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValidationError(f"weekday must be 0-6, not {self.weekday}", field="weekday")
        if not (0 <= self.start < self.end <= MINUTES_PER_DAY):
            raise ValidationError(
                f"interval {fmt_minute(self.start)}-{fmt_minute(self.end)} on "
                f"{WEEKDAYS[self.weekday]} must start before it ends, within the day",
                field="hours",
            )


@dataclass(frozen=True)
class WeeklySchedule:
    """Sorted, merged, non-overlapping intervals. Empty means never open."""

    intervals: tuple[DayInterval, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "intervals", _normalise(self.intervals))

    @classmethod
    def always(cls) -> WeeklySchedule:
        return cls(tuple(DayInterval(d, 0, MINUTES_PER_DAY) for d in range(7)))

    @classmethod
    def daily(cls, start: int, end: int, weekdays: range | tuple[int, ...] = range(7)) -> WeeklySchedule:
        return cls(tuple(DayInterval(d, start, end) for d in weekdays))

    def is_empty(self) -> bool:
        return not self.intervals

    def on(self, weekday: int) -> tuple[DayInterval, ...]:
        return tuple(i for i in self.intervals if i.weekday == weekday)

    def to_json(self) -> list[dict[str, Any]]:
        return [
            {"day": i.weekday, "start": fmt_minute(i.start), "end": fmt_minute(i.end)}
            for i in self.intervals
        ]

    @classmethod
    def from_json(cls, data: Any) -> WeeklySchedule:
        if not isinstance(data, list):
            raise ValidationError("hours must be a list of {day, start, end}", field="hours")
        out = []
        for item in data:
            if not isinstance(item, dict) or {"day", "start", "end"} - item.keys():
                raise ValidationError("each interval needs day, start and end", field="hours")
            day = item["day"]
            if not isinstance(day, int) or isinstance(day, bool):
                raise ValidationError("day must be 0 (Monday) to 6 (Sunday)", field="hours")
            out.append(DayInterval(day, parse_minute(item["start"]), parse_minute(item["end"])))
        return cls(tuple(out))


def fmt_minute(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def parse_minute(text: Any) -> int:
    """'09:30' -> 570; '24:00' -> 1440."""
    if not isinstance(text, str) or len(text.split(":")) != 2:
        raise ValidationError(f"time {text!r} must look like HH:MM", field="hours")
    hh, mm = text.split(":")
    if not (hh.isdigit() and mm.isdigit()):
        raise ValidationError(f"time {text!r} must look like HH:MM", field="hours")
    h, m = int(hh), int(mm)
    if m > 59 or h > 24 or (h == 24 and m):
        raise ValidationError(f"time {text!r} is not a time of day", field="hours")
    return h * 60 + m


def _normalise(intervals: tuple[DayInterval, ...]) -> tuple[DayInterval, ...]:
    merged: list[DayInterval] = []
    for iv in sorted(intervals):
        last = merged[-1] if merged else None
        if last and last.weekday == iv.weekday and iv.start <= last.end:
            merged[-1] = DayInterval(last.weekday, last.start, max(last.end, iv.end))
        else:
            merged.append(iv)
    return tuple(merged)
