"""Call recording end to end: with the account's recording setting on, the agent is shown the
consent notice to read when the lead answers, the call is recorded (both directions; SIPp plays
the lead's side, ``rtp_stream``) to a WAV in the user data directory as long as the call, its
record names the file and its length, the contact's history plays it, and deleting the contact
deletes it. Off (the default), nothing is recorded.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import window_context
from kixie_desktop.gui.contacts.tab import ContactsTab
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.panel import PowerCallPanel
from kixie_desktop.services.calls.recordings import CONSENT_NOTICE
from kixie_desktop.storage.models import CallRecordRow, ContactRow
from tests.support.powercall import (
    WAIT_MS,
    Demo,
    choice,
    click,
    closed_record,
    demo_on_trunk,
)
from tests.support.greeting_wav import loud_seconds, ulaw_tone
from tests.support.softphone import EventLog

pytestmark = pytest.mark.sipp


class _AudioPlayer(QObject):
    """Stands in for the computer's audio player: QDesktopServices hands it file URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toLocalFile())


def _call_and_hang_up(qtbot: QtBot, demo: Demo, phone: str, hold_s: float) -> PowerCallPanel:
    panel = demo.take_a_call(qtbot, phone)
    connected = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - connected >= hold_s, timeout=WAIT_MS)  # the conversation
    with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS):
        click(qtbot, panel.controls.ui.hangup_button)
    return panel


def test_a_recorded_call_leaves_a_wav_as_long_as_the_call_playable_from_the_history(
        qtbot: QtBot, tmp_path: Path, softphone: Any, events: EventLog, sipp: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ulaw_tone(tmp_path / "lead.ulaw", 1.0)  # the lead talking, looped by SIPp (it runs in tmp_path)
    uas = sipp("answer_play_tone")
    with demo_on_trunk(tmp_path, softphone, events, uas, recording_consent=True) as demo:
        panel = demo.take_a_call(qtbot, "+1 512 555 0177")
        assert panel.ui.status_label.text() == f"This call is recorded. Say first: “{CONSENT_NOTICE}”"
        connected = time.monotonic()
        qtbot.waitUntil(lambda: time.monotonic() - connected >= 2.0, timeout=WAIT_MS)  # the conversation
        with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS):
            click(qtbot, panel.controls.ui.hangup_button)
        assert uas.wait() == 0, uas.errors()

        # The contact's history, open at another desk (Ada, the admin, at this workstation).
        runner = BackgroundRunner()
        demo.runners.append(runner)
        tab = ContactsTab(window_context(demo.backend).contacts, runner)
        qtbot.addWidget(tab)
        tab.show()
        with demo.backend.db.read() as s:
            contact_id = s.scalar(select(ContactRow.id).where(ContactRow.phone == "+15125550177"))
        with qtbot.waitSignal(tab.history_shown, timeout=WAIT_MS):
            tab.show_contact(contact_id)
        # Not deleted while Alex still owes the call its disposition.
        monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
        qtbot.mouseClick(tab.ui.delete_contact_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.ui.enroll_message.text() != "", timeout=WAIT_MS)
        assert tab.ui.enroll_message.text().startswith("Not deleted: an agent is on a call with this contact")

        # The record closes with the disposition; the recording's length is noted then.
        form = panel.disposition_form
        click(qtbot, choice(form, "Connected"))
        with qtbot.waitSignal(panel.disposition_saved, timeout=WAIT_MS):
            click(qtbot, form.ui.save_button)
        record = closed_record(qtbot, demo, lambda row: row.recording_seconds is not None)
        assert record.connected_at is not None and record.ended_at is not None
        wav = demo.backend.paths.data_dir / "recordings" / str(record.recording_file)
        alex = demo.agent("alex@acme-solar.example")
        assert wav.parent.name == f"{alex.account_id}-{alex.user_id}" and wav.is_file()
        talk_s = (record.ended_at - record.connected_at).total_seconds()
        assert record.recording_seconds == pytest.approx(talk_s, abs=0.5)  # as long as the call
        assert loud_seconds(wav) >= 1.0  # the lead's side is in it

        # The history lists it; a click hands the file to the computer's audio player.
        with qtbot.waitSignal(tab.history_shown, timeout=WAIT_MS):
            tab.show_contact(contact_id)
        html = tab.ui.calls_text.toHtml()
        assert "Play recording (0:0" in tab.ui.calls_text.toPlainText() and str(record.recording_file) in html
        player = _AudioPlayer()
        QDesktopServices.setUrlHandler("file", player, "open")
        try:
            with qtbot.waitSignal(tab.recording_opened, timeout=WAIT_MS):
                tab.ui.calls_text.anchorClicked.emit(QUrl(f"recording:{record.recording_file}"))
        finally:
            QDesktopServices.unsetUrlHandler("file")
        assert player.opened == [str(wav)]

        kept = wav.read_bytes()
        wav.unlink()  # made on another computer, say: the history says where it is
        tab.play_recording(str(record.recording_file))
        qtbot.waitUntil(lambda: tab.ui.calls_message.text() != "", timeout=WAIT_MS)
        assert tab.ui.calls_message.text() == "This recording is kept on the computer the call was made from."
        wav.write_bytes(kept)

        # Deleted with the contact.
        with qtbot.waitSignal(tab.deleted, timeout=WAIT_MS) as deleted:
            qtbot.mouseClick(tab.ui.delete_contact_button, Qt.MouseButton.LeftButton)
        assert deleted.args == ["Olivia Demo deleted, with their history and 1 call recording"]
        assert not wav.exists()
        with demo.backend.db.read() as s:
            assert s.scalars(select(CallRecordRow)).all() == []
            assert s.get(ContactRow, contact_id) is None


def test_calls_are_not_recorded_unless_the_account_says_so(
        qtbot: QtBot, tmp_path: Path, softphone: Any, events: EventLog, sipp: Any) -> None:
    uas = sipp("answer_wait_bye")
    with demo_on_trunk(tmp_path, softphone, events, uas) as demo:
        panel = _call_and_hang_up(qtbot, demo, "+1 512 555 0178", 0.5)
        assert uas.wait() == 0, uas.errors()
        click(qtbot, choice(panel.disposition_form, "Connected"))
        with qtbot.waitSignal(panel.disposition_saved, timeout=WAIT_MS):
            click(qtbot, panel.disposition_form.ui.save_button)
        record = closed_record(qtbot, demo)
        assert (record.recording_file, record.recording_seconds) == (None, None)
        assert not (demo.backend.paths.data_dir / "recordings").exists()
        assert not demo.panels[-1].ui.status_label.text().startswith("This call is recorded")
