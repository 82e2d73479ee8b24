"""Local presence from the PowerCall panel to the wire: the agent accepts a prompt, and the
INVITE that reaches the trunk (a real SIPp peer, set up as this workstation's SIP account)
carries the number the account's caller-ID pool gave the contact — or, for a contact no pool
number fits, the agent's own sender, else the account's default sender.

No mocks: the demo workspace on SQLite, the engine runtime registering the account on the
session's pjsua2 softphone, the panel driven by clicks, SIPp's message log read back.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kixie_desktop.domain.calls import CallState
from tests.support.powercall import (
    WAIT_MS,
    Demo,
    choice,
    click,
    closed_record,
    demo_on_trunk,
    make_available,
    wait_state,
)
from tests.support.softphone import EventLog
from tests.telephony.sipp_runner import SippUas

pytestmark = pytest.mark.sipp

AUSTIN_POOL_NUMBER = "+15125550111"
CHICAGO_POOL_NUMBER = "+13125550122"
DEFAULT_SENDER = "+14155550100"  # the demo account's


@pytest.fixture
def trunk(tmp_path: Path, softphone: Any, events: EventLog, sipp: Any) -> Iterator[tuple[Demo, SippUas]]:
    uas = sipp("reject_486")
    with demo_on_trunk(tmp_path, softphone, events, uas,
                       caller_id_pool=(CHICAGO_POOL_NUMBER, AUSTIN_POOL_NUMBER)) as demo:
        yield demo, uas


@pytest.mark.parametrize(("phone", "agent_has_sender", "shown"), [
    ("+1 512 555 0177", True, AUSTIN_POOL_NUMBER),  # Austin: the pool's Austin number
    ("+1 416 555 0199", True, "agent"),  # Toronto: no pool number in Canada, the agent's sender
    ("+1 416 555 0199", False, DEFAULT_SENDER),  # … and with no sender of their own, the account's
])
def test_the_invite_carries_the_local_presence_number(qtbot: QtBot, trunk: tuple[Demo, SippUas], phone: str,
                                                      agent_has_sender: bool, shown: str) -> None:
    demo, uas = trunk
    alex = demo.agent("alex@acme-solar.example")
    alex_sender = next(u.sender_number for u in demo.backend.directory.users(alex) if u.id == alex.user_id)
    assert alex_sender is not None
    if shown == "agent":
        shown = alex_sender
    if not agent_has_sender:
        assert alex.user_id is not None
        demo.backend.directory.edit_user(demo.backend.actor(), alex.user_id, sender_number="")
    panel = demo.panel(qtbot, alex)
    assert panel.ui.status_label.text().endswith("· SIP account")
    make_available(qtbot, panel)
    demo.enroll(demo.call_cadence(), phone, "Olivia")
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=WAIT_MS)

    with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS):
        click(qtbot, next(iter(panel.cards.values())).ui.accept_button)
    assert uas.wait() == 0, uas.errors()
    wait_state(qtbot, panel, CallState.ENDED)

    invite = next(m for m in uas.messages() if m.method_or_status == "INVITE")
    number = "+" + "".join(c for c in phone if c.isdigit())
    assert invite.first_line == f"INVITE sip:{number}@127.0.0.1:{uas.port} SIP/2.0"
    assert (invite.header("From") or "").startswith(f'"{shown}" <sip:{shown}@127.0.0.1>;tag=')
    assert invite.header("P-Asserted-Identity") == f'"{shown}" <sip:{shown}@127.0.0.1:{uas.port}>'
    form = panel.disposition_form  # a cadence call's record is closed with its disposition
    click(qtbot, choice(form, "Busy"))
    with qtbot.waitSignal(panel.disposition_saved, timeout=WAIT_MS):
        click(qtbot, form.ui.save_button)
    record = closed_record(qtbot, demo)
    assert (record.from_number, record.to_number, record.sip_status) == (shown, number, 486)  # what the lead saw
