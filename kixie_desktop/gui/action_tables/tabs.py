"""The Inflight Actions and Completed Actions tabs: filter bar, lazy table, live refresh,
CSV export. Main thread only; every read and the export go through the BackgroundRunner.

``ActionTableTab`` wires one tab's widgets from the main window's form to its own model,
filter bar, column layout (``column_layout.py``: widths, the column chooser, the layout
remembered per user) and per-lead controls (``gui/lead_control``: a button bar under the
filters and the rows' context menu, for the selected row); the main window makes two and
connects ``message`` to its status bar. The live refresh runs only while the tab is on screen (a hidden tab costs no
queries).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kixie_desktop.domain.action_table import ActionFilter, ActionSort
from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.roles import Actor
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.action_tables.column_layout import ColumnLayout
from kixie_desktop.gui.action_tables.filter_bar import ActionFilterBar
from kixie_desktop.gui.action_tables.table_model import ActionTableModel
from kixie_desktop.gui.forms.ui_main_window import Ui_MainWindow
from kixie_desktop.gui.lead_control.actions import LeadActions, LeadControlContext
from kixie_desktop.gui.lead_control.target import LeadTarget
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.supervision.action_table import ActionTableService, PageRequest, TableSnapshot
from kixie_desktop.services.supervision.csv_export import ActionExport

REFRESH_MS = 2000
ROW_HEIGHT = 24

ChoosePath = Callable[[QWidget, str], str | None]


def ask_for_path(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Export actions to CSV", suggested, "CSV files (*.csv)")
    return path or None


@dataclass(frozen=True)
class ActionTablesContext:
    """What the two tabs need from the composition root."""

    actor: Actor
    zone: ZoneInfo
    table: ActionTableService
    export: ActionExport
    cadences: Callable[[], Sequence[CadenceSummary]]  # blocking; runs on a worker
    leads: LeadControlContext


class ActionTableTab(QObject):
    message = Signal(str)  # for the status bar
    export_finished = Signal(int, str)  # rows written, path
    _export_progress = Signal(int)  # emitted on the worker, delivered queued
    _export_ended = Signal()  # likewise

    def __init__(self, *, inflight: bool, tab: QWidget, layout: QVBoxLayout, view: QTableView,
                 ctx: ActionTablesContext, runner: BackgroundRunner, settings: QSettings,
                 choose_path: ChoosePath = ask_for_path, refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(tab)
        self._inflight = inflight
        self._tab = tab
        self._ctx = ctx
        self._runner = runner
        self._choose_path = choose_path
        self.view = view
        self.filter_bar = ActionFilterBar(inflight=inflight, zone=ctx.zone,
                                          today=datetime.now(ctx.zone).date(), parent=tab)
        layout.insertWidget(0, self.filter_bar)
        self.model = ActionTableModel(runner, self._fetch, inflight=inflight, zone=ctx.zone,
                                      today=lambda: datetime.now(ctx.zone).date())
        self.model.setParent(self)
        self._configure_view(settings)
        self.lead_actions = LeadActions(ctx.leads, runner, self.selected_lead, tab)
        layout.insertWidget(1, self.lead_actions.bar)
        self.lead_actions.attach(view)
        view.selectionModel().currentRowChanged.connect(lambda *_: self.lead_actions.update())
        # The selected row's data arrives (or changes) after the selection: look again.
        self.model.pages_loaded.connect(self.lead_actions.update)
        self.model.refreshed.connect(lambda _changed: self.lead_actions.update())
        self.lead_actions.done.connect(self._lead_changed)
        self.lead_actions.refused.connect(self.message)
        self.filter_bar.filters_changed.connect(self._apply_filters)
        self.filter_bar.export_requested.connect(self.export)
        self.model.count_changed.connect(self.filter_bar.set_count)
        self._export_progress.connect(lambda n: self.message.emit(f"Exporting… {plural(n, 'action')} written"),
                                      Qt.ConnectionType.QueuedConnection)
        self._export_ended.connect(self._enable_export, Qt.ConnectionType.QueuedConnection)
        self.refresh_timer = QTimer(self, interval=refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh)
        self._loaded = False
        tab.installEventFilter(self)
        if tab.isVisible():
            self._on_shown()

    def _configure_view(self, settings: QSettings) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures a million rows to lay them out.
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The arrow first: enabling sorting sorts by wherever the arrow points.
        order = Qt.SortOrder.DescendingOrder if self.model.query[1].descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(self.model.sort_column(), order)
        # Fixed widths, not sized to contents, which would read every one of a million rows.
        user = self._ctx.actor
        table = "inflight" if self._inflight else "completed"
        self.columns = ColumnLayout(view, self.model.columns, settings,
                                    f"action_tables/{user.account_id}-{user.user_id}/{table}")
        view.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)

    # -- the selected lead ------------------------------------------------------------------

    def selected_lead(self) -> LeadTarget | None:
        index = self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return LeadTarget.of_row(row) if row is not None else None

    def _lead_changed(self, text: str) -> None:
        self.message.emit(text)
        self.refresh()  # the row shows its new status and Why at once, not at the next tick

    # -- showing and hiding -----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._tab:
            if event.type() == QEvent.Type.Show:
                self._on_shown()
            elif event.type() == QEvent.Type.Hide:
                self.refresh_timer.stop()
        return False

    def _on_shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.model.set_query(self.filter_bar.current_filter(), self.model.query[1])
        self._runner.run(self._ctx.cadences, self.filter_bar.set_cadences)
        self.refresh_timer.start()

    # -- queries ----------------------------------------------------------------------------

    def _fetch(self, where: ActionFilter, sort: ActionSort, pages: Sequence[PageRequest],
               with_count: bool) -> TableSnapshot:
        return self._ctx.table.fetch(self._ctx.actor, where, sort, pages, with_count=with_count)

    def _apply_filters(self) -> None:
        self._loaded = True
        self.model.set_query(self.filter_bar.current_filter())

    def _on_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):
            # The model kept its order: put the arrow back where the rows are sorted.
            filter_, sort = self.model.query
            order = Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder
            header = self.view.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column(), order)
            header.blockSignals(False)
            self.message.emit(f"{self.model.headerData(column, Qt.Orientation.Horizontal)} "
                              "does not sort; filter by it instead")

    def refresh(self) -> bool:
        """Re-read what is on screen (the timer's tick); False when it could not start now."""
        if not self._loaded or not self._tab.isVisible():
            return False
        viewport = self.view.viewport()
        first = self.view.rowAt(0)
        last = self.view.rowAt(viewport.height() - 1)
        count = self.model.rowCount()
        first = max(first, 0)
        last = count - 1 if last < 0 else last
        return self.model.refresh(first, max(last, first))

    # -- export -----------------------------------------------------------------------------

    def export(self) -> None:
        self.filter_bar.flush_phone()
        where, sort = self.model.query
        stamp = datetime.now(self._ctx.zone).strftime("%Y-%m-%d-%H%M")
        name = f"{'inflight' if self._inflight else 'completed'}-actions-{stamp}.csv"
        chosen = self._choose_path(self._tab, name)
        if not chosen:
            return
        path = Path(chosen)
        self.filter_bar.ui.export_button.setEnabled(False)
        self.message.emit(f"Exporting to {path}…")

        def work() -> int:
            return self._ctx.export.to_file(self._ctx.actor, where, sort, path, self._export_progress.emit)

        def done(rows: int) -> None:
            self._enable_export()
            self.message.emit(f"Exported {plural(rows, 'action')} to {path}")
            self.export_finished.emit(rows, str(path))

        future = self._runner.run(work, done)
        # Failed too (the runner reports the error): the button comes back either way.
        future.add_done_callback(lambda _f: self._export_ended.emit())

    def _enable_export(self) -> None:
        self.filter_bar.ui.export_button.setEnabled(True)


def install_action_tables(window: QMainWindow, ui: Ui_MainWindow, ctx: ActionTablesContext,
                          runner: BackgroundRunner, settings: QSettings,
                          choose_path: ChoosePath = ask_for_path) -> tuple[ActionTableTab, ActionTableTab]:
    """Wire the main window's Inflight and Completed tabs; their messages go to its status
    bar, their column layouts to ``settings``."""
    tabs = (
        ActionTableTab(inflight=True, tab=ui.inflight_tab, layout=ui.inflight_layout, view=ui.inflight_view,
                       ctx=ctx, runner=runner, settings=settings, choose_path=choose_path),
        ActionTableTab(inflight=False, tab=ui.completed_tab, layout=ui.completed_layout,
                       view=ui.completed_view, ctx=ctx, runner=runner, settings=settings,
                       choose_path=choose_path),
    )
    for tab in tabs:
        tab.message.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    return tabs
