"""Delivering the outbox: webhook events to subscribers (and, through the same base, CRM jobs).

``OutboxWorker.run_once()`` is one pass: claim due rows (oldest first, never a contact's
later row while an earlier one for the same subscriber is still open), attempt each,
and record the outcome with ``domain.webhooks.next_attempt`` (30 s doubling, capped at an
hour, dead after a day; permanent refusals dead at once). Every pass is a few short
transactions; no transaction is open during HTTP.

Thread: blocking. Run it on its own thread with ``run_until(stop_event)`` (or call
``run_once`` from an executor every few seconds); never on the Qt main thread. Several
workers (one per workstation or headless engine) may run against one PostgreSQL database:
claims are leased and skip locked rows, so each row goes to one worker at a time.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

from kixie_desktop.domain.errors import KixieError
from kixie_desktop.domain.webhooks import (
    DEFAULT_POLICY,
    EVENT_TYPES,
    AttemptResult,
    DeliveryStatus,
    Lane,
    OutboxJob,
    Outcome,
    RetryPolicy,
    next_attempt,
)
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.secrets import SecretStore
from kixie_desktop.services.ports.storage import Store
from kixie_desktop.services.ports.webhooks import WebhookMessage, WebhookSender

log = logging.getLogger(__name__)


@dataclass
class PassReport:
    events_fanned_out: int = 0
    deliveries_created: int = 0
    attempted: int = 0
    delivered: int = 0
    retrying: int = 0
    dead: int = 0

    @property
    def busy(self) -> bool:
        return bool(self.attempted or self.events_fanned_out)


class OutboxWorker(ABC):
    """Claims and attempts one lane of the outbox; subclasses say how to attempt a job."""

    lane: Lane = "webhook"
    # Longer than a batch of attempts can take, so a live worker's rows are never re-claimed;
    # a crashed worker's rows come back when it ends.
    lease = timedelta(minutes=5)

    def __init__(self, store: Store, clock: Clock, *, batch_size: int = 32, max_rounds: int = 50,
                 policy: RetryPolicy = DEFAULT_POLICY, parallel: int = 1) -> None:
        self._store = store
        self._clock = clock
        self._batch_size = batch_size
        self._max_rounds = max_rounds
        self._policy = policy
        self._parallel = parallel

    @abstractmethod
    def attempt(self, job: OutboxJob) -> AttemptResult:
        """One try at one job; failures are results (or ``IntegrationError``s), not crashes."""

    def prepare(self, report: PassReport) -> None:
        """Work before claiming (the webhook fan-out)."""

    def run_once(self) -> PassReport:
        """One pass: claim and attempt rounds until nothing is due (or ``max_rounds``)."""
        report = PassReport()
        self.prepare(report)
        for _ in range(self._max_rounds):
            with self._store.write() as uow:
                jobs = uow.webhooks.claim(self.lane, self._clock(), self._batch_size, self.lease)
            if not jobs:
                break
            if self._parallel > 1 and len(jobs) > 1:
                # Claimed rows never share a (subscriber, contact) queue, so order holds.
                with ThreadPoolExecutor(max_workers=min(self._parallel, len(jobs))) as pool:
                    results = list(pool.map(self._safe_attempt, jobs))
            else:
                results = [self._safe_attempt(job) for job in jobs]
            for job, result in zip(jobs, results):
                self._record(job, result, report)
        return report

    def run_until(self, stop: threading.Event, idle_s: float = 2.0) -> None:
        """Thread target: pass after pass; wait ``idle_s`` after a pass that found nothing."""
        while not stop.is_set():
            try:
                busy = self.run_once().busy
            except KixieError:
                log.warning("%s outbox pass failed; retrying", self.lane, exc_info=True)
                busy = False
            except Exception:  # a bug: log it, keep the thread (and the outbox) alive
                log.exception("%s outbox pass crashed; retrying", self.lane)
                busy = False
            if not busy:
                stop.wait(idle_s)

    def _safe_attempt(self, job: OutboxJob) -> AttemptResult:
        try:
            return self.attempt(job)
        except KixieError as exc:
            permanent = bool(getattr(exc, "permanent", False))
            return AttemptResult(Outcome.PERMANENT if permanent else Outcome.RETRY, str(exc))
        except Exception as exc:
            log.exception("%s job %s failed unexpectedly", self.lane, job.delivery_id)
            return AttemptResult(Outcome.RETRY, f"internal error: {type(exc).__name__}: {exc}")

    def _record(self, job: OutboxJob, result: AttemptResult, report: PassReport) -> None:
        now = self._clock()
        attempts = job.attempts + 1
        step = next_attempt(result, attempts, job.created_at, now, self._policy)
        error = None if step.status is DeliveryStatus.DELIVERED else result.detail[:2000]
        with self._store.write() as uow:
            uow.webhooks.finish(job.id, step.status, attempts, step.next_attempt_at, error, now)
        report.attempted += 1
        if step.status is DeliveryStatus.DELIVERED:
            report.delivered += 1
        elif step.status is DeliveryStatus.DEAD:
            report.dead += 1
            log.warning("%s %s (%s) gave up after %d attempts: %s", self.lane, job.delivery_id,
                        job.event_type, attempts, result.detail)
        else:
            report.retrying += 1
            log.info("%s %s attempt %d failed (%s); next at %s", self.lane, job.delivery_id, attempts,
                     result.detail, step.next_attempt_at)


class WebhookDispatcher(OutboxWorker):
    """Fans engine-written events out to subscriptions, then delivers them, signed."""

    lane: Lane = "webhook"

    def __init__(self, store: Store, clock: Clock, sender: WebhookSender, secrets_port: SecretStore,
                 *, batch_size: int = 32, parallel: int = 8, policy: RetryPolicy = DEFAULT_POLICY) -> None:
        super().__init__(store, clock, batch_size=batch_size, parallel=parallel, policy=policy)
        self._sender = sender
        self._secrets = secrets_port

    def prepare(self, report: PassReport) -> None:
        while True:
            with self._store.write() as uow:
                read, written = uow.webhooks.fan_out(EVENT_TYPES, 500, self._clock())
            report.events_fanned_out += read
            report.deliveries_created += written
            if read < 500:
                return

    def attempt(self, job: OutboxJob) -> AttemptResult:
        if not job.url or not job.secret_ref:
            return AttemptResult(Outcome.PERMANENT, "the subscription is gone")
        secret = self._secrets.get(job.secret_ref)
        if not secret:
            # Retried: the keyring may be locked for now (a desktop session not yet unlocked).
            return AttemptResult(Outcome.RETRY, "the signing secret is not in the keyring")
        return self._sender.send(WebhookMessage(
            url=job.url, event_id=job.event_id, delivery_id=job.delivery_id, event_type=job.event_type,
            created_at=job.created_at, data=job.payload, secret=secret))
