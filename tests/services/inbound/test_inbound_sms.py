"""Inbound SMS: STOP/START keywords and each cadence's reply rule, through the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kixie_desktop.domain.cadence import ReplyBehavior, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.inbound_text import decode
from kixie_desktop.domain.keywords import Keyword
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import ActionRunRow, ContactRow, EnrollmentRow, SmsMessageRow
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace

LEAD = NewContact(phone="+1 512 555 0100", first_name="Olivia")


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


@pytest.mark.parametrize("raw", [b"STOP\xa0", b"Stop\x81\x8d", b"\xef\xbc\xb3\xef\xbc\xb4\xef\xbc\xaf\xef\xbc\xb0",
                                 b"stop\x00", b"\xa0\xa0UNSUBSCRIBE\x85"])
def test_a_stop_in_any_bytes_opts_out_and_the_bytes_are_kept(ws: Workspace, raw: bytes) -> None:
    """pjsua2 hands a body that is not UTF-8 over as a str with surrogate escapes; a carrier's
    Latin-1 no-break space once made that STOP fail to store, and the opt-out never happened."""
    setup(ws, ReplyBehavior.CONTINUE)
    swig_text = raw.decode("utf-8", errors="surrogateescape")
    result = ws.inbound_sms.receive(ws.admin.account_id, "+15125550100", None, swig_text)
    assert result.keyword is Keyword.OPT_OUT and result.confirmation is not None
    with ws.db.read() as s:
        assert s.scalar(select(ContactRow.sms_opt_out)) is True
        assert s.scalar(select(ActionRunRow.status)) == "cancelled"
        stored = s.scalars(select(SmsMessageRow).where(SmsMessageRow.direction == "in")).one()
    assert "\x00" not in stored.body
    assert (stored.raw_body or stored.body.encode()) == raw


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300), charset=st.sampled_from([None, "utf-8", "ISO-8859-1", "x-klingon", "utf-16"]),
       sender=st.text(max_size=80))
def test_any_bytes_from_anyone_are_stored(ws: Workspace, raw: bytes, charset: str | None, sender: str) -> None:
    text = decode(raw, None if charset is None else f"text/plain; charset={charset}")
    with ws.db.read() as s:
        before = s.scalar(select(func.count()).select_from(SmsMessageRow)) or 0
    ws.inbound_sms.receive(ws.admin.account_id, sender, sender, text)
    with ws.db.read() as s:
        stored = s.scalars(select(SmsMessageRow).order_by(SmsMessageRow.id.desc()).limit(1)).one()
        assert (s.scalar(select(func.count()).select_from(SmsMessageRow)) or 0) == before + 1
    assert stored.body == text.text and (stored.raw_body or stored.body.encode()) == raw
