"""The PowerCall keys in the app's main window: a whole call — skip, accept, mute, hold, hang
up, pick the outcome, save — with the keyboard only, on the demo line, checked in the
database; keys that rest while the agent types; Help ▸ Keyboard shortcuts.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.domain.calls import CallState
from kixie_desktop.engine.agent_states import AgentState
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.powercall import hotkeys
from kixie_desktop.storage.models import ActionRunRow, CallPromptRow, CallRecordRow, DispositionRow, EnrollmentRow
from tests.support.powercall import WAIT_MS, Demo, choice, click, demo, make_available, wait_state  # noqa: F401

Key = Qt.Key


def press(qtbot: QtBot, window: MainWindow, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed by the agent: it goes where the focus is, as on a real keyboard."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def form_tip(panel: Any) -> str:
    return str(panel.disposition_form.ui.save_button.toolTip())


def disposition_id(demo: Demo, name: str) -> int:
    with demo.backend.db.read() as s:
        return int(s.scalar(select(DispositionRow.id).where(DispositionRow.name == name)))


def test_a_whole_call_with_the_keyboard_only(qtbot: QtBot, demo: Demo) -> None:
    window, panel = demo.workstation(qtbot)
    ada = panel.session
    assert ada is not None

    # Alt+S goes to Status (its underlined letter); Home picks the first status, Available.
    press(qtbot, window, Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is panel.ui.availability_combo
    with qtbot.waitSignal(panel.availability_saved, timeout=WAIT_MS,
                          check_params_cb=lambda value: value == "available"):
        press(qtbot, window, Key.Key_Home)

    cadence_id = demo.call_cadence()
    demo.enroll(cadence_id, "+1 512 555 0177", "Olivia")
    demo.enroll(cadence_id, "+1 512 555 0178", "Liam")
    qtbot.waitUntil(lambda: len(panel.cards) == 2, timeout=WAIT_MS)
    top, other = (card.prompt for card in panel.cards.values())

    press(qtbot, window, Key.Key_S)  # skip the top prompt
    assert list(panel.cards) == [other.run_id]
    press(qtbot, window, Key.Key_A)  # accept the next one
    wait_state(qtbot, panel, CallState.CONNECTED)
    call = panel.call
    assert call is not None and call.run_id == other.run_id

    press(qtbot, window, Key.Key_M)
    qtbot.waitUntil(lambda: panel.controls.ui.mute_button.text() == "Un&mute", timeout=WAIT_MS)
    press(qtbot, window, Key.Key_O)
    wait_state(qtbot, panel, CallState.ON_HOLD)
    press(qtbot, window, Key.Key_O)
    wait_state(qtbot, panel, CallState.CONNECTED)
    with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS):
        press(qtbot, window, Key.Key_H)
    assert panel.disposition_form.isVisible()

    form = panel.disposition_form
    press(qtbot, window, Key.Key_7)  # the seventh outcome: Interested
    assert form.chosen == disposition_id(demo, "Interested")
    assert choice(form, "Interested").isChecked()
    with qtbot.waitSignal(panel.disposition_saved, timeout=WAIT_MS) as saved:
        press(qtbot, window, Key.Key_Return)
    assert saved.args == ["Cadence stopped for this contact"]
    assert panel.ui.availability_combo.currentText() == "Available"

    with demo.backend.db.read() as s:
        record = s.scalars(select(CallRecordRow)).one()
        run = s.get(ActionRunRow, other.run_id)
        skipped = s.scalar(select(CallPromptRow.state).where(CallPromptRow.action_run_id == top.run_id))
        enrollment = s.scalar(select(EnrollmentRow.state).where(EnrollmentRow.contact_id == other.contact.id))
    assert (record.action_run_id, record.sip_status) == (other.run_id, 200)
    assert record.connected_at is not None and record.ended_at is not None  # closed
    assert record.disposition_id == disposition_id(demo, "Interested")
    assert (run.status, run.outcome) == ("completed", "Interested")
    assert skipped == "declined" and enrollment == "stopped"


def test_the_keys_rest_while_the_agent_types(qtbot: QtBot, demo: Demo) -> None:
    window, panel = demo.workstation(qtbot)
    make_available(qtbot, panel)
    demo.enroll(demo.call_cadence(), "+1 512 555 0179", "Mia")
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=WAIT_MS)
    accept = panel.hotkeys.actions[hotkeys.ACCEPT]

    edit = panel.ui.manual_number_edit
    edit.setFocus()
    assert not accept.isEnabled()
    qtbot.keyClicks(edit, "1-800-AHS")  # letters of a vanity number, an A among them
    assert edit.text() == "1-800-AHS" and len(panel.cards) == 1 and panel.call is None
    panel.ui.availability_combo.setFocus()  # out of the box, the key works again
    assert accept.isEnabled()

    press(qtbot, window, Key.Key_A)
    wait_state(qtbot, panel, CallState.CONNECTED)
    with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS):
        click(qtbot, panel.controls.ui.hangup_button)

    form = panel.disposition_form
    notes = form.ui.notes_edit
    notes.setFocus()
    qtbot.keyClicks(notes, "Call back at 7")
    qtbot.keyClick(notes, Key.Key_Return)  # a new line, not a save
    assert form.chosen is None and panel.session is not None and panel.session.state is AgentState.WRAP_UP
    click(qtbot, choice(form, "Interested"))  # one click picks it
    search = window.ui.cadence_search_edit  # a box elsewhere in the window: Enter there is no save either
    search.setFocus()
    qtbot.keyClicks(search, "Speed")
    qtbot.keyClick(search, Key.Key_Return)
    assert panel.session.state is AgentState.WRAP_UP and form.chosen is not None
    notes.setFocus()
    qtbot.keyClicks(notes, "ok")
    with qtbot.waitSignal(panel.disposition_saved, timeout=WAIT_MS):
        qtbot.keyClick(notes, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves from the notes
    with demo.backend.db.read() as s:
        record = s.scalars(select(CallRecordRow)).one()
    assert record.notes == "Call back at 7\nok" and record.disposition_id == disposition_id(demo, "Interested")


def test_the_shortcuts_are_listed_and_named_in_tooltips(qtbot: QtBot, demo: Demo) -> None:
    # The admin's keys are the agent's: Do Not Call's taken off, Interested moved to 9.
    admin, dispositions = demo.backend.actor(), demo.backend.dispositions
    dispositions.update(admin, dispositions.named(admin, "Do Not Call").id, digit=None)
    dispositions.update(admin, dispositions.named(admin, "Interested").id, digit=9)
    window, panel = demo.workstation(qtbot)
    assert [b.text() for b in panel.disposition_form.buttons.values()][-2:] == ["9 · Interested", "Do Not Call"]
    press(qtbot, window, Key.Key_8)  # no key, no pick (and not in wrap-up anyway)
    assert panel.disposition_form.chosen is None
    assert panel.controls.ui.hangup_button.toolTip() == "Hang up (H)"
    assert panel.controls.ui.hold_button.toolTip() == "Put the call on hold, or resume it (O)"
    assert panel.ui.answer_button.toolTip() == "Answer the call (A)"
    assert choice(panel.disposition_form, "Interested").toolTip() == "Interested (9)"
    assert choice(panel.disposition_form, "Do Not Call").toolTip() == ""
    assert [b.text() for b in panel.disposition_form.buttons.values()][:2] == ["1 · Connected", "2 · No Answer"]

    press(qtbot, window, Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialogs: list[Any] = [w for w in QApplication.topLevelWidgets()
                          if w.isVisible() and w.windowTitle() == "Keyboard shortcuts"]
    assert len(dialogs) == 1
    table = dialogs[0].ui.shortcuts_table
    listed = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert listed["A"] == "Accept the top call prompt, or answer the ringing call"
    assert listed["H"] == "Hang up" and listed["M"].startswith("Mute") and listed["O"].startswith("Put the call")
    assert listed["1 – 9"].startswith("Pick the disposition")
    assert listed["Enter"] == "Save the disposition you picked"
    assert form_tip(panel) == "Save the disposition (Enter)"
    assert listed["Ctrl+,"] == "Settings"
    dialogs[0].reject()


def test_v_leaves_the_chosen_voicemail_greeting_on_the_demo_line(qtbot: QtBot, demo: Demo, tmp_path: Any) -> None:
    from tests.support.greeting_wav import tone_wav

    ada = demo.backend.actor()
    demo.backend.greetings.import_wav(ada, "First call", str(tone_wav(tmp_path / "g.wav", 1.0)))
    window, panel = demo.workstation(qtbot)
    make_available(qtbot, panel)
    demo.enroll(demo.call_cadence(), "+1 512 555 0177", "Olivia")
    qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=WAIT_MS)
    press(qtbot, window, Key.Key_A)
    wait_state(qtbot, panel, CallState.CONNECTED)
    call = panel.call
    assert call is not None and call.call_id is not None
    assert "(V)" in panel.voicemail.ui.drop_button.toolTip()
    with qtbot.waitSignal(panel.disposition_saved, timeout=WAIT_MS) as saved:
        press(qtbot, window, Key.Key_V)
        assert panel.call is None and panel.session is not None and panel.session.state is AgentState.AVAILABLE
    assert saved.args == ["Next action scheduled"]
    with demo.backend.db.read() as s:
        assert s.get(ActionRunRow, call.run_id).outcome == "Left Voicemail"
    # The greeting plays on the demo line, then the softphone hangs up by itself.
    demo.events.wait_for(lambda e: getattr(e, "call_id", None) == call.call_id
                         and getattr(e, "state", None) is CallState.ENDED)
