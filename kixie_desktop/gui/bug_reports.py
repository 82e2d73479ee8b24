"""Brings bugs caught outside ``BackgroundRunner`` — by ``sys.excepthook`` (an exception in
a slot) and ``threading.excepthook`` (one at the top of any thread), installed by
``logging_setup.install_excepthooks`` — to the bug dialog, on the Qt main thread.

``report`` may be called on any thread; the dialog opens from the event loop, never
inside the hook, since a slot that raised is still unwinding when the hook runs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kixie_desktop.gui.error_dialog import show_bug


class BugReports(QObject):
    reported = Signal(str, str)  # summary, traceback text

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        # Queued even on the main thread, for the reason in the module docstring.
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def report(self, summary: str, details: str) -> None:
        self.reported.emit(summary, details)

    def _show(self, summary: str, details: str) -> None:
        show_bug(self._parent, summary, details)
