"""One engine transaction's working set: what a batch of action runs needs, loaded once.

Versions are immutable, so they are cached across batches; the account, the
contacts, the touches and the enrollments are read fresh inside each transaction.
``Batch`` also collects the writes (run changes, new runs, touches, ended
enrollments, counters, outbox events) and flushes each kind with one statement.
Every run change is recorded as a typed value (``domain/run_changes.py``) after the
lifecycle table (``engine/run_lifecycle.py``) has allowed it from the run's status.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from kixie_desktop.domain.cadence_views import CadenceVersion
from kixie_desktop.domain.directory import Account, Contact, User
from kixie_desktop.domain.harassment import NewTouch, TouchKind
from kixie_desktop.domain.ids import (
    CadenceId,
    ContactId,
    DispositionId,
    EnrollmentId,
    TemplateId,
    UserId,
)
from kixie_desktop.domain.messaging import SendingSms, SmsSettled
from kixie_desktop.domain.run_changes import (
    RunChange,
    RunDeferred,
    RunDispositioned,
    RunEnded,
    RunHeld,
    RunOffered,
    RunRetried,
    RunSendClaimed,
)
from kixie_desktop.domain.runs import ActionRun, Enrollment, NewRun, OutboxEvent
from kixie_desktop.domain.statuses import ActionStatus, EnrollmentState
from kixie_desktop.domain.lead_control import pause_reason
from kixie_desktop.engine.due_run import moved_past
from kixie_desktop.engine.due_time import DueDecision, DueNow
from kixie_desktop.engine.planner import check_now, kind_of, longest_window, plan_step
from kixie_desktop.engine.run_lifecycle import RunEvent, next_status
from kixie_desktop.services.leads.enrollment import new_run
from kixie_desktop.services.execution.version_cache import VersionCache
from kixie_desktop.services.ports.storage import UnitOfWork


def action_event(kind: str, run: ActionRun, detail: dict[str, Any]) -> OutboxEvent:
    """A webhook event about ``run`` (``action.completed``, ``disposition.saved``)."""
    return OutboxEvent(kind, {
        "action_id": run.id, "enrollment_id": run.enrollment_id, "cadence_id": run.cadence_id,
        "step": run.step + 1, "type": run.type.value, "phone": run.target_phone, **detail}, run.contact_id)


@dataclass
class Batch:
    uow: UnitOfWork
    now: datetime
    account: Account
    versions: VersionCache
    contacts: dict[ContactId, Contact] = field(default_factory=dict)
    enrollments: dict[EnrollmentId, Enrollment] = field(default_factory=dict)
    active: dict[CadenceId, bool] = field(default_factory=dict)
    touches: dict[tuple[str, TouchKind], list[datetime]] = field(default_factory=dict)
    changes: list[RunChange] = field(default_factory=list)
    new_runs: list[NewRun] = field(default_factory=list)
    new_touches: list[NewTouch] = field(default_factory=list)
    new_messages: list[SendingSms] = field(default_factory=list)
    message_results: list[SmsSettled] = field(default_factory=list)
    steps: list[tuple[EnrollmentId, int]] = field(default_factory=list)
    first_touches: dict[EnrollmentId, datetime] = field(default_factory=dict)
    ended: dict[EnrollmentState, list[EnrollmentId]] = field(default_factory=dict)
    tasks: Counter[CadenceId] = field(default_factory=Counter)
    events: list[OutboxEvent] = field(default_factory=list)
    subscribed: frozenset[str] = frozenset()
    due_now: DueNow | None = None
    _users: dict[UserId, User] = field(default_factory=dict)
    _templates: dict[TemplateId, str] = field(default_factory=dict)

    @classmethod
    def load(cls, uow: UnitOfWork, now: datetime, versions: VersionCache,
             runs: Iterable[ActionRun], *, lock_numbers: bool = False) -> Batch:
        runs = list(runs)
        account = uow.accounts.get(runs[0].account_id) if runs else uow.accounts.first()
        assert account is not None
        batch = cls(uow, now, account, versions)
        batch.enrollments = uow.enrollments.get_many(r.enrollment_id for r in runs)
        batch.contacts = uow.contacts.get_many(r.contact_id for r in runs)
        batch.active = uow.cadences.active_flags(r.cadence_id for r in runs)
        phones = {r.target_phone for r in runs}
        if lock_numbers:
            uow.touches.lock_numbers(phones)
        version_ids = {r.version_id for r in runs}
        window = max((longest_window(account, versions.get(uow, v).definition) for v in version_ids),
                     default=timedelta(days=1))
        batch.touches = uow.touches.times(phones, now - window)
        batch.subscribed = uow.outbox.subscribed_types(account.id)
        return batch

    def continued(self, uow: UnitOfWork, now: datetime) -> Batch:
        """A fresh batch for the next transaction, reusing what this one read."""
        return Batch(uow, now, self.account, self.versions, contacts=self.contacts,
                     enrollments=self.enrollments, active=self.active, touches=self.touches,
                     subscribed=self.subscribed, _users=self._users, _templates=self._templates)

    def owner(self, run: ActionRun) -> User | None:
        """Whom the run's calls and texts come from; a deactivated owner is no owner, so
        their calls go to the queue and their texts from the account's default sender."""
        if run.owner_id is None:
            return None
        if run.owner_id not in self._users:
            self._users[run.owner_id] = self.uow.users.get(run.owner_id)
        owner = self._users[run.owner_id]
        return owner if owner.active else None

    def template_body(self, template_id: TemplateId) -> str:
        """Read once per batch: rendering uses the template as it is at send time."""
        if template_id not in self._templates:
            self._templates[template_id] = self.uow.templates.get(template_id).body
        return self._templates[template_id]

    def version(self, run: ActionRun) -> CadenceVersion:
        return self.versions.get(self.uow, run.version_id)

    def check_now(self, run: ActionRun, kind: TouchKind) -> DueDecision:
        contact = self.contacts[run.contact_id]
        if self.due_now is None:
            self.due_now = DueNow(self.now)
        return check_now(self.account, self.version(run).definition, run.step, contact,
                         self.touches.get((contact.phone, kind), []), self.now, due_now=self.due_now)

    def touch(self, run: ActionRun, kind: TouchKind) -> None:
        """Count a touch now, so later runs in this batch to the same number see it."""
        self.touches.setdefault((run.target_phone, kind), []).append(self.now)
        self.new_touches.append(NewTouch(run.target_phone, kind, self.now, "cadence", run.id, run.cadence_id))

    def reached(self, run: ActionRun) -> None:
        """``run``'s text went out: the lead's first touch, unless the enrollment had one (speed
        to lead, docs/analytics.md)."""
        if self.enrollments[run.enrollment_id].first_touch_at is None:
            self.first_touches.setdefault(run.enrollment_id, self.now)

    # -- run changes: each asks the lifecycle table first, so an illegal one raises here,
    # before anything is written. ``current`` is the run's status when it is no longer the
    # one it was read with (an SMS claimed as scheduled is sending by the time its result
    # is recorded).

    def hold(self, run: ActionRun, reason: str) -> None:
        next_status(run.status, RunEvent.HELD)
        self.changes.append(RunHeld(run.id, reason))

    def defer(self, run: ActionRun, until: datetime, reason: str) -> None:
        next_status(run.status, RunEvent.DEFERRED)
        self.changes.append(RunDeferred(run.id, until, reason))

    def claim_for_sending(self, run: ActionRun, lease_owner: str, lease_expires_at: datetime) -> None:
        next_status(run.status, RunEvent.SEND_CLAIMED)
        self.changes.append(RunSendClaimed(run.id, lease_owner, lease_expires_at, "Claimed for sending"))

    def offer(self, run: ActionRun, deadline: datetime, reason: str) -> None:
        next_status(run.status, RunEvent.OFFERED)
        self.changes.append(RunOffered(run.id, deadline, reason))

    def retry(self, run: ActionRun, due_at: datetime, retry_count: int, attempt: int, reason: str,
              *, current: ActionStatus | None = None) -> None:
        next_status(run.status if current is None else current, RunEvent.RETRIED)
        self.changes.append(RunRetried(run.id, due_at, retry_count, attempt, reason))

    def finish(self, run: ActionRun, event: RunEvent, outcome: str, reason: str,
               *, current: ActionStatus | None = None) -> None:
        status = next_status(run.status if current is None else current, event)
        self.changes.append(RunEnded(run.id, status, outcome, reason, self.now))
        self._ended(run, status, outcome, reason)

    def dispositioned(self, run: ActionRun, disposition_id: DispositionId, outcome: str,
                      reason: str) -> None:
        status = next_status(run.status, RunEvent.DISPOSITIONED)
        self.changes.append(RunDispositioned(run.id, disposition_id, outcome, reason, self.now))
        self._ended(run, status, outcome, reason)

    def amend_reason(self, run: ActionRun, reason: str) -> None:
        """Replace the Why of ``run``'s end, recorded but not yet written, when what followed
        it explains it better (a forward refused after the disposition)."""
        for i in range(len(self.changes) - 1, -1, -1):
            change = self.changes[i]
            if change.run_id == run.id:
                if not isinstance(change, (RunEnded, RunDispositioned)):
                    break
                self.changes[i] = replace(change, reason=reason)
                return
        raise LookupError(f"action {run.id} has no recorded end to amend")

    def _ended(self, run: ActionRun, status: ActionStatus, outcome: str, reason: str) -> None:
        if status is ActionStatus.COMPLETED:
            self.tasks[run.cadence_id] += 1
        self.event("action.completed", run, {"status": status.value, "outcome": outcome, "reason": reason})

    def advance(self, run: ActionRun) -> None:
        """Schedule the enrollment's next action from now, or complete the enrollment; nothing
        for an SMS sent again after the enrollment had moved past it."""
        enrollment = self.enrollments[run.enrollment_id]
        if moved_past(run.step, enrollment):
            return
        version = self.version(run)
        step = run.step + 1
        if step >= len(version.definition.actions):
            self.end(enrollment, EnrollmentState.COMPLETED, "All actions done")
            return
        contact = self.contacts[run.contact_id]
        kind = kind_of(version.definition.actions[step])
        decision = plan_step(self.account, version.definition, step, contact, self.now,
                             self.touches.get((contact.phone, kind), []), self.now)
        held = not self.active.get(run.cadence_id, False)
        until = enrollment.paused_until
        if (enrollment.state is EnrollmentState.PAUSED and decision.at is not None
                and (until is None or decision.at < until)):
            # Paused while its last action finished: the next one says so from the start, and
            # waits (held) when the pause has no end; the engine re-checks it when due.
            reason = pause_reason(enrollment.paused_by, until, self.account.timezone, self.now)
            decision = replace(decision, reason=reason)
            held = held or until is None
        self.new_runs.append(new_run(enrollment, version, contact, step, decision, self.now, held=held))
        self.steps.append((enrollment.id, step))

    def end(self, enrollment: Enrollment, state: EnrollmentState, reason: str) -> None:
        self.ended.setdefault(state, []).append(enrollment.id)
        if "enrollment.ended" in self.subscribed:
            self.events.append(OutboxEvent("enrollment.ended", {
                "enrollment_id": enrollment.id, "cadence_id": enrollment.cadence_id,
                "state": state.value, "reason": reason}, enrollment.contact_id))

    def event(self, kind: str, run: ActionRun, detail: dict[str, Any]) -> None:
        if kind in self.subscribed:
            self.events.append(action_event(kind, run, detail))

    def flush(self) -> None:
        uow, now = self.uow, self.now
        uow.runs.record(self.changes)
        uow.runs.add_many(self.new_runs, now)
        uow.touches.add_many(self.account.id, self.new_touches)
        uow.messages.add_many(self.new_messages)
        uow.messages.set_results(self.message_results)
        uow.enrollments.advance(self.steps)
        uow.enrollments.first_touched(self.first_touches)
        for state, ids in self.ended.items():
            uow.enrollments.end(ids, state, state.value, now)
        uow.cadences.count_tasks(dict(self.tasks), now)
        uow.outbox.add_many(self.account.id, self.events, now)

