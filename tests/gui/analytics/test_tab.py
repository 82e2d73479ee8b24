"""The Analytics tab as a supervisor and an agent use it, on the history of
``tests/support/analytics_seed.py``: pick the days and a person, read each chart and the
numbers beside it against the hand count, export the CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from kixie_desktop.domain.analytics import CadenceFigures
from kixie_desktop.domain.roles import Actor
from kixie_desktop.gui.analytics.tab import AnalyticsContext, AnalyticsTab
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.supervision.analytics import AnalyticsService
from kixie_desktop.storage.database import Database
from tests.support.analytics_seed import TUESDAY, SeededAnalytics, seed_analytics
from tests.support.workspace import Workspace, build_workspace

WAIT = 20_000


@pytest.fixture
def seeded(database: Database) -> tuple[Workspace, SeededAnalytics]:
    ws = build_workspace(database)
    return ws, seed_analytics(ws)


def open_tab(qtbot: QtBot, runner: BackgroundRunner, ws: Workspace, actor: Actor) -> AnalyticsTab:
    ctx = AnalyticsContext(actor, "America/Los_Angeles", AnalyticsService(ws.store, ws.clock),
                           CadenceService(ws.store, ws.clock), DirectoryService(ws.store, ws.clock))
    tab = AnalyticsTab(ctx, runner, today=TUESDAY)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    with qtbot.waitSignal(tab.figures_shown, timeout=WAIT):
        tab.show()  # counts once first shown: the last 30 days, Harper's Friday included
    return tab


def shown_for(qtbot: QtBot, tab: AnalyticsTab, change: object) -> CadenceFigures:
    with qtbot.waitSignal(tab.figures_shown, timeout=WAIT) as shown:
        change()  # type: ignore[operator]
    return shown.args[0]  # type: ignore[no-any-return]


def cells(table: QTableWidget) -> dict[str, list[str]]:
    """Each row's cells by its first one; the header row under ""."""
    rows = {"": [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]}
    for r in range(table.rowCount()):
        rows[table.item(r, 0).text()] = [table.item(r, c).text() for c in range(1, table.columnCount())]
    return rows


