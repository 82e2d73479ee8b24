"""A lead POSTed to the HTTP API reaches the CRM like one enrolled in the app or by CSV
import: the API serves the composition root's enrollment service, CRM job queue included,
so with CRM on the new owner is queued for HubSpot in the enrollment's transaction."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from kixie_desktop.integrations.crm.hubspot import HubSpotAdapter
from kixie_desktop.services.outbox.crm_sync import CrmWorker
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import WebhookOutboxRow
from tests.api.http_api_support import serve
from tests.integrations.test_hubspot import TOKEN, FakeHubSpot
from tests.support.http_receiver import Received, Receiver, Reply, http_receiver

AGENT_OWNER_ID = "88"


class HubSpotKnowingOurAgent(FakeHubSpot):
    """The fake portal, with the workspace's agent as a HubSpot owner."""

    def __call__(self, req: Received) -> Reply:
        if (req.method == "GET" and req.path.startswith("/crm/v3/owners/")
                and req.headers.get("authorization") == f"Bearer {TOKEN}" and "email=agent%40acme.test" in req.path):
            return 200, {"results": [{"id": AGENT_OWNER_ID, "email": "agent@acme.test"}]}, {}
        return super().__call__(req)


@pytest.fixture
def hubspot() -> Iterator[tuple[FakeHubSpot, Receiver]]:
    fake = HubSpotKnowingOurAgent()
    with http_receiver() as receiver:
        receiver.answer = fake
        yield fake, receiver


def crm_jobs(database: Database) -> list[tuple[str, str, int | None]]:
    with database.read() as s:
        return [(r.event_type, r.status, r.contact_id) for r in s.scalars(select(WebhookOutboxRow))
                if r.event_type.startswith("crm.")]


def test_an_api_enrollment_queues_crm_sync_when_crm_is_on(
        database: Database, hubspot: tuple[FakeHubSpot, Receiver]) -> None:
    fake, receiver = hubspot
    with serve(database, crm=True) as api:
        answer = api.enroll({"phone": "+15125550100", "first_name": "Olivia"})
        assert answer.status_code == 201, answer.text
        contact_id = answer.json()["contact"]["id"]
        assert crm_jobs(database) == [("crm.sync_contact", "pending", contact_id)]

        adapter = HubSpotAdapter(TOKEN, base_url=receiver.url, sleep=lambda s: None)
        report = CrmWorker(api.ws.store, api.ws.clock, adapter).run_once()
    assert (report.attempted, report.delivered) == (1, 1)
    assert crm_jobs(database) == [("crm.sync_contact", "delivered", contact_id)]
    synced = [c for c in fake.contacts.values() if c.get("phone") == "+15125550100"]
    # Round robin gave the lead to the queue's agent, and HubSpot hears who owns it.
    assert [(c.get("firstname"), c.get("hubspot_owner_id")) for c in synced] == [("Olivia", AGENT_OWNER_ID)]


def test_an_api_enrollment_queues_nothing_when_crm_is_off(database: Database) -> None:
    with serve(database, crm=False) as api:
        assert api.enroll({"phone": "+15125550100"}).status_code == 201
    assert crm_jobs(database) == []
