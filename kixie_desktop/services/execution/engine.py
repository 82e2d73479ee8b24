"""The cadence engine's runner: claims due action runs and carries them out.

Each ``tick`` (blocking; run it on a worker thread, never the Qt main thread):

1. **Reconcile** SMS left in ``sending`` by an engine that died (its lease ran
   out): ask the gateway by idempotency key; when it cannot tell, end the run
   ``unknown`` with its reason. Never re-send blindly.
2. **Expire prompts** of call actions nobody accepted in time: retry no sooner
   than ``min_between`` later, or end ``missed`` and move on.
3. **Run due actions** in batches. Transaction A claims the due rows (``FOR
   UPDATE SKIP LOCKED`` on PostgreSQL), locks their phone numbers, re-checks
   every constraint with fresh touches, and commits SMS as ``sending`` (with a
   touch, so no other engine can take the same harassment slot) and calls as
   ``processing`` with prompts. Then the SMS go to the gateway, outside any
   transaction. Transaction B records each result and schedules what follows.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from kixie_desktop.domain import templates
from kixie_desktop.domain.cadence import ActionType, CallAction, OwnerAssignment, SmsAction
from kixie_desktop.domain.harassment import TouchKind
from kixie_desktop.domain.messaging import OutboundSms, SendingSms, SmsOutcome, SmsResult, SmsSettled
from kixie_desktop.domain.roles import Availability
from kixie_desktop.domain.run_changes import RunLeaseTaken
from kixie_desktop.domain.runs import ActionRun
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.engine.due_run import Cancel, Defer, Hold, Offer, Send, Skip, decide_due
from kixie_desktop.engine.retry import GiveUp, Missed, Unanswered, on_prompt_unanswered, on_sms_transient_error
from kixie_desktop.engine.run_lifecycle import RunEvent, next_status
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.execution.engine_batch import Batch
from kixie_desktop.services.execution.version_cache import VersionCache
from kixie_desktop.services.ports.storage import Store, UnitOfWork
from kixie_desktop.services.ports.telephony import SmsGateway

log = logging.getLogger(__name__)

MAX_BATCHES_PER_TICK = 200
HOUSEKEEPING_EVERY = timedelta(seconds=1)
_KIND = {ActionType.CALL: TouchKind.CALL, ActionType.SMS: TouchKind.SMS}
_SETTLED: dict[SmsOutcome, Literal["sent", "retrying", "failed"]] = {
    SmsOutcome.ACCEPTED: "sent", SmsOutcome.TRANSIENT_FAILURE: "retrying",
    SmsOutcome.PERMANENT_FAILURE: "failed"}
UNKNOWN_REASON = ("The engine stopped while handing this SMS to the gateway, and the gateway "
                  "cannot tell whether it was sent. Not re-sent, to avoid a duplicate: check and decide.")


@dataclass(frozen=True)
class TickReport:
    reconciled: int = 0
    expired: int = 0
    executed: int = 0

    @property
    def total(self) -> int:
        return self.reconciled + self.expired + self.executed


@dataclass(frozen=True)
class _Send:
    run: ActionRun
    message: OutboundSms


class Engine:
    def __init__(self, store: Store, clock: Clock, gateway: SmsGateway, engine_id: str, *,
                 batch_size: int = 500, lease: timedelta = timedelta(minutes=2),
                 send_parallelism: int = 8) -> None:
        self._store, self._clock, self._gateway = store, clock, gateway
        self.engine_id = engine_id
        self._batch_size = batch_size
        self._lease = lease
        self._versions = VersionCache()
        self._last_housekeeping: datetime | None = None
        # A SIP or HTTP gateway spends its time waiting for the far end: hand a batch's
        # messages over in parallel (threads start only when first needed).
        self._parallelism = send_parallelism
        self._senders = ThreadPoolExecutor(send_parallelism, thread_name_prefix="kixie-sms")

    # -- the loop ---------------------------------------------------------------------------

    def tick(self) -> TickReport:
        reconciled = expired = 0
        now = self._clock()
        # Leases and prompt deadlines are counted in seconds and minutes: looking once a
        # second is enough, and keeps a wake-up for a new enrollment down to one transaction.
        if self._last_housekeeping is None or now - self._last_housekeeping >= HOUSEKEEPING_EVERY:
            self._last_housekeeping = now
            reconciled = self.reconcile_sending()
            expired = self.expire_prompts()
        executed = 0
        # Keep going while work turns up (a finished action can make the next one due now),
        # but return now and then so a stop request is heard.
        for _ in range(MAX_BATCHES_PER_TICK):
            done = self.run_due()
            executed += done
            if not done:
                break
        return TickReport(reconciled, expired, executed)

    def run_forever(self, stop: threading.Event, wake: threading.Event, poll_s: float = 0.5) -> None:
        """Tick until ``stop`` is set; ``wake`` (an enrollment, a NOTIFY) cuts the wait short."""
        while not stop.is_set():
            try:
                self.tick()
            except Exception:  # noqa: BLE001 - a bad tick must not kill the engine; it is logged
                log.exception("engine tick failed")
            wake.wait(poll_s)
            wake.clear()
        self.close()

    def close(self) -> None:
        self._senders.shutdown(wait=True)

    # -- due actions --------------------------------------------------------------------------

    def run_due(self) -> int:
        sends: list[_Send] = []
        with self._store.write() as uow:
            now = self._clock()
            runs = uow.runs.claim_due(now, self._batch_size)
            if not runs:
                return 0
            batch = Batch.load(uow, now, self._versions, runs, lock_numbers=True)
            for run in runs:
                send = self._start(batch, run)
                if send is not None:
                    sends.append(send)
            batch.flush()
        if sends:
            if len(sends) == 1:
                results = [(sends[0].run, self._send(sends[0].message))]
            else:
                # One task per share of the batch, not per message: a fast gateway should not
                # pay for hundreds of futures.
                shares = [sends[i::self._parallelism] for i in range(self._parallelism)]
                futures = [self._senders.submit(lambda share: [(s.run, self._send(s.message)) for s in share], share)
                           for share in shares if share]
                results = [pair for future in futures for pair in future.result()]
            self._record_results(batch, results)
        return len(runs)

    def _start(self, batch: Batch, run: ActionRun) -> _Send | None:
        enrollment = batch.enrollments[run.enrollment_id]
        decision = decide_due(run.type, enrollment, batch.active.get(run.cadence_id, False),
                              lambda: batch.check_now(run, _KIND[run.type]), batch.now)
        if not isinstance(decision, Cancel) and decision.ends_pause:
            batch.uow.enrollments.set_paused(enrollment.id, None)
        if isinstance(decision, Send):
            return self._start_sms(batch, run)
        if isinstance(decision, Offer):
            self._offer_call(batch, run)
        elif isinstance(decision, Defer):
            batch.defer(run, decision.until, decision.reason)
        elif isinstance(decision, Hold):
            batch.hold(run, decision.reason)
        elif isinstance(decision, Skip):
            batch.finish(run, RunEvent.SKIPPED, "skipped", decision.reason)
            batch.advance(run)
        else:
            batch.finish(run, RunEvent.CANCELLED, "cancelled", decision.reason)
        return None

    def _start_sms(self, batch: Batch, run: ActionRun) -> _Send:
        action = batch.version(run).definition.actions[run.step]
        assert isinstance(action, SmsAction)
        contact = batch.contacts[run.contact_id]
        owner = batch.user(run.owner_id) if run.owner_id is not None else None
        body = action.body if action.customize and action.body else batch.template_body(action.template_id)
        text = templates.render(body, templates.merge_values(contact, owner, batch.account.name))
        sender = (owner.sender_number if owner else None) or batch.account.default_sender
        message = OutboundSms(contact.phone, sender, text, run.idempotency_key)
        batch.touch(run, TouchKind.SMS)
        batch.start_sending(run, self.engine_id, batch.now + self._lease)
        batch.new_messages.append(SendingSms(run.account_id, run.contact_id, run.id, sender, contact.phone,
                                             text, message.idempotency_key, batch.now))
        return _Send(run, message)

    def _send(self, message: OutboundSms) -> SmsResult:
        try:
            return self._gateway.send(message)
        except Exception as exc:  # noqa: BLE001 - a gateway bug is a failed send, not a dead engine
            log.exception("SMS gateway raised")
            return SmsResult(SmsOutcome.TRANSIENT_FAILURE, None, f"gateway error: {exc}")

    def _record_results(self, sent: Batch, results: list[tuple[ActionRun, SmsResult]]) -> None:
        with self._store.write() as uow:
            # The batch that sent them already holds their contacts, enrollments and touches
            # (its own sends included); a change made in between is caught when the next run is due.
            batch = sent.continued(uow, self._clock())
            for run, result in results:
                self._apply_sms_result(batch, run, result)
            batch.flush()

    def _apply_sms_result(self, batch: Batch, run: ActionRun, result: SmsResult) -> None:
        # The run was read before its send started (or by the reconciler): it is sending now.
        sending = ActionStatus.SENDING
        status = _SETTLED[result.outcome]
        if result.outcome is SmsOutcome.ACCEPTED:
            batch.finish(run, RunEvent.SENT, "sent", result.detail or "Sent", current=sending)
            batch.advance(run)
        elif result.outcome is SmsOutcome.TRANSIENT_FAILURE:
            decision = on_sms_transient_error(run.attempt + 1, batch.now, error=result.detail)
            if isinstance(decision, GiveUp):
                status = "failed"
                batch.finish(run, RunEvent.FAILED, "failed", decision.reason, current=sending)
                batch.advance(run)
            else:
                batch.retry(run, decision.at, run.retry_count, decision.attempt - 1,
                            f"SMS gateway busy ({result.detail}); retry {decision.attempt}",
                            current=sending)
        else:
            batch.finish(run, RunEvent.FAILED, "failed", result.detail or "Rejected by the gateway",
                         current=sending)
            batch.advance(run)
        batch.message_results.append(
            SmsSettled(run.idempotency_key, status, result.provider_id, result.detail))

    # -- calls --------------------------------------------------------------------------------

    def _offer_call(self, batch: Batch, run: ActionRun) -> None:
        definition = batch.version(run).definition
        action = definition.actions[run.step]
        assert isinstance(action, CallAction)
        if run.owner_id is not None:
            candidates = [batch.user(run.owner_id)]
        else:  # Assign from Queue on Answer (or a queue with nobody to round-robin to)
            candidates = batch.uow.queues.agents(definition.settings.queue_id)
        available = [u.id for u in candidates if u.availability is Availability.AVAILABLE]
        total = run.max_retries + 1
        if not available:
            self._unanswered(batch, run, Unanswered.NO_AGENT)
            return
        deadline = batch.now + timedelta(seconds=batch.account.prompt_timeout_s)
        batch.uow.prompts.offer(run.id, available, run.attempt, batch.now, deadline)
        who = "the contact owner" if run.owner_id is not None else f"{len(available)} available agents"
        if definition.settings.assign_owner is OwnerAssignment.ON_ANSWER and run.owner_id is None:
            who += " (first to accept becomes owner)"
        batch.offer(run, deadline, f"Waiting for {who} to accept (attempt {run.retry_count + 1} of {total})")

    def _unanswered(self, batch: Batch, run: ActionRun, cause: Unanswered) -> None:
        wait = timedelta(seconds=run.min_between_s)
        if cause is Unanswered.NO_AGENT:
            # Nobody to ask: retrying at once would burn every attempt in the same second.
            wait = max(wait, timedelta(seconds=batch.account.prompt_timeout_s))
        decision = on_prompt_unanswered(run.retry_count, run.max_retries, wait, batch.now, cause)
        if isinstance(decision, Missed):
            batch.finish(run, RunEvent.MISSED, "missed", decision.reason)
            batch.advance(run)
            return
        batch.retry(run, decision.not_before, decision.retry_count, run.attempt + 1, decision.reason)

    def expire_prompts(self) -> int:
        with self._store.write() as uow:
            now = self._clock()
            runs = uow.runs.unanswered_prompts(now, self._batch_size)
            if not runs:
                return 0
            batch = Batch.load(uow, now, self._versions, runs)
            for run in runs:
                uow.prompts.close(run.id, None, now)
                self._unanswered(batch, run, Unanswered.PROMPT_TIMEOUT)
            batch.flush()
            return len(runs)

    # -- crash recovery -----------------------------------------------------------------------

    def reconcile_sending(self) -> int:
        with self._store.write() as uow:
            now = self._clock()
            runs = uow.runs.expired_sending(now, self._batch_size)
            for run in runs:
                next_status(run.status, RunEvent.LEASE_TAKEN)
            # Take the lease so no other engine reconciles the same rows meanwhile.
            uow.runs.record([RunLeaseTaken(r.id, self.engine_id, now + self._lease) for r in runs])
        if not runs:
            return 0
        answers = [(run, self._lookup(run)) for run in runs]
        with self._store.write() as uow:
            now = self._clock()
            batch = Batch.load(uow, now, self._versions, runs)
            for run, answer in answers:
                if answer is None:
                    batch.finish(run, RunEvent.UNCONFIRMED, "unknown", UNKNOWN_REASON)
                    batch.message_results.append(
                        SmsSettled(run.idempotency_key, "unknown", None, UNKNOWN_REASON))
                    batch.advance(run)
                else:
                    self._apply_sms_result(batch, run, answer)
            batch.flush()
        return len(runs)

    def _lookup(self, run: ActionRun) -> SmsResult | None:
        try:
            return self._gateway.lookup(run.idempotency_key)
        except Exception:  # noqa: BLE001 - an unanswerable lookup means "cannot tell"
            log.exception("SMS gateway lookup failed")
            return None
