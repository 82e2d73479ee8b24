"""The Analytics tab: pick a cadence, a range of days (in the account's time zone) and, as a
supervisor, manager or admin, everyone or one agent; see the step funnel, the disposition mix
and connect rate, speed to lead, the texts and each agent's calls — charts with their numbers
beside them — and export the figures as CSV. An agent sees their own leads and calls, and
has no agent to choose (the service holds them to it, whatever is asked).

Read-only. Every read goes through the BackgroundRunner; the tab counts nothing until it is
first shown, and a change of cadence, days or agent asks again (the days after a short
pause, so stepping through a date asks once). An answer to an older question is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from kixie_desktop.domain.analytics import AnalyticsQuery, CadenceFigures
from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.directory import User
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.ids import CadenceId, UserId
from kixie_desktop.domain.roles import Actor, Permission
from kixie_desktop.gui.analytics.figures_view import FiguresView
from kixie_desktop.gui.forms.ui_analytics_tab import Ui_AnalyticsTab
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.supervision.analytics import AnalyticsService

DAYS_SHOWN = 30  # the range it opens on: the last 30 days, today included
DATE_PAUSE_MS = 400


@dataclass(frozen=True)
class AnalyticsContext:
    actor: Actor
    account_zone: str
    analytics: AnalyticsService
    cadences: CadenceService  # the cadences to choose from
    directory: DirectoryService  # the people to choose from (supervisors and up)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AnalyticsTab(QWidget):
    figures_shown = Signal(object)  # the CadenceFigures on screen; tests and pictures wait on it
    exported = Signal(str)  # the file written
    failed = Signal(str)  # what went wrong, in words

    def __init__(self, ctx: AnalyticsContext, runner: BackgroundRunner, *,
                 today: date | None = None) -> None:
        super().__init__()
        self.ui = Ui_AnalyticsTab()
        self.ui.setupUi(self)
        self._ctx, self._runner = ctx, runner
        self._zone = ZoneInfo(ctx.account_zone)
        self._generation = 0
        self._loaded = False
        self.figures: CadenceFigures | None = None
        self.view = FiguresView(self.ui)
        ui = self.ui
        today = today or datetime.now(timezone.utc).astimezone(self._zone).date()
        ui.last_day_edit.setDate(_qdate(today))
        ui.first_day_edit.setDate(_qdate(today - timedelta(days=DAYS_SHOWN - 1)))
        self._team = ctx.actor.can(Permission.VIEW_TEAM_FIGURES)
        ui.agent_caption.setVisible(self._team)
        ui.agent_combo.setVisible(self._team)
        ui.agent_combo.addItem("Everyone", None)
        ui.whose_label.setText(f"Days in {ctx.account_zone}. " + (
            "Everyone's leads and calls, or pick one person." if self._team
            else "Your figures: the leads you own and the calls you took."))
        self._date_pause = QTimer(self, singleShot=True, interval=DATE_PAUSE_MS)
        self._date_pause.timeout.connect(self.refresh)
        ui.first_day_edit.dateChanged.connect(lambda _d: self._date_pause.start())
        ui.last_day_edit.dateChanged.connect(lambda _d: self._date_pause.start())
        ui.cadence_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.agent_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.refresh_button.clicked.connect(self.refresh)
        ui.export_button.clicked.connect(self._ask_export)
        ui.export_button.setEnabled(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._loaded:
            self.load()

    def load(self) -> None:
        """Read the cadences (and people) to choose from, then count."""
        self._loaded = True
        ctx = self._ctx

        def choices() -> tuple[list[CadenceSummary], list[User]]:
            people = ctx.directory.users(ctx.actor) if self._team else []
            return ctx.cadences.list(ctx.actor), people

        self._runner.run(choices, self._show_choices, self._fail, owner=self)

    def _show_choices(self, choices: tuple[list[CadenceSummary], list[User]]) -> None:
        cadences, people = choices
        ui = self.ui
        for combo in (ui.cadence_combo, ui.agent_combo):
            combo.blockSignals(True)
        current = ui.cadence_combo.currentData()
        ui.cadence_combo.clear()
        for cadence in sorted(cadences, key=lambda c: (not c.active, c.name.lower())):
            ui.cadence_combo.addItem(cadence.name, cadence.id)
        ui.cadence_combo.setCurrentIndex(max(ui.cadence_combo.findData(current), 0))
        for person in sorted((p for p in people if p.active), key=lambda p: p.full_name.lower()):
            ui.agent_combo.addItem(person.full_name, person.id)
        for combo in (ui.cadence_combo, ui.agent_combo):
            combo.blockSignals(False)
        if not cadences:
            ui.message_label.setText("No cadences yet: create one in the Cadences tab.")
            return
        self.refresh()

    def query(self) -> AnalyticsQuery | None:
        ui = self.ui
        cadence = ui.cadence_combo.currentData()
        if cadence is None:
            return None
        agent = ui.agent_combo.currentData() if self._team else None
        return AnalyticsQuery(CadenceId(cadence), ui.first_day_edit.date().toPython(),
                              ui.last_day_edit.date().toPython(),
                              UserId(agent) if agent is not None else None)

    def refresh(self) -> None:
        self._date_pause.stop()
        query = self.query()
        if query is None:
            return
        self._generation += 1
        generation = self._generation
        self.ui.message_label.setText("Counting…")
        self._runner.run(lambda: self._ctx.analytics.figures(self._ctx.actor, query),
                         lambda figures: self._show(generation, figures),
                         lambda error: self._fail(error, generation), owner=self)

    def _show(self, generation: int, figures: CadenceFigures) -> None:
        if generation != self._generation:
            return  # a newer question is on its way
        self.figures = figures
        self.view.show(figures)
        self.ui.message_label.setText("")
        self.ui.export_button.setEnabled(True)
        self.figures_shown.emit(figures)

    def _fail(self, error: UserFacingError, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return
        self.ui.message_label.setText(error.message)
        self.failed.emit(error.message)

    def _ask_export(self) -> None:
        query = self.query()
        if query is None:
            return
        name = f"{self.ui.cadence_combo.currentText()} {query.first_day}–{query.last_day}.csv"
        path, _ = QFileDialog.getSaveFileName(self, "Export figures", str(Path.home() / name), "CSV files (*.csv)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the figures of the current choice to ``path`` (the Export button asks where)."""
        query = self.query()
        if query is None:
            return

        def done(_figures: CadenceFigures) -> None:
            self.ui.message_label.setText(f"Exported to {path}")
            self.exported.emit(str(path))

        self.ui.message_label.setText("Exporting…")
        self._runner.run(lambda: self._ctx.analytics.export(self._ctx.actor, query, path), done, self._fail,
                         owner=self)
