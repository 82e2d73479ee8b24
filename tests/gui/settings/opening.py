"""Opening the settings window as a person does: the main window, then Ctrl+, — and a page
of it, waiting until the page shows fresh data; typing into a field; an agent's workstation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.page import SettingsPage
from kixie_desktop.gui.settings.window import SettingsWindow

WAIT_MS = 10_000
AGENT = "alex@acme-solar.example"


def main_window(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> MainWindow:
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cadences_loaded, timeout=20_000):
        window.show()
    return window


def settings_window(qtbot: QtBot, window: MainWindow) -> SettingsWindow:
    """Ctrl+, as a person presses it; the window opens on its first page."""
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, SettingsWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=WAIT_MS)
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsWindow) and w.isVisible())


def open_page(qtbot: QtBot, backend: Backend, runner: BackgroundRunner, title: str) -> SettingsPage:
    """The main window, the settings window, and its page ``title`` picked from the list."""
    settings = settings_window(qtbot, main_window(qtbot, backend, runner))
    page = settings.pages[title]
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        settings.ui.pages_list.setCurrentRow(settings.ui.pages_stack.indexOf(page))
    return page


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


@pytest.fixture
def agent_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    """The demo workspace with the agent Alex signed in at this workstation."""
    monkeypatch.setenv("KIXIE_USER", AGENT)  # read when the backend opens
    backend = open_backend(f"sqlite:///{tmp_path / 'k.db'}")
    backend.seed_demo()
    yield backend
    backend.close()
