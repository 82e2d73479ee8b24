"""What the account-settings dialogs (API tokens, webhooks) share: service calls on the
``BackgroundRunner`` whose answers die with the dialog, one message line, and finding the
value behind a table's selected row. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTableWidget, QWidget

from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.gui.message_line import complain, say
from kixie_desktop.gui.operations import BackgroundRunner

T = TypeVar("T")
KEY_ROLE = Qt.ItemDataRole.UserRole  # where each row's first cell keeps its value's key


class ServiceDialog(QDialog):
    """Subclasses call ``_use_message_line`` once their form is set up and override
    ``_update_buttons``; a refusal is shown on the line and the buttons are re-checked."""

    def __init__(self, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._message_line: QLabel | None = None

    def _use_message_line(self, label: QLabel) -> None:
        self._message_line = label

    def _call(self, work: Callable[[], T], on_done: Callable[[T], None],
              on_error: Callable[[UserFacingError], None]) -> None:
        """Run a service call on a worker; its answer is dropped if the dialog was closed
        (and deleted) meanwhile, instead of touching widgets that are gone."""
        self._runner.run(work, on_done, on_error, owner=self)

    def _say(self, text: str) -> None:
        assert self._message_line is not None
        say(self._message_line, text)

    def _show_error(self, error: UserFacingError) -> None:
        assert self._message_line is not None
        complain(self._message_line, error.message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Enable what the form and the selection allow."""


def selected(table: QTableWidget, values: Iterable[T], key: Callable[[T], object]) -> T | None:
    """The value whose key the selected row's first cell holds (``KEY_ROLE``), if any."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    wanted = item.data(KEY_ROLE) if item is not None else None
    return next((v for v in values if key(v) == wanted), None)
