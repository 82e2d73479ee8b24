"""The Users, Teams and Queues pages of Manage ▸ Settings…, driven as a manager or admin
would — clicks and typing on the real widgets over a seeded SQLite workspace — with what
reached the database checked after each step, refusals shown next to their fields, and
everyone else seeing the same pages read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.roles import Role
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.named_set_page import NamedSetPage
from kixie_desktop.gui.settings.queues_page import QueuesPage
from kixie_desktop.gui.settings.teams_page import TeamsPage
from kixie_desktop.gui.settings.user_form import UserFormDialog
from kixie_desktop.gui.settings.users_page import UsersPage
from kixie_desktop.gui.settings.window import SettingsWindow
from kixie_desktop.storage.models import QueueRow, TeamRow, UserRow, queue_teams, team_members
from tests.gui.settings.conftest import AGENT
from tests.gui.settings.opening import main_window, open_settings, tick

MANAGER = "grace.manager@acme-solar.example"


def open_page(qtbot: QtBot, backend: Backend, runner: BackgroundRunner, title: str) -> tuple[SettingsWindow, QWidget]:
    """Ctrl+, in the main window, then a click on ``title`` in the settings window's list."""
    settings = open_settings(qtbot, main_window(qtbot, backend, runner))
    pages = settings.ui.pages_list
    item = pages.findItems(title, Qt.MatchFlag.MatchExactly)[0]
    with qtbot.waitSignal(settings.pages[title].loaded, timeout=10_000):
        qtbot.mouseClick(pages.viewport(), Qt.MouseButton.LeftButton, pos=pages.visualItemRect(item).center())
    return settings, settings.current_page


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def user_row(backend: Backend, email: str) -> UserRow:
    with backend.db.read() as s:
        row = s.scalars(select(UserRow).where(UserRow.email == email)).one()
        s.expunge(row)
        return row


def users(backend: Backend) -> list[tuple[object, ...]]:
    with backend.db.read() as s:
        return [tuple(r) for r in s.execute(select(UserRow.email, UserRow.first_name, UserRow.last_name,
                                                   UserRow.role, UserRow.sip_uri, UserRow.sender_number,
                                                   UserRow.active).order_by(UserRow.id))]


def members(backend: Backend, team: str) -> set[str]:
    with backend.db.read() as s:
        return set(s.scalars(select(UserRow.email).join(team_members, team_members.c.user_id == UserRow.id)
                             .join(TeamRow, TeamRow.id == team_members.c.team_id).where(TeamRow.name == team)))


def queue_team_names(backend: Backend, queue: str) -> set[str]:
    with backend.db.read() as s:
        return set(s.scalars(select(TeamRow.name).join(queue_teams, queue_teams.c.team_id == TeamRow.id)
                             .join(QueueRow, QueueRow.id == queue_teams.c.queue_id).where(QueueRow.name == queue)))


def form_of(qtbot: QtBot, page: UsersPage) -> UserFormDialog:
    qtbot.waitUntil(lambda: page.form is not None and page.form.isVisible(), timeout=10_000)
    assert page.form is not None
    return page.form


def select_user(qtbot: QtBot, page: UsersPage, email: str) -> None:
    click_row(qtbot, page.ui.users_table, next(i for i, u in enumerate(page.users) if u.email == email))
    assert page.selected is not None and page.selected.email == email


