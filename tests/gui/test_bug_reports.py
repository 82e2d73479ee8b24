"""An exception nobody caught — in a slot that runs after a worker's answer arrived, or at
the top of any thread — reaches the log file with its traceback and the bug dialog on the
main thread, wired as ``app.run_app`` wires them."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend
from kixie_desktop.gui.error_dialog import BugReports
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.logging_setup import install_excepthooks

# pytest-qt would catch the exceptions itself and fail the test; these tests are about our hooks.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def window(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> Iterator[MainWindow]:
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cadences_loaded, timeout=10_000):
        window.show()
    restore = install_excepthooks(on_bug=BugReports(window).report)
    yield window
    restore()


def bug_dialog(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox) is not None, timeout=10_000)
    box = window.findChild(QMessageBox)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    return box


def test_an_exception_in_a_slot_reaches_the_log_and_the_bug_dialog(
        qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture) -> None:
    def crash(rows: int) -> None:
        raise ValueError(f"cannot show {rows} cadences")

    # Runs in the slot that delivers a worker's answer: past BackgroundRunner's own routing.
    window.cadences_loaded.connect(crash)
    with caplog.at_level(logging.ERROR, logger="kixie_desktop.logging_setup"):
        window.refresh_cadences()
        box = bug_dialog(qtbot, window)
    assert box.text() == "Something went wrong: cannot show 3 cadences"
    assert "in crash" in box.detailedText() and "ValueError" in box.detailedText()
    assert not box.isModal()
    [record] = caplog.records
    assert record.getMessage() == "uncaught exception in thread MainThread: ValueError('cannot show 3 cadences')"
    assert record.exc_info is not None and record.exc_info[0] is ValueError


def test_an_exception_on_another_thread_is_shown_on_the_main_thread(
        qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture) -> None:
    def crash() -> None:
        raise RuntimeError("the line dropped")

    worker = threading.Thread(target=crash, name="kixie-test-worker")
    with caplog.at_level(logging.ERROR, logger="kixie_desktop.logging_setup"):
        worker.start()
        worker.join()
        box = bug_dialog(qtbot, window)
    assert box.text() == "Something went wrong: the line dropped"
    assert box.thread() is QApplication.instance().thread()
    [record] = caplog.records
    assert record.getMessage() == "uncaught exception in thread kixie-test-worker: RuntimeError('the line dropped')"
