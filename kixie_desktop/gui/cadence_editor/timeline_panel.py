"""The editor's "Timeline Preview" panel (SPEC §10): pick a sample contact (a time zone
and/or a phone number) and an enrollment instant, and see when each action of the
cadence as currently typed would run, and why it waits.

The work is ``services.timeline_preview.preview`` (the engine's own planner), run
through the ``BackgroundRunner`` like every service call; a newer request makes the
answer of an older one moot, so only the latest is shown. Nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QCompleter, QHeaderView, QWidget

from kixie_desktop.domain.cadence import CadenceDefinition
from kixie_desktop.domain.directory import Account
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.zones import known_zones
from kixie_desktop.gui.fields import clear_error, prepare_error_label, show_error
from kixie_desktop.gui.forms.ui_timeline_panel import Ui_TimelinePanel
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.authoring.timeline_preview import (
    Assumptions,
    PreviewLine,
    TimelineEntry,
    describe_assumptions,
    lines,
    preview,
    sample_contact,
    sample_zones,
)

Index = QModelIndex | QPersistentModelIndex
FROM_NUMBER = "(from the phone number)"
COLUMNS = ["Step", "Type", "Runs at (contact)", "Runs at (account)", "Why"]
WHY = 4


def _fmt(at: datetime | None, zone: str | None) -> str:
    if at is None:
        return "—"
    if zone is None:
        return at.astimezone(ZoneInfo("UTC")).strftime("%a %Y-%m-%d %H:%M UTC")
    return at.astimezone(ZoneInfo(zone)).strftime("%a %Y-%m-%d %H:%M ") + zone


class TimelineModel(QAbstractTableModel):
    """The planned steps and their branches, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []
        self._rows: list[PreviewLine] = []
        self._contact_zone: str | None = None
        self._account_zone = "UTC"

    def set_entries(self, entries: list[TimelineEntry], contact_zone: str | None, account_zone: str) -> None:
        self.beginResetModel()
        self._entries, self._rows = list(entries), lines(entries)
        self._contact_zone, self._account_zone = contact_zone, account_zone
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.why if column == WHY else None
        values = [row.step, row.what, _fmt(row.at, self._contact_zone), _fmt(row.at, self._account_zone), row.why]
        return values[column]


class TimelinePanel(QWidget):
    previewed = Signal()  # the table shows the answer to the latest request (or its error)

    def __init__(self, runner: BackgroundRunner, draft: Callable[[], CadenceDefinition],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TimelinePanel()
        self.ui.setupUi(self)
        self._runner, self._draft = runner, draft
        self._account: Account | None = None
        self._generation = 0
        self.model = TimelineModel(self)
        self.ui.timeline_view.setModel(self.model)
        header = self.ui.timeline_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        prepare_error_label(self.ui.preview_error)
        combo = self.ui.sample_zone_combo
        combo.addItem(FROM_NUMBER)
        combo.addItems(sorted(known_zones()))
        combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
        completer = QCompleter([combo.itemText(i) for i in range(combo.count())], combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Chicago" finds America/Chicago
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        line = combo.lineEdit()
        assert line is not None  # the form makes the combo editable
        # Typing fires many changes; preview once the manager pauses.
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._auto_refresh)
        combo.activated.connect(self._debounce.start)
        line.editingFinished.connect(self._debounce.start)
        self.ui.sample_phone_edit.editingFinished.connect(self._debounce.start)
        self.ui.start_edit.dateTimeChanged.connect(self._debounce.start)
        self.ui.call_minutes_spin.valueChanged.connect(self._debounce.start)
        self.ui.refresh_button.clicked.connect(self.refresh)

    def set_account(self, account: Account) -> None:
        """The account's zone is where the enrollment instant is typed and cadence hours hold."""
        self._account = account
        self.ui.start_zone_label.setText(account.timezone)
        self.ui.sample_zone_combo.setCurrentText(account.timezone)
        self.set_start(datetime.now(ZoneInfo(account.timezone)).replace(second=0, microsecond=0))

    def set_start(self, start: datetime) -> None:
        zone = self._account.timezone if self._account else "UTC"
        local = start.astimezone(ZoneInfo(zone))
        self.ui.start_edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                                 QTime(local.hour, local.minute)))

    def start(self) -> datetime:
        zone = ZoneInfo(self._account.timezone if self._account else "UTC")
        value = self.ui.start_edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)

    def refresh(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        clear_error(self.ui.preview_error)
        account = self._account
        if account is None:
            return
        try:
            definition = self._draft()
        except UserFacingError as exc:
            self._show_problem(f"Fix this first: {exc.message}")
            return
        zone_text = self.ui.sample_zone_combo.currentText().strip()
        zone = None if zone_text in ("", FROM_NUMBER) else zone_text
        phone, start = self.ui.sample_phone_edit.text(), self.start()
        assumptions = Assumptions(call_duration=timedelta(minutes=self.ui.call_minutes_spin.value()))

        def work() -> tuple[list[TimelineEntry], str | None]:
            contact = sample_contact(phone, zone, account.default_region)
            zones = sample_zones(contact)
            return preview(definition, account, contact, start, assumptions), (zones[0] if zones else None)

        def done(result: tuple[list[TimelineEntry], str | None]) -> None:
            if generation == self._generation:
                self.model.set_entries(result[0], result[1], account.timezone)
                self.ui.assumptions_label.setText(describe_assumptions(definition, assumptions))
                self.previewed.emit()

        def refused(error: UserFacingError) -> None:
            if generation == self._generation:
                self._show_problem(error.message)

        self._runner.run(work, done, refused)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        # A closed editor must not start a preview later (the runner may be gone by then),
        # nor receive one still in flight: a newer generation makes that answer moot.
        self._debounce.stop()
        self._generation += 1
        super().hideEvent(event)

    def _auto_refresh(self) -> None:
        if self.isVisible():
            self.refresh()

    def _show_problem(self, message: str) -> None:
        self.model.set_entries([], None, self._account.timezone if self._account else "UTC")
        show_error(self.ui.preview_error, message)
        self.previewed.emit()
