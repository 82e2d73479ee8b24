"""What a person sees while the app starts: the Cadences table painted with its rows (the
moment the engine starts behind the window, and the cold-start benchmark's finish line),
and the engine's and the phone's state in the status bar as the runtime comes up."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend
from kixie_desktop.domain.calls import RegistrationChanged
from kixie_desktop.gui.startup.engine_status import EngineStatus
from kixie_desktop.gui.startup.first_paint import FirstPaintWithRows
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge


def _window(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> MainWindow:
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    return window


def test_the_first_paint_with_rows_comes_after_the_rows_and_only_once(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> None:
    window = _window(qtbot, backend, runner)
    first_paint = FirstPaintWithRows(window.ui.cadences_view, window.cadences_loaded)
    seen: list[tuple[str, int, int]] = []
    model = window.ui.cadences_view.model()
    window.cadences_loaded.connect(lambda rows: seen.append(("loaded", rows, model.rowCount())))
    first_paint.painted.connect(lambda rows: seen.append(("painted", rows, model.rowCount())))
    with qtbot.waitSignal(first_paint.painted, timeout=20_000) as painted:
        window.show()
    assert painted.args == [3]
    assert seen == [("loaded", 3, 3), ("painted", 3, 3)]
    # Later refreshes and paints say nothing more.
    with qtbot.waitSignal(window.cadences_loaded, timeout=20_000):
        window.refresh_cadences()
    window.ui.cadences_view.viewport().repaint()
    qtbot.wait(50)
    assert [kind for kind, *_ in seen] == ["loaded", "painted", "loaded"]


def _registration(registered: bool) -> RegistrationChanged:
    return RegistrationChanged(account_id="acc-1", registered=registered, sip_status=200 if registered else 403,
                               reason="OK" if registered else "Forbidden", expires_s=300 if registered else 0,
                               at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC))


def test_the_status_bar_follows_the_engine_and_the_registrar(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> None:
    window = _window(qtbot, backend, runner)
    bridge = TelephonyBridge()
    status = EngineStatus(window.statusBar(), bridge)
    window.show()
    assert (status.engine.text(), status.phone.text()) == ("Engine starting…", "Phone starting…")
    assert status.engine.isVisible() and status.phone.isVisible()

    status.running(demo_line=False, detail="The HTTP API listens on port 8765.")
    assert (status.engine.text(), status.phone.text()) == ("Engine running", "Phone registering…")
    assert status.engine.toolTip() == "The HTTP API listens on port 8765."
    bridge.post(_registration(True))
    qtbot.waitUntil(lambda: status.phone.text() == "Registered")
    bridge.post(_registration(False))
    qtbot.waitUntil(lambda: status.phone.text() == "Not registered")
    assert "Manage ▸ Settings ▸ Phone" in status.phone.toolTip()
    assert "403" not in status.phone.toolTip() and "Forbidden" not in status.phone.toolTip()
    # A passing message in the status bar does not hide them.
    window.statusBar().showMessage("Saved", 5_000)
    assert status.engine.isVisible() and status.phone.isVisible()


def test_the_demo_line_shows_as_such_and_a_failed_start_says_why(qtbot: QtBot) -> None:
    bar, bridge = QStatusBar(), TelephonyBridge()
    qtbot.addWidget(bar)
    status = EngineStatus(bar, bridge)
    status.running(demo_line=True, detail="The HTTP API is off.")
    bridge.post(_registration(False))  # the demo line has no registrar: nothing to report
    assert status.phone.text() == "Demo line"

    other_bar = QStatusBar()
    qtbot.addWidget(other_bar)
    other = EngineStatus(other_bar, TelephonyBridge())
    other.failed("another engine is running on this database")
    assert other.engine.text() == "Engine not running"
    assert other.engine.toolTip() == "another engine is running on this database"
    assert other.phone.text() == "Phone off"
