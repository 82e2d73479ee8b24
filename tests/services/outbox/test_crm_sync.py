"""CRM jobs through the outbox with the real HubSpot adapter against a local server:
queued in the caller's transaction, done in order per contact, retried, dead when refused."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select

from kixie_desktop.config.secrets import KeyringSecrets
from kixie_desktop.composition import Services
from kixie_desktop.domain.cadence import SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.webhooks import DeliveryStatus
from kixie_desktop.integrations.crm.hubspot import HubSpotAdapter
from kixie_desktop.integrations.webhook_delivery import RequestsWebhookSender
from kixie_desktop.services.outbox.crm_sync import CrmJobs, CrmWorker
from kixie_desktop.services.outbox.webhook_dispatch import WebhookDispatcher
from kixie_desktop.services.outbox.webhooks import WebhookService
from kixie_desktop.storage.models import WebhookOutboxRow
from tests.integrations.test_hubspot import TOKEN, FakeHubSpot
from tests.support.http_receiver import Receiver, http_receiver
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace, services_over


@pytest.fixture
def hubspot() -> Iterator[tuple[FakeHubSpot, Receiver]]:
    fake = FakeHubSpot()
    with http_receiver() as receiver:
        receiver.answer = fake
        yield fake, receiver


def worker(ws: Workspace, receiver: Receiver) -> CrmWorker:
    return CrmWorker(ws.store, ws.clock, HubSpotAdapter(TOKEN, base_url=receiver.url, sleep=lambda s: None))


def test_calls_and_sms_reach_hubspot_in_order(ws: Workspace, hubspot: tuple[FakeHubSpot, Receiver]) -> None:
    fake, receiver = hubspot
    contact, _ = ws.contacts.upsert(ws.manager, NewContact(phone="+15125550100", first_name="Ada"))
    jobs = CrmJobs(enabled=True)
    with ws.store.write() as uow:
        assert jobs.log_call(uow, ws.admin.account_id, contact, disposition="Connected", duration_s=30,
                             notes="demo booked", at=ws.clock.now, owner_email="bob@acme.test")
        jobs.log_sms(uow, ws.admin.account_id, contact, direction="outbound", body="Thanks!", at=ws.clock.now)
    # The webhook dispatcher leaves CRM jobs alone.
    WebhookService(ws.store, ws.clock, KeyringSecrets()).create(ws.admin, receiver.url + "/w",
                                                                ["call.dispositioned"])
    assert WebhookDispatcher(ws.store, ws.clock, RequestsWebhookSender(), KeyringSecrets()).run_once().attempted == 0

    report = worker(ws, receiver).run_once()
    assert (report.attempted, report.delivered) == (2, 2)
    paths = [(r.method, r.path.split("?")[0]) for r in receiver.received]
    assert paths == [
        ("POST", "/crm/v3/objects/contacts/search"), ("POST", "/crm/v3/objects/contacts"),
        ("GET", "/crm/v3/owners/"), ("PATCH", "/crm/v3/objects/contacts/901"), ("POST", "/crm/v3/objects/calls"),
        ("POST", "/crm/v3/objects/contacts/search"), ("POST", "/crm/v3/objects/communications")]
    assert receiver.received[4].json()["properties"]["hs_call_body"] == "demo booked"
    assert fake.contacts["901"]["hubspot_owner_id"] == "77"
    log = WebhookService(ws.store, ws.clock, KeyringSecrets()).deliveries(ws.admin, lane="crm")
    assert [(d.event_type, d.status) for d in log] == [("crm.log_sms", DeliveryStatus.DELIVERED),
                                                        ("crm.log_call", DeliveryStatus.DELIVERED)]


def test_outages_are_retried_and_refusals_dead(ws: Workspace, hubspot: tuple[FakeHubSpot, Receiver]) -> None:
    fake, receiver = hubspot
    a, _ = ws.contacts.upsert(ws.manager, NewContact(phone="+15125550100"))
    b, _ = ws.contacts.upsert(ws.manager, NewContact(phone="+15125550101"))
    jobs = CrmJobs(enabled=True)
    with ws.store.write() as uow:
        jobs.sync_contact(uow, ws.admin.account_id, a, None, ws.clock.now)
        jobs.log_sms(uow, ws.admin.account_id, a, direction="inbound", body="hi", at=ws.clock.now)
        jobs.sync_contact(uow, ws.admin.account_id, b, "nobody@acme.test", ws.clock.now)
    fake.script = [(503, {"message": "down"}, {})] * 3
    report = worker(ws, receiver).run_once()
    # a's first job failed (and holds a's second back); b's owner is unknown to HubSpot: dead.
    assert (report.attempted, report.retrying, report.dead) == (2, 1, 1)
    with ws.db.read() as s:
        states = {(r.event_type, r.contact_id): (r.status, r.attempts, r.last_error)
                  for r in s.scalars(select(WebhookOutboxRow))}
    assert states[("crm.sync_contact", a.id)][:2] == ("pending", 1)
    assert "503" in (states[("crm.sync_contact", a.id)][2] or "")
    assert states[("crm.log_sms", a.id)][:2] == ("pending", 0)
    assert states[("crm.sync_contact", b.id)][0] == "dead"
    assert "no user with email" in (states[("crm.sync_contact", b.id)][2] or "")
    ws.clock.advance(seconds=30)
    assert worker(ws, receiver).run_once().delivered == 2


def test_no_crm_no_jobs(ws: Workspace) -> None:
    contact, _ = ws.contacts.upsert(ws.manager, NewContact(phone="+15125550100"))
    with ws.store.write() as uow:
        assert not CrmJobs(enabled=False).log_sms(uow, ws.admin.account_id, contact, direction="outbound",
                                                  body="x", at=ws.clock.now)
    with ws.db.read() as s:
        assert s.scalar(select(WebhookOutboxRow.id)) is None


def test_the_engine_logs_each_text_it_sends(ws: Workspace, hubspot: tuple[FakeHubSpot, Receiver]) -> None:
    fake, receiver = hubspot
    services = services_over(ws.store, ws.clock, crm=True)
    version = ws.cadences.create(ws.manager, replace(ws.definition(), actions=(SmsAction(ws.template.id),)))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    services.enrollment.enroll(ws.manager, version.cadence_id, NewContact(phone="+15125550100", first_name="Olivia"))
    gateway = RecordingGateway()

    engine = services.engine(gateway, "crm-test", inflight_window=16, sole_engine=True)
    assert engine.tick().executed == 1
    engine.close()
    worker(ws, receiver).run_once()

    (sent,) = gateway.sent
    logged = [r.json()["properties"]["hs_communication_body"] for r in receiver.received
              if r.path == "/crm/v3/objects/communications"]
    assert logged == [f"Outbound SMS: {sent.body}"]


def _by_ui(services: Services, ws: Workspace, cadence_id: CadenceId, contact: NewContact) -> None:
    services.enrollment.enroll(ws.manager, cadence_id, contact)  # the Contacts tab's Enroll…


def _by_csv(services: Services, ws: Workspace, cadence_id: CadenceId, contact: NewContact) -> None:
    result = services.contact_import.run(ws.manager, f"phone,first_name\n{contact.phone},{contact.first_name}\n".encode(),
                                         cadence_id=cadence_id)
    assert result.enrolled == 1


def _by_api(services: Services, ws: Workspace, cadence_id: CadenceId, contact: NewContact) -> None:
    services.idempotent_enrollment.enroll(ws.manager, cadence_id, contact, key=None, request_hash="h",
                                          render=lambda result: {})


@pytest.mark.parametrize("enroll", [_by_ui, _by_csv, _by_api], ids=["ui", "csv", "api"])
def test_every_enrollment_path_gives_hubspot_the_owner(ws: Workspace, hubspot: tuple[FakeHubSpot, Receiver],
                                                       enroll: Any) -> None:
    fake, receiver = hubspot
    fake.owners["agent@acme.test"] = "88"  # the queue's one agent, round robin
    services = services_over(ws.store, ws.clock, crm=True)
    version = ws.cadences.create(ws.manager, ws.definition())
    ws.cadences.set_active(ws.manager, version.cadence_id, True)

    enroll(services, ws, version.cadence_id, NewContact(phone="+15125550111", first_name="Ivy"))
    assert worker(ws, receiver).run_once().delivered == 1

    (created,) = [c for c in fake.contacts.values() if c.get("phone") == "+15125550111"]
    assert created["hubspot_owner_id"] == "88" and created["firstname"] == "Ivy"
