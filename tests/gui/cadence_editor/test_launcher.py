"""The editor from the Cadences table (add, edit, delete), and the weekly hours editor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule
from kixie_desktop.gui.cadence_editor.editor import CadenceEditor
from kixie_desktop.gui.cadence_editor.hours_editor import HoursEditor
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.storage.models import CadenceRow, CadenceVersionRow

WAIT = 20_000


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Backend, BackgroundRunner]]:
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    backend.seed_demo()
    runner = BackgroundRunner()
    yield backend, runner
    runner.shutdown()
    backend.close()


def shown_window(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> MainWindow:
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cadences_loaded, timeout=WAIT):
        window.show()
    return window


def row_of(window: MainWindow, name: str) -> int:
    model = window.ui.cadences_view.model()
    return next(r for r in range(model.rowCount()) if model.index(r, 1).data() == name)


def test_add_new_cadence_opens_an_empty_editor_and_the_table_shows_the_new_row(
        qtbot: QtBot, demo: tuple[Backend, BackgroundRunner]) -> None:
    backend, runner = demo
    window = shown_window(qtbot, backend, runner)
    tab = window.cadence_actions
    with qtbot.waitSignal(tab.editor_opened, timeout=WAIT) as opened:
        window.ui.add_cadence_button.click()
    editor: CadenceEditor = opened.args[0]
    qtbot.waitUntil(lambda: editor.catalog is not None, timeout=WAIT)
    assert editor.ui.title_label.text() == "New Cadence"
    assert editor.settings_page.ui.name_edit.text() == "" and editor.actions_page.rows == []
    qtbot.keyClicks(editor.settings_page.ui.name_edit, "Open house")
    editor.actions_page.ui.add_action_button.click()
    with qtbot.waitSignal(window.cadences_loaded, timeout=WAIT) as refreshed:
        editor.ui.save_button.click()
    assert refreshed.args == [4]
    model = window.ui.cadences_view.model()
    row = row_of(window, "Open house")
    assert (model.index(row, 2).data(), model.index(row, 3).data()) == (1, 1)  # version, actions


def test_activating_a_name_opens_it_and_saving_bumps_the_version(
        qtbot: QtBot, demo: tuple[Backend, BackgroundRunner]) -> None:
    backend, runner = demo
    window = shown_window(qtbot, backend, runner)
    view = window.ui.cadences_view
    index = view.model().index(row_of(window, "Speed to Lead"), 1)
    view.setCurrentIndex(index)
    view.setFocus()
    with qtbot.waitSignal(window.cadence_actions.editor_opened, timeout=WAIT) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    editor: CadenceEditor = opened.args[0]
    qtbot.waitUntil(lambda: editor.catalog is not None, timeout=WAIT)
    assert editor.settings_page.ui.name_edit.text() == "Speed to Lead"
    assert len(editor.actions_page.rows) == 4 and len(editor.dispositions_page.rows) == 3
    # The forward targets never include the cadence itself.
    picker = editor.dispositions_page.rows[1].ui.cadence_combo
    assert "Speed to Lead" not in [picker.itemText(i) for i in range(picker.count())]
    editor.actions_page.rows[3].ui.remove_button.click()
    with qtbot.waitSignal(window.cadences_loaded, timeout=WAIT):
        editor.ui.save_button.click()
    model = view.model()
    row = row_of(window, "Speed to Lead")
    assert (model.index(row, 2).data(), model.index(row, 3).data()) == (2, 3)

    # A double-click on a name opens it too; activating the Active switch column does not.
    name_cell = view.visualRect(model.index(row, 1)).center()
    with qtbot.waitSignal(window.cadence_actions.editor_opened, timeout=WAIT) as again:
        # A real double-click is a press/release and then the double-click event.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=name_cell)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=name_cell)
    assert again.args[0] is not editor
    again.args[0].reject()  # closed before its load arrives: the late answer is dropped
    opened_before = window.cadence_actions.editor
    view.activated.emit(model.index(row, 0))
    assert window.cadence_actions.editor is opened_before


def test_delete_asks_first_then_the_service_deletes_and_the_table_refreshes(
        qtbot: QtBot, demo: tuple[Backend, BackgroundRunner], monkeypatch: pytest.MonkeyPatch) -> None:
    backend, runner = demo
    window = shown_window(qtbot, backend, runner)
    view, button = window.ui.cadences_view, window.ui.delete_cadence_button
    assert not button.isEnabled()  # nothing selected yet
    view.selectRow(row_of(window, "Webinar Follow-up"))
    assert button.isEnabled()
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    button.click()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT)  # after counting what it would cancel
    pending = backend.cadences.pending_actions(backend.actor(), window.cadence_actions.selected().id)  # type: ignore[union-attr]
    assert pending > 0
    assert "Webinar Follow-up" in asked[0] and f"It cancels {pending:,} pending action" in asked[0]
    qtbot.wait(50)
    assert view.model().rowCount() == 3

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    view.setFocus()
    with qtbot.waitSignal(window.cadence_actions.deleted, timeout=WAIT):
        qtbot.keyClick(view, Qt.Key.Key_Delete)  # the same action as the context-menu entry
    assert len(asked) == 2
    qtbot.waitUntil(lambda: view.model().rowCount() == 2, timeout=WAIT)
    with backend.db.read() as s:
        deleted = s.scalar(select(CadenceRow.deleted_at).where(CadenceRow.name == "Webinar Follow-up"))
    assert deleted is not None


def test_an_agent_can_open_a_cadence_but_the_service_refuses_the_save(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIXIE_USER", "alex@acme-solar.example")
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    backend.seed_demo()
    runner = BackgroundRunner()
    try:
        window = shown_window(qtbot, backend, runner)
        view = window.ui.cadences_view
        with qtbot.waitSignal(window.cadence_actions.editor_opened, timeout=WAIT) as opened:
            view.activated.emit(view.model().index(row_of(window, "Speed to Lead"), 1))
        editor: CadenceEditor = opened.args[0]
        qtbot.waitUntil(lambda: editor.catalog is not None, timeout=WAIT)
        assert editor.settings_page.ui.name_edit.text() == "Speed to Lead"  # read access is fine
        assert not editor.ui.save_button.isEnabled()
        with qtbot.waitSignal(editor.refused, timeout=WAIT) as refused:
            editor.save()  # as a stale or scripted Save would: the service decides
        assert "Alex Rivera (agent) may not manage cadences" == refused.args[1]
        assert editor.ui.form_message_label.text() == refused.args[1]
        with backend.db.read() as s:
            assert len(s.scalars(select(CadenceVersionRow.id)).all()) == 3
    finally:
        runner.shutdown()
        backend.close()


def test_hours_editor_round_trips_schedules(qtbot: QtBot) -> None:
    editor = HoursEditor("cadence_hours")
    qtbot.addWidget(editor)
    schedule = WeeklySchedule((
        DayInterval(0, 0, 1440), DayInterval(1, 9 * 60, 12 * 60), DayInterval(1, 13 * 60, 17 * 60 + 45),
        DayInterval(4, 22 * 60, 1440), DayInterval(6, 7 * 60 + 5, 7 * 60 + 10),
    ))
    editor.set_schedule(schedule)
    assert editor.schedule() == schedule
    assert editor.days[2].ui.open_check.isChecked() is False
    assert [iv.ui.end_combo.currentText() for iv in editor.days[0].intervals] == ["24:00"]
    for preset in (WeeklySchedule.always(), WeeklySchedule(()), WeeklySchedule.daily(540, 1020, range(5))):
        editor.set_schedule(preset)
        assert editor.schedule() == preset

    # Opening a day offers 09:00-17:00; "+" adds a later interval; removing the last closes the day.
    editor.days[6].ui.open_check.click()
    assert editor.schedule().on(6) == (DayInterval(6, 540, 1020),)
    editor.days[6].ui.add_interval_button.click()
    assert editor.schedule().on(6) == (DayInterval(6, 540, 1020), DayInterval(6, 1080, 1320))
    for interval in list(editor.days[6].intervals):
        interval.ui.remove_button.click()
    assert editor.schedule().on(6) == () and not editor.days[6].ui.open_check.isChecked()
    editor.ui.copy_monday_button.click()
    assert editor.schedule() == WeeklySchedule.daily(540, 1020, range(5))

    # A typo names its day, for the dialog to point at.
    editor.days[3].intervals[0].ui.end_combo.setCurrentText("9")
    with pytest.raises(ValidationError) as typo:
        editor.schedule()
    assert typo.value.field == "cadence_hours[3]" and typo.value.message.startswith("Thursday")
    assert editor.site("cadence_hours[3]").widget is editor.days[3].intervals[0].ui.start_combo  # type: ignore[union-attr]
    assert editor.site("target_hours[3]") is None
    editor.days[3].intervals[0].ui.end_combo.setCurrentText("9:30")  # an hour without its zero is fine
    assert editor.schedule().on(3) == (DayInterval(3, 540, 570),)


def _choose(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    """Type a path into the file dialog that just opened and press its button."""
    from PySide6.QtWidgets import QFileDialog

    qtbot.waitUntil(lambda: window.findChild(QFileDialog) is not None, timeout=WAIT)
    dialog = window.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def test_export_then_import_from_the_cadences_tab(
        qtbot: QtBot, demo: tuple[Backend, BackgroundRunner], tmp_path: Path) -> None:
    backend, runner = demo
    window = shown_window(qtbot, backend, runner)
    view = window.ui.cadences_view
    assert not window.ui.export_cadence_button.isEnabled()  # nothing chosen to export yet
    view.selectRow(row_of(window, "Speed to Lead"))
    assert window.ui.export_cadence_button.isEnabled()
    target = tmp_path / "speed.json"
    with qtbot.waitSignal(window.cadence_files.exported, timeout=WAIT):
        window.ui.export_cadence_button.click()
        _choose(qtbot, window, target)
    assert '"name": "Speed to Lead"' in target.read_text(encoding="utf-8")

    # The same file again is refused by name, with the place in the file, and creates nothing.
    with qtbot.waitSignal(window.cadence_files.refused, timeout=WAIT) as refused:
        window.ui.import_cadence_button.click()
        _choose(qtbot, window, target)
    assert "$.cadence.settings.name: a cadence named 'Speed to Lead' already exists" in refused.args[0]
    box = window.findChild(QMessageBox)
    assert box is not None and "nothing was imported" in box.text()
    box.close()

    renamed = tmp_path / "copy.json"
    renamed.write_text(target.read_text(encoding="utf-8").replace('"Speed to Lead"', '"Speed to Lead 2"'),
                       encoding="utf-8")
    with qtbot.waitSignal(window.cadence_files.imported, timeout=WAIT) as imported:
        window.ui.import_cadence_button.click()
        _choose(qtbot, window, renamed)
    model = window.ui.cadences_view.model()
    qtbot.waitUntil(lambda: any(model.index(r, 1).data() == "Speed to Lead 2" for r in range(model.rowCount())),
                    timeout=WAIT)
    with backend.db.read() as s:
        row = s.get(CadenceRow, imported.args[0].cadence_id)
        assert row is not None and row.active is False  # imported off, like every new cadence


def test_search_duplicate_and_counts_that_follow_the_engine(
        qtbot: QtBot, demo: tuple[Backend, BackgroundRunner]) -> None:
    backend, runner = demo
    window = shown_window(qtbot, backend, runner)
    view = window.ui.cadences_view
    qtbot.keyClicks(window.ui.cadence_search_edit, "speed")
    assert [view.model().index(r, 1).data() for r in range(view.model().rowCount())] == ["Speed to Lead"]
    view.selectRow(0)
    with qtbot.waitSignal(window.cadence_actions.duplicated, timeout=WAIT) as copied:
        window.ui.duplicate_cadence_button.click()
    assert copied.args[0].definition.settings.name == "Speed to Lead (copy)"
    qtbot.waitUntil(lambda: view.model().rowCount() == 2, timeout=WAIT)  # the search still applies
    window.ui.cadence_search_edit.clear()
    assert view.model().rowCount() == 4

    # An enrollment made elsewhere (the API, another workstation) shows without a reload,
    # and the row that was selected stays selected.
    view.selectRow(row_of(window, "Speed to Lead"))
    speed = window.cadence_actions.selected()
    assert speed is not None
    backend.enrollment.enroll(backend.actor(), speed.id, NewContact(phone="+1 512 555 0199", first_name="Ivy"))
    qtbot.waitUntil(lambda: window.cadence_actions.selected() is not None
                    and window.cadence_actions.selected().invocations == speed.invocations + 1,  # type: ignore[union-attr]
                    timeout=WAIT)


def test_those_who_may_not_manage_cadences_see_no_buttons_that_change_them(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIXIE_USER", "sam.supervisor@acme-solar.example")
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    backend.seed_demo()
    runner = BackgroundRunner()
    try:
        window = shown_window(qtbot, backend, runner)
        for name in ("add_cadence_button", "import_cadence_button", "duplicate_cadence_button",
                     "delete_cadence_button"):
            assert getattr(window.ui, name).isHidden(), name
        assert window.ui.export_cadence_button.isVisible()
        assert [a.text() for a in window.ui.cadences_view.actions()] == ["Edit Cadence…", "Export…"]
    finally:
        runner.shutdown()
        backend.close()
