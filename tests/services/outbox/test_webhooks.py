"""Outbound webhooks end to end on SQLite and PostgreSQL: subscriptions (secret in the
keyring only), fan-out of engine-written events, signed delivery to a real local HTTP
server, order per contact, back-off, dead rows, the delivery log and the producers."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from kixie_desktop.config.secrets import KeyringSecrets
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.errors import PermissionDenied, SecretStoreUnavailable, ValidationError
from kixie_desktop.domain.webhooks import DeliveryStatus, verify_signature
from kixie_desktop.integrations.webhook_delivery import RequestsWebhookSender
from kixie_desktop.services.outbox.webhook_dispatch import WebhookDispatcher
from kixie_desktop.services.outbox.webhooks import (
    WebhookService,
    record_call_dispositioned,
    record_sms_received,
)
from kixie_desktop.storage.models import WebhookOutboxRow, WebhookSubscriptionRow
from tests.support.http_receiver import Received, Receiver, http_receiver
from tests.support.secret_service import PrivateSecretService
from tests.support.workspace import Workspace


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with http_receiver() as r:
        yield r


def service(ws: Workspace) -> WebhookService:
    return WebhookService(ws.store, ws.clock, KeyringSecrets())


def dispatcher(ws: Workspace) -> WebhookDispatcher:
    return WebhookDispatcher(ws.store, ws.clock, RequestsWebhookSender(), KeyringSecrets(), parallel=4)


def cadence(ws: Workspace) -> int:
    name = f"Cadence {len(ws.cadences.list(ws.manager))}"
    version = ws.cadences.create(ws.manager, ws.definition(name))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


def enroll(ws: Workspace, cadence_id: int, phone: str) -> None:
    ws.enrollment.enroll(ws.manager, cadence_id, NewContact(phone=phone),
                                                              source="api")


def rows(ws: Workspace) -> list[WebhookOutboxRow]:
    with ws.db.read() as s:
        return list(s.scalars(select(WebhookOutboxRow).order_by(WebhookOutboxRow.id)))


def test_create_keeps_the_secret_in_the_keyring_only(ws: Workspace, real_keyring: PrivateSecretService,
                                                     receiver: Receiver) -> None:
    created = service(ws).create(ws.admin, receiver.url + "/in", ["enrollment.created", "action.completed"])
    assert created.secret.startswith("whsec_") and len(created.secret) == 70
    sub = created.subscription
    assert real_keyring.secrets[("kixie-desktop", sub.secret_ref)] == created.secret
    with ws.db.read() as s:
        row = s.get(WebhookSubscriptionRow, sub.id)
        assert row is not None and created.secret not in repr(row.__dict__)
    assert [s.id for s in service(ws).list(ws.agent)] == [sub.id]
    with pytest.raises(PermissionDenied):
        service(ws).create(ws.manager, receiver.url, ["enrollment.created"])


@pytest.mark.parametrize("url, events, message", [
    ("ftp://example.com/x", ["enrollment.created"], r"not an absolute http\(s\) URL"),
    ("http://example.com/x", ["enrollment.created"], "use https"),
    ("https://user:pw@example.com/x", ["enrollment.created"], "no credentials"),
    ("https://example.com/x#frag", ["enrollment.created"], "fragment"),
    ("https://example.com:99999/x", ["enrollment.created"], "invalid port"),
    ("https://example.com/x", [], "at least one event"),
    ("https://example.com/x", ["call.answered"], "unknown event 'call.answered'"),
])
def test_create_validates(ws: Workspace, url: str, events: list[str], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        service(ws).create(ws.admin, url, events)
    assert service(ws).list(ws.admin) == []


def test_no_safe_keyring_no_subscription(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KeyringSecrets, "available", lambda self: False)
    with pytest.raises(SecretStoreUnavailable):
        service(ws).create(ws.admin, "https://example.com/x", ["enrollment.created"])
    with ws.db.read() as s:
        assert s.scalar(select(WebhookSubscriptionRow.id)) is None


def test_events_fan_out_to_matching_subscriptions_signed(ws: Workspace, receiver: Receiver) -> None:
    verdicts: list[tuple[str, bool]] = []
    subs = {path: service(ws).create(ws.admin, receiver.url + path, events) for path, events in [
        ("/a", ["enrollment.created"]), ("/b", ["enrollment.created", "enrollment.ended"]),
        ("/c", ["action.completed"])]}

    def check(req: Received) -> tuple[int, object, dict[str, str]]:
        secret = subs[req.path].secret
        verdicts.append((req.path, verify_signature(secret, req.headers["x-kixie-signature"], req.body,
                                                    time.time())))
        return 200, {}, {}

    receiver.answer = check
    enroll(ws, cadence(ws), "+15125550100")
    report = dispatcher(ws).run_once()
    assert (report.events_fanned_out, report.deliveries_created, report.delivered) == (1, 2, 2)
    assert sorted(verdicts) == [("/a", True), ("/b", True)]
    bodies = receiver.bodies()
    assert bodies[0]["id"] == bodies[1]["id"] and bodies[0]["id"].startswith("evt_")
    assert {r.headers["x-kixie-delivery"] for r in receiver.received} == {
        f"{bodies[0]['id']}.{subs['/a'].subscription.id}", f"{bodies[0]['id']}.{subs['/b'].subscription.id}"}
    data = bodies[0]["data"]
    assert (data["contact"]["phone"], data["source"]) == ("+15125550100", "api")
    log = service(ws).deliveries(ws.admin)
    assert [d.status for d in log] == [DeliveryStatus.DELIVERED] * 2
    assert all(d.delivered_at == ws.clock.now and d.attempts == 1 for d in log)
    assert dispatcher(ws).run_once().attempted == 0


def test_order_per_contact_back_off_and_giving_up(ws: Workspace, receiver: Receiver) -> None:
    sub = service(ws).create(ws.admin, receiver.url + "/hook", ["enrollment.created"]).subscription
    failing = {"+15125550100"}
    receiver.answer = lambda req: ((503, {}, {}) if req.json()["data"]["contact"]["phone"] in failing
                                   else (200, {}, {}))
    first, second = cadence(ws), cadence(ws)
    enroll(ws, first, "+15125550100")   # A1: will fail
    enroll(ws, second, "+15125550100")  # A2: must wait behind A1
    enroll(ws, first, "+15125550101")   # B1: another contact, delivered at once
    report = dispatcher(ws).run_once()
    assert (report.attempted, report.delivered, report.retrying) == (2, 1, 1)
    delivered = [(b["data"]["contact"]["phone"], b["data"]["cadence_id"]) for b in receiver.bodies()]
    assert sorted(delivered) == [("+15125550100", first), ("+15125550101", first)]  # in parallel

    # 30 s, then doubling: attempts 2..4 come due at +30 s, +60 s, +120 s after each failure.
    for wait in (30, 60, 120):
        ws.clock.advance(seconds=wait - 1)
        assert dispatcher(ws).run_once().attempted == 0
        ws.clock.advance(seconds=1)
        assert dispatcher(ws).run_once().attempted == 1  # A1 again; A2 still waits
    failing.clear()
    ws.clock.advance(seconds=240)
    report = dispatcher(ws).run_once()
    assert (report.attempted, report.delivered) == (2, 2)  # A1, then A2 right behind it
    sent = [(b["data"]["contact"]["phone"], b["data"]["cadence_id"]) for b in receiver.bodies()]
    assert sent[-2:] == [("+15125550100", first), ("+15125550100", second)]
    assert [r.status for r in rows(ws) if r.subscription_id == sub.id] == ["delivered"] * 3


def test_retries_for_a_day_then_dead_and_a_4xx_is_dead_at_once(ws: Workspace, receiver: Receiver) -> None:
    service(ws).create(ws.admin, receiver.url + "/down", ["enrollment.created"])
    receiver.answer = lambda req: (500, {"error": "down"}, {})
    enroll(ws, cadence(ws), "+15125550100")
    attempts = 0
    start = ws.clock.now
    while True:
        report = dispatcher(ws).run_once()
        attempts += report.attempted
        if report.dead:
            break
        [row] = [r for r in rows(ws) if r.subscription_id]
        assert row.next_attempt_at - ws.clock.now <= timedelta(hours=1)
        ws.clock.now = row.next_attempt_at
    assert ws.clock.now - start <= timedelta(days=1)
    assert ws.clock.now - start > timedelta(hours=22)
    assert attempts == len(receiver.received) == 30  # 30 s .. 32 min, then hourly
    [dead] = service(ws).deliveries(ws.admin, status=DeliveryStatus.DEAD)
    assert dead.last_error is not None and dead.last_error.startswith("HTTP 500")

    receiver.answer = lambda req: (404, {"error": "no such hook"}, {})
    enroll(ws, cadence(ws), "+15125550101")
    report = dispatcher(ws).run_once()
    assert (report.attempted, report.dead) == (1, 1)
    # A dead row does not hold back the contact's later events, and can be retried by hand.
    receiver.answer = lambda req: (200, {}, {})
    assert service(ws).retry_now(ws.admin, dead.id)
    assert dispatcher(ws).run_once().delivered == 1


def test_a_missing_secret_is_retried_and_deactivation_drops_pending(ws: Workspace, receiver: Receiver,
                                                                    real_keyring: PrivateSecretService) -> None:
    sub = service(ws).create(ws.admin, receiver.url + "/x", ["enrollment.created"]).subscription
    real_keyring.clear()
    enroll(ws, cadence(ws), "+15125550100")
    report = dispatcher(ws).run_once()
    assert (report.attempted, report.retrying, receiver.received) == (1, 1, [])
    assert "not in the keyring" in (service(ws).deliveries(ws.admin)[0].last_error or "")
    assert service(ws).deactivate(ws.admin, sub.id) == 1
    assert [d.status for d in service(ws).deliveries(ws.admin)] == [DeliveryStatus.DEAD]
    assert service(ws).list(ws.admin) == []
    enroll(ws, cadence(ws), "+15125550101")  # nobody subscribed: nothing is written
    assert len(rows(ws)) == 2


def test_producers_write_only_what_someone_wants(ws: Workspace, receiver: Receiver) -> None:
    contact, _ = ws.contacts.upsert(ws.manager, NewContact(phone="+15125550100", first_name="Ada"))
    with ws.store.write() as uow:
        assert not record_sms_received(uow, ws.admin.account_id, contact=contact, from_number=contact.phone,
                                       to_number="+15125550199", body="hi", at=ws.clock.now)
    service(ws).create(ws.admin, receiver.url + "/x", ["call.dispositioned", "sms.received"])
    with ws.store.write() as uow:
        assert record_call_dispositioned(uow, ws.admin.account_id, contact=contact, call_id=9,
                                         disposition="Interested", duration_s=61, notes="call back",
                                         user_id=ws.agent.user_id, action_id=None, at=ws.clock.now)
        assert record_sms_received(uow, ws.admin.account_id, contact=None, from_number="+15125550142",
                                   to_number="+15125550199", body="STOP", at=ws.clock.now)
    assert dispatcher(ws).run_once().delivered == 2
    first, second = sorted(receiver.bodies(), key=lambda b: b["type"])  # delivered in parallel
    assert (first["type"], first["data"]["disposition"], first["data"]["contact"]["first_name"]) == (
        "call.dispositioned", "Interested", "Ada")
    assert (second["type"], second["data"]["body"], second["data"]["contact"]) == ("sms.received", "STOP", None)
