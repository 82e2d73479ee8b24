"""engine.lead_pause: what pausing and resuming one lead does to each of its actions, as values,
and that a pause followed by a resume gives every action back its due time (or now)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import (
    AccountId,
    ActionRunId,
    CadenceId,
    CadenceVersionId,
    ContactId,
    EnrollmentId,
    UserId,
)
from kixie_desktop.domain.run_changes import RunChange, RunDeferred, RunHeld, RunReleased, RunWithdrawn
from kixie_desktop.domain.runs import ActionRun
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.engine.lead_pause import on_pause, on_resume
from kixie_desktop.engine.run_lifecycle import RunEvent, allows
from tests.engine.oracles import utc

NOW = utc(2026, 3, 2, 15, 0)
UNTIL = NOW + timedelta(days=2)
RUN = ActionRun(ActionRunId(7), AccountId(1), EnrollmentId(3), ContactId(4), CadenceId(5), CadenceVersionId(6),
                0, ActionType.CALL, ActionStatus.SCHEDULED, "+15125550100", None, NOW + timedelta(hours=1),
                0, 2, 600, 0, "Due")
S = ActionStatus


def run(status: ActionStatus = S.SCHEDULED, due: datetime = RUN.due_at, *, type: ActionType = ActionType.CALL,
        accepted: bool = False) -> ActionRun:
    return replace(RUN, status=status, due_at=due, type=type, accepted_by=UserId(9) if accepted else None)


@pytest.mark.parametrize(
    ("before", "until", "expected"),
    [
        # No end: held where it stands, its due time kept.
        (run(), None, RunHeld(RUN.id, "why")),
        # With an end: one due before it says why it waits, and keeps its due time...
        (run(), UNTIL, RunDeferred(RUN.id, RUN.due_at, "why")),
        # ...one due at or after the end is not the pause's business.
        (run(due=UNTIL), UNTIL, None),
        (run(due=UNTIL + timedelta(hours=1)), UNTIL, None),
        # Offered to agents, or claimed for sending, and not yet taken: taken back.
        (run(S.PROCESSING), None, RunWithdrawn(RUN.id, NOW, True, "why")),
        (run(S.PROCESSING), UNTIL, RunWithdrawn(RUN.id, UNTIL, False, "why")),
        (run(S.PROCESSING, type=ActionType.SMS), UNTIL, RunWithdrawn(RUN.id, UNTIL, False, "why")),
        # An agent is on the call, or the text is with the gateway: it finishes.
        (run(S.PROCESSING, accepted=True), None, None),
        (run(S.SENDING, type=ActionType.SMS), None, None),
    ],
)
def test_pausing(before: ActionRun, until: datetime | None, expected: RunChange | None) -> None:
    assert on_pause(before, until, "why", NOW) == expected


@pytest.mark.parametrize(
    ("before", "paused_until", "expected"),
    [
        # Held with no end: released at its own due time, or now if that passed.
        (run(), None, RunReleased(RUN.id, RUN.due_at, "back")),
        (run(due=NOW - timedelta(hours=1)), None, RunReleased(RUN.id, NOW, "back")),
        # Deferred to the pause's end (by the engine when it came due, or taken back to it): now.
        (run(due=UNTIL), UNTIL, RunReleased(RUN.id, NOW, "back")),
        # Due before the end, not yet deferred: its own due time, and its reason is no longer the pause.
        (run(), UNTIL, RunReleased(RUN.id, RUN.due_at, "back")),
        (run(due=UNTIL + timedelta(minutes=1)), UNTIL, None),
        (run(S.PROCESSING, accepted=True), None, None),
        (run(S.SENDING, type=ActionType.SMS), UNTIL, None),
    ],
)
def test_resuming(before: ActionRun, paused_until: datetime | None, expected: RunChange | None) -> None:
    assert on_resume(before, paused_until, "back", NOW) == expected


def _apply(r: ActionRun, change: RunChange | None) -> ActionRun:
    """The run as storage would leave it after ``change`` (held is not part of ActionRun)."""
    if isinstance(change, RunDeferred | RunReleased):
        return replace(r, due_at=change.due_at)
    if isinstance(change, RunWithdrawn):
        return replace(r, status=S.SCHEDULED, due_at=change.due_at)
    return r


@given(status=st.sampled_from([S.SCHEDULED, S.PROCESSING]),
       due_minutes=st.integers(-3 * 24 * 60, 5 * 24 * 60),
       until_minutes=st.one_of(st.none(), st.integers(1, 4 * 24 * 60)),
       resumed_after=st.integers(0, 5 * 24 * 60))
def test_a_pause_then_a_resume_never_runs_anything_earlier_than_planned(
        status: ActionStatus, due_minutes: int, until_minutes: int | None, resumed_after: int) -> None:
    """Whatever the pause and whenever the resume, each action is due when it was planned, or at
    the resume if that is later: never earlier, and never left waiting for a pause that is over."""
    before = run(status, NOW + timedelta(minutes=due_minutes))
    until = None if until_minutes is None else NOW + timedelta(minutes=until_minutes)
    paused = _apply(before, on_pause(before, until, "why", NOW))
    assert paused.status is S.SCHEDULED
    if until is not None and resumed_after >= until_minutes:  # type: ignore[operator]
        return  # the pause ran out by itself: the engine lifts it (due_run)
    resumed_at = NOW + timedelta(minutes=resumed_after)
    # Meanwhile the engine defers what came due to the pause's end.
    if until is not None and paused.due_at <= resumed_at:
        paused = replace(paused, due_at=until)
    after = _apply(paused, on_resume(paused, until, "back", resumed_at))
    planned = before.due_at if status is S.SCHEDULED else NOW
    if planned == until:
        # Planned for the very instant the pause ends: it cannot be told from one the engine
        # deferred there, so it is due at the resume; the engine still checks its hours then.
        assert after.due_at == resumed_at
    else:
        assert after.due_at == max(planned, resumed_at)
    assert allows(after.status, RunEvent.RUN_NOW)
