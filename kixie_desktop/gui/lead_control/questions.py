"""The questions per-lead control asks a person: which pause, and "are you sure?" in words.

``Questions`` shows them as modal dialogs; a test passes its own answers instead (and reads
what was asked), as the tables' export takes its save-file dialog. Main thread only.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QMessageBox, QWidget

from kixie_desktop.gui.lead_control.pause_dialog import PauseAnswer, PauseDialog


class Questions:
    def pause(self, parent: QWidget, who: str, cadence: str, zone: ZoneInfo, now: datetime) -> PauseAnswer | None:
        """Until when to pause; None when the person cancelled."""
        dialog = PauseDialog(who, cadence, zone, now, parent)
        return dialog.answer() if dialog.exec() == PauseDialog.DialogCode.Accepted else None

    def confirm(self, parent: QWidget, title: str, text: str, yes: str) -> bool:
        """``text`` says what will happen; ``yes`` names the button that does it."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        do = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is do
