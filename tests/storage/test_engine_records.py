"""The touches and SMS rows the engine writes as typed values land in their columns, on
SQLite and PostgreSQL: what the harassment limits count and what the contact's history shows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.harassment import NewTouch, TouchKind
from kixie_desktop.domain.ids import ActionRunId
from kixie_desktop.domain.messaging import SendingSms, SmsSettled
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import ActionRunRow, SmsMessageRow, TouchRow
from tests.support.workspace import Workspace, build_workspace

PHONE = "+15125550100"


@pytest.fixture
def ws(database: Database) -> Workspace:
    return build_workspace(database)


def test_touches_and_messages_are_stored_from_typed_values(ws: Workspace) -> None:
    cadence = ws.cadences.create(ws.manager, ws.definition()).cadence_id
    ws.cadences.set_active(ws.manager, cadence, True)
    enrolled = ws.enrollment.enroll(
        ws.manager, cadence, NewContact(phone="+1 512 555 0100", first_name="Olivia"))
    account, contact = ws.admin.account_id, enrolled.contact.id
    now = ws.clock.now
    with ws.db.read() as s:
        run = ActionRunId(s.scalars(select(ActionRunRow.id)).one())
    with ws.store.write() as uow:
        uow.touches.add_many(account, [NewTouch(PHONE, TouchKind.SMS, now, "cadence", run, cadence),
                                       NewTouch(PHONE, TouchKind.CALL, now + timedelta(minutes=1), "manual",
                                                None, None)])
        uow.messages.add_many([SendingSms(account, contact, run, "+15125550199", PHONE, "Hi Olivia",
                                          "kx-ar1-a0", now),
                               SendingSms(account, contact, run, None, PHONE, "Hi again", "kx-ar1-a1", now)])
    with ws.store.write() as uow:
        uow.messages.set_results([SmsSettled("kx-ar1-a0", "sent", "prov-1", "202 Accepted"),
                                  SmsSettled("kx-ar1-a1", "unknown", None, "Cannot tell")])
    with ws.db.read() as s:
        t, m = TouchRow, SmsMessageRow
        touches = s.execute(select(t.account_id, t.phone, t.kind, t.at, t.source, t.action_run_id, t.cadence_id)
                            .order_by(t.at)).all()
        messages = s.execute(select(
            m.account_id, m.contact_id, m.action_run_id, m.direction, m.from_number, m.to_number, m.body,
            m.status, m.idempotency_key, m.provider_id, m.detail, m.created_at).order_by(m.idempotency_key)).all()
    assert [tuple(t) for t in touches] == [
        (account, PHONE, "sms", now, "cadence", run, cadence),
        (account, PHONE, "call", now + timedelta(minutes=1), "manual", None, None),
    ]
    assert [tuple(m) for m in messages] == [
        (account, contact, run, "out", "+15125550199", PHONE, "Hi Olivia", "sent", "kx-ar1-a0", "prov-1",
         "202 Accepted", now),
        (account, contact, run, "out", None, PHONE, "Hi again", "unknown", "kx-ar1-a1", None, "Cannot tell",
         now),
    ]
    with ws.store.read() as uow:
        assert uow.touches.count(PHONE, TouchKind.SMS) == 1
