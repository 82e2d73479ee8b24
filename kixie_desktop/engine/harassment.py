"""Harassment rules as arithmetic: when may one more touch go to a number under rolling-window limits.

A limit "N per P" holds at instant t when fewer than N touches lie in (t - P, t];
one more touch at t then makes at most N. Touches may arrive unsorted and may be
future-dated (a touch already committed for later); each simply occupies its
instant. The allowed set is a union of half-open stretches, and an allowed stretch
can only begin where a touch leaves the window (at touch + P), so the earliest
slot is ``at`` itself or the first such exit that passes the count. Pure: the
caller supplies the touches and the instant.
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


def allows(touches: Sequence[datetime], limit: RateLimit, t: datetime) -> bool:
    """True when one more touch at ``t`` keeps ``limit``."""
    return in_window(touches, limit, t) < limit.count


def _next_slot_sorted(ordered: list[datetime], limit: RateLimit, at: datetime) -> datetime:
    period = limit.period

    def ok(t: datetime) -> bool:
        return bisect_right(ordered, t) - bisect_right(ordered, t - period) < limit.count

    if ok(at):
        return at
    # Only touches still in the window at ``at`` can leave it later; sorted touches
    # give sorted exits, so the first exit that passes is the minimum.
    for touch in ordered[bisect_right(ordered, at - period):]:
        if ok(touch + period):
            return touch + period
    raise AssertionError("unreachable: after the last exit the window is empty")


def next_slot(touches: Sequence[datetime], limit: RateLimit, at: datetime) -> datetime:
    """Earliest instant t >= ``at`` at which one more touch keeps ``limit``."""
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
