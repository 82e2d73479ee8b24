"""CRM sync through the durable outbox: jobs written with their cause, done off the UI thread.

Producers (``CrmJobs``) are called inside the transaction that saves a disposition, an
SMS or an owner change, and add one outbox row of type ``crm.*`` (no subscription) with
a snapshot of the contact, so nothing in the calling path waits for the CRM. They write
nothing when no CRM is configured. ``CrmWorker`` (an ``OutboxWorker`` on the ``crm`` lane)
claims due jobs in order per contact and runs each against the ``CrmAdapter`` port:
find or create the contact, set its owner when one is named, then log the call or SMS.
Failures follow the webhook retry policy (30 s doubling to an hour, for a day; permanent
refusals dead at once) and show in the delivery log (``WebhookService.deliveries(lane='crm')``).

Thread: ``CrmWorker.run_until(stop)`` on its own thread; one job at a time, so HubSpot's
rate limit is met by waiting, not by failing. A job may run twice after a crash between
the CRM's answer and the commit (at-least-once): a duplicate call log is the price of
never losing one.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime, timedelta

from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.ids import AccountId
from kixie_desktop.domain.runs import OutboxEvent
from kixie_desktop.domain.webhooks import (
    CRM_PREFIX,
    DEFAULT_POLICY,
    AttemptResult,
    Lane,
    OutboxJob,
    Outcome,
    RetryPolicy,
)
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.crm import CrmAdapter, CrmContactData
from kixie_desktop.services.ports.storage import Store, UnitOfWork
from kixie_desktop.services.outbox.webhook_dispatch import OutboxWorker

SYNC_CONTACT = CRM_PREFIX + "sync_contact"
LOG_CALL = CRM_PREFIX + "log_call"
LOG_SMS = CRM_PREFIX + "log_sms"


def _snapshot(contact: Contact) -> dict[str, object]:
    return asdict(CrmContactData(phone=contact.phone, first_name=contact.first_name,
                                 last_name=contact.last_name, email=contact.email, company=contact.company))


class CrmJobs:
    """Queues CRM work in the caller's transaction; inert when ``enabled`` is False."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def _add(self, uow: UnitOfWork, account_id: AccountId, kind: str, contact: Contact,
             owner_email: str | None, at: datetime, **fields: object) -> bool:
        if not self.enabled:
            return False
        uow.outbox.add_many(account_id, [OutboxEvent(kind, {
            "contact": _snapshot(contact), "owner_email": owner_email, "at": at.isoformat(), **fields,
        }, contact.id)], at)
        return True

    def sync_contact(self, uow: UnitOfWork, account_id: AccountId, contact: Contact,
                     owner_email: str | None, at: datetime) -> bool:
        """Create the contact in the CRM if missing, and set its owner when given."""
        return self._add(uow, account_id, SYNC_CONTACT, contact, owner_email, at)

    def log_call(self, uow: UnitOfWork, account_id: AccountId, contact: Contact, *, disposition: str | None,
                 duration_s: int, notes: str | None, at: datetime, direction: str = "outbound",
                 owner_email: str | None = None) -> bool:
        return self._add(uow, account_id, LOG_CALL, contact, owner_email, at, disposition=disposition,
                         duration_s=duration_s, notes=notes, direction=direction)

    def log_sms(self, uow: UnitOfWork, account_id: AccountId, contact: Contact, *, direction: str, body: str,
                at: datetime, owner_email: str | None = None) -> bool:
        return self._add(uow, account_id, LOG_SMS, contact, owner_email, at, direction=direction, body=body)


NO_CRM = CrmJobs(enabled=False)  # for an engine on a workstation with no CRM connected


class CrmWorker(OutboxWorker):
    lane: Lane = "crm"
    # A job may wait out a few rate-limit pauses; keep the lease well above that.
    lease = timedelta(minutes=10)

    def __init__(self, store: Store, clock: Clock, adapter: CrmAdapter, *, batch_size: int = 20,
                 policy: RetryPolicy = DEFAULT_POLICY) -> None:
        super().__init__(store, clock, batch_size=batch_size, parallel=1, policy=policy)
        self._adapter = adapter

    def attempt(self, job: OutboxJob) -> AttemptResult:
        if job.event_type not in (SYNC_CONTACT, LOG_CALL, LOG_SMS):
            return AttemptResult(Outcome.PERMANENT, f"unknown CRM job {job.event_type!r}")
        p = job.payload
        ref = self._adapter.find_or_create_contact(CrmContactData(**p["contact"]))
        if p.get("owner_email"):
            self._adapter.set_owner(ref, str(p["owner_email"]))
        at = datetime.fromisoformat(str(p["at"]))
        if job.event_type == LOG_CALL:
            crm_id = self._adapter.log_call(ref, p.get("disposition"), int(p.get("duration_s") or 0),
                                            p.get("notes"), at, direction=str(p.get("direction", "outbound")))
            return AttemptResult(Outcome.DELIVERED, f"{self._adapter.name} call {crm_id}")
        if job.event_type == LOG_SMS:
            crm_id = self._adapter.log_sms(ref, str(p["direction"]), str(p["body"]), at)
            return AttemptResult(Outcome.DELIVERED, f"{self._adapter.name} SMS {crm_id}")
        return AttemptResult(Outcome.DELIVERED, f"{self._adapter.name} contact {ref.crm_id}")
