"""The PowerCall panel end to end: the real engine offers a prompt, the agent accepts it,
the real softphone calls the demo line, and the disposition drives the cadence.

No mocks: the demo workspace on SQLite, ``EngineRuntime`` with its engine thread and
demo line, the session's pjsua2 softphone, and the panel driven by clicks.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.domain.calls import CallState, CallStateChanged, RingToneChanged
from kixie_desktop.domain.roles import Actor
from kixie_desktop.gui.powercall.panel import PowerCallPanel
from kixie_desktop.storage.models import (
    ActionRunRow,
    CallPromptRow,
    CallRecordRow,
    EnrollmentRow,
    TouchRow,
)
from tests.support.powercall import (  # noqa: F401 - demo is a fixture
    WAIT_MS,
    Demo,
    choice,
    click,
    demo,
    make_available,
    stored_availability,
    wait_state,
)

def test_prompt_call_and_disposition_on_the_demo_line(qtbot: QtBot, demo: Demo) -> None:
    alex = demo.agent("alex@acme-solar.example")
    panel = demo.panel(qtbot, alex)
    assert panel.ui.availability_combo.currentText() == "Offline"
    make_available(qtbot, panel)
    assert stored_availability(demo, alex) == "available"

    cadence_id = demo.call_cadence()
    demo.enroll(cadence_id, "+1 512 555 0177", "Olivia")
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=WAIT_MS)
    card = next(iter(panel.cards.values()))
    assert card.ui.contact_label.text() == "Olivia Demo"
    assert card.ui.phone_label.text() == "+15125550177"
    assert card.ui.cadence_label.text() == "Call right away · attempt 1"
    assert card.ui.countdown_label.text() in {"1:00", "0:59", "0:58"}  # default prompt timeout 60 s

    click(qtbot, card.ui.accept_button)
    wait_state(qtbot, panel, CallState.CONNECTED)
    call = panel.call
    assert call is not None and call.run_id is not None
    connected = [e for e in demo.events.for_call(call.call_id) if isinstance(e, CallStateChanged)]
    assert [e.state for e in connected][-1] is CallState.CONNECTED
    assert demo.runtime.demo_peer is not None and demo.runtime.demo_peer.calls_answered == 1
    assert panel.controls.ui.state_label.text().startswith("Connected 00:0")
    qtbot.waitUntil(lambda: stored_availability(demo, alex) == "busy", timeout=WAIT_MS)

    # Mid-call controls against the demo line: mute, hold / resume (re-INVITEs), DTMF.
    click(qtbot, panel.controls.ui.mute_button)
    qtbot.waitUntil(lambda: panel.controls.ui.mute_button.text() == "Un&mute", timeout=WAIT_MS)
    click(qtbot, panel.controls.ui.hold_button)
    wait_state(qtbot, panel, CallState.ON_HOLD)
    assert panel.controls.ui.state_label.text() == "On hold"
    assert not panel.controls.dialpad.isEnabled()
    click(qtbot, panel.controls.ui.hold_button)
    wait_state(qtbot, panel, CallState.CONNECTED)
    click(qtbot, panel.controls.dialpad.key("5"))
    assert panel.controls.dialpad.ui.sent_label.text() == "Sent: 5"
    assert panel.ui.message_label.text() == ""

    with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS) as ended:
        click(qtbot, panel.controls.ui.hangup_button)
    end: CallStateChanged = ended.args[0]
    assert end.state is CallState.ENDED and end.sip_status == 200
    assert re.fullmatch(r"Call ended · 0:\d\d", panel.controls.ui.state_label.text())  # words, not "200 OK"
    assert panel.disposition_form.isVisible()
    assert panel.ui.availability_combo.currentText() == "Wrap-up"
    qtbot.waitUntil(lambda: stored_availability(demo, alex) == "wrap_up", timeout=WAIT_MS)

    form = panel.disposition_form
    assert not form.ui.save_button.isEnabled()  # nothing is preselected
    buttons = [b.text() for b in form.buttons.values()]
    assert buttons == [  # the account's order, each with its key
        "1 · Connected", "2 · No Answer", "3 · Left Voicemail", "4 · Busy", "5 · Wrong Number",
        "6 · Not Interested", "7 · Interested", "8 · Do Not Call"]
    click(qtbot, choice(form, "Interested"))
    qtbot.keyClicks(form.ui.notes_edit, "Wants a quote for a 6 kW system")
    with qtbot.waitSignal(panel.disposition_saved, timeout=WAIT_MS) as saved:
        click(qtbot, form.ui.save_button)
    assert saved.args == ["Cadence stopped for this contact"]
    assert panel.ui.status_label.text() == "Cadence stopped for this contact"
    assert not form.isVisible() and panel.call is None
    assert panel.ui.availability_combo.currentText() == "Available"
    qtbot.waitUntil(lambda: stored_availability(demo, alex) == "available", timeout=WAIT_MS)

    with demo.backend.db.read() as s:
        run = s.get(ActionRunRow, call.run_id)
        assert (run.status, run.outcome, run.accepted_by) == ("completed", "Interested", alex.user_id)
        record = s.scalars(select(CallRecordRow)).one()
        assert record.action_run_id == call.run_id and record.to_number == "+15125550177"
        assert (record.sip_status, record.sip_reason) == (200, end.reason)
        assert record.connected_at is not None and record.ended_at is not None
        assert record.notes == "Wants a quote for a 6 kW system" and record.disposition_id is not None
        touch = s.scalars(select(TouchRow).where(TouchRow.kind == "call")).one()
        assert (touch.phone, touch.source, touch.action_run_id) == ("+15125550177", "cadence", call.run_id)
        enrollment = s.scalars(select(EnrollmentRow).where(EnrollmentRow.cadence_id == cadence_id)).one()
        assert enrollment.state == "stopped" and enrollment.owner_id == alex.user_id


def two_panels_prompted(qtbot: QtBot, demo: Demo, phone: str, first_name: str) -> tuple[Actor, Actor, list[PowerCallPanel]]:
    """Alex's and Jordan's panels, both Available, both showing one lead's call prompt."""
    alex = demo.agent("alex@acme-solar.example")
    jordan = demo.agent("jordan@acme-solar.example")
    panels = [demo.panel(qtbot, alex), demo.panel(qtbot, jordan)]
    for panel in panels:
        make_available(qtbot, panel)
    demo.enroll(demo.call_cadence(), phone, first_name)
    for panel in panels:
        qtbot.waitUntil(lambda p=panel: len(p.cards) == 1, timeout=WAIT_MS)
    return alex, jordan, panels


