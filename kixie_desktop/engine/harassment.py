"""Harassment rules as arithmetic: when may one more touch go to a number under rolling-window limits.

A limit "N per P" is kept when no half-open window (s - P, s] holds more than N
touches. One more touch at t keeps it when every window containing t holds fewer
than N already. With only past touches that is the familiar "fewer than N in
(t - P, t]"; touches may also be future-dated (a touch already committed for
later), and then the windows after t count too, so a slot is never taken that
would put a committed touch over the limit. Touches may arrive unsorted. The
instants where t is refused are open intervals, one per run of N consecutive
touches spanning less than P, so the earliest slot is found in one pass over
them. Pure: the caller supplies the touches and the instant.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.harassment import RateLimit


@dataclass(frozen=True)
class NamedLimit:
    """A limit with the words a supervisor sees when it holds an action back.

    ``label`` reads like "Harassment rule 3 calls / 1 day" or "Florida: 3 calls / 24 hours".
    """

    limit: RateLimit
    label: str


def _aware(at: datetime, what: str) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"naive datetime in {what}: {at!r}")


def _sorted(touches: Sequence[datetime]) -> list[datetime]:
    for t in touches:
        _aware(t, "touches")
    return sorted(touches)


def in_window(touches: Sequence[datetime], limit: RateLimit, t: datetime) -> int:
    """How many touches lie in (t - period, t]."""
    ordered = _sorted(touches)
    return bisect_right(ordered, t) - bisect_right(ordered, t - limit.period)


def _refused(ordered: list[datetime], limit: RateLimit) -> list[tuple[datetime, datetime]]:
    """Open intervals (lo, hi) of instants where one more touch would break ``limit``.

    N touches a..b with b - a < P fit in one window, and so does t with them
    exactly when b - P < t < a + P. Both ends grow with the run's position, so
    the list comes out sorted by start and by end.
    """
    n, period = limit.count, limit.period
    return [
        (ordered[i + n - 1] - period, ordered[i] + period)
        for i in range(len(ordered) - n + 1)
        if ordered[i + n - 1] - ordered[i] < period
    ]


def allows(touches: Sequence[datetime], limit: RateLimit, t: datetime) -> bool:
    """True when one more touch at ``t`` keeps ``limit`` in every window."""
    return all(not lo < t < hi for lo, hi in _refused(_sorted(touches), limit))


def _next_slot_sorted(ordered: list[datetime], limit: RateLimit, at: datetime) -> datetime:
    t = at
    # Sorted by both ends: an interval passed over ends before t and cannot hold it again.
    for lo, hi in _refused(ordered, limit):
        if lo < t < hi:
            t = hi
    return t


def next_slot(touches: Sequence[datetime], limit: RateLimit, at: datetime) -> datetime:
    """Earliest instant t >= ``at`` at which one more touch keeps ``limit`` in every window."""
    _aware(at, "at")
    return _next_slot_sorted(_sorted(touches), limit, at)


def next_slot_all(
    touches: Sequence[datetime], limits: Sequence[RateLimit], at: datetime
) -> tuple[datetime, int | None]:
    """Earliest t >= ``at`` that every limit allows, and the index of the last limit that moved it.

    The index is None when ``at`` itself is allowed. Each step moves t to the
    earliest instant one limit allows, which can skip no instant all allow, so
    the fixed point is the minimum.
    """
    _aware(at, "at")
    ordered = _sorted(touches)
    t, binding = at, None
    moved = True
    while moved:
        moved = False
        for n, limit in enumerate(limits):
            slot = _next_slot_sorted(ordered, limit, t)
            if slot > t:
                t, binding, moved = slot, n, True
    return t, binding
