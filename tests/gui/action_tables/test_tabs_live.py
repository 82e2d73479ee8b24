"""The action tables stay lazy and live: scrolling far loads only the pages on screen, and
the periodic refresh shows what the engine changed without moving the scroll position or
the selection (and changes nothing at all when nothing changed)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select, update

from kixie_desktop.app import window_context
from kixie_desktop.composition import open_backend
from kixie_desktop.gui.action_tables.columns import ID_ROLE
from kixie_desktop.gui.action_tables.table_model import PAGE
from kixie_desktop.gui.action_tables.tabs import ActionTableTab
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.storage.models import ActionRunRow
from tests.gui.action_tables.test_tabs import WAIT_MS, App, shown
from tests.support.action_rows import seed_action_runs, table_oracle
from tests.support.workspace import build_workspace


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    monkeypatch.setenv("KIXIE_USER", "supervisor@acme.test")
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    seeded = seed_action_runs(build_workspace(backend.db), 2500)
    runner = BackgroundRunner()
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    yield App(backend, seeded, window, runner, tmp_path)
    window.close()
    runner.shutdown()
    backend.close()


def rows_at(tab: ActionTableTab, first: int, n: int) -> list[int | None]:
    return [tab.model.index(r, 0).data(ID_ROLE) for r in range(first, first + n)]


def test_scrolling_far_loads_only_the_pages_on_screen(qtbot: QtBot, app: App) -> None:
    window, tab = app.window, app.completed
    window.ui.tabs.setCurrentWidget(window.ui.completed_tab)
    expected = table_oracle(app.seeded.rows, inflight=False, key="completed_at", descending=True)
    qtbot.waitUntil(lambda: shown(tab.model, 20) == expected[:20], timeout=WAIT_MS)
    assert tab.model.loaded_rows() <= PAGE

    far = len(expected) - 150
    tab.view.scrollTo(tab.model.index(far, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: rows_at(tab, far, 20) == expected[far:far + 20], timeout=WAIT_MS)
    # The first page and the pages on screen, not the thousand-odd rows in between.
    assert tab.model.loaded_rows() <= 4 * PAGE < far
    # Scrolling on reads on from the rows held (a keyset page), and lands right too.
    tab.view.scrollTo(tab.model.index(len(expected) - 1, 0), QAbstractItemView.ScrollHint.PositionAtBottom)
    qtbot.waitUntil(lambda: rows_at(tab, len(expected) - 10, 10) == expected[-10:], timeout=WAIT_MS)
    # Back up to the top: still held, nothing to wait for.
    tab.view.scrollToTop()
    assert shown(tab.model, 20) == expected[:20]


def test_refresh_shows_changes_and_keeps_scroll_and_selection(qtbot: QtBot, app: App) -> None:
    window, tab = app.window, app.inflight
    window.ui.tabs.setCurrentWidget(window.ui.inflight_tab)
    tab.refresh_timer.stop()  # ticks by hand below, then by the timer at the end
    model, view = tab.model, tab.view
    expected = table_oracle(app.seeded.rows, inflight=True, key="due_at")
    row = 300
    qtbot.waitUntil(lambda: model.rowCount() == len(expected), timeout=WAIT_MS)
    view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    assert view.rowAt(0) == row
    on_screen = view.rowAt(view.viewport().height() - 1) - row + 1
    # What the view painted has arrived.
    qtbot.waitUntil(lambda: rows_at(tab, row, on_screen) == expected[row:row + on_screen], timeout=WAIT_MS)
    view.selectRow(row + 5)
    scroll = view.verticalScrollBar().value()
    assert scroll > 0

    def settled() -> tuple[int, list[int]]:
        return view.verticalScrollBar().value(), [i.row() for i in view.selectionModel().selectedRows()]

    changes: list[object] = []
    model.dataChanged.connect(lambda *a: changes.append(a))
    model.modelReset.connect(lambda: changes.append("reset"))
    with qtbot.waitSignal(model.refreshed, timeout=WAIT_MS) as nothing:
        qtbot.waitUntil(tab.refresh, timeout=WAIT_MS)  # once no page read is out
    assert nothing.args == [False] and changes == []  # no repaint, no reset: nothing changed
    assert settled() == (scroll, [row + 5])

    # The engine rewrites why one visible action waits.
    target = expected[row + 6]
    with app.backend.db.write() as s:
        s.execute(update(ActionRunRow).where(ActionRunRow.id == target)
                  .values(reason="Target hours closed until 09:00 America/Chicago"))
    with qtbot.waitSignal(model.refreshed, timeout=WAIT_MS) as changed:
        qtbot.waitUntil(tab.refresh, timeout=WAIT_MS)  # once no page read is out
    assert changed.args == [True] and "reset" not in changes
    why = model.index(row + 6, [c.title for c in model.columns].index("Why"))
    assert why.data() == why.data(Qt.ItemDataRole.ToolTipRole) == "Target hours closed until 09:00 America/Chicago"
    assert settled() == (scroll, [row + 5])

    # New actions due later than every other one join at the end; the view stays put.
    with app.backend.db.read() as s:
        template = dict(s.execute(select(*ActionRunRow.__table__.c).where(ActionRunRow.id == target))
                        .mappings().one())
    template.pop("id")
    late = max(r["due_at"] for r in app.seeded.rows) + timedelta(days=30)
    with app.backend.db.engine.begin() as conn:
        conn.execute(insert(ActionRunRow.__table__), [{**template, "due_at": late}] * 3)
    with qtbot.waitSignal(model.count_changed, timeout=WAIT_MS) as grew:
        qtbot.waitUntil(tab.refresh, timeout=WAIT_MS)  # once no page read is out
    assert grew.args == [len(expected) + 3] == [model.rowCount()]
    assert tab.filter_bar.ui.count_label.text() == f"{len(expected) + 3:,} actions"
    assert settled() == (scroll, [row + 5])
    assert rows_at(tab, row, 15) == expected[row:row + 15]

    # The timer does the same on its own, only while the tab is on screen.
    tab.refresh_timer.setInterval(50)
    tab.refresh_timer.start()
    with qtbot.waitSignal(model.refreshed, timeout=WAIT_MS):
        pass
    window.ui.tabs.setCurrentWidget(window.ui.completed_tab)
    assert not tab.refresh_timer.isActive()
    window.ui.tabs.setCurrentWidget(window.ui.inflight_tab)
    assert tab.refresh_timer.isActive()
