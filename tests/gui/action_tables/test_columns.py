"""The Inflight and Completed tables' columns as a supervisor sees them in a 1440-px window:
Why, Outcome and the dates on screen without scrolling, nothing cut, the contact's name,
compact dates with the full instant on hover, the column chooser, and a layout that comes
back for the same user (and only for them) after a restart."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QStyle
from pytestqt.qtbot import QtBot

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.action_tables.columns import ID_ROLE
from kixie_desktop.gui.action_tables.tabs import ActionTableTab
from kixie_desktop.gui.formatting import compact_instant, full_instant
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from tests.support.action_rows import Seeded, seed_action_runs
from tests.support.workspace import build_workspace

WAIT_MS = 20_000
WIDTH = 1440
# A popup menu asks the offscreen platform for things it cannot do; harmless here.
POPUP_WARNINGS = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                           "This plugin does not support grabbing the keyboard")
MUST_SHOW = {True: ("Contact", "Status", "Scheduled Date", "Created Date", "Why"),
             False: ("Contact", "Status", "Outcome", "Completed Date", "Scheduled Date", "Created Date", "Why")}


@dataclass
class Opened:
    backend: Backend
    seeded: Seeded
    runner: BackgroundRunner
    windows: list[MainWindow]
    others: list[Backend]  # signed in as someone else, on the same database

    def window(self, qtbot: QtBot, backend: Backend | None = None) -> MainWindow:
        window = MainWindow(window_context(backend or self.backend), self.runner)
        qtbot.addWidget(window)
        window.resize(WIDTH, 900)
        window.show()
        self.windows.append(window)
        return window


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Opened]:
    monkeypatch.setenv("KIXIE_USER", "supervisor@acme.test")
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    seeded = seed_action_runs(build_workspace(backend.db), 300)
    runner = BackgroundRunner()
    it = Opened(backend, seeded, runner, [], [])
    yield it
    for window in it.windows:
        window.close()
    runner.shutdown()
    for each in (backend, *it.others):
        each.close()


def titles(tab: ActionTableTab) -> list[str]:
    return [c.title for c in tab.model.columns]


def at(tab: ActionTableTab, title: str) -> int:
    return titles(tab).index(title)


def show_tab(qtbot: QtBot, window: MainWindow, inflight: bool) -> ActionTableTab:
    tab = window.inflight_tab if inflight else window.completed_tab
    window.ui.tabs.setCurrentWidget(tab.view.parentWidget())
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0 and tab.model.index(0, 0).data(ID_ROLE) is not None,
                    timeout=WAIT_MS)
    return tab


def open_column_menu(qtbot: QtBot, tab: ActionTableTab, title: str) -> QMenu:
    """Right-click the header over ``title``: the column chooser pops up."""
    header = tab.view.horizontalHeader()
    column = at(tab, title)
    pos = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, header.viewport().mapToGlobal(pos))
    QApplication.sendEvent(header.viewport(), event)
    menu = header.findChild(QMenu, "column_menu")
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


def entry(menu: QMenu, text: str):  # type: ignore[no-untyped-def]
    return next(a for a in menu.actions() if a.text() == text)


@pytest.mark.parametrize("inflight", [True, False], ids=["inflight", "completed"])
def test_why_outcome_and_the_dates_fit_a_1440_px_window_and_nothing_is_cut(
        qtbot: QtBot, opened: Opened, inflight: bool) -> None:
    tab = show_tab(qtbot, opened.window(qtbot), inflight)
    view, header = tab.view, tab.view.horizontalHeader()
    viewport = view.viewport().width()
    assert viewport > WIDTH - 60  # the table has the window's width
    for title in MUST_SHOW[inflight]:
        column = at(tab, title)
        assert 0 <= view.columnViewportPosition(column)
        assert view.columnViewportPosition(column) + view.columnWidth(column) <= viewport, title
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for column, title in enumerate(titles(tab)):
        # Headers never cut ("dence Vers"): each section is at least its title and arrow.
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title
    rows = range(min(tab.model.rowCount(), 40))
    for title in ("Created Date", "Scheduled Date") + (() if inflight else ("Completed Date",)):
        column = at(tab, title)
        for row in rows:
            text = tab.model.index(row, column).data()
            assert view.fontMetrics().horizontalAdvance(text) + margin <= view.columnWidth(column), text
    # Grab the table as it paints: every text shown whole (this is what docs/images shows).
    assert not tab.view.grab().isNull()


def test_contact_names_compact_dates_and_their_tooltips(qtbot: QtBot, opened: Opened) -> None:
    tab = show_tab(qtbot, opened.window(qtbot), inflight=False)
    model = tab.model
    by_id = {r["id"]: r for r in opened.seeded.rows}
    zone = ZoneInfo("America/Los_Angeles")  # the workspace's account zone
    for row in range(min(model.rowCount(), 30)):
        source = by_id[model.index(row, 0).data(ID_ROLE)]
        contact = model.index(row, at(tab, "Contact"))
        assert contact.data() in ("Lead0", "Lead1")  # the seed's two contacts
        assert contact.data(Qt.ItemDataRole.ToolTipRole) == source["target_phone"]
        completed = model.index(row, at(tab, "Completed Date"))
        assert completed.data() == compact_instant(source["completed_at"], zone, datetime.now(zone).date())
        assert completed.data(Qt.ItemDataRole.ToolTipRole) == full_instant(source["completed_at"], zone)


@POPUP_WARNINGS
def test_the_column_chooser_hides_and_shows_but_keeps_who_status_and_why(qtbot: QtBot, opened: Opened) -> None:
    tab = show_tab(qtbot, opened.window(qtbot), inflight=True)
    header = tab.view.horizontalHeader()
    menu = open_column_menu(qtbot, tab, "Cadence Name")
    assert [a.text() for a in menu.actions() if a.isCheckable()] == titles(tab)
    assert not entry(menu, "Status").isEnabled() and not entry(menu, "Why").isEnabled()
    entry(menu, "Cadence Name").trigger()
    assert header.isSectionHidden(at(tab, "Cadence Name"))
    menu.close()

    menu = open_column_menu(qtbot, tab, "Status")
    assert not entry(menu, "Cadence Name").isChecked()
    entry(menu, "Contact").trigger()
    menu.close()
    assert header.isSectionHidden(at(tab, "Contact"))
    menu = open_column_menu(qtbot, tab, "Status")
    # The phone is now the only column that says whose row it is: it stays.
    assert not entry(menu, "Target Phone Number").isEnabled()
    entry(menu, "Cadence Name").trigger()  # shown again, at a width its title fits
    assert not header.isSectionHidden(at(tab, "Cadence Name"))
    assert header.sectionSize(at(tab, "Cadence Name")) >= header.sectionSizeHint(at(tab, "Cadence Name"))
    menu.close()

    menu = open_column_menu(qtbot, tab, "Status")
    entry(menu, "Reset columns").trigger()
    assert not any(header.isSectionHidden(c) for c in range(header.count()))


def test_a_date_column_cannot_be_squeezed_into_cutting_its_dates(qtbot: QtBot, opened: Opened) -> None:
    tab = show_tab(qtbot, opened.window(qtbot), inflight=False)
    header = tab.view.horizontalHeader()
    column = at(tab, "Completed Date")
    header.resizeSection(column, 30)  # what dragging the section's edge far left asks for
    assert header.sectionSize(column) == tab.columns.floors[column] >= header.sectionSizeHint(column)


@POPUP_WARNINGS
def test_the_layout_comes_back_for_the_same_user_only(qtbot: QtBot, opened: Opened,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      isolated_window_state: Path) -> None:
    window = opened.window(qtbot)
    tab = show_tab(qtbot, window, inflight=False)
    header = tab.view.horizontalHeader()
    defaults = [header.sectionSize(c) for c in range(header.count())]
    why, outcome = at(tab, "Why"), at(tab, "Outcome")
    header.moveSection(header.visualIndex(why), 0)  # dragged to the front
    header.resizeSection(outcome, defaults[outcome] + 60)  # its edge dragged wider
    menu = open_column_menu(qtbot, tab, "Why")
    entry(menu, "Cadence ID").trigger()
    menu.close()
    window.close()
    window.window_settings.sync()
    assert list(isolated_window_state.rglob("*.ini"))  # written to the isolated user scope

    again = show_tab(qtbot, opened.window(qtbot), inflight=False).view.horizontalHeader()
    assert again.visualIndex(why) == 0
    assert again.sectionSize(outcome) == defaults[outcome] + 60
    assert again.isSectionHidden(at(tab, "Cadence ID"))
    # The arrow is the rows' order, not part of the layout: still Completed Date, newest first.
    assert again.sortIndicatorSection() == at(tab, "Completed Date")

    monkeypatch.setenv("KIXIE_USER", "manager@acme.test")  # someone else signs in here
    opened.others.append(open_backend(opened.backend.db.engine.url.render_as_string(hide_password=False)))
    other = show_tab(qtbot, opened.window(qtbot, opened.others[0]), inflight=False).view.horizontalHeader()
    assert other.visualIndex(why) == why and not other.isSectionHidden(at(tab, "Cadence ID"))
    assert [other.sectionSize(c) for c in range(other.count() - 1)] == defaults[:-1]


def test_a_layout_saved_for_other_columns_is_ignored(qtbot: QtBot, opened: Opened) -> None:
    window = opened.window(qtbot)
    tab = show_tab(qtbot, window, inflight=True)
    header = tab.view.horizontalHeader()
    header.moveSection(header.visualIndex(at(tab, "Why")), 0)
    settings = window.window_settings
    key = next(k for k in settings.allKeys() if k.endswith("inflight/columns"))
    settings.setValue(key, ["Created Date", "Cadence ID"])  # as an older version saved it
    window.close()
    again = show_tab(qtbot, opened.window(qtbot), inflight=True).view.horizontalHeader()
    assert [again.logicalIndex(v) for v in range(again.count())] == list(range(again.count()))


def test_one_matching_action_is_counted_in_the_singular(qtbot: QtBot, opened: Opened) -> None:
    tab = show_tab(qtbot, opened.window(qtbot), inflight=False)
    phones: dict[str, int] = {}
    for r in opened.seeded.rows:
        if r["completed_at"] is not None:
            phones[r["target_phone"]] = phones.get(r["target_phone"], 0) + 1
    lonely = next(p for p, n in phones.items() if n == 1)
    qtbot.keyClicks(tab.filter_bar.ui.phone_edit, lonely)
    qtbot.waitUntil(lambda: tab.filter_bar.ui.count_label.text() == "1 action", timeout=WAIT_MS)


def test_compact_dates_follow_the_documented_rule() -> None:
    zone = ZoneInfo("America/Chicago")
    today = datetime(2026, 11, 30, 12, tzinfo=zone).date()  # a Monday
    cases = [
        (datetime(2026, 11, 30, 14, 32, tzinfo=zone), "Mon 14:32"),
        (datetime(2026, 11, 27, 0, 5, tzinfo=zone), "Fri 00:05"),  # 3 days back
        (datetime(2026, 12, 3, 23, 59, tzinfo=zone), "Thu 23:59"),  # 3 days ahead
        (datetime(2026, 11, 26, 22, 15, tzinfo=zone), "Nov 26 22:15"),  # 4 days back
        (datetime(2026, 12, 4, 8, 0, tzinfo=zone), "Dec 4 08:00"),
        (datetime(2025, 12, 31, 23, 0, tzinfo=zone), "2025-12-31"),
        (datetime(2027, 1, 2, 9, 0, tzinfo=zone), "2027-01-02"),
        # An instant is read in the account's zone: 04:30 UTC on Dec 1 is Nov 30 there.
        (datetime(2026, 12, 1, 4, 30, tzinfo=ZoneInfo("UTC")), "Mon 22:30"),
    ]
    assert [compact_instant(when, zone, today) for when, _ in cases] == [text for _, text in cases]
    assert compact_instant(None, zone, today) == ""
    assert full_instant(datetime(2026, 11, 29, 22, 15, 7, tzinfo=zone), zone) == \
        "Sunday 2026-11-29 22:15:07 CST (America/Chicago, UTC-06:00)"
