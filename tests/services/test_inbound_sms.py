"""Inbound SMS: STOP/START keywords and each cadence's reply rule, through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from kixie_desktop.domain.cadence import ReplyBehavior, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.keywords import Keyword, classify
from kixie_desktop.services.engine import Engine
from kixie_desktop.storage.models import ActionRunRow, ContactRow, EnrollmentRow, SmsMessageRow
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace

LEAD = NewContact(phone="+1 512 555 0100", first_name="Olivia")


@pytest.mark.parametrize("body,kind", [("STOP", Keyword.OPT_OUT), (" stop ", Keyword.OPT_OUT),
                                       ("Unsubscribe", Keyword.OPT_OUT), ("quit!", Keyword.OPT_OUT),
                                       ("StopAll", Keyword.OPT_OUT), ("start", Keyword.OPT_IN),
                                       ("UNSTOP", Keyword.OPT_IN), ("please stop texting", Keyword.NONE),
                                       ("Stopped by the store", Keyword.NONE)])
def test_keywords_are_whole_messages(body: str, kind: Keyword) -> None:
    assert classify(body) is kind


def setup(ws: Workspace, behavior: ReplyBehavior = ReplyBehavior.STOP) -> tuple[int, Engine, RecordingGateway]:
    sms = SmsAction(template_id=ws.template.id, after=timedelta(hours=1))
    base = ws.definition()
    defn = replace(base, settings=replace(base.settings, reply_behavior=behavior, reply_pause=timedelta(hours=3)),
                   actions=(sms, sms))
    version = ws.cadences.create(ws.manager, defn)
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    ws.enrollment.enroll(ws.manager, version.cadence_id, LEAD)
    gateway = RecordingGateway()
    return version.cadence_id, Engine(ws.store, ws.clock, gateway, "e"), gateway


def test_stop_opts_out_everywhere_with_one_confirmation(ws: Workspace) -> None:
    _, engine, gateway = setup(ws, ReplyBehavior.CONTINUE)
    inbound = ws.inbound_sms
    first = inbound.receive(ws.admin.account_id, "(512) 555-0100", "+14155550100", "STOP")
    again = inbound.receive(ws.admin.account_id, "+15125550100", "+14155550100", "stop")
    assert first.confirmation is not None and "START" in first.confirmation
    assert again.confirmation is None  # at most one confirmation text
    ws.clock.advance(hours=2)
    engine.tick()
    assert gateway.sent == []
    with ws.db.read() as s:
        assert s.scalar(select(ContactRow.sms_opt_out)) is True
        assert s.scalar(select(ActionRunRow.status)) == "cancelled"
        assert [m.body for m in s.scalars(select(SmsMessageRow).where(SmsMessageRow.direction == "in"))] == ["STOP", "stop"]
    inbound.receive(ws.admin.account_id, "+15125550100", None, "START")
    with ws.db.read() as s:
        assert s.scalar(select(ContactRow.sms_opt_out)) is False


def test_a_reply_stops_the_cadence_by_default(ws: Workspace) -> None:
    _, engine, gateway = setup(ws)
    result = ws.inbound_sms.receive(ws.admin.account_id, "+15125550100", None, "Who is this?")
    assert result.stopped == 1
    ws.clock.advance(hours=2)
    engine.tick()
    assert gateway.sent == []
    with ws.db.read() as s:
        assert s.scalar(select(EnrollmentRow.state)) == "stopped"


def test_a_reply_can_pause_the_cadence(ws: Workspace) -> None:
    _, engine, gateway = setup(ws, ReplyBehavior.PAUSE)
    assert ws.inbound_sms.receive(ws.admin.account_id, "+15125550100", None, "later").paused == 1
    ws.clock.advance(hours=2)
    engine.tick()
    assert gateway.sent == []
    ws.clock.advance(hours=1, minutes=1)
    engine.tick()
    assert len(gateway.sent) == 1
    with ws.db.read() as s:
        assert s.scalar(select(EnrollmentRow.state)) == "active"


def test_unknown_senders_are_kept(ws: Workspace) -> None:
    result = ws.inbound_sms.receive(ws.admin.account_id, "+15125559999", None, "hi")
    assert not result.contact_known
    with ws.db.read() as s:
        assert s.scalar(select(SmsMessageRow.from_number)) == "+15125559999"
