"""The engine's SMS actions on the wire: enrolled through the services, sent by the engine
over SIP MESSAGE to a real SIPp peer, each carrying its action's idempotency key."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select

from kixie_desktop.domain.cadence import SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import ActionRunRow, SmsMessageRow
from kixie_desktop.telephony.sip_message_gateway import IDEMPOTENCY_HEADER, SipMessageGateway
from tests.support.workspace import build_workspace


def test_engine_sms_reaches_sipp_with_its_idempotency_key(softphone: Any, sipp: Any, database: Database) -> None:
    ws = build_workspace(database)
    version = ws.cadences.create(ws.manager, replace(ws.definition(), actions=(SmsAction(template_id=ws.template.id),)))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    ws.enrollment.enroll(
        ws.manager, version.cadence_id, NewContact(phone="+1 512 555 0100", first_name="Olivia"))
    uas = sipp("message_200")
    gateway = SipMessageGateway(softphone, lambda n: f"sip:{n}@127.0.0.1:{uas.port}")

    assert Engine(ws.store, ws.clock, gateway, "sip").tick().executed == 1
    assert uas.wait() == 0, uas.errors()

    with ws.db.read() as s:
        run = s.scalars(select(ActionRunRow)).one()
        stored = s.scalars(select(SmsMessageRow)).one()
    (wire,) = [m for m in uas.messages() if m.direction == "received"]
    assert wire.first_line == f"MESSAGE sip:+15125550100@127.0.0.1:{uas.port} SIP/2.0"
    assert wire.header(IDEMPOTENCY_HEADER) == f"kx-ar{run.id}-a0" == stored.idempotency_key
    assert wire.text.rstrip().endswith("Hi Olivia, it's Agent from Acme Solar.")
    assert (run.status, stored.status) == ("completed", "sent")
