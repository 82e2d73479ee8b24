"""The HubSpot adapter against a local HTTP server that checks every request it receives:
bearer token, paths, query strings and JSON bodies; rate limits and error mapping."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from kixie_desktop.domain.errors import IntegrationError
from kixie_desktop.integrations.crm.hubspot import HubSpotAdapter
from kixie_desktop.services.ports.crm import CrmContactData, CrmContactRef
from tests.support.http_receiver import Received, Receiver, Reply, http_receiver

TOKEN = "pat-na1-secret-token"
AT = datetime(2026, 3, 2, 15, 4, 5, tzinfo=UTC)
LEAD = CrmContactData(phone="+15125550100", first_name="Ada", last_name="Lovelace", email="ada@x.test")


class FakeHubSpot:
    """Routes by method and path; refuses any request without the right bearer token."""

    def __init__(self) -> None:
        self.contacts: dict[str, dict[str, Any]] = {"501": {"phone": "+15125550199"}}
        self.script: list[Reply] = []  # replies forced before routing (rate limits, outages)
        self.next_id = 900
        self.owners = {"bob@acme.test": "77"}  # HubSpot users by email

    def __call__(self, req: Received) -> Reply:
        if req.headers.get("authorization") != f"Bearer {TOKEN}":
            return 401, {"status": "error", "message": "Authentication credentials not found."}, {}
        if self.script:
            return self.script.pop(0)
        body = req.json() if req.body else None
        if (req.method, req.path) == ("POST", "/crm/v3/objects/contacts/search"):
            phones = [g["filters"][0]["value"] for g in body["filterGroups"]]
            hits = [{"id": i, "properties": c} for i, c in self.contacts.items() if c.get("phone") in phones]
            return 200, {"total": len(hits), "results": hits[:body["limit"]]}, {}
        if (req.method, req.path) == ("POST", "/crm/v3/objects/contacts"):
            props = body["properties"]
            for cid, c in self.contacts.items():
                if props.get("email") and c.get("email") == props["email"]:
                    return 409, {"status": "error", "message": f"Contact already exists. Existing ID: {cid}",
                                 "category": "CONFLICT"}, {}
            self.next_id += 1
            self.contacts[str(self.next_id)] = props
            return 201, {"id": str(self.next_id), "properties": props}, {}
        if req.method == "GET" and req.path.startswith("/crm/v3/owners/"):
            found = [{"id": oid, "email": email} for email, oid in self.owners.items()
                     if f"email={email.replace('@', '%40')}&" in req.path]
            return 200, {"results": found}, {}
        if req.method == "PATCH" and req.path.startswith("/crm/v3/objects/contacts/"):
            cid = req.path.rsplit("/", 1)[1]
            self.contacts[cid].update(body["properties"])
            return 200, {"id": cid, "properties": self.contacts[cid]}, {}
        if (req.method, req.path) in (("POST", "/crm/v3/objects/calls"), ("POST", "/crm/v3/objects/communications")):
            self.next_id += 1
            return 201, {"id": str(self.next_id), "properties": body["properties"]}, {}
        return 404, {"status": "error", "message": f"no route {req.method} {req.path}"}, {}


@pytest.fixture
def hubspot() -> Iterator[tuple[FakeHubSpot, Receiver]]:
    fake = FakeHubSpot()
    with http_receiver() as receiver:
        receiver.answer = fake
        yield fake, receiver


def adapter(receiver: Receiver, **kw: Any) -> tuple[HubSpotAdapter, list[float]]:
    sleeps: list[float] = []
    return HubSpotAdapter(TOKEN, base_url=receiver.url, sleep=sleeps.append, **kw), sleeps


def test_find_existing_then_create_then_conflict_by_email(hubspot: tuple[FakeHubSpot, Receiver]) -> None:
    _, receiver = hubspot
    crm, _ = adapter(receiver)
    assert crm.find_or_create_contact(CrmContactData(phone="+15125550199")) == CrmContactRef("501")
    search = receiver.received[0].json()
    assert search["filterGroups"] == [
        {"filters": [{"propertyName": "phone", "operator": "EQ", "value": "+15125550199"}]},
        {"filters": [{"propertyName": "mobilephone", "operator": "EQ", "value": "+15125550199"}]}]
    assert len(receiver.received) == 1  # found: nothing created

    ref = crm.find_or_create_contact(LEAD)
    assert ref == CrmContactRef("901", created=True)
    create = receiver.received[-1]
    assert (create.method, create.path) == ("POST", "/crm/v3/objects/contacts")
    assert create.json() == {"properties": {"phone": "+15125550100", "firstname": "Ada", "lastname": "Lovelace",
                                            "email": "ada@x.test"}}
    # Same email under another phone: HubSpot says 409 with the existing id, which we use.
    assert crm.find_or_create_contact(CrmContactData(phone="+15125550111", email="ada@x.test")) == \
        CrmContactRef("901")
    assert all(r.headers["authorization"] == f"Bearer {TOKEN}" for r in receiver.received)


def test_owner_call_and_sms(hubspot: tuple[FakeHubSpot, Receiver]) -> None:
    fake, receiver = hubspot
    crm, _ = adapter(receiver)
    ref = CrmContactRef("501")
    crm.set_owner(ref, "Bob@acme.test")
    crm.set_owner(ref, "bob@acme.test")  # the owner id is cached
    paths = [(r.method, r.path) for r in receiver.received]
    assert paths == [("GET", "/crm/v3/owners/?email=bob%40acme.test&limit=1"),
                     ("PATCH", "/crm/v3/objects/contacts/501"), ("PATCH", "/crm/v3/objects/contacts/501")]
    assert receiver.received[1].json() == {"properties": {"hubspot_owner_id": "77"}}
    with pytest.raises(IntegrationError, match="no user with email") as missing:
        crm.set_owner(ref, "nobody@acme.test")
    assert missing.value.permanent

    call_id = crm.log_call(ref, "Left Voicemail", 42, "left a message", AT)
    call = receiver.received[-1]
    assert (call.method, call.path, call_id) == ("POST", "/crm/v3/objects/calls", str(fake.next_id))
    assert call.json() == {
        "properties": {"hs_timestamp": "2026-03-02T15:04:05.000Z", "hs_call_title": "Kixie call: Left Voicemail",
                       "hs_call_body": "left a message", "hs_call_duration": "42000",
                       "hs_call_direction": "OUTBOUND", "hs_call_status": "COMPLETED",
                       "hs_call_disposition": "b2cf5968-551e-4856-9783-52b3da59a7d0"},
        "associations": [{"to": {"id": "501"},
                          "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 194}]}]}
    crm.log_call(ref, "Interested", 0, None, AT, direction="inbound")
    props = receiver.received[-1].json()["properties"]
    assert "hs_call_disposition" not in props and props["hs_call_direction"] == "INBOUND"

    crm.log_sms(ref, "inbound", "Yes, call me", AT)
    sms = receiver.received[-1]
    assert (sms.method, sms.path) == ("POST", "/crm/v3/objects/communications")
    assert sms.json() == {
        "properties": {"hs_communication_channel_type": "SMS", "hs_communication_logged_from": "CRM",
                       "hs_communication_body": "Inbound SMS: Yes, call me",
                       "hs_timestamp": "2026-03-02T15:04:05.000Z"},
        "associations": [{"to": {"id": "501"},
                          "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": 81}]}]}


def test_rate_limits_are_waited_out_or_handed_back(hubspot: tuple[FakeHubSpot, Receiver]) -> None:
    fake, receiver = hubspot
    crm, sleeps = adapter(receiver)
    fake.script = [(429, {"message": "You have reached your secondly limit."}, {"Retry-After": "2"}),
                   (429, {"message": "limit"}, {})]
    assert crm.find_or_create_contact(CrmContactData(phone="+15125550199")).crm_id == "501"
    assert sleeps == [2.0, 2.0]  # Retry-After, then the doubled back-off
    assert len(receiver.received) == 3

    fake.script = [(429, {"message": "daily limit"}, {"Retry-After": "3600"})]
    with pytest.raises(IntegrationError, match="429") as limited:
        crm.find_or_create_contact(CrmContactData(phone="+15125550199"))
    assert not limited.value.permanent and sleeps == [2.0, 2.0]  # too long to wait in place


@pytest.mark.parametrize("reply, permanent, message", [
    ((500, {"message": "oops"}, {}), False, "HubSpot answered 500 oops"),
    ((400, {"message": "Property values were not valid"}, {}), True, "400 Property values were not valid"),
    ((403, {"message": "missing scopes"}, {}), False, "check the private-app token"),
])
def test_errors(hubspot: tuple[FakeHubSpot, Receiver], reply: Reply, permanent: bool, message: str) -> None:
    fake, receiver = hubspot
    crm, _ = adapter(receiver)
    fake.script = [reply] * 3
    with pytest.raises(IntegrationError, match=message) as failed:
        crm.log_sms(CrmContactRef("501"), "outbound", "hi", AT)
    assert failed.value.permanent is permanent
    assert len(receiver.received) == (3 if reply[0] >= 500 else 1)


def test_a_wrong_token_is_refused_and_never_shown(hubspot: tuple[FakeHubSpot, Receiver]) -> None:
    _, receiver = hubspot
    crm = HubSpotAdapter("pat-wrong", base_url=receiver.url, sleep=lambda s: None)
    with pytest.raises(IntegrationError, match="401") as refused:
        crm.find_or_create_contact(LEAD)
    assert not refused.value.permanent
    assert "pat-wrong" not in repr(crm) and "pat-wrong" not in str(refused.value)
    with pytest.raises(IntegrationError, match="no HubSpot private-app token"):
        HubSpotAdapter("")
