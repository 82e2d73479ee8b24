"""Evaluate weekly wall-clock schedules in IANA zones: is it open, when does it open, when does it close.

A ``WeeklySchedule`` interval "Mon 09:00-17:00" in zone Z means the instants whose
local wall-clock time in Z falls on a Monday in [09:00, 17:00). Converting an
instant to wall time is unambiguous (zoneinfo sets ``fold`` for the repeated hour),
so that sentence is the whole definition: in a DST gap the skipped wall times are
simply never reached, so an interval starting inside the gap opens at the first
instant after the jump (an interval lying wholly inside the gap does not open that
day); in a fold the repeated wall times occur twice, so an interval covering them is
open during both passes. The work is done on integer microseconds along the zone's
constant-offset segments (between transitions), where wall time is UTC plus a
constant, so each answer costs a few bisections rather than a scan. Pure: no clock.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import MAXYEAR, date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo

from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule

DEFAULT_HORIZON = timedelta(days=400)

US = 1_000_000
MINUTE_US = 60 * US
DAY_US = 24 * 60 * MINUTE_US
WEEK_US = 7 * DAY_US
# 1970-01-01 was a Thursday: shifting by three days puts Monday 00:00 at a multiple of a week.
_THURSDAY_SHIFT_US = 3 * DAY_US
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()

# Offsets are looked up once per bucket of about 388 days and cached. Sampling every
# 12 h cannot miss a transition pair: no two offset changes in tzdata since 1900 are
# closer than about four days (Africa/Freetown, 1939).
_BUCKET_S = 1 << 25
_SAMPLE_S = 12 * 3600

Zone = str | ZoneInfo


def to_us(at: datetime) -> int:
    """Microseconds since the epoch of an aware instant; naive datetimes are refused."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"naive datetime {at!r}: pass an aware UTC instant")
    return (at - _EPOCH) // timedelta(microseconds=1)


def from_us(us: int) -> datetime:
    return _EPOCH + timedelta(microseconds=us)


def zone_info(zone: Zone) -> ZoneInfo:
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)


