"""Who may put a hand on which lead, and what applies to a lead as a table row shows it.

Supervisors, managers and admins may pause, resume and unenroll any lead of their account,
run its actions now and decide its Unknown texts (``Permission.CONTROL_LEADS``). An agent may
pause, resume and run now the leads they own — enrollments whose owner they are — and nothing
else (``CONTROL_OWN_LEADS``; docs/decisions.md, 34). Another account's enrollment or action
does not exist as far as the actor can tell. ``available`` is the same rule as the services
apply, for the front ends to enable only what applies (the services still check).
"""

from __future__ import annotations

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.errors import NotFound, PermissionDenied
from kixie_desktop.domain.ids import ActionRunId, EnrollmentId, UserId
from kixie_desktop.domain.lead_control import OWN_LEAD_ACTIONS, LeadAction
from kixie_desktop.domain.roles import Actor, Permission
from kixie_desktop.domain.runs import ActionRun, Enrollment
from kixie_desktop.domain.statuses import ActionStatus, EnrollmentState
from kixie_desktop.engine.run_lifecycle import RunEvent, allows
from kixie_desktop.services.ports.storage import UnitOfWork

_VERBS = {LeadAction.PAUSE: "pause", LeadAction.RESUME: "resume", LeadAction.RUN_NOW: "run now the actions of"}


def may(actor: Actor, action: LeadAction, owner_id: UserId | None) -> bool:
    if actor.can(Permission.CONTROL_LEADS):
        return True
    return (action in OWN_LEAD_ACTIONS and actor.can(Permission.CONTROL_OWN_LEADS)
            and actor.user_id is not None and owner_id == actor.user_id)


def require_control(actor: Actor, action: LeadAction, owner_id: UserId | None) -> None:
    if may(actor, action, owner_id):
        return
    if action in OWN_LEAD_ACTIONS and actor.user_id is not None and actor.can(Permission.CONTROL_OWN_LEADS):
        raise PermissionDenied(f"{actor.name} ({actor.role.value}) may only {_VERBS[action]} leads they own")
    raise PermissionDenied(f"{actor.name} ({actor.role.value}) may not {Permission.CONTROL_LEADS.value}")


def enrollment_of(uow: UnitOfWork, actor: Actor, enrollment_id: EnrollmentId) -> Enrollment:
    enrollment = uow.enrollments.get(enrollment_id)
    if enrollment.account_id != actor.account_id:
        raise NotFound(f"enrollment {enrollment_id} does not exist", field="enrollment")
    return enrollment


def run_of(uow: UnitOfWork, actor: Actor, run_id: ActionRunId, *, lock: bool = True) -> ActionRun:
    """The action; ``lock``: held until the transaction ends, so no engine moves it meanwhile."""
    run = uow.runs.get(run_id, lock=lock)
    if run.account_id != actor.account_id:
        raise NotFound(f"action {run_id} does not exist", field="action")
    return run


def available(actor: Actor, *, owner_id: UserId | None, enrollment: EnrollmentState,
              status: ActionStatus | None, type: ActionType | None) -> frozenset[LeadAction]:
    """What applies to a lead in ``enrollment`` state whose action (if any) is ``status``,
    and ``actor`` may do: the menu entries and buttons to enable."""
    found: set[LeadAction] = set()
    if enrollment is EnrollmentState.ACTIVE:
        found.add(LeadAction.PAUSE)
        if status is not None and allows(status, RunEvent.RUN_NOW):
            found.add(LeadAction.RUN_NOW)
    elif enrollment is EnrollmentState.PAUSED:
        found.add(LeadAction.RESUME)
    if enrollment.is_open:
        found.add(LeadAction.UNENROLL)
    if type is ActionType.SMS and status is not None and allows(status, RunEvent.MARKED_SENT):
        found.add(LeadAction.MARK_SENT)
        if enrollment.is_open or enrollment is EnrollmentState.COMPLETED:
            found.add(LeadAction.SEND_AGAIN)
    return frozenset(a for a in found if may(actor, a, owner_id))
