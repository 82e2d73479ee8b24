"""What pausing and resuming one enrollment does to each of its inflight actions, as values.

Pausing (``on_pause``), until an instant X or with no end:

- a scheduled action is held, when the pause has no end (kept, not run, its due time kept);
  with an end, one due before X says why it waits and keeps its due time — the engine defers
  it to X when it comes due (``due_run``), so a resume before then finds it due as planned —
  and one due at or after X is left alone (the pause is over by then);
- a call offered to agents that nobody has accepted, or an SMS claimed but not yet handed to
  the gateway, is taken back (``WITHDRAWN``): scheduled again, due at X, or held; the service
  closes its prompts or removes its claim's touch, and the claim's window refuses to send it;
- an accepted call (an agent is on it) or an SMS being sent is past taking back: it finishes,
  and the enrollment's next action waits for the pause.

Resuming (``on_resume``) undoes exactly that: held actions are released at their own due
time (now, if it passed), an action deferred to the pause's end or taken back is due now,
and one whose reason the pause had changed says who resumed it. Every change is checked
against the lifecycle table first. Pure: the service reads the runs, applies the values.
"""

from __future__ import annotations

from datetime import datetime

from kixie_desktop.domain.run_changes import RunChange, RunDeferred, RunHeld, RunReleased, RunWithdrawn
from kixie_desktop.domain.runs import ActionRun
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.engine.run_lifecycle import RunEvent, next_status


def on_pause(run: ActionRun, until: datetime | None, reason: str, now: datetime) -> RunChange | None:
    """The change pausing the enrollment (until ``until``, None: no end) makes to ``run``;
    None when it leaves the run alone."""
    if run.status is ActionStatus.SCHEDULED:
        if until is None:
            next_status(run.status, RunEvent.HELD)
            return RunHeld(run.id, reason)
        if run.due_at < until:
            next_status(run.status, RunEvent.DEFERRED)
            return RunDeferred(run.id, run.due_at, reason)
        return None
    if run.status is ActionStatus.PROCESSING and run.accepted_by is None:
        next_status(run.status, RunEvent.WITHDRAWN)
        return RunWithdrawn(run.id, now if until is None else until, until is None, reason)
    return None


def on_resume(run: ActionRun, paused_until: datetime | None, reason: str, now: datetime) -> RunChange | None:
    """The change resuming an enrollment paused until ``paused_until`` (None: no end) makes
    to ``run``; None when the pause had not touched it."""
    if run.status is not ActionStatus.SCHEDULED:
        return None
    next_status(run.status, RunEvent.RELEASED)
    if paused_until is None or run.due_at < paused_until:
        return RunReleased(run.id, max(run.due_at, now), reason)
    if run.due_at == paused_until:  # deferred to the pause's end, or taken back to it
        return RunReleased(run.id, now, reason)
    return None
