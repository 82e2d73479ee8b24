"""The Pause dialog: until a date and time in the account's zone, or until someone resumes it.

Main thread only. It asks and answers a value (``PauseAnswer``); pausing is the caller's
work, through the services. A time the clocks skip (a spring-forward gap) means the instant
as far past the jump (``domain.zones.instant_at``); a time in the past is refused next to
the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QWidget

from kixie_desktop.domain.zones import instant_at
from kixie_desktop.gui.forms.ui_pause_dialog import Ui_PauseDialog

DEFAULT_HOUR = 9  # "until tomorrow morning" is the pause people ask for most


@dataclass(frozen=True)
class PauseAnswer:
    until: datetime | None  # None: until someone resumes it


class PauseDialog(QDialog):
    def __init__(self, who: str, cadence: str, zone: ZoneInfo, now: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PauseDialog()
        self.ui.setupUi(self)
        self._zone, self._now = zone, now
        self.setWindowTitle(f"Pause {who}")
        self.ui.intro_label.setText(
            f"While {who} is paused, {cadence} makes no calls and sends no texts to them. "
            "A call an agent is already on, or a text already on its way, finishes.")
        self.ui.zone_label.setText(f"Times in {zone.key}, the account's time zone.")
        local = now.astimezone(zone)
        tomorrow = datetime.combine(local.date() + timedelta(days=1), time(DEFAULT_HOUR))
        self.ui.until_edit.setDateTime(_qt(tomorrow))
        self.ui.until_edit.setMinimumDateTime(_qt(local.replace(tzinfo=None, second=0, microsecond=0)))
        self.ui.until_radio.toggled.connect(self.ui.until_edit.setEnabled)
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)

    def answer(self) -> PauseAnswer:
        if self.ui.forever_radio.isChecked():
            return PauseAnswer(None)
        picked = self.ui.until_edit.dateTime()
        d, t = picked.date(), picked.time()
        wall = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        return PauseAnswer(instant_at(wall, self._zone.key))

    def _accept(self) -> None:
        until = self.answer().until
        if until is not None and until <= self._now:
            self.ui.error_label.setText("Pick a time in the future, or pause until someone resumes it")
            return
        self.ui.error_label.clear()
        self.accept()


def _qt(wall: datetime) -> QDateTime:
    return QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))
