"""Manage ▸ Settings ▸ Voicemail Greetings, driven as an agent would: import a WAV (the file
dialog answered for them), a refusal next to its field, record one from the microphone of the
running phone (the session's softphone, null audio), delete — each checked in the user data
directory, where the greetings are kept."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from kixie_desktop.composition import Backend
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.greetings_page import GreetingsPage
from kixie_desktop.runtime import EngineRuntime
from tests.gui.settings.opening import WAIT_MS, open_page, type_into
from tests.support.greeting_wav import tone_wav
from tests.support.softphone import EventLog


def greetings_page(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> GreetingsPage:
    page = open_page(qtbot, backend, runner, "Voicemail Greetings")
    assert isinstance(page, GreetingsPage)
    return page


def listed(page: GreetingsPage) -> list[str]:
    return [page.ui.greetings_list.item(i).text() for i in range(page.ui.greetings_list.count())]


def kept_names(backend: Backend) -> list[str]:
    actor = backend.actor()
    index = backend.paths.data_dir / "greetings" / f"{actor.account_id}-{actor.user_id}" / "greetings.json"
    return [e["name"] for e in json.loads(index.read_text())] if index.exists() else []


def test_an_agent_imports_a_wav_and_deletes_it(qtbot: QtBot, agent_backend: Backend, runner: BackgroundRunner,
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = greetings_page(qtbot, agent_backend, runner)
    ui = page.ui
    assert listed(page) == [] and ui.greetings_message.text() == "No greetings yet: record one, or import a WAV file."
    assert not ui.delete_button.isEnabled()

    chosen = [str(tone_wav(tmp_path / "hello_there.wav", 1.0, width=1))]  # 8-bit: calls cannot play it
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (chosen[0], "WAV files (*.wav)"))
    qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.file_error.isVisibleTo(page), timeout=WAIT_MS)
    assert "8-bit samples" in ui.file_error.text() and "16-bit" in ui.file_error.text()
    assert kept_names(agent_backend) == []

    chosen[0] = str(tone_wav(tmp_path / "hello_there.wav", 2.0))
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    assert not ui.file_error.isVisibleTo(page)
    assert listed(page) == ["hello there · 0:02"]  # named after the file when no name is typed
    assert ui.greetings_message.text() == "Saved: hello there · 0:02."
    type_into(qtbot, ui.name_edit, "Second try")
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    assert kept_names(agent_backend) == ["hello there", "Second try"]

    ui.greetings_list.setCurrentRow(0)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(ui.delete_button, Qt.MouseButton.LeftButton)
    assert listed(page) == ["Second try · 0:02"] and kept_names(agent_backend) == ["Second try"]


@pytest.fixture
def running(backend: Backend, softphone: Any, events: EventLog) -> Iterator[EngineRuntime]:
    runtime = EngineRuntime(backend, softphone=softphone, api=None, poll_s=0.2)
    unsubscribe = events.subscribe(runtime.on_telephony_event)
    runtime.start()
    yield runtime
    runtime.stop()
    unsubscribe()


def test_a_greeting_recorded_from_the_microphone(qtbot: QtBot, backend: Backend, running: EngineRuntime,
                                                 runner: BackgroundRunner) -> None:
    page = greetings_page(qtbot, backend, runner)
    ui = page.ui
    qtbot.mouseClick(ui.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.record_button.text() == "&Stop and Keep", timeout=WAIT_MS)
    assert ui.discard_button.isVisibleTo(page) and not ui.import_button.isEnabled()
    assert ui.greetings_message.text().startswith("Recording from your microphone")

    qtbot.mouseClick(ui.record_button, Qt.MouseButton.LeftButton)  # no name yet: still recording
    qtbot.waitUntil(lambda: ui.name_error.isVisibleTo(page), timeout=WAIT_MS)
    assert ui.name_error.text() == "Give the greeting a name, e.g. First call"
    assert ui.record_button.text() == "&Stop and Keep"

    type_into(qtbot, ui.name_edit, "Called from the mic")
    folder = backend.paths.data_dir / "greetings"
    qtbot.waitUntil(lambda: sum(f.stat().st_size for f in folder.rglob("recording-*.wav")) > 32_000,
                    timeout=WAIT_MS)  # a second of the bridge's 16 kHz audio
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(ui.record_button, Qt.MouseButton.LeftButton)
    assert ui.record_button.text() == "&Record" and not ui.discard_button.isVisibleTo(page)
    [shown] = listed(page)
    assert shown.startswith("Called from the mic · 0:0")
    assert kept_names(backend) == ["Called from the mic"] and list(folder.rglob("recording-*.wav")) == []

    qtbot.mouseClick(ui.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.discard_button.isVisibleTo(page), timeout=WAIT_MS)
    qtbot.mouseClick(ui.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.greetings_message.text() == "Recording thrown away.", timeout=WAIT_MS)
    assert kept_names(backend) == ["Called from the mic"] and list(folder.rglob("recording-*.wav")) == []
