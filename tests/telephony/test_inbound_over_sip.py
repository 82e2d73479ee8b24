"""An inbound text through the whole engine runtime: SIPp sends a carrier's STOP whose body is
not UTF-8, the softphone receives it, the runtime's inbound worker stores it and opts the
contact out, and the one confirmation text leaves on the demo line."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.runtime import EngineRuntime
from kixie_desktop.storage.models import ContactRow, SmsMessageRow
from tests.support.softphone import EventLog

pytestmark = pytest.mark.sipp


@pytest.fixture
def running(tmp_path: Path, softphone: Any, events: EventLog) -> Iterator[tuple[Backend, EngineRuntime]]:
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    backend.seed_demo()
    runtime = EngineRuntime(backend, softphone=softphone, api=None, poll_s=0.2)
    runtime.start()
    unsubscribe = events.subscribe(runtime.on_telephony_event)  # the shared softphone's events
    try:
        yield backend, runtime
    finally:
        unsubscribe()
        runtime.stop()
        backend.close()


def test_a_latin1_stop_from_a_carrier_opts_the_contact_out(running: tuple[Backend, EngineRuntime],
                                                           softphone: Any, sipp: Any) -> None:
    backend, runtime = running
    backend.contacts.upsert(backend.actor(), NewContact(phone="+1 512 555 0100", first_name="Olivia"))
    host, port = softphone.loopback_address
    uac = sipp("uac_message_latin1_stop", remote=f"{host}:{port}")
    assert uac.wait() == 0, uac.errors()
    (sent,) = [m for m in uac.messages() if m.direction == "sent"]
    assert sent.header("Content-Type") == "text/plain;charset=ISO-8859-1"

    deadline = time.monotonic() + 10
    while True:
        with backend.db.read() as s:
            opted_out = s.scalar(select(ContactRow.sms_opt_out).where(ContactRow.phone == "+15125550100"))
            stored = s.scalars(select(SmsMessageRow).where(SmsMessageRow.direction == "in")).all()
        if opted_out or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert opted_out is True
    (message,) = stored
    assert message.body.rstrip("\r\n") == "STOP\xa0"  # decoded as the label says
    assert message.raw_body is not None and message.raw_body.rstrip(b"\r\n") == b"STOP\xa0"
    assert runtime.demo_peer is not None
    deadline = time.monotonic() + 10
    while not any("unsubscribed" in m.body for m in runtime.demo_peer.received_messages()):
        assert time.monotonic() < deadline, "no opt-out confirmation reached the demo line"
        time.sleep(0.05)
