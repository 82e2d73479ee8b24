"""How a person gets to the settings window: the main window, then Ctrl+, — and to a page
of it; typing into a field."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.named_set_page import NamedSetPage
from kixie_desktop.gui.settings.page import SettingsPage
from kixie_desktop.gui.settings.window import SettingsWindow

WAIT_MS = 10_000


def main_window(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> MainWindow:
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cadences_loaded, timeout=20_000):
        window.show()
    return window


def open_settings(qtbot: QtBot, window: MainWindow) -> SettingsWindow:
    """Ctrl+, as a person presses it; the window opens on its first page."""
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, SettingsWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=10_000)
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsWindow) and w.isVisible())


def open_page(qtbot: QtBot, backend: Backend, runner: BackgroundRunner, title: str) -> SettingsPage:
    """The main window, the settings window, and its page ``title`` picked from the list,
    once it shows fresh data."""
    settings = open_settings(qtbot, main_window(qtbot, backend, runner))
    page = settings.pages[title]
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        settings.ui.pages_list.setCurrentRow(settings.ui.pages_stack.indexOf(page))
    return page


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def tick(qtbot: QtBot, page: NamedSetPage, label: str) -> None:
    """Click the checkbox called ``label`` on its box (its row is wider than its text)."""
    check = next(c for c in page.choice_checks.values() if c.text() == label)
    was = check.isChecked()
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked() is not was
