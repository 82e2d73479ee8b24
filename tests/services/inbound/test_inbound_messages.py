"""A SIP MESSAGE received: recorded as the account's inbound SMS, and a first STOP answered
with one confirmation text through the SMS gateway — what the engine runtime's inbound
worker runs for every message."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from kixie_desktop.domain.calls import SipMessageReceived
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.keywords import Keyword
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.services.inbound.inbound_messages import sip_user
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import SmsMessageRow
from kixie_desktop.storage.store import SqlStore
from tests.support.clock import FakeClock
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace, services_over

AT = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def message(body: str, sender: str = "+15125550100") -> SipMessageReceived:
    return SipMessageReceived(f"sip:{sender}@pbx.example.com;transport=udp", body, AT,
                              to_uri="sip:+14155550100@pbx.example.com")


def test_a_first_stop_is_confirmed_once_from_the_accounts_sender(ws: Workspace) -> None:
    ws.contacts.upsert(ws.manager, NewContact(phone="+15125550100"))
    gateway = RecordingGateway()
    messages = services_over(ws.store, ws.clock).inbound_messages(gateway)

    first = messages.on_message_received(message("STOP"))
    again = messages.on_message_received(message("stop"))

    assert first is not None and first.keyword is Keyword.OPT_OUT and again is not None
    account = AccountService(ws.store, ws.clock).current()
    assert account is not None
    assert [(m.to, m.sender, m.idempotency_key) for m in gateway.sent] == [
        ("+15125550100", account.default_sender, f"kx-optout-+15125550100-{int(ws.clock.now.timestamp())}")]
    assert "START" in gateway.sent[0].body
    with ws.db.read() as s:
        received = [(r.direction, r.from_number, r.body) for r in s.scalars(select(SmsMessageRow))]
    assert received == [("in", "+15125550100", "STOP"), ("in", "+15125550100", "stop")]


def test_a_message_from_an_unknown_number_is_kept_and_not_answered(ws: Workspace) -> None:
    gateway = RecordingGateway()
    result = services_over(ws.store, ws.clock).inbound_messages(gateway).on_message_received(
        message("STOP", sender="+15125559999"))
    assert result is not None and not result.contact_known and gateway.sent == []


def test_before_any_account_exists_a_message_has_nobody_to_go_to(database: Database) -> None:
    gateway = RecordingGateway()
    services = services_over(SqlStore(database), FakeClock())
    assert services.inbound_messages(gateway).on_message_received(message("STOP")) is None
    assert gateway.sent == []


def test_the_number_is_the_user_part_of_the_uri() -> None:
    assert sip_user("sip:+15125550100@host;x=y") == "+15125550100"
    assert sip_user("sip:+15125550100;user=phone@host") == "+15125550100"
    assert sip_user("+15125550100") == "+15125550100"