def test_an_admin_adds_edits_deactivates_and_reactivates_a_user(qtbot: QtBot, backend: Backend,
                                                                runner: BackgroundRunner,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    settings, page = open_page(qtbot, backend, runner, "Users")
    assert isinstance(page, UsersPage)
    table: QTableWidget = page.ui.users_table
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == ["Name", "Email", "Role", "Status"]
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == ["Active"] * 7
    assert table.item(1, 0).text() == "Alex Rivera" and table.item(1, 2).text() == "Agent"

    # Add…: a bad SIP identity is refused next to its field, and nothing is written.
    before = users(backend)
    qtbot.mouseClick(page.ui.add_user_button, Qt.MouseButton.LeftButton)
    form = form_of(qtbot, page)
    qtbot.keyClicks(form.ui.first_name_edit, "Bea")
    qtbot.keyClicks(form.ui.last_name_edit, "Nguyen")
    qtbot.keyClicks(form.ui.email_edit, "Bea@Acme-Solar.example")
    form.ui.role_combo.setCurrentIndex(form.ui.role_combo.findData(Role.MANAGER))
    qtbot.keyClicks(form.ui.sip_uri_edit, "bea at the office")
    qtbot.keyClicks(form.ui.sender_edit, "415 555 0177")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ui.sip_uri_error.isVisible(), timeout=10_000)
    assert form.ui.sip_uri_error.text() == ("'bea at the office' is not a SIP address: write it like "
                                           "sip:alex@pbx.example.com")
    assert form.isVisible() and form.save_button.isEnabled()
    assert users(backend) == before

    retype(qtbot, form.ui.sip_uri_edit, "bea@pbx.acme-solar.example")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    bea = user_row(backend, "bea@acme-solar.example")
    assert (bea.first_name, bea.last_name, bea.role, bea.sip_uri, bea.sender_number, bea.active) == (
        "Bea", "Nguyen", "manager", "sip:bea@pbx.acme-solar.example", "+14155550177", True)
    assert page.ui.users_message.text() == "Saved Bea Nguyen."
    qtbot.waitUntil(lambda: table.rowCount() == 8, timeout=10_000)

    # Edit…: the form opens with what is stored; a taken email is refused by its field.
    select_user(qtbot, page, "bea@acme-solar.example")
    qtbot.mouseClick(page.ui.edit_user_button, Qt.MouseButton.LeftButton)
    form = form_of(qtbot, page)
    assert (form.ui.first_name_edit.text(), form.ui.sender_edit.text()) == ("Bea", "+14155550177")
    retype(qtbot, form.ui.email_edit, AGENT)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.ui.email_error.isVisible(), timeout=10_000)
    assert form.ui.email_error.text() == "A user with that email already exists"
    retype(qtbot, form.ui.email_edit, "bea.nguyen@acme-solar.example")
    form.ui.role_combo.setCurrentIndex(form.ui.role_combo.findData(Role.SUPERVISOR))
    retype(qtbot, form.ui.sender_edit, "")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    bea = user_row(backend, "bea.nguyen@acme-solar.example")
    assert (bea.role, bea.sender_number, bea.sip_uri) == ("supervisor", None, "sip:bea@pbx.acme-solar.example")

    # Deactivate… asks first; No changes nothing, Yes deactivates; Reactivate needs no question.
    qtbot.waitUntil(lambda: page.selected is not None and page.selected.email == "bea.nguyen@acme-solar.example",
                    timeout=10_000)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.ui.status_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Deactivate Bea Nguyen?") and user_row(backend, bea.email).active
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.mouseClick(page.ui.status_button, Qt.MouseButton.LeftButton)
    assert user_row(backend, bea.email).active is False
    qtbot.waitUntil(lambda: page.selected is not None and not page.selected.active, timeout=10_000)
    row = next(i for i, u in enumerate(page.users) if u.email == bea.email)
    assert table.item(row, 3).text() == "Deactivated" and page.ui.status_button.text() == "&Reactivate"
    assert page.ui.users_message.text() == "Bea Nguyen is deactivated."
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.mouseClick(page.ui.status_button, Qt.MouseButton.LeftButton)
    assert user_row(backend, bea.email).active is True

    # The last active admin stays one: the refusal is said on the page, nothing changes.
    before = users(backend)
    select_user(qtbot, page, "ada.admin@acme-solar.example")
    qtbot.mouseClick(page.ui.status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "yourself" in page.ui.users_message.text(), timeout=10_000)
    assert users(backend) == before
    settings.close()


def signed_in_as(email: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Backend:
    """The demo workspace, with ``email`` as this workstation's user."""
    monkeypatch.setenv("KIXIE_USER", email)  # read when the backend opens
    backend = open_backend(f"sqlite:///{tmp_path / 'k.db'}")
    backend.seed_demo()
    return backend


def test_a_manager_cannot_make_an_admin(qtbot: QtBot, tmp_path: Path, runner: BackgroundRunner,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    backend = signed_in_as(MANAGER, tmp_path, monkeypatch)
    before = users(backend)
    settings, page = open_page(qtbot, backend, runner, "Users")
    assert isinstance(page, UsersPage)
    select_user(qtbot, page, AGENT)
    qtbot.mouseClick(page.ui.edit_user_button, Qt.MouseButton.LeftButton)
    form = form_of(qtbot, page)
    form.ui.role_combo.setCurrentIndex(form.ui.role_combo.findData(Role.ADMIN))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "may not" in form.ui.form_message.text(), timeout=10_000)
    assert form.ui.form_message.text() == "Grace Hopper (manager) may not make or change admins"
    assert users(backend) == before
    form.reject()
    settings.close()
    backend.close()


def choose(qtbot: QtBot, page: NamedSetPage, name: str) -> None:
    items: QListWidget = page.ui.items_list
    click_row(qtbot, items, next(i for i in range(items.count()) if items.item(i).text() == name))
    assert page.current is not None and page.current.name == name


def save(qtbot: QtBot, page: NamedSetPage) -> None:
    with qtbot.waitSignal(page.saved, timeout=10_000), qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)


