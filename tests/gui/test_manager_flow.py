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
import requests
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.calls import CallState
from kixie_desktop.gui.cadence_editor.editor import ACTIONS, DISPOSITIONS
from kixie_desktop.gui.integrations.api_tokens_dialog import ApiTokensDialog
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.panel import PowerCallPanel, PowerCallServices
from kixie_desktop.gui.powercall.phone_line import PhoneLine
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge
from kixie_desktop.gui.settings.named_set_page import NamedSetPage
from kixie_desktop.gui.settings.users_page import UsersPage
from kixie_desktop.gui.settings.window import SettingsWindow
from kixie_desktop.gui.workspace.first_run import FirstRunDialog
from kixie_desktop.runtime import EngineRuntime
from kixie_desktop.storage.models import (
    ActionRunRow,
    CadenceRow,
    CallRecordRow,
    EnrollmentRow,
    QueueRow,
    TeamRow,
    UserRow,
    queue_teams,
    team_members,
)
from tests.gui.settings.opening import tick, type_into

WAIT = 20_000
AGENTS = (("Alex", "Rivera", "alex@blueridge.example"), ("Jo", "Lee", "jo@blueridge.example"))


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button the person can see. ``click()`` rather than a synthetic mouse press: a
    press lands where the layout *was*, and a card or form just shown may not be laid out yet."""
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=WAIT)
    button.click()


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


def add_template_and_disposition(qtbot: QtBot, backend: Backend, settings: SettingsWindow) -> None:
    templates = open_page(qtbot, settings, "SMS Templates")
    click(qtbot, templates.ui.new_template_button)
    qtbot.keyClicks(templates.ui.name_edit, "Welcome")
    qtbot.keyClicks(templates.ui.body_edit, "Hi {{contact.first_name|there}}, thanks for asking {{account.name}} "
                                            "about a new roof. {{agent.first_name|We}} will call you shortly.")
    with qtbot.waitSignal(templates.saved, timeout=WAIT):
        click(qtbot, templates.ui.save_button)
    assert [t.name for t in backend.templates.list(backend.actor())] == ["Welcome"]

    dispositions = open_page(qtbot, settings, "Dispositions")
    qtbot.keyClicks(dispositions.ui.new_name_edit, "Booked a demo")
    with qtbot.waitSignal(dispositions.saved, timeout=WAIT):
        click(qtbot, dispositions.ui.add_button)
    assert "Booked a demo" in [d.name for d in backend.dispositions.list(backend.actor())]


def set_up_phone(qtbot: QtBot, settings: SettingsWindow, carrier_port: int) -> None:
    """This workstation's SIP account: the carrier, a trunk that knows us by address."""
    page = open_page(qtbot, settings, "Phone")
    type_into(qtbot, page.ui.domain_edit, f"127.0.0.1:{carrier_port}")
    type_into(qtbot, page.ui.username_edit, "rosa")
    if not page.ui.no_password_check.isChecked():
        qtbot.mouseClick(page.ui.no_password_check, Qt.MouseButton.LeftButton,
                         pos=QPoint(8, page.ui.no_password_check.height() // 2))
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        click(qtbot, page.ui.save_account_button)
    assert page.ui.account_status_label.text().startswith(f"rosa@127.0.0.1:{carrier_port}")


def write_cadence(qtbot: QtBot, backend: Backend, window: MainWindow) -> int:
    """+ Add New Cadence: text at once, then a call; Booked a demo stops it; turned on."""
    with qtbot.waitSignal(window.cadence_actions.editor_opened, timeout=WAIT) as opened:
        click(qtbot, window.ui.add_cadence_button)
    editor = opened.args[0]
    qtbot.waitUntil(lambda: editor.ui.save_button.isEnabled(), timeout=WAIT)
    s = editor.settings_page.ui
    qtbot.keyClicks(s.name_edit, "Web leads")
    pick(s.queue_combo, "Inbound")
    pick(s.assign_owner_combo, "Assign from Queue on Answer")
    click(qtbot, editor.settings_page.cadence_hours.ui.all_week_button)
    click(qtbot, editor.settings_page.target_hours.ui.all_week_button)
    editor.show_page(ACTIONS)
    page = editor.actions_page
    click(qtbot, page.ui.add_action_button)
    pick(page.rows[0].ui.type_combo, "SMS")
    pick(page.rows[0].ui.template_combo, "Welcome")
    click(qtbot, page.ui.add_action_button)
    pick(page.rows[1].ui.type_combo, "Call")
    page.rows[1].ui.after_amount.setValue(0)
    editor.show_page(DISPOSITIONS)
    rules = editor.dispositions_page
    click(qtbot, rules.ui.add_rule_button)
    pick(rules.rows[0].ui.disposition_combo, "Booked a demo")
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as saved:
        click(qtbot, editor.ui.save_button)
    cadence_id = saved.args[0].cadence_id
    # Turned on in the table, as a person does: the Active cell, then Space.
    view = window.ui.cadences_view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1, timeout=WAIT)
    view.setCurrentIndex(view.model().index(0, 0))
    view.setFocus()
    with qtbot.waitSignal(window.cadences_loaded, timeout=WAIT):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert rows(backend, select(CadenceRow.name, CadenceRow.active)) == [("Web leads", True)]
    return cadence_id


def create_api_token(qtbot: QtBot, window: MainWindow) -> str:
    """Manage ▸ API Tokens…: the web form's token, shown this once."""
    window.findChild(QAction, "api_tokens_action").trigger()
    dialog = window.findChild(ApiTokensDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    qtbot.keyClicks(dialog.ui.name_edit, "web form")
    click(qtbot, dialog.ui.create_button)
    qtbot.waitUntil(lambda: dialog.ui.token_edit.text() != "", timeout=WAIT)
    token = dialog.ui.token_edit.text()
    dialog.close()
    return token


def take_the_prompted_call(qtbot: QtBot, tmp_path: Path, softphone: Any, events: Any, carrier: Any,
                           cadence_id: int, token: str) -> None:
    """The app's next start: the runtime (engine, API, SIP account) and Alex's PowerCall panel.
    A lead posts the web form; the carrier gets the text; Alex takes the call and books a demo."""
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    runtime = EngineRuntime(backend, softphone=softphone, api=("127.0.0.1", 0), poll_s=0.2)
    bridge = TelephonyBridge()
    unsubscribe = events.subscribe(bridge.post)
    runner = BackgroundRunner()
    bugs: list[str] = []
    runner.bug.connect(lambda summary, details: bugs.append(details))
    runtime.start()
    panel: PowerCallPanel | None = None
    try:
        account = backend.accounts.current()
        assert account is not None
        alex = backend.accounts.actor_by_email(account.id, "alex@blueridge.example")
        panel = PowerCallPanel(PowerCallServices(alex, backend.powercall, backend.directory, backend.dispositions,
                                                 backend.greetings, backend.recordings),
                               PhoneLine(runtime, backend.settings.sip.domain), bridge, runner)
        qtbot.addWidget(panel)
        with qtbot.waitSignal(panel.loaded, timeout=WAIT):
            panel.show()
        combo = panel.ui.availability_combo
        with qtbot.waitSignal(panel.availability_saved, timeout=WAIT):
            combo.setCurrentIndex(combo.findText("Available"))

        posted = requests.post(f"http://127.0.0.1:{runtime.api_port}/api/v1/cadences/{cadence_id}/enrollments",
                               json={"phone": "(828) 555-0142", "first_name": "Ivy", "last_name": "Chen"},
                               headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert posted.status_code == 201, posted.text

        qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=WAIT)  # type: ignore[union-attr]
        card = next(iter(panel.cards.values()))
        assert card.ui.contact_label.text() == "Ivy Chen"
        (text,) = [m for m in carrier.messages() if m.direction == "received" and m.method_or_status == "MESSAGE"]
        assert text.first_line == f"MESSAGE sip:+18285550142@127.0.0.1:{carrier.port} SIP/2.0"
        assert text.text.rstrip().endswith(
            "Hi Ivy, thanks for asking Blue Ridge Roofing about a new roof. We will call you shortly.")  # no owner yet

        click(qtbot, card.ui.accept_button)
        qtbot.waitUntil(lambda: panel.controls.state is CallState.CONNECTED, timeout=WAIT)  # type: ignore[union-attr]
        with qtbot.waitSignal(panel.call_ended, timeout=WAIT):
            click(qtbot, panel.controls.ui.hangup_button)
        form = panel.disposition_form
        [booked] = [b for b in form.buttons.values() if b.text().endswith("Booked a demo")]
        click(qtbot, booked)
        with qtbot.waitSignal(panel.disposition_saved, timeout=WAIT) as saved:
            click(qtbot, form.ui.save_button)
        assert saved.args == ["Cadence stopped for this contact"]

        invite = next(m for m in carrier.messages() if m.direction == "received" and m.method_or_status == "INVITE")
        assert invite.first_line == f"INVITE sip:+18285550142@127.0.0.1:{carrier.port} SIP/2.0"
        with backend.db.read() as s:
            runs = {r.type: (r.status, r.outcome) for r in s.scalars(select(ActionRunRow))}
            record = s.scalars(select(CallRecordRow)).one()
            enrollment = s.scalars(select(EnrollmentRow)).one()
        assert runs == {"sms": ("completed", "sent"), "call": ("completed", "Booked a demo")}
        assert (record.to_number, record.user_id) == ("+18285550142", alex.user_id)
        assert record.connected_at is not None and record.ended_at is not None
        assert (enrollment.state, enrollment.owner_id) == ("stopped", alex.user_id)
    finally:
        if panel is not None:
            panel.stop()
        unsubscribe()
        runtime.stop()
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
        runner.shutdown()
        backend.close()
    assert not bugs, bugs[0]


def pick(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def test_a_team_sets_itself_up_from_the_app_alone(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  softphone: Any, events: Any, sipp: Any) -> None:
    # The carrier: takes the lead's text, then answers the agent's call.
    carrier = sipp("message_or_answer", calls=2, timeout_s=240)
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
        add_template_and_disposition(qtbot, backend, settings)
        set_up_phone(qtbot, settings, carrier.port)
        settings.close()
        cadence_id = write_cadence(qtbot, backend, window)
        token = create_api_token(qtbot, window)
        window.close()
    finally:
        qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
        runner.shutdown()
        backend.close()
    take_the_prompted_call(qtbot, tmp_path, softphone, events, carrier, cadence_id, token)