def test_two_agents_race_for_one_prompt_and_only_one_gets_it(qtbot: QtBot, demo: Demo) -> None:
    alex, jordan, panels = two_panels_prompted(qtbot, demo, "+1 512 555 0178", "Liam")

    # Both click in the same instant: two workstations, two runners, one database.
    buttons = [next(iter(panel.cards.values())).ui.accept_button for panel in panels]
    for button in buttons:
        button.click()
    qtbot.waitUntil(lambda: any(p.call is not None for p in panels)
                    and any(p.ui.message_label.text() for p in panels), timeout=WAIT_MS)
    [winner] = [p for p in panels if p.call is not None]
    [loser] = [p for p in panels if p is not winner]
    assert loser.ui.message_label.text() == "another agent already took this call"
    assert loser.cards == {} and loser.call is None
    assert loser.ui.availability_combo.currentText() == "Available"

    wait_state(qtbot, winner, CallState.CONNECTED)
    with qtbot.waitSignal(winner.call_ended, timeout=WAIT_MS):
        click(qtbot, winner.controls.ui.hangup_button)
    assert winner.disposition_form.isVisible() and not loser.disposition_form.isVisible()
    with demo.backend.db.read() as s:
        accepted_by = s.scalar(select(ActionRunRow.accepted_by).where(
            ActionRunRow.type == "call", ActionRunRow.target_phone == "+15125550178"))
    assert accepted_by == (alex if winner is panels[0] else jordan).user_id


