"""How a person gets to the settings window: the main window, then Ctrl+,."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.window import SettingsWindow


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
