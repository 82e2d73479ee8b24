"""The app comes up on the seeded demo workspace, as `make run` does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.storage.models import CadenceRow


def test_main_window_shows_the_demo_cadences_and_toggles_active(qtbot: QtBot, tmp_path: Path) -> None:
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    assert backend.seed_demo()
    runner = BackgroundRunner()
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cadences_loaded, timeout=20000) as loaded:
        window.show()
    assert loaded.args == [3]
    view = window.ui.cadences_view
    names = sorted(view.model().index(r, 1).data() for r in range(view.model().rowCount()))
    assert names == ["Long-term Nurture", "Speed to Lead", "Webinar Follow-up"]
    assert window.statusBar().currentMessage() == "Signed in as Ada Lovelace (admin) · workspace on this computer"

    # Turning a cadence off through the checkbox reaches the database.
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Speed to Lead")
    with qtbot.waitSignal(window.cadences_loaded, timeout=20000):
        model.setData(model.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    with backend.db.read() as s:
        assert s.scalar(select(CadenceRow.active).where(CadenceRow.name == "Speed to Lead")) is False
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    runner.shutdown()
    backend.close()


def demo_window(qtbot: QtBot, tmp_path: Path) -> tuple[Backend, BackgroundRunner, MainWindow]:
    """The demo workspace's main window, shown, its cadences listed."""
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    backend.seed_demo()
    runner = BackgroundRunner()
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cadences_loaded, timeout=20000):
        window.show()
    return backend, runner, window


def test_agent_cannot_toggle_a_cadence_and_sees_why(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIXIE_USER", "alex@acme-solar.example")
    backend, runner, window = demo_window(qtbot, tmp_path)
    model = window.ui.cadences_view.model()
    with qtbot.waitSignal(runner.user_error, timeout=20000) as refused:
        model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "may not manage cadences" in refused.args[0]
    assert "may not manage cadences" in window.statusBar().currentMessage()
    with backend.db.read() as s:
        assert all(s.scalars(select(CadenceRow.active)))
    runner.shutdown()
    backend.close()


def test_the_analytics_tab_counts_once_opened(qtbot: QtBot, tmp_path: Path) -> None:
    """Installed beside Contacts; nothing is counted until someone looks (the demo enrolls six
    leads in Long-term Nurture and six in Webinar Follow-up, active cadences first by name)."""
    backend, runner, window = demo_window(qtbot, tmp_path)
    tabs = window.ui.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][-2:] == ["Contacts", "Analytics"]
    assert window.analytics_tab.figures is None
    with qtbot.waitSignal(window.analytics_tab.figures_shown, timeout=20000) as shown:
        tabs.setCurrentWidget(window.analytics_tab)
    figures = shown.args[0]
    assert (figures.cadence_name, figures.funnel.enrolled, figures.whose) == ("Long-term Nurture", 6, "Everyone")
    runner.shutdown()
    backend.close()