def test_skipping_a_prompt_passes_it_to_the_others_and_the_last_skip_ends_it(qtbot: QtBot, demo: Demo) -> None:
    _, _, panels = two_panels_prompted(qtbot, demo, "+1 512 555 0179", "Mia")

    def call_run() -> tuple[str, list[str]]:
        with demo.backend.db.read() as s:
            run = s.scalars(select(ActionRunRow).where(ActionRunRow.type == "call",
                                                       ActionRunRow.target_phone == "+15125550179")).one()
            return run.status, sorted(s.scalars(select(CallPromptRow.state)
                                                .where(CallPromptRow.action_run_id == run.id)).all())

    click(qtbot, next(iter(panels[0].cards.values())).ui.skip_button)
    assert panels[0].cards == {}
    qtbot.waitUntil(lambda: call_run() == ("processing", ["declined", "offered"]), timeout=WAIT_MS)
    assert len(panels[1].cards) == 1  # still Jordan's to take

    click(qtbot, next(iter(panels[1].cards.values())).ui.skip_button)
    # Nobody wants it: no waiting out the prompt timeout, the engine records it at once.
    qtbot.waitUntil(lambda: call_run()[0] not in ("processing", "scheduled"), timeout=WAIT_MS)
    assert call_run() == ("missed", ["declined", "declined"])


def test_manual_dial_to_the_demo_line_records_a_manual_call(qtbot: QtBot, demo: Demo) -> None:
    alex = demo.agent("alex@acme-solar.example")
    panel = demo.panel(qtbot, alex)
    make_available(qtbot, panel)

    qtbot.keyClicks(panel.ui.manual_number_edit, "not a number")
    click(qtbot, panel.ui.manual_dial_button)
    assert panel.ui.message_label.text() == "'not a number' is not a phone number"
    assert panel.call is None

    panel.ui.manual_number_edit.clear()
    qtbot.keyClicks(panel.ui.manual_number_edit, "(512) 555-0199")
    click(qtbot, panel.ui.manual_dial_button)
    wait_state(qtbot, panel, CallState.CONNECTED)
    assert panel.ui.availability_combo.currentText() == "Busy"
    assert not panel.ui.manual_group.isEnabled()  # one call at a time
    with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS):
        click(qtbot, panel.controls.ui.hangup_button)
    assert not panel.disposition_form.isVisible()  # no cadence, nothing to disposition
    assert panel.ui.manual_group.isEnabled()
    assert panel.ui.availability_combo.currentText() == "Available"
    assert panel.ui.status_label.text() == "Call with +15125550199 ended"

    def recorded() -> CallRecordRow | None:
        with demo.backend.db.read() as s:
            return s.scalars(select(CallRecordRow).where(CallRecordRow.ended_at.is_not(None))).one_or_none()

    qtbot.waitUntil(lambda: recorded() is not None, timeout=WAIT_MS)
    record = recorded()
    assert record is not None
    assert (record.action_run_id, record.to_number, record.user_id) == (None, "+15125550199", alex.user_id)
    assert record.sip_status == 200 and record.connected_at is not None
    with demo.backend.db.read() as s:
        touch = s.scalars(select(TouchRow)).one()
    assert (touch.kind, touch.source, touch.phone, touch.action_run_id) == ("call", "manual", "+15125550199", None)