class _Timeline:
    """A zone's UTC offsets as constant segments, computed lazily per bucket."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self._buckets: dict[int, tuple[int, list[int], list[int]]] = {}

    def _offset_s(self, s: int) -> int:
        off = datetime.fromtimestamp(s, self.zone).utcoffset()
        assert off is not None
        return off.days * 86400 + off.seconds

    def _bucket(self, b: int) -> tuple[int, list[int], list[int]]:
        cached = self._buckets.get(b)
        if cached is not None:
            return cached
        start, end = b * _BUCKET_S, (b + 1) * _BUCKET_S
        first = off = self._offset_s(start)
        at: list[int] = []
        offs: list[int] = []
        p = start
        while p < end:
            q = min(p + _SAMPLE_S, end)
            if self._offset_s(q) == off:
                p = q
                continue
            lo, hi = p, q  # offset(lo) == off != offset(hi): bisect to the second
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if self._offset_s(mid) == off:
                    lo = mid
                else:
                    hi = mid
            if hi >= end:
                break
            off = self._offset_s(hi)
            at.append(hi)
            offs.append(off)
            p = hi
        entry = (first, at, offs)
        self._buckets[b] = entry
        return entry

    def segment(self, us: int) -> tuple[int, int, int]:
        """(start, offset, end) in microseconds of the constant-offset stretch holding ``us``.

        Bucket edges also end a stretch, with the offset unchanged; callers treat
        an end as "re-evaluate here", never as "the offset changed here".
        """
        s = us // US
        b = s // _BUCKET_S
        first, at, offs = self._bucket(b)
        i = bisect_right(at, s)
        begin = at[i - 1] if i else b * _BUCKET_S
        off = offs[i - 1] if i else first
        end = at[i] if i < len(at) else (b + 1) * _BUCKET_S
        return begin * US, off * US, end * US


@lru_cache(maxsize=1024)
def _timeline(zone: ZoneInfo) -> _Timeline:
    return _Timeline(zone)


@lru_cache(maxsize=2048)
def timeline(zone: Zone) -> _Timeline:
    # Cached by name too: compute_due asks for the same few zones several times per action.
    return _timeline(zone_info(zone))


class WallSet(Protocol):
    """A set of wall-clock instants (microseconds of local time since the local epoch)."""

    @property
    def weekly(self) -> bool:
        """True when the set repeats every week (lets multi-zone search skip ahead)."""
        ...

    def next_in(self, w: int) -> int | None:
        """Smallest wall time >= ``w`` in the set, or None when the set is empty."""
        ...

    def end_of(self, w: int) -> int | None:
        """For ``w`` in the set: exclusive end of its stretch; None if it never ends."""
        ...


@dataclass(frozen=True)
class _WeeklyWalls:
    # Offsets from Monday 00:00, merged; the last interval may run past WEEK_US when
    # Sunday night joins Monday morning, and then Monday's own piece is dropped.
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    full: bool

    @property
    def weekly(self) -> bool:
        return True

    def _locate(self, w: int) -> tuple[int, int, int]:
        """(week base, index of interval holding w or -1, index of next interval start)."""
        base = (w + _THURSDAY_SHIFT_US) // WEEK_US * WEEK_US - _THURSDAY_SHIFT_US
        pos = w - base
        if self.ends and pos + WEEK_US < self.ends[-1]:
            return base - WEEK_US, len(self.starts) - 1, 0
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.ends[i]:
            return base, i, i + 1
        return base, -1, i + 1

    def next_in(self, w: int) -> int | None:
        if self.full:
            return w
        if not self.starts:
            return None
        base, i, nxt = self._locate(w)
        if i >= 0:
            return w
        if nxt < len(self.starts):
            return base + self.starts[nxt]
        return base + WEEK_US + self.starts[0]

    def end_of(self, w: int) -> int | None:
        if self.full:
            return None
        base, i, _ = self._locate(w)
        return base + self.ends[i] if i >= 0 else w


# Hashing a WeeklySchedule walks all its intervals; callers pass the same object
# over and over, so look it up by identity first (holding it keeps its id unique).
_BY_IDENTITY: dict[int, tuple[WeeklySchedule, _WeeklyWalls]] = {}


def compile_schedule(schedule: WeeklySchedule) -> _WeeklyWalls:
    hit = _BY_IDENTITY.get(id(schedule))
    if hit is not None and hit[0] is schedule:
        return hit[1]
    walls = _compile(schedule)
    if len(_BY_IDENTITY) >= 4096:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[id(schedule)] = (schedule, walls)
    return walls


@lru_cache(maxsize=4096)
def _compile(schedule: WeeklySchedule) -> _WeeklyWalls:
    spans: list[list[int]] = []
    for iv in schedule.intervals:
        a = iv.weekday * DAY_US + iv.start * MINUTE_US
        b = iv.weekday * DAY_US + iv.end * MINUTE_US
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    if len(spans) == 1 and spans[0] == [0, WEEK_US]:
        return _WeeklyWalls((), (), True)
    if len(spans) > 1 and spans[0][0] == 0 and spans[-1][1] == WEEK_US:
        spans[-1][1] = WEEK_US + spans[0][1]
        spans.pop(0)
    return _WeeklyWalls(tuple(s[0] for s in spans), tuple(s[1] for s in spans), False)


class ClosedDays:
    """Whole local days that are closed: one-off dates and yearly month-days, compiled once.

    Days are numbered from 1970-01-01 (a wall time's ``w // DAY_US``). One-off days are one
    sorted table; a yearly month-day becomes that year's day numbers the first time a day
    of the year is asked about (Feb 29 only in leap years), so asking costs a bisection,
    never parsing. Build one per calendar and keep it: ``HolidayCalendar`` does.
    """

    __slots__ = ("_once", "_yearly", "_years", "_every_day")

    def __init__(self, dates: Iterable[date] = (), yearly: Iterable[tuple[int, int]] = ()) -> None:
        self._once = tuple(sorted({d.toordinal() - _EPOCH_ORDINAL for d in dates}))
        self._yearly = tuple(sorted(set(yearly)))
        self._years: dict[int, tuple[int, ...]] = {}
        # Every month-day of a leap year: nothing is ever open (and no search would end).
        self._every_day = len(self._yearly) >= 366

    def __bool__(self) -> bool:
        return bool(self._once or self._yearly)

    @property
    def every_day(self) -> bool:
        return self._every_day

    def _in_year(self, year: int) -> tuple[int, ...]:
        days = self._years.get(year)
        if days is None:
            found = []
            for month, day in self._yearly:
                try:
                    found.append(date(year, month, day).toordinal() - _EPOCH_ORDINAL)
                except ValueError:  # Feb 29 outside a leap year
                    continue
            days = self._years[year] = tuple(found)  # sorted: month-days are
        return days

    def closed(self, day: int) -> bool:
        i = bisect_right(self._once, day) - 1
        if i >= 0 and self._once[i] == day:
            return True
        if not self._yearly:
            return False
        days = self._in_year(date.fromordinal(day + _EPOCH_ORDINAL).year)
        j = bisect_right(days, day) - 1
        return j >= 0 and days[j] == day

    def next_closed(self, day: int) -> int | None:
        """The first closed day after ``day``, or None."""
        i = bisect_right(self._once, day)
        best = self._once[i] if i < len(self._once) else None
        if self._yearly:
            year = date.fromordinal(day + _EPOCH_ORDINAL).year
            # Any month-day but Feb 29 comes round within a year; Feb 29 within eight.
            for y in range(year, min(year + 9, MAXYEAR + 1)):
                days = self._in_year(y)
                j = bisect_right(days, day)
                if j < len(days):
                    best = days[j] if best is None else min(best, days[j])
                    break
        return best

    def closes(self, day: date) -> bool:
        return self.closed(day.toordinal() - _EPOCH_ORDINAL)

    def first_between(self, first: date, last: date) -> date | None:
        """The first closed date in [``first``, ``last``), if any."""
        found = self.next_closed(first.toordinal() - _EPOCH_ORDINAL - 1)
        if found is None or found >= last.toordinal() - _EPOCH_ORDINAL:
            return None
        return date.fromordinal(found + _EPOCH_ORDINAL)


@dataclass(frozen=True)
class _ClosedDays:
    """A wall set with whole local days removed (the account holiday calendar)."""

    inner: WallSet
    days: ClosedDays

    @property
    def weekly(self) -> bool:
        return False

    def next_in(self, w: int) -> int | None:
        if self.days.every_day:
            return None
        x = self.inner.next_in(w)
        while x is not None and self.days.closed(x // DAY_US):
            x = self.inner.next_in((x // DAY_US + 1) * DAY_US)
        return x

    def end_of(self, w: int) -> int | None:
        if self.days.closed(w // DAY_US):
            return w
        e = self.inner.end_of(w)
        cut = self.days.next_closed(w // DAY_US)
        if cut is not None and (e is None or cut * DAY_US < e):
            return cut * DAY_US
        return e


Closed = Collection[date] | ClosedDays


def walls_for(schedule: WeeklySchedule, closed: Closed = ()) -> WallSet:
    """``schedule``'s wall set, minus the ``closed`` days (dates, or a compiled ``ClosedDays``)."""
    walls = compile_schedule(schedule)
    if not closed:
        return walls
    return _ClosedDays(walls, closed if isinstance(closed, ClosedDays) else ClosedDays(closed))


def first_open_us(walls: WallSet, tl: _Timeline, t: int, limit: int) -> int | None:
    """Earliest instant in [t, limit] whose wall time is in ``walls``."""
    while t <= limit:
        _, off, seg_end = tl.segment(t)
        x = walls.next_in(t + off)
        if x is None:
            return None
        c = x - off
        if c < seg_end:
            return c if c <= limit else None
        t = seg_end
    return None


def close_after_us(walls: WallSet, tl: _Timeline, t: int, limit: int) -> int:
    """End of the open stretch holding ``t`` (``t`` itself when closed), capped at ``limit``."""
    while t < limit:
        _, off, seg_end = tl.segment(t)
        w = t + off
        if walls.next_in(w) != w:
            return t
        e = walls.end_of(w)
        if e is not None and e - off < seg_end:
            return min(e - off, limit)
        # The stretch reaches an offset change: it goes on if the new wall time is still inside.
        t = seg_end
    return limit


def first_open_all_us(
    walls: WallSet, tls: Sequence[_Timeline], t: int, limit: int
) -> tuple[int, int] | None:
    """Earliest instant in [t, limit] open in every zone, with the index of the last zone that moved it."""
    start, binding = t, 0
    while t <= limit:
        moved = False
        for n, tl in enumerate(tls):
            c = first_open_us(walls, tl, t, limit)
            if c is None:
                return None
            if c > t:
                t, binding, moved = c, n, True
        if not moved:
            return t, binding
        if walls.weekly and len(tls) > 1:
            # Between offset changes each zone's open set repeats weekly, so a week
            # searched in vain proves the rest of that stretch empty too.
            segs = [tl.segment(t) for tl in tls]
            region = max(start, max(s[0] for s in segs))
            if t - region >= WEEK_US:
                t = start = min(s[2] for s in segs)
    return None


def _check_horizon(horizon: timedelta) -> int:
    if horizon < timedelta(0):
        raise ValueError("horizon cannot be negative")
    return horizon // timedelta(microseconds=1)


def is_open(
    schedule: WeeklySchedule, zone: Zone, at: datetime, *, closed_dates: Closed = ()
) -> bool:
    """True when ``at``'s wall-clock time in ``zone`` lies inside ``schedule`` (and not on a closed date)."""
    t = to_us(at)
    _, off, _ = timeline(zone).segment(t)
    return walls_for(schedule, closed_dates).next_in(t + off) == t + off


def next_open(
    schedule: WeeklySchedule,
    zone: Zone,
    at: datetime,
    horizon: timedelta = DEFAULT_HORIZON,
    *,
    closed_dates: Closed = (),
) -> datetime | None:
    """Earliest instant in [at, at + horizon] when ``schedule`` is open in ``zone`` (UTC), else None."""
    t = to_us(at)
    c = first_open_us(walls_for(schedule, closed_dates), timeline(zone), t, t + _check_horizon(horizon))
    return None if c is None else from_us(c)


def open_until(
    schedule: WeeklySchedule,
    zone: Zone,
    at: datetime,
    horizon: timedelta = DEFAULT_HORIZON,
    *,
    closed_dates: Closed = (),
) -> datetime:
    """End (exclusive, UTC) of the open stretch containing ``at``.

    Returns ``at`` when closed, and ``at + horizon`` when the stretch lasts longer
    (an always-open schedule never closes).
    """
    t = to_us(at)
    end = close_after_us(walls_for(schedule, closed_dates), timeline(zone), t, t + _check_horizon(horizon))
    return from_us(end)


def is_open_all(schedule: WeeklySchedule, zones: Iterable[Zone], at: datetime) -> bool:
    return all(is_open(schedule, z, at) for z in zones)


def next_open_all(
    schedule: WeeklySchedule,
    zones: Iterable[Zone],
    at: datetime,
    horizon: timedelta = DEFAULT_HORIZON,
) -> datetime | None:
    """Earliest instant in [at, at + horizon] when ``schedule`` is open in ALL ``zones`` at once.

    A number mapping to several zones may be touched only then. None when that
    never happens within the horizon, or when ``zones`` is empty.
    """
    tls = [timeline(z) for z in zones]
    if not tls:
        return None
    t = to_us(at)
    found = first_open_all_us(compile_schedule(schedule), tls, t, t + _check_horizon(horizon))
    return None if found is None else from_us(found[0])


@lru_cache(maxsize=1024)
def intersect(*schedules: WeeklySchedule) -> WeeklySchedule:
    """The schedule open exactly when all of ``schedules`` are (always open when none given)."""
    result = WeeklySchedule.always()
    for other in schedules:
        out: list[DayInterval] = []
        for a in result.intervals:
            for b in other.on(a.weekday):
                lo, hi = max(a.start, b.start), min(a.end, b.end)
                if lo < hi:
                    out.append(DayInterval(a.weekday, lo, hi))
        result = WeeklySchedule(tuple(out))
    return result
