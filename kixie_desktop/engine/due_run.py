"""What to do with an action run that came due: the engine's first decision, as a value.

In order: a run of an ended enrollment is cancelled (but an Unknown SMS a person chose to
send again still goes when its enrollment completed meanwhile: ``moved_past``); a paused
enrollment holds its run (no end given) or defers it to the pause's end, saying who paused
it ("Paused by Sam until Dec 3, 09:00", in the account's zone); a run of a cadence that is off is held;
then the hours, DNC/opt-out and harassment limits are checked at ``now`` — skip on
DNC/opt-out, hold when it cannot be scheduled until something changes, defer when it is
due later — and a run that passes everything is sent (SMS) or offered to agents (call).
The check is passed in as a callable because it is the costly part and only runs that
pass the cheap gates need it. Pure: the engine applies the decision, the tests read it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.lead_control import pause_reason
from kixie_desktop.domain.runs import Enrollment
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.engine.due_time import Blocked, DueDecision


@dataclass(frozen=True, slots=True)
class Cancel:
    reason: str


# ``ends_pause``: the enrollment's pause is over at ``now``, so it is to be unpaused
# whatever becomes of the run.
@dataclass(frozen=True, slots=True)
class Hold:
    reason: str
    ends_pause: bool = False


@dataclass(frozen=True, slots=True)
class Defer:
    until: datetime
    reason: str
    ends_pause: bool = False


@dataclass(frozen=True, slots=True)
class Skip:
    reason: str
    ends_pause: bool = False


@dataclass(frozen=True, slots=True)
class Send:
    ends_pause: bool = False


@dataclass(frozen=True, slots=True)
class Offer:
    ends_pause: bool = False


DueRunDecision = Cancel | Hold | Defer | Skip | Send | Offer

# Most due runs simply go: no need to build a new value for each.
_GO: dict[tuple[ActionType, bool], Send | Offer] = {
    (ActionType.SMS, False): Send(), (ActionType.SMS, True): Send(True),
    (ActionType.CALL, False): Offer(), (ActionType.CALL, True): Offer(True),
}


def moved_past(step: int, enrollment: Enrollment) -> bool:
    """Whether ``enrollment`` has already moved on from step ``step`` (0-based). Its one
    inflight run is normally the step it is at; a run it has moved past is an Unknown SMS a
    person chose to send again, which must not move the cadence on a second time."""
    return enrollment.current_step > step or enrollment.state is EnrollmentState.COMPLETED


def decide_due(run_type: ActionType, enrollment: Enrollment, cadence_active: bool,
               check: Callable[[], DueDecision], now: datetime, *, zone: str,
               resend: bool = False) -> DueRunDecision:
    """Decide the fate of a due run of ``run_type`` at ``now``; ``check`` answers whether
    the action may run right now (``planner.check_now`` for this run). ``zone`` is the
    account's, for the times in a reason; ``resend``: the run is one ``moved_past`` says."""
    state = enrollment.state
    if not state.is_open and not (resend and state is EnrollmentState.COMPLETED):
        return Cancel(f"Enrollment {state.value}")
    ends_pause = False
    if state is EnrollmentState.PAUSED:
        until = enrollment.paused_until
        if until is None:
            return Hold(pause_reason(enrollment.paused_by, None, zone, now))
        if until > now:
            return Defer(until, pause_reason(enrollment.paused_by, until, zone, now))
        ends_pause = True
    if not cadence_active:
        return Hold("Cadence is turned off", ends_pause)
    decision = check()
    if decision.blocked is Blocked.DNC or decision.blocked is Blocked.OPTED_OUT:
        return Skip(decision.reason, ends_pause)
    if decision.at is None:
        return Hold(decision.reason, ends_pause)
    if decision.at > now:
        return Defer(decision.at, decision.reason, ends_pause)
    return _GO[(run_type, ends_pause)]
