"""The filter bar above the Inflight and Completed Actions tables: cadence, status, type,
phone and a date range, the row count, and the Export button. Main thread only.

It turns what the supervisor picked into an ``ActionFilter`` and says so with
``filters_changed``; typing in the phone box waits for a pause (``PHONE_PAUSE_MS``), so a
number typed digit by digit asks the database once, not ten times. Dates are whole days
in the account's zone: "from 03-02 to 03-04" means 03-02 00:00 up to 03-05 00:00 there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kixie_desktop.domain.action_labels import STATUS_LABELS, TYPE_LABELS
from kixie_desktop.domain.action_table import ActionFilter
from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.statuses import FINAL, INFLIGHT, ActionStatus
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.forms.ui_action_filters import Ui_ActionFilters

PHONE_PAUSE_MS = 300
_INFLIGHT_ORDER = (ActionStatus.SCHEDULED, ActionStatus.PROCESSING, ActionStatus.SENDING)
_FINAL_ORDER = (ActionStatus.COMPLETED, ActionStatus.MISSED, ActionStatus.FAILED, ActionStatus.SKIPPED,
                ActionStatus.CANCELLED, ActionStatus.UNKNOWN)
assert set(_INFLIGHT_ORDER) == INFLIGHT and set(_FINAL_ORDER) == FINAL


class ActionFilterBar(QWidget):
    filters_changed = Signal()
    export_requested = Signal()

    def __init__(self, *, inflight: bool, zone: ZoneInfo, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ActionFilters()
        self.ui.setupUi(self)
        self._inflight = inflight
        self._zone = zone
        ui = self.ui
        ui.cadence_combo.addItem("All cadences", None)
        ui.status_combo.addItem("All statuses", None)
        for status in _INFLIGHT_ORDER if inflight else _FINAL_ORDER:
            ui.status_combo.addItem(STATUS_LABELS[status], status)
        ui.type_combo.addItem("Calls and SMS", None)
        for kind in ActionType:
            ui.type_combo.addItem(TYPE_LABELS[kind], kind)
        ui.date_check.setText("Scheduled from" if inflight else "Completed from")
        start = QDate(today.year, today.month, today.day)
        # Inflight actions lie ahead, completed ones behind: open the range where rows are.
        ui.since_edit.setDate(start if inflight else start.addDays(-7))
        ui.until_edit.setDate(start.addDays(7) if inflight else start)
        self._phone_pause = QTimer(self, singleShot=True, interval=PHONE_PAUSE_MS)
        self._phone_pause.timeout.connect(self.filters_changed)
        for combo in (ui.cadence_combo, ui.status_combo, ui.type_combo):
            combo.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        ui.phone_edit.textChanged.connect(lambda _t: self._phone_pause.start())
        ui.phone_edit.returnPressed.connect(self.flush_phone)
        ui.date_check.toggled.connect(self._on_date_toggled)
        ui.since_edit.dateChanged.connect(self._on_date_changed)
        ui.until_edit.dateChanged.connect(self._on_date_changed)
        ui.export_button.clicked.connect(self.export_requested)

    def set_cadences(self, cadences: Sequence[CadenceSummary]) -> None:
        """Offer these cadences, keeping the current choice when it is still there."""
        combo = self.ui.cadence_combo
        current = combo.currentData()
        combo.blockSignals(True)  # the choice is kept: no new query
        combo.clear()
        combo.addItem("All cadences", None)
        for cadence in sorted(cadences, key=lambda c: c.name.lower()):
            combo.addItem(cadence.name, cadence.id)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if current is not None and index < 0:
            self.filters_changed.emit()  # the chosen cadence is gone: the filter widened

    def set_count(self, count: int | None) -> None:
        self.ui.count_label.setText("" if count is None else plural(count, "action"))

    def current_filter(self) -> ActionFilter:
        ui = self.ui
        cadence = ui.cadence_combo.currentData()
        since = until = None
        if ui.date_check.isChecked():
            since = self._start_of(ui.since_edit.date().toPython())
            until = self._start_of(ui.until_edit.date().toPython() + timedelta(days=1))
        return ActionFilter(
            inflight=self._inflight,
            cadence_id=CadenceId(cadence) if cadence is not None else None,
            # Item data comes back as plain str: Qt keeps no Python enum type.
            status=ActionStatus(status) if (status := ui.status_combo.currentData()) else None,
            type=ActionType(kind) if (kind := ui.type_combo.currentData()) else None,
            phone=ui.phone_edit.text().strip(), since=since, until=until)

    def flush_phone(self) -> None:
        """Apply a phone still waiting for the typing pause (Enter, or before an export)."""
        if self._phone_pause.isActive():
            self._phone_pause.stop()
            self.filters_changed.emit()

    def _start_of(self, day: date) -> datetime:
        return datetime.combine(day, time(0), self._zone)

    def _on_date_toggled(self, on: bool) -> None:
        self.ui.since_edit.setEnabled(on)
        self.ui.until_edit.setEnabled(on)
        self.filters_changed.emit()

    def _on_date_changed(self, _day: QDate) -> None:
        if self.ui.date_check.isChecked():
            self.filters_changed.emit()