def test_teams_are_renamed_and_staffed_by_checkboxes_from_the_active_users(qtbot: QtBot, backend: Backend,
                                                                         runner: BackgroundRunner) -> None:
    backend.directory.deactivate_user(backend.actor(), user_row(backend, "marcus@acme-solar.example").id)
    settings, page = open_page(qtbot, backend, runner, "Teams")
    assert isinstance(page, TeamsPage)
    assert [page.ui.items_list.item(i).text() for i in range(page.ui.items_list.count())] == ["Closers", "Nurture"]

    choose(qtbot, page, "Closers")
    shown = {c.text(): c.isChecked() for c in page.choice_checks.values()}
    assert "Marcus Chen" not in shown and "Marcus Chen (Deactivated)" not in shown  # not a member: not offered
    assert shown["Alex Rivera"] and shown["Jordan Lee"] and not shown["Priya Patel"]
    retype(qtbot, page.ui.name_edit, "Hunters")
    tick(qtbot, page, "Priya Patel")
    tick(qtbot, page, "Jordan Lee")
    save(qtbot, page)
    assert members(backend, "Hunters") == {"ada.admin@acme-solar.example", AGENT, "priya@acme-solar.example"}
    assert page.ui.message_label.text() == "Saved Hunters." and page.current.name == "Hunters"  # type: ignore[union-attr]

    # Marcus is in Nurture: shown as deactivated, and may be taken out.
    choose(qtbot, page, "Nurture")
    assert page.choice_checks[user_row(backend, "marcus@acme-solar.example").id].text() == "Marcus Chen (Deactivated)"
    tick(qtbot, page, "Marcus Chen (Deactivated)")
    save(qtbot, page)
    assert members(backend, "Nurture") == {"priya@acme-solar.example"}

    # A taken name is refused next to the name; nothing changes.
    choose(qtbot, page, "Nurture")
    retype(qtbot, page.ui.name_edit, "Hunters")
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.name_error.isVisible(), timeout=10_000)
    assert page.ui.name_error.text() == "A team with that name already exists"
    assert members(backend, "Nurture") == {"priya@acme-solar.example"}

    # New team…: a name and two people.
    qtbot.mouseClick(page.ui.new_button, Qt.MouseButton.LeftButton)
    assert page.current is None and page.ui.save_button.text() == "&Add team"
    qtbot.keyClicks(page.ui.name_edit, "Night shift")
    tick(qtbot, page, "Sam Supervisor")
    tick(qtbot, page, "Jordan Lee")
    save(qtbot, page)
    assert members(backend, "Night shift") == {"sam.supervisor@acme-solar.example", "jordan@acme-solar.example"}
    settings.close()


def test_queues_are_renamed_and_given_teams_and_keep_at_least_one(qtbot: QtBot, backend: Backend,
                                                                 runner: BackgroundRunner) -> None:
    settings, page = open_page(qtbot, backend, runner, "Queues")
    assert isinstance(page, QueuesPage)
    choose(qtbot, page, "Inbound Leads")
    assert {c.text(): c.isChecked() for c in page.choice_checks.values()} == {"Closers": True, "Nurture": False}
    retype(qtbot, page.ui.name_edit, "All inbound")
    tick(qtbot, page, "Nurture")
    save(qtbot, page)
    assert queue_team_names(backend, "All inbound") == {"Closers", "Nurture"}

    tick(qtbot, page, "Closers")
    tick(qtbot, page, "Nurture")
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.choices_error.isVisible(), timeout=10_000)
    assert page.ui.choices_error.text() == "A queue needs at least one team"
    assert queue_team_names(backend, "All inbound") == {"Closers", "Nurture"}

    qtbot.mouseClick(page.ui.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.ui.name_edit, "Weekend")
    tick(qtbot, page, "Nurture")
    save(qtbot, page)
    assert queue_team_names(backend, "Weekend") == {"Nurture"}
    settings.close()


def test_an_agent_sees_the_directory_but_cannot_change_it(qtbot: QtBot, agent_backend: Backend,
                                                        runner: BackgroundRunner) -> None:
    backend = agent_backend
    before = users(backend), members(backend, "Closers"), queue_team_names(backend, "Inbound Leads")
    settings, page = open_page(qtbot, backend, runner, "Users")
    assert isinstance(page, UsersPage)
    assert page.ui.users_table.rowCount() == 7
    select_user(qtbot, page, "jordan@acme-solar.example")
    assert not any(b.isEnabled() for b in (page.ui.add_user_button, page.ui.edit_user_button, page.ui.status_button))
    assert page.ui.users_message.text() == "Only admins and managers can change users."

    for title in ("Teams", "Queues"):
        sets = settings.pages[title]
        assert isinstance(sets, NamedSetPage)
        with qtbot.waitSignal(sets.loaded, timeout=10_000):
            settings.open_page(title)
        assert not sets.ui.save_button.isEnabled() and not sets.ui.name_edit.isEnabled()
        assert not any(c.isEnabled() for c in sets.choice_checks.values())
        assert sets.ui.message_label.text() == f"Only admins and managers can change {title.lower()}."
        # Even a save that got past the disabled button is refused by the service.
        sets.ui.save_button.setEnabled(True)
        sets.ui.name_edit.setText("Taken over")
        qtbot.mouseClick(sets.ui.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "may not" in sets.ui.message_label.text(), timeout=10_000)
    assert (users(backend), members(backend, "Closers"), queue_team_names(backend, "Inbound Leads")) == before
    settings.close()
