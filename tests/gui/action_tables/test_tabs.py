"""The Inflight and Completed Actions tabs driven as a supervisor would, in the real main
window on a real database: switch tab, type a phone, pick a status, click headers, export —
and what the table shows is checked against the database (a plain-Python oracle)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QDate, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.action_tables.columns import ID_ROLE
from kixie_desktop.gui.action_tables.table_model import ActionTableModel
from kixie_desktop.gui.action_tables.tabs import ActionTableTab
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from tests.support.action_rows import Seeded, seed_action_runs, table_oracle
from tests.support.workspace import build_workspace

WAIT_MS = 20_000


@dataclass
class App:
    backend: Backend
    seeded: Seeded
    window: MainWindow
    runner: BackgroundRunner
    exports: Path

    @property
    def inflight(self) -> ActionTableTab:
        return self.window.inflight_tab

    @property
    def completed(self) -> ActionTableTab:
        return self.window.completed_tab


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    monkeypatch.setenv("KIXIE_USER", "supervisor@acme.test")
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    seeded = seed_action_runs(build_workspace(backend.db), 600)
    runner = BackgroundRunner()
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    exports = tmp_path / "exports"
    exports.mkdir()
    for tab in (window.inflight_tab, window.completed_tab):
        tab._choose_path = lambda _parent, name: str(exports / name)  # the save dialog's answer
    window.show()
    yield App(backend, seeded, window, runner, exports)
    window.close()
    runner.shutdown()
    backend.close()


def shown(model: ActionTableModel, n: int = 40) -> list[int | None]:
    """The ids of the first ``n`` rows as the view would paint them (None: not loaded yet)."""
    return [model.index(r, 0).data(ID_ROLE) for r in range(min(n, model.rowCount()))]


def wait_for_rows(qtbot: QtBot, model: ActionTableModel, expected: list[int], n: int = 40) -> None:
    qtbot.waitUntil(lambda: model.rowCount() == len(expected) and shown(model, n) == expected[:n],
                    timeout=WAIT_MS)


def column(model: QAbstractItemModel, title: str) -> int:
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)


def click_header(qtbot: QtBot, header: QHeaderView, title: str) -> None:
    model = header.model()
    at = column(model, title)
    view = header.parentWidget()
    assert isinstance(view, QTableView)
    view.scrollTo(model.index(0, at))  # scrolled to it first, as a person would
    x = header.sectionViewportPosition(at) + header.sectionSize(at) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_inflight_tab_filters_by_phone_and_status_sorts_and_exports(qtbot: QtBot, app: App) -> None:
    rows = app.seeded.rows
    window, tab = app.window, app.inflight
    window.ui.tabs.setCurrentWidget(window.ui.inflight_tab)
    model, bar = tab.model, tab.filter_bar
    # Opens on what runs next: Scheduled Date, ascending.
    wait_for_rows(qtbot, model, table_oracle(rows, inflight=True, key="due_at"))
    assert bar.ui.count_label.text() == f"{len(table_oracle(rows, inflight=True))} actions"
    assert tab.refresh_timer.isActive()

    qtbot.keyClicks(bar.ui.phone_edit, "+1415")
    expected = table_oracle(rows, inflight=True, key="due_at", phone="+1415")
    wait_for_rows(qtbot, model, expected)

    bar.ui.status_combo.setCurrentIndex(bar.ui.status_combo.findText("Processing"))
    expected = table_oracle(rows, inflight=True, key="due_at", phone="+1415", status="processing")
    wait_for_rows(qtbot, model, expected)
    assert 0 < len(expected) < 100
    first = model.index(0, 0)
    assert model.index(0, column(model, "Status")).data() == "Processing"
    why = model.index(0, column(model, "Why"))
    by_id = {r["id"]: r for r in rows}
    assert why.data() == why.data(Qt.ItemDataRole.ToolTipRole) == by_id[first.data(ID_ROLE)]["reason"]

    header = tab.view.horizontalHeader()
    click_header(qtbot, header, "Target Phone Number")
    wait_for_rows(qtbot, model, table_oracle(rows, inflight=True, key="target_phone", phone="+1415",
                                             status="processing"))
    click_header(qtbot, header, "Target Phone Number")
    expected = table_oracle(rows, inflight=True, key="target_phone", descending=True, phone="+1415",
                            status="processing")
    wait_for_rows(qtbot, model, expected)
    # Cadence Name does not sort: the order and the arrow stay where they were.
    click_header(qtbot, header, "Cadence Name")
    assert header.sortIndicatorSection() == column(model, "Target Phone Number") and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert "Cadence Name does not sort" in window.statusBar().currentMessage()
    assert shown(model) == expected[:40]

    with qtbot.waitSignal(tab.export_finished, timeout=WAIT_MS) as done:
        qtbot.mouseClick(bar.ui.export_button, Qt.MouseButton.LeftButton)
    count, path = done.args
    with open(path, encoding="utf-8-sig", newline="") as f:
        header_row, *lines = list(csv.reader(f))
    assert count == len(lines) == len(expected)
    assert [int(line[0]) for line in lines] == expected
    assert all(line[5].startswith("'+1415") for line in lines)  # phones carry the formula guard
    assert f"Exported {count} actions" in window.statusBar().currentMessage()
    assert bar.ui.export_button.isEnabled()


def test_completed_tab_highlights_unknown_and_filters_by_type_and_date(qtbot: QtBot, app: App) -> None:
    rows = app.seeded.rows
    window, tab = app.window, app.completed
    assert not tab.refresh_timer.isActive()  # hidden tabs cost no queries
    window.ui.tabs.setCurrentWidget(window.ui.completed_tab)
    model, bar = tab.model, tab.filter_bar
    wait_for_rows(qtbot, model, table_oracle(rows, inflight=False, key="completed_at", descending=True))

    bar.ui.status_combo.setCurrentIndex(bar.ui.status_combo.findText("Unknown"))
    expected = table_oracle(rows, inflight=False, key="completed_at", descending=True, status="unknown")
    wait_for_rows(qtbot, model, expected)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    outcome = model.index(0, titles.index("Outcome"))
    assert outcome.data() == "Unknown"
    assert outcome.data(Qt.ItemDataRole.BackgroundRole) is not None  # visibly highlighted
    assert outcome.data(Qt.ItemDataRole.FontRole).bold()
    assert outcome.data(Qt.ItemDataRole.ToolTipRole) == {r["id"]: r for r in rows}[outcome.data(ID_ROLE)]["reason"]

    bar.ui.status_combo.setCurrentIndex(0)
    bar.ui.type_combo.setCurrentIndex(bar.ui.type_combo.findText("SMS"))
    bar.ui.date_check.setChecked(True)
    bar.ui.since_edit.setDate(QDate(2026, 2, 18))  # the seed's runs span 2026-02-10 to 03-05
    bar.ui.until_edit.setDate(QDate(2026, 2, 24))
    where = bar.current_filter()
    expected = table_oracle(rows, inflight=False, key="completed_at", descending=True, type="sms",
                            since=where.since, until=where.until)
    wait_for_rows(qtbot, model, expected)
    assert 0 < len(expected) < len(table_oracle(rows, inflight=False, type="sms"))
    first = {r["id"]: r for r in rows}[model.index(0, 0).data(ID_ROLE)]
    assert model.index(0, titles.index("Outcome")).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, titles.index("Action Type")).data() == "SMS" == first["type"].upper()

    window.ui.tabs.setCurrentWidget(window.ui.cadences_tab)
    assert not tab.refresh_timer.isActive()


def test_every_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester, app: App) -> None:  # type: ignore[no-untyped-def]
    for tab in (app.inflight, app.completed):
        app.window.ui.tabs.setCurrentWidget(tab.view.parentWidget())
        qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and shown(tab.model, 1) != [None], timeout=WAIT_MS)
        qtmodeltester.check(tab.model)
