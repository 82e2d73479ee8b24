"""engine.harassment: rolling-window next slots, by table and against a counting oracle."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.harassment import PeriodUnit, RateLimit
from kixie_desktop.engine.harassment import allows, in_window, next_slot, next_slot_all
from tests.engine.oracles import count_in_window, limits, minutes, property_settings, utc

THREE_A_DAY = RateLimit(3, 1, PeriodUnit.DAYS)
ONE_PER_2H = RateLimit(1, 2, PeriodUnit.HOURS)
AT = utc(2025, 3, 10, 15)


@pytest.mark.parametrize(
    ("touches", "limit", "expected"),
    [
        ((), THREE_A_DAY, AT),
        ((utc(2025, 3, 10, 9), utc(2025, 3, 10, 10)), THREE_A_DAY, AT),
        # Third touch leaves the window 24 h after it was made; the unsorted order must not matter.
        ((utc(2025, 3, 10, 10), utc(2025, 3, 9, 19, 32), utc(2025, 3, 10, 9)), THREE_A_DAY, utc(2025, 3, 10, 19, 32)),
        # The window is (t - period, t]: a touch exactly one period ago no longer counts.
        ((utc(2025, 3, 10, 13),), ONE_PER_2H, AT),
        ((utc(2025, 3, 10, 13, 0, 1),), ONE_PER_2H, utc(2025, 3, 10, 15, 0, 1)),
        # A committed future touch counts in every window it falls in: touching now and
        # at 16:00 would put two touches inside 2 hours.
        ((utc(2025, 3, 10, 16),), ONE_PER_2H, utc(2025, 3, 10, 18)),
        ((utc(2025, 3, 10, 16, 59),), ONE_PER_2H, utc(2025, 3, 10, 18, 59)),
        ((utc(2025, 3, 10, 17),), ONE_PER_2H, AT),
        # Room between two future touches: 3 a day, touches tomorrow evening only.
        ((utc(2025, 3, 11, 20), utc(2025, 3, 11, 21), utc(2025, 3, 11, 22)), THREE_A_DAY, AT),
    ],
)
def test_next_slot(touches: tuple[datetime, ...], limit: RateLimit, expected: datetime) -> None:
    assert next_slot(touches, limit, AT) == expected


def test_next_slot_all_reports_the_limit_that_bound() -> None:
    touches = (utc(2025, 3, 10, 14, 30), utc(2025, 3, 10, 8), utc(2025, 3, 10, 9))
    slot, which = next_slot_all(touches, [ONE_PER_2H, THREE_A_DAY], AT)
    assert (slot, which) == (utc(2025, 3, 11, 8), 1)
    assert next_slot_all((), [ONE_PER_2H], AT) == (AT, None)


def test_counts_and_naive_refusal() -> None:
    touches = (utc(2025, 3, 10, 14), utc(2025, 3, 9, 15))
    assert in_window(touches, THREE_A_DAY, AT) == 1
    assert allows(touches, RateLimit(2, 1, PeriodUnit.DAYS), AT)
    with pytest.raises(ValueError, match="naive"):
        next_slot((datetime(2025, 3, 10),), THREE_A_DAY, AT)
    with pytest.raises(ValueError, match="naive"):
        next_slot((), THREE_A_DAY, datetime(2025, 3, 10))


def keeps(touches: list[datetime], limit: RateLimit, t: datetime) -> bool:
    """Oracle: every window (s - P, s] that contains t holds fewer than N touches already.

    Those windows end in [t, t + P); a count only rises at a touch, so the worst
    ones end at t or at a later touch.
    """
    ends = [t, *(x for x in touches if t < x < t + limit.period)]
    return all(count_in_window(touches, limit, s) < limit.count for s in ends)


touch_lists = st.lists(st.integers(-3 * 24 * 60, 2 * 24 * 60).map(lambda m: AT + timedelta(minutes=m)), max_size=8)


@property_settings(300)
@given(touch_lists, limits)
def test_next_slot_keeps_the_limit_and_is_minimal(touches: list[datetime], limit: RateLimit) -> None:
    got = next_slot(touches, limit, AT)
    assert got >= AT
    assert keeps(touches, limit, got)
    assert allows(touches, limit, got)
    # Touches and period ends are whole minutes, so the verdict holds for a whole minute.
    assert not any(keeps(touches, limit, t) for t in minutes(AT, got))


@property_settings(200)
@given(touch_lists, st.lists(limits, min_size=1, max_size=3))
def test_next_slot_all_is_the_first_slot_every_limit_allows(
    touches: list[datetime], several: list[RateLimit]
) -> None:
    got, _ = next_slot_all(touches, several, AT)
    ok = lambda t: all(keeps(touches, lim, t) for lim in several)  # noqa: E731
    assert ok(got)
    assert not any(ok(t) for t in minutes(AT, got))
