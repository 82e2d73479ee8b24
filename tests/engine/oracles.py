"""Slow, obviously-correct re-statements of the scheduling rules, and the hypothesis strategies that feed them.

The oracles convert every instant with ``datetime.astimezone`` and count touches
with a list comprehension; they share no code with ``engine.windows`` or
``engine.harassment``, so agreement means something.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from kixie_desktop.domain.harassment import PeriodUnit, RateLimit
from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule
from kixie_desktop.engine.windows import timeline, to_us, from_us

UTC = timezone.utc
MINUTE = timedelta(minutes=1)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def property_settings(examples: int) -> settings:
    # No example database: the tree is shared and .hypothesis would only add noise.
    return settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )


# DST-heavy, odd offsets, midnight transitions, negative DST, skipped days, no DST.
CURATED_ZONES = (
    "UTC",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/St_Johns",
    "America/Havana",
    "America/Santiago",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tehran",
    "Asia/Gaza",
    "Australia/Adelaide",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Pacific/Kiritimati",
    "Europe/London",
    "Europe/Dublin",
    "Africa/Casablanca",
    "Antarctica/Troll",
)
ALL_ZONES = tuple(sorted(z for z in available_timezones() if z not in {"Factory", "localtime"}))


def open_at(schedule: WeeklySchedule, zone: str, t: datetime) -> bool:
    local = t.astimezone(ZoneInfo(zone))
    minute = local.hour * 60 + local.minute
    return any(
        iv.weekday == local.weekday() and iv.start <= minute < iv.end for iv in schedule.intervals
    )


def count_in_window(touches: Sequence[datetime], limit: RateLimit, t: datetime) -> int:
    return len([x for x in touches if t - limit.period < x <= t])


def minutes(start: datetime, end: datetime) -> Iterator[datetime]:
    """``start`` (minute-aligned) and every minute after it, before ``end``."""
    t = start
    while t < end:
        yield t
        t += MINUTE


def first_minute(pred: Callable[[datetime], bool], start: datetime, end: datetime) -> datetime | None:
    return next((t for t in minutes(start, end) if pred(t)), None)


# --- strategies -------------------------------------------------------------

zones = st.sampled_from(CURATED_ZONES)
any_zone = st.sampled_from(ALL_ZONES)

interval = st.builds(
    lambda day, start, length: DayInterval(day, start, min(1440, start + length)),
    st.integers(0, 6),
    st.integers(0, 1439),
    st.integers(1, 900),
)
schedules = st.one_of(
    st.lists(interval, min_size=1, max_size=5).map(lambda ivs: WeeklySchedule(tuple(ivs))),
    st.just(WeeklySchedule.always()),
    st.builds(lambda s, e: WeeklySchedule.daily(min(s, e), max(s, e) + 1), st.integers(0, 1438), st.integers(0, 1438)),
)


@st.composite
def instants(draw: st.DrawFn, zone: str) -> datetime:
    """Minute-aligned instants, a third of them within a day of one of ``zone``'s offset changes."""
    base = draw(st.datetimes(datetime(1995, 1, 1), datetime(2040, 1, 1))).replace(
        second=0, microsecond=0, tzinfo=UTC
    )
    if draw(st.integers(0, 2)) == 0:
        _, _, end = timeline(zone).segment(to_us(base))
        base = from_us(end).replace(second=0, microsecond=0)
        base += timedelta(minutes=draw(st.integers(-24 * 60, 24 * 60)))
    return base


limits = st.one_of(
    st.builds(RateLimit, st.integers(1, 4), st.integers(1, 90), st.just(PeriodUnit.MINUTES)),
    st.builds(RateLimit, st.integers(1, 4), st.integers(1, 48), st.just(PeriodUnit.HOURS)),
    st.builds(RateLimit, st.integers(1, 4), st.integers(1, 2), st.just(PeriodUnit.DAYS)),
)


def local_date(t: datetime, zone: str) -> date:
    return t.astimezone(ZoneInfo(zone)).date()
