"""Run one lead's next action now — still inside every window, quiet hours and limit.

"Run now" only moves the due time: the action is checked at once against the cadence and
target hours, quiet hours, the jurisdiction's calling hours, DNC / opt-out and the harassment
rule (the planner's ``check_now``, as the engine checks it), and becomes due now when they all
allow it, else at the earliest instant they do, and the person who asked is told when, in
words ("Not now: Target hours closed until 09:00 America/Chicago. It will run Dec 3, 09:00.").
A lead whose action cannot run at all (Do Not Contact, no time zone) is refused with the
reason, and nothing is written. The engine checks it all again when it comes due.
Blocking: call from a worker thread.
"""

from __future__ import annotations

from datetime import datetime

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.directory import Account
from kixie_desktop.domain.errors import Conflict
from kixie_desktop.domain.ids import ActionRunId
from kixie_desktop.domain.lead_control import LeadAction, Rescheduled, short_instant
from kixie_desktop.domain.roles import Actor
from kixie_desktop.domain.run_changes import RunReleased
from kixie_desktop.domain.runs import ActionRun
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.engine.due_time import Blocked
from kixie_desktop.engine.planner import check_now, kind_of, longest_window
from kixie_desktop.engine.run_lifecycle import RunEvent, allows, next_status
from kixie_desktop.services.base import Service
from kixie_desktop.services.leads.lead_access import run_of, require_control
from kixie_desktop.services.ports.storage import UnitOfWork


class NotRunnable(Conflict):
    """The action cannot be made due now: it already runs or ended, its lead is paused or
    ended, its cadence is off, or its contact may not be reached at all."""

    code = "not_runnable"


def reschedule(uow: UnitOfWork, account: Account, run: ActionRun, now: datetime) -> tuple[datetime, str | None]:
    """When ``run`` may run, as soon as possible from ``now``: (now, None) when everything allows
    it now, else (the earliest instant, why it waits). Refused when it may never run as is."""
    definition = uow.cadences.version(run.version_id).definition
    contact = uow.contacts.get(run.contact_id)
    kind = kind_of(definition.actions[run.step])
    touches = uow.touches.times([contact.phone], now - longest_window(account, definition))
    decision = check_now(account, definition, run.step, contact, touches.get((contact.phone, kind), []), now)
    if decision.blocked in (Blocked.DNC, Blocked.OPTED_OUT) or decision.at is None:
        raise NotRunnable(f"Not run: {decision.reason}", field="action")
    if decision.at <= now:
        return now, None
    return decision.at, decision.reason


def when_words(run: ActionRun, due_at: datetime, waits: str | None, zone: str, now: datetime) -> str:
    """'The call is due now.' / 'Not now: Quiet hours until 08:00 America/Denver. The text will
    go out Dec 3, 08:00.'"""
    if run.type is ActionType.CALL:
        noun, verb = "call", "run"
    else:
        noun, verb = "text", "go out"
    if waits is None:
        return f"The {noun} is due now."
    return f"Not now: {waits}. The {noun} will {verb} {short_instant(due_at, zone, now)}."


class RunNowService(Service):
    def run_now(self, actor: Actor, run_id: ActionRunId) -> Rescheduled:
        with self._store.write() as uow:
            run = run_of(uow, actor, run_id)
            enrollment = uow.enrollments.get(run.enrollment_id)
            require_control(actor, LeadAction.RUN_NOW, enrollment.owner_id)
            if not allows(run.status, RunEvent.RUN_NOW):
                already = "is already running" if run.status.is_inflight else "has already ended"
                raise NotRunnable(f"This action {already}", field="action")
            if enrollment.state is EnrollmentState.PAUSED:
                raise NotRunnable("The lead is paused: resume it first", field="action")
            if not enrollment.state.is_open:
                raise NotRunnable(f"The lead's cadence has ended ({enrollment.state.value})", field="action")
            if not uow.cadences.active_flags([run.cadence_id]).get(run.cadence_id, False):
                raise NotRunnable("The cadence is turned off: turn it on in the Cadences tab first",
                                  field="action")
            account = uow.accounts.get(actor.account_id)
            now = self._clock()
            due_at, waits = reschedule(uow, account, run, now)
            next_status(run.status, RunEvent.RUN_NOW)
            uow.runs.record([RunReleased(run.id, due_at, waits or f"Run now by {actor.name}")])
            uow.signal_due()
            self._audit(uow, actor, "run_now", "action_run", run.id, due_at=due_at.isoformat())
            return Rescheduled(run.id, due_at, waits is None,
                               when_words(run, due_at, waits, account.timezone, now))
