"""The bug dialog: a non-modal box with a summary a person can read and the details to
report, and ``BugReports``, which brings bugs caught outside ``BackgroundRunner`` to it —
those ``logging_setup.install_excepthooks`` catches with ``sys.excepthook`` (an exception
in a slot) and ``threading.excepthook`` (one at the top of any thread).

``BugReports.report`` may be called on any thread; the dialog opens from the event loop
on the Qt main thread, never inside the hook, since a slot that raised is still
unwinding when the hook runs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget


def show_bug(parent: QWidget, summary: str, details: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, "Kixie Desktop", summary, parent=parent)
    box.setInformativeText("The details below are also in the log file. Please send them to support.")
    box.setDetailedText(details)
    box.setModal(False)
    box.show()
    return box


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
