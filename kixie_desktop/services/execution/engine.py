"""The cadence engine's runner: claims due action runs and carries them out.

Each ``tick`` (blocking; run it on a worker thread, never the Qt main thread):

1. **Recover** SMS left by an engine that died (its lease ran out; at start, also
   this engine's own earlier leases, and on SQLite, where the file lock makes it the
   only engine, every lease): one claimed but never handed over (``processing``) is
   due again at once, its touch removed; one ``sending`` is asked about by
   idempotency key, and when the gateway cannot tell, ends ``unknown`` with its
   reason. Never re-send blindly.
2. **Expire prompts** of call actions nobody accepted in time: retry no sooner
   than ``min_between`` later, or end ``missed`` and move on.
3. **Run due actions** in batches. Transaction A claims the due rows (``FOR
   UPDATE SKIP LOCKED`` on PostgreSQL), locks their phone numbers, re-checks
   every constraint with fresh touches, and commits SMS as claimed (``processing``,
   leased to this engine, with a touch, so no other engine can take the same
   harassment slot) and calls as ``processing`` with prompts. Then the SMS go out
   in windows of at most ``inflight_window``: one transaction marks a window
   ``sending`` (with its message rows) and records the previous window's results,
   and the window goes to the gateway outside any transaction. So at most that
   many are ``sending`` at any instant, and a crash leaves at most that many for a
   person to decide (decision 30).
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
from kixie_desktop.domain.messaging import (
    SMS_INFLIGHT_WINDOW,
    SMS_INFLIGHT_WINDOW_RANGE,
    OutboundSms,
    SendingSms,
    SmsOutcome,
    SmsResult,
    SmsSettled,
)
from kixie_desktop.domain.roles import Availability
from kixie_desktop.domain.run_changes import RunLeaseTaken, RunUnclaimed
from kixie_desktop.domain.runs import ActionRun
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.domain.wording import plural
from kixie_desktop.engine.due_run import Cancel, Defer, Hold, Offer, Send, Skip, decide_due, moved_past
from kixie_desktop.engine.retry import GiveUp, Missed, Unanswered, on_prompt_unanswered, on_sms_transient_error
from kixie_desktop.engine.run_lifecycle import RunEvent, next_status
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.execution.engine_batch import Batch
from kixie_desktop.services.execution.version_cache import VersionCache
from kixie_desktop.services.outbox.crm_sync import NO_CRM, CrmJobs
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
UNCLAIMED_REASON = "The engine stopped before handing this SMS to the gateway: it was not sent; due again"


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
    row: SendingSms  # its sms_messages row, written with the window that hands it over


class Engine:
    def __init__(self, store: Store, clock: Clock, gateway: SmsGateway, engine_id: str, *,
                 batch_size: int = 500, lease: timedelta = timedelta(minutes=2),
                 send_parallelism: int = 8, inflight_window: int = SMS_INFLIGHT_WINDOW,
                 sole_engine: bool = False, crm: CrmJobs = NO_CRM) -> None:
        if inflight_window not in SMS_INFLIGHT_WINDOW_RANGE:
            raise ValueError(f"inflight_window must be within {SMS_INFLIGHT_WINDOW_RANGE}, not {inflight_window}")
        self._store, self._clock, self._gateway = store, clock, gateway
        self._crm = crm  # each text sent is logged to the CRM, in the transaction that records it
        self.engine_id = engine_id
        self._batch_size = batch_size
        self._lease = lease
        self._window = inflight_window
        # The only engine the database may have (SQLite, file lock held): every lease found
        # at start is a dead engine's, taken over at once rather than after it runs out.
        self._sole = sole_engine
        self._started = False
        self._versions = VersionCache()
        self._last_housekeeping: datetime | None = None
        # A SIP or HTTP gateway spends its time waiting for the far end: hand a batch's
        # messages over in parallel (threads start only when first needed).
        self._parallelism = send_parallelism
        self._senders = ThreadPoolExecutor(send_parallelism, thread_name_prefix="kixie-sms")

    # -- the loop ---------------------------------------------------------------------------

    def tick(self) -> TickReport:
        reconciled = expired = 0
        if not self._started:
            reconciled = self.recover_at_start()
            self._started = True
        now = self._clock()
        # Leases and prompt deadlines are counted in seconds and minutes: looking once a
        # second is enough, and keeps a wake-up for a new enrollment down to one transaction.
        if self._last_housekeeping is None or now - self._last_housekeeping >= HOUSEKEEPING_EVERY:
            self._last_housekeeping = now
            reconciled += self.reconcile_sending()
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
            self._send_in_windows(batch, sends)
        return len(runs)

    def _send_in_windows(self, claimed: Batch, sends: list[_Send]) -> None:
        """Hand the claimed SMS over ``inflight_window`` at a time. One transaction per window
        records the previous window's results and marks this one ``sending``, so never more
        than a window is ``sending`` and a window costs one commit."""
        windows = [sends[i:i + self._window] for i in range(0, len(sends), self._window)]
        results: list[tuple[_Send, SmsResult]] = []
        for window in [*windows, []]:
            with self._store.write() as uow:
                # The batch that claimed them already holds their contacts, enrollments and
                # touches (its own included); a change made since is caught when the next run is due.
                batch = claimed.continued(uow, self._clock())
                for send, result in results:
                    self._apply_sms_result(batch, send.run, result, send.message.body)
                started = self._start_window(batch, window)
                batch.flush()
            results = self._hand_over(started)

    def _start_window(self, batch: Batch, window: list[_Send]) -> list[_Send]:
        if not window:
            return []
        next_status(ActionStatus.PROCESSING, RunEvent.SEND_STARTED)  # claimed, now handed over
        moved = batch.uow.runs.start_sending([s.run.id for s in window], self.engine_id,
                                             batch.now + self._lease, "Sending")
        # One not moved was cancelled (or, its lease run out, taken back) since it was claimed.
        started = [s for s in window if s.run.id in moved]
        batch.new_messages.extend(s.row for s in started)
        return started

    def _hand_over(self, started: list[_Send]) -> list[tuple[_Send, SmsResult]]:
        if len(started) <= 1:
            return [(s, self._send(s.message)) for s in started]
        # One task per share of the window, not per message: a fast gateway should not pay
        # for a future per message.
        shares = [started[i::self._parallelism] for i in range(self._parallelism)]
        futures = [self._senders.submit(lambda share: [(s, self._send(s.message)) for s in share], share)
                   for share in shares if share]
        return [pair for future in futures for pair in future.result()]

    def _start(self, batch: Batch, run: ActionRun) -> _Send | None:
        enrollment = batch.enrollments[run.enrollment_id]
        decision = decide_due(run.type, enrollment, batch.active.get(run.cadence_id, False),
                              lambda: batch.check_now(run, _KIND[run.type]), batch.now,
                              zone=batch.account.timezone, resend=moved_past(run.step, enrollment))
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

    @staticmethod
    def _render(batch: Batch, run: ActionRun) -> tuple[str, str | None]:
        """The text of ``run``'s SMS for its contact, and the number it comes from."""
        action = batch.version(run).definition.actions[run.step]
        assert isinstance(action, SmsAction)
        contact = batch.contacts[run.contact_id]
        owner = batch.owner(run)
        body = action.body if action.customize and action.body else batch.template_body(action.template_id)
        text = templates.render(body, templates.merge_values(contact, owner, batch.account.name))
        return text, (owner.sender_number if owner else None) or batch.account.default_sender

    def _start_sms(self, batch: Batch, run: ActionRun) -> _Send:
        contact = batch.contacts[run.contact_id]
        text, sender = self._render(batch, run)
        message = OutboundSms(contact.phone, sender, text, run.idempotency_key)
        batch.touch(run, TouchKind.SMS)
        batch.claim_for_sending(run, self.engine_id, batch.now + self._lease)
        return _Send(run, message, SendingSms(run.account_id, run.contact_id, run.id, sender, contact.phone,
                                              text, message.idempotency_key, batch.now))

    def _send(self, message: OutboundSms) -> SmsResult:
        try:
            return self._gateway.send(message)
        except Exception as exc:  # noqa: BLE001 - a gateway bug is a failed send, not a dead engine
            log.exception("SMS gateway raised")
            return SmsResult(SmsOutcome.TRANSIENT_FAILURE, None, f"gateway error: {exc}")

    def _apply_sms_result(self, batch: Batch, run: ActionRun, result: SmsResult, text: str) -> None:
        # The run was read before its send started (or by the reconciler): it is sending now.
        sending = ActionStatus.SENDING
        status = _SETTLED[result.outcome]
        if result.outcome is SmsOutcome.ACCEPTED:
            batch.finish(run, RunEvent.SENT, "sent", result.said, current=sending)
            batch.reached(run)
            batch.advance(run)
            self._crm.log_sms(batch.uow, run.account_id, batch.contacts[run.contact_id], direction="outbound",
                              body=text, at=batch.now)
        elif result.outcome is SmsOutcome.TRANSIENT_FAILURE:
            decision = on_sms_transient_error(run.attempt + 1, batch.now, error=result.said)
            if isinstance(decision, GiveUp):
                status = "failed"
                batch.finish(run, RunEvent.FAILED, "failed", decision.reason, current=sending)
                batch.advance(run)
            else:
                batch.retry(run, decision.at, run.retry_count, decision.attempt - 1,
                            f"{result.said}; retry {decision.attempt}",
                            current=sending)
        else:
            batch.finish(run, RunEvent.FAILED, "failed", result.said,
                         current=sending)
            batch.advance(run)
        batch.message_results.append(
            SmsSettled(run.idempotency_key, status, result.provider_id, result.detail))

    # -- calls --------------------------------------------------------------------------------

    def _offer_call(self, batch: Batch, run: ActionRun) -> None:
        definition = batch.version(run).definition
        action = definition.actions[run.step]
        assert isinstance(action, CallAction)
        owner = batch.owner(run)
        if owner is not None:
            candidates = [owner]
        else:  # Assign from Queue on Answer (or nobody to round-robin to, or a deactivated owner)
            candidates = batch.uow.queues.agents(definition.settings.queue_id)
        available = [u.id for u in candidates if u.availability is Availability.AVAILABLE]
        total = run.max_retries + 1
        if not available:
            self._unanswered(batch, run, Unanswered.NO_AGENT)
            return
        deadline = batch.now + timedelta(seconds=batch.account.prompt_timeout_s)
        batch.uow.prompts.offer(run.id, available, run.attempt, batch.now, deadline)
        who = "the contact owner" if owner is not None else plural(len(available), "available agent")
        if owner is None and (run.owner_id is not None
                              or definition.settings.assign_owner is OwnerAssignment.ON_ANSWER):
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

    def recover_at_start(self) -> int:
        """Take over, at once, the leases no living engine can hold: this engine's own from
        an earlier life (same ``engine_id``), and every one when this is the only engine."""
        total = 0
        while done := self._recover(owner=self.engine_id, any_owner=self._sole):
            total += done
        return total

    def reconcile_sending(self) -> int:
        """Recover the SMS of engines whose lease ran out."""
        return self._recover()

    def _recover(self, *, owner: str | None = None, any_owner: bool = False) -> int:
        return self._release_claims(owner, any_owner) + self._reconcile_sending(owner, any_owner)

    def _release_claims(self, owner: str | None, any_owner: bool) -> int:
        """Claimed SMS never handed over: due again now, the touch their claim counted removed,
        since nothing reached the number. Sending them later is no duplicate."""
        with self._store.write() as uow:
            now = self._clock()
            runs = uow.runs.abandoned_sms(ActionStatus.PROCESSING, now, self._batch_size,
                                          owner=owner, any_owner=any_owner)
            for run in runs:
                next_status(run.status, RunEvent.UNCLAIMED)
            uow.runs.record([RunUnclaimed(r.id, now, UNCLAIMED_REASON) for r in runs])
            uow.touches.remove_latest(runs, TouchKind.SMS)
        return len(runs)

    def _reconcile_sending(self, owner: str | None, any_owner: bool) -> int:
        with self._store.write() as uow:
            now = self._clock()
            runs = uow.runs.abandoned_sms(ActionStatus.SENDING, now, self._batch_size,
                                          owner=owner, any_owner=any_owner)
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
                    # Rendered again: the same template and contact as the text that was sent,
                    # unless someone edited them in the minutes since the crash.
                    self._apply_sms_result(batch, run, answer, self._render(batch, run)[0])
            batch.flush()
        return len(runs)

    def _lookup(self, run: ActionRun) -> SmsResult | None:
        try:
            return self._gateway.lookup(run.idempotency_key)
        except Exception:  # noqa: BLE001 - an unanswerable lookup means "cannot tell"
            log.exception("SMS gateway lookup failed")
            return None