def test_a_supervisor_reads_every_figure_and_exports_them(qtbot: QtBot, runner: BackgroundRunner,
                                                          seeded: tuple[Workspace, SeededAnalytics],
                                                          tmp_path: Path) -> None:
    ws, data = seeded
    tab = open_tab(qtbot, runner, ws, ws.supervisor)
    ui = tab.ui
    assert [ui.cadence_combo.itemText(i) for i in range(ui.cadence_combo.count())] == ["Nurture", "Speed to lead"]
    assert (ui.first_day_edit.date(), ui.last_day_edit.date()) == (QDate(2026, 2, 2), QDate(2026, 3, 3))
    assert [ui.agent_combo.itemText(i) for i in range(ui.agent_combo.count())] == [
        "Everyone", "Ada", "Agent Tester", "Bea Two", "Cam Three", "Manager Tester", "Supervisor Tester"]
    assert ui.agent_combo.isVisibleTo(tab)

    shown_for(qtbot, tab, lambda: ui.cadence_combo.setCurrentText("Speed to lead"))
    # From Monday: the user steps the first day on, the tab asks once after the pause.
    figures = shown_for(qtbot, tab, lambda: ui.first_day_edit.setDate(QDate(2026, 3, 2)))
    assert (figures.query.first_day.isoformat(), figures.query.last_day.isoformat()) == ("2026-03-02", "2026-03-03")

    view = tab.view
    funnel = cells(ui.funnel_table)
    assert funnel[""] == ["Stage", "Leads", "Of enrolled"]
    assert funnel["Enrolled"] == ["7", "100.0 %"]
    assert funnel["Step 2 · Call"] == ["5", "71.4 %"]
    assert funnel["Step 3 · SMS"] == ["3", "42.9 %"]
    assert (funnel["Completed"][0], funnel["Stopped"][0], funnel["Forwarded"][0]) == ("3", "1", "1")
    assert (funnel["Still in the cadence"][0], funnel["Unenrolled"][0]) == ("1", "1")
    assert view.funnel_chart.bars() == {"Enrolled": [7], "Step 1 · SMS": [7], "Step 2 · Call": [5],
                                        "Step 3 · SMS": [3], "Completed": [3], "Stopped": [1], "Forwarded": [1]}
    assert list(view.funnel_chart.bars()) == [name for name, _ in figures.funnel.stages()]  # top to bottom

    mix = cells(ui.dispositions_table)
    assert mix["Interested"] == ["1", "25.0 %", "Yes"] and mix["No Answer"] == ["1", "25.0 %", ""]
    assert mix["Connect rate"] == ["3 of 4", "75.0 %", ""]
    assert view.dispositions_chart.bars() == {"Connected": [1], "No Answer": [1], "Not Interested": [1],
                                              "Interested": [1]}

    assert cells(ui.texts_table) == {"": ["Texts", "Count"], "Sent": ["4"], "Failed": ["1"], "Unknown": ["1"],
                                     "Opted out": ["2"]}
    assert view.texts_chart.bars() == {"Sent": [4], "Failed": [1], "Unknown": [1], "Opted out": [2]}

    speed = cells(ui.speed_table)
    assert (speed["Median"], speed["90th percentile"]) == (["1 d 0 h"], ["1 d 0 h"])
    assert (speed["Leads touched"], speed["Not yet touched"]) == (["5"], ["2"])
    assert view.speed_chart.bars() == {"Median": [pytest.approx(24.2, abs=0.05)],
                                       "90th percentile": [pytest.approx(24.2, abs=0.05)]}  # hours

    agents = cells(ui.agents_table)
    assert agents[""] == ["Agent", "Calls", "Connects", "Connect rate", "Talk time", "Average talk",
                          "Wrap-up time", "Average wrap-up"]
    assert agents["Agent Tester"] == ["2", "2", "100.0 %", "3 min 00 s", "1 min 30 s", "50 s", "25 s"]
    assert agents["Bea Two"] == ["2", "1", "50.0 %", "30 s", "30 s", "15 s", "8 s"]
    assert view.agents_chart.bars() == {"Agent Tester": [2, 2], "Bea Two": [2, 1]}

    for tile, text in ((ui.enrolled_tile, "7"), (ui.connect_tile, "75.0 %"), (ui.speed_tile, "1 d 0 h"),
                       (ui.texts_tile, "4")):
        assert f">{text}</span>" in tile.text()

    # One person: Bea's leads and calls.
    bea = shown_for(qtbot, tab, lambda: ui.agent_combo.setCurrentText("Bea Two"))
    assert bea.agent_name == "Bea Two"
    assert cells(ui.funnel_table)["Enrolled"] == ["3", "100.0 %"]
    assert view.agents_chart.bars() == {"Bea Two": [2, 1]}

    # Export: what is on screen, as a CSV file.
    path = tmp_path / "bea.csv"
    with qtbot.waitSignal(tab.exported, timeout=WAIT):
        tab.export_to(path)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert ["About", "Whose", "Name", "Bea Two"] in rows and ["Funnel", "Enrolled", "Leads", "3"] in rows
    assert str(path) in ui.message_label.text()


def test_an_agent_sees_their_own_and_has_nobody_to_pick(qtbot: QtBot, runner: BackgroundRunner,
                                                       seeded: tuple[Workspace, SeededAnalytics]) -> None:
    ws, data = seeded
    tab = open_tab(qtbot, runner, ws, data.agent)
    ui = tab.ui
    assert not ui.agent_combo.isVisibleTo(tab) and not ui.agent_caption.isVisibleTo(tab)
    assert "Your figures" in ui.whose_label.text()
    figures = shown_for(qtbot, tab, lambda: ui.cadence_combo.setCurrentText("Speed to lead"))
    assert figures.agent_name == "Agent Tester"
    assert cells(ui.funnel_table)["Enrolled"] == ["3", "100.0 %"]  # Olivia, Emma, Lucas
    assert list(cells(ui.agents_table)) == ["", "Agent Tester"]
    assert tab.view.texts_chart.bars() == {"Sent": [1], "Failed": [1], "Unknown": [0], "Opted out": [0]}


def test_backwards_days_say_so_and_keep_the_last_figures(qtbot: QtBot, runner: BackgroundRunner,
                                                        seeded: tuple[Workspace, SeededAnalytics]) -> None:
    ws, _ = seeded
    tab = open_tab(qtbot, runner, ws, ws.supervisor)
    shown = tab.figures
    with qtbot.waitSignal(tab.failed, timeout=WAIT) as failed:
        tab.ui.first_day_edit.setDate(QDate(2026, 3, 10))
    assert failed.args[0] == "the last day comes before the first"
    assert tab.ui.message_label.text() == "the last day comes before the first"
    assert tab.figures is shown
    assert tab.ui.funnel_table.item(0, 0).text() == "Enrolled"
    assert tab.ui.funnel_table.editTriggers() == QTableWidget.EditTrigger.NoEditTriggers  # read-only