def test_incoming_call_rings_in_the_panel_and_is_declined_or_answered(qtbot: QtBot, demo: Demo,
                                                                      softphone: Any) -> None:
    panel = demo.panel(qtbot, demo.agent("alex@acme-solar.example"))
    make_available(qtbot, panel)
    host, port = softphone.loopback_address

    def ring() -> str:
        """A caller reaching this workstation: the softphone calls its own loopback transport."""
        caller = softphone.place_call(f"sip:+15125550142@{host}:{port}", account_id=demo.runtime.account_id)
        qtbot.waitUntil(lambda: panel.ui.incoming_frame.isVisible(), timeout=WAIT_MS)
        return caller

    def caller_ended(caller: str) -> CallStateChanged:
        return demo.events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == caller
                                    and e.state is CallState.ENDED)

    seen = len(demo.events.snapshot())
    caller = ring()
    # The loopback caller is no contact: routing rings every available agent.
    label = panel.ui.incoming_label.text()
    assert label.startswith("Incoming call from ") and label.endswith(" · Unknown caller"), label
    demo.events.wait_for(lambda e: isinstance(e, RingToneChanged) and e.ringing)  # the banner rings
    click(qtbot, panel.ui.decline_button)
    assert not panel.ui.incoming_frame.isVisible()
    assert caller_ended(caller).sip_status == 486
    rings = [e.ringing for e in demo.events.snapshot()[seen:] if isinstance(e, RingToneChanged)]
    assert rings == [True, False]
    assert panel.call is None

    caller = ring()  # the caller gives up before anyone answers
    softphone.hangup(caller)
    qtbot.waitUntil(lambda: not panel.ui.incoming_frame.isVisible(), timeout=WAIT_MS)
    assert panel.ui.status_label.text().startswith("Missed call from ")

    caller = ring()
    click(qtbot, panel.ui.answer_button)
    wait_state(qtbot, panel, CallState.CONNECTED)
    assert panel.ui.availability_combo.currentText() == "Busy"
    with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS):
        click(qtbot, panel.controls.ui.hangup_button)
    assert caller_ended(caller).sip_status == 200
    assert panel.call is None and not panel.disposition_form.isVisible()
    assert panel.ui.availability_combo.currentText() == "Available"

    def answered() -> CallRecordRow | None:
        with demo.backend.db.read() as s:
            return s.scalars(select(CallRecordRow).where(CallRecordRow.ended_at.is_not(None))).one_or_none()

    qtbot.waitUntil(lambda: answered() is not None, timeout=WAIT_MS)
    record = answered()  # only the answered call: declined and missed ones never reached this agent
    assert record is not None
    assert (record.direction, record.user_id, record.to_number, record.action_run_id) == (
        "in", demo.agent("alex@acme-solar.example").user_id, "+15125550142", None)
    assert record.sip_status == 200 and record.connected_at is not None
    with demo.backend.db.read() as s:
        assert s.scalars(select(TouchRow)).all() == []  # a call to us is no touch


def test_the_app_docks_the_panel_in_the_main_window(qtbot: QtBot, demo: Demo) -> None:
    window, panel = demo.workstation(qtbot)
    assert window.dockWidgetArea(panel) is Qt.DockWidgetArea.RightDockWidgetArea
    assert panel.ui.status_label.text() == "Ada Lovelace · demo line"  # the workstation's user
    assert panel.ui.availability_combo.currentText() == "Offline"


def test_a_blind_transfer_on_the_demo_line_shows_its_progress_and_ends_the_call(qtbot: QtBot, demo: Demo) -> None:
    panel = demo.panel(qtbot, demo.agent("alex@acme-solar.example"))
    make_available(qtbot, panel)
    qtbot.keyClicks(panel.ui.manual_number_edit, "(512) 555-0198")
    click(qtbot, panel.ui.manual_dial_button)
    wait_state(qtbot, panel, CallState.CONNECTED)

    qtbot.keyClicks(panel.controls.ui.transfer_edit, "not a number")
    click(qtbot, panel.controls.ui.transfer_button)
    assert panel.ui.message_label.text() == "'not a number' is not a phone number"
    assert panel.controls.state is CallState.CONNECTED  # the call carries on

    panel.controls.ui.transfer_edit.clear()
    qtbot.keyClicks(panel.controls.ui.transfer_edit, "(512) 555-0111")
    with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS):
        click(qtbot, panel.controls.ui.transfer_button)
        qtbot.waitUntil(lambda: panel.controls.ui.state_label.text() == "Transferring to +15125550111…",
                        timeout=WAIT_MS)
    assert panel.controls.ui.state_label.text() == "Transferred to +15125550111"
    peer = demo.runtime.demo_peer
    assert peer is not None and peer.transfers == [peer.uri_for("+15125550111")]  # the Refer-To on the wire
    assert "Busy" not in panel.ui.availability_combo.currentText()  # off the call
