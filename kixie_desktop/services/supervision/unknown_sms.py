"""Decide an Unknown SMS: a text the engine was handing to the gateway when it stopped, and
that the gateway cannot account for (SPEC §3: never re-sent blindly; decision 10).

A person checks (asks the lead, looks at the provider's log) and decides:

- **Mark as sent**: it did go out. The action completes with the outcome Sent (counted in
  Tasks Run; an ``action.completed`` webhook when subscribed; logged to the CRM like any text
  sent), its message row says sent. Nothing is sent.
- **Send again**: it did not. The action is scheduled once more under a new attempt (so a
  new idempotency key), due now or when the hours and the harassment rule allow — the lost
  attempt's touch still counts, so the rule may make it wait — and the engine sends it like
  any other, at most once. The cadence had already moved on, so it is not moved on again
  (``engine/due_run.moved_past``); a lead whose cadence ended otherwise than completed, or
  who may not be texted any more, gets nothing sent.

``facts`` is what the confirmation shows: whose text, what it said, and the number's texts
against its rule ("2 of 3 texts in the last day"). Supervisors, managers and admins decide
(decision 36). Blocking: call from a worker thread.
"""

from __future__ import annotations

from datetime import timedelta

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.errors import Conflict
from kixie_desktop.domain.harassment import TouchKind
from kixie_desktop.domain.ids import ActionRunId
from kixie_desktop.domain.lead_control import LeadAction, Rescheduled, UnknownSms, pause_reason
from kixie_desktop.domain.messaging import SmsSettled
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.run_changes import RunEnded, RunSentAgain
from kixie_desktop.domain.runs import ActionRun
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.engine.planner import rules_for
from kixie_desktop.engine.run_lifecycle import RunEvent, allows, next_status
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.execution.engine_batch import action_event
from kixie_desktop.services.leads.lead_access import require_control, run_of
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.services.ports.storage import Store, UnitOfWork
from kixie_desktop.services.supervision.run_now import NotRunnable, reschedule, when_words


class NotUnknown(Conflict):
    """The action is not an Unknown SMS (any more): someone decided it already."""

    code = "not_unknown"


def _unknown(uow: UnitOfWork, actor: Actor, run_id: ActionRunId) -> ActionRun:
    run = run_of(uow, actor, run_id)
    if run.type is not ActionType.SMS or not allows(run.status, RunEvent.MARKED_SENT):
        raise NotUnknown("This text is no longer unknown: someone has decided it already", field="action")
    return run


class UnknownSmsService(Service):
    def __init__(self, store: Store, clock: Clock, crm: CrmJobs) -> None:
        super().__init__(store, clock)
        self._crm = crm

    def facts(self, actor: Actor, run_id: ActionRunId) -> UnknownSms:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            run = run_of(uow, actor, run_id, lock=False)
            account = uow.accounts.get(actor.account_id)
            definition = uow.cadences.version(run.version_id).definition
            limit = rules_for(account, definition).sms
            window = limit.period if limit is not None else timedelta(days=1)
            now = self._clock()
            times = uow.touches.times([run.target_phone], now - window).get((run.target_phone, TouchKind.SMS), [])
            contact = uow.contacts.get(run.contact_id)
            return UnknownSms(
                run_id=run.id, enrollment_id=run.enrollment_id,
                enrollment_state=uow.enrollments.get(run.enrollment_id).state,
                contact_name=contact.full_name, phone=run.target_phone,
                cadence_name=uow.cadences.summary(run.cadence_id).name,
                body=uow.messages.body(run.idempotency_key),
                texts=sum(1 for t in times if t <= now), limit=limit)

    def mark_sent(self, actor: Actor, run_id: ActionRunId) -> None:
        require_control(actor, LeadAction.MARK_SENT, None)
        with self._store.write() as uow:
            run = _unknown(uow, actor, run_id)
            now = self._clock()
            reason = f"Marked as sent by {actor.name}"
            status = next_status(run.status, RunEvent.MARKED_SENT)
            uow.runs.record([RunEnded(run.id, status, "sent", reason, now)])
            uow.messages.set_results([SmsSettled(run.idempotency_key, "sent", None, reason)])
            handed_over = uow.messages.handed_over_at(run.idempotency_key)
            if handed_over is not None:  # it went then: the lead's first touch, if nothing came before
                uow.enrollments.first_touched({run.enrollment_id: handed_over})
            body = uow.messages.body(run.idempotency_key)
            if body is not None:
                self._crm.log_sms(uow, actor.account_id, uow.contacts.get(run.contact_id), direction="outbound",
                                  body=body, at=now)
            uow.cadences.count_tasks({run.cadence_id: 1}, now)
            if "action.completed" in uow.outbox.subscribed_types(actor.account_id):
                uow.outbox.add_many(actor.account_id, [action_event("action.completed", run, {
                    "status": status.value, "outcome": "sent", "reason": reason})], now)
            self._audit(uow, actor, "mark_sent", "action_run", run.id)

    def send_again(self, actor: Actor, run_id: ActionRunId) -> Rescheduled:
        require_control(actor, LeadAction.SEND_AGAIN, None)
        with self._store.write() as uow:
            run = _unknown(uow, actor, run_id)
            enrollment = uow.enrollments.get(run.enrollment_id)
            if not (enrollment.state.is_open or enrollment.state is EnrollmentState.COMPLETED):
                raise NotRunnable(f"The lead is no longer in this cadence ({enrollment.state.value}): "
                                  "nothing will be sent. Mark it as sent, or leave it.", field="action")
            account = uow.accounts.get(actor.account_id)
            now = self._clock()
            # Checked as "run now" checks it; a paused lead's text waits for the resume.
            due_at, waits = reschedule(uow, account, run, now)
            if enrollment.state is EnrollmentState.PAUSED:
                waits = pause_reason(enrollment.paused_by, enrollment.paused_until, account.timezone, now)
                message = f"{waits}: the text goes out once the lead is resumed."
            else:
                message = when_words(run, due_at, waits, account.timezone, now)
            next_status(run.status, RunEvent.SENT_AGAIN)
            uow.runs.record([RunSentAgain(run.id, due_at, run.attempt + 1,
                                          waits or f"Sending again, as {actor.name} decided")])
            uow.signal_due()
            self._audit(uow, actor, "send_again", "action_run", run.id, attempt=run.attempt + 1)
            return Rescheduled(run.id, due_at, waits is None, message)

