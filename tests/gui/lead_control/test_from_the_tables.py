"""Per-lead control from the Inflight and Completed tables, driven as a supervisor (and an agent)
would in the real main window on a real database: right-click a row and pick from its menu, or
select it and click a button; the dialogs' answers are given, the words they showed are read,
and what reached the database is checked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.cadence import CadenceHarassment, CallAction, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.lead_control import LeadAction
from kixie_desktop.domain.messaging import OutboundSms, SmsResult
from kixie_desktop.gui.action_tables.columns import ID_ROLE
from kixie_desktop.gui.action_tables.tabs import ActionTableTab
from kixie_desktop.gui.lead_control.actions import LeadActions
from kixie_desktop.gui.lead_control.pause_dialog import PauseAnswer
from kixie_desktop.gui.lead_control.questions import Questions
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import ActionRunRow, EnrollmentRow, SmsMessageRow
from tests.support.clock import FakeClock
from tests.support.gateways import Crash, RecordingGateway
from tests.support.workspace import Workspace, build_workspace

WAIT_MS = 20_000
# A popup menu asks the offscreen platform for things it cannot do; harmless here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")
TWO_A_DAY = CadenceHarassment(False, HarassmentRules(sms=RateLimit(2, 1, PeriodUnit.DAYS)))


class Answers(Questions):
    """A person's answers to the controls' questions, and what the questions said."""

    def __init__(self, until: datetime | None = None, yes: bool = True) -> None:
        self.until, self.yes = until, yes
        self.asked: list[tuple[str, str]] = []

    def pause(self, parent: QWidget, who: str, cadence: str, zone: object, now: datetime) -> PauseAnswer | None:
        self.asked.append(("pause", f"{who} in {cadence}"))
        return PauseAnswer(self.until)

    def confirm(self, parent: QWidget, title: str, text: str, yes: str) -> bool:
        self.asked.append((title, text))
        return self.yes


@dataclass
class App:
    backend: Backend
    ws: Workspace
    window: MainWindow
    answers: Answers

    def tab(self, inflight: bool) -> ActionTableTab:
        tab = self.window.inflight_tab if inflight else self.window.completed_tab
        self.window.ui.tabs.setCurrentWidget(tab.view.parentWidget())
        return tab


def open_app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user: str) -> Iterator[App]:
    monkeypatch.setenv("KIXIE_USER", user)
    # A Monday, 10:00 in Chicago (the leads' zone): inside quiet hours' bounds.
    clock = FakeClock()
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}", clock=clock)
    ws = build_workspace(backend.db)
    runner = BackgroundRunner()
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    answers = Answers()
    for tab in (window.inflight_tab, window.completed_tab):
        tab.lead_actions.questions = answers
    window.show()
    yield App(backend, ws, window, answers)
    window.close()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    runner.shutdown()
    backend.close()


@pytest.fixture
def app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    yield from open_app(qtbot, tmp_path, monkeypatch, "supervisor@acme.test")


@pytest.fixture
def agent_app(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    yield from open_app(qtbot, tmp_path, monkeypatch, "agent@acme.test")


def cadence(app: App, *actions: SmsAction | CallAction, name: str = "Speed to lead") -> int:
    ws, backend = app.ws, app.backend
    version = backend.cadences.create(ws.manager, replace(ws.definition(name), actions=actions,
                                                          harassment=TWO_A_DAY))
    backend.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


def enroll(app: App, cadence_id: int, first: str = "Olivia", phone: str = "+1 512 555 0100") -> int:
    result = app.backend.enrollment.enroll(app.ws.manager, cadence_id,
                                           NewContact(phone=phone, first_name=first, last_name="Garcia"))
    return result.enrollment.id


def row_of(qtbot: QtBot, tab: ActionTableTab, run_id: int) -> int:
    """Wait for the run's row and return its position."""
    def found() -> int | None:
        model = tab.model
        return next((r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == run_id), None)

    qtbot.waitUntil(lambda: found() is not None, timeout=WAIT_MS)
    row = found()
    assert row is not None
    return row


def right_click(tab: ActionTableTab, row: int) -> QMenu:
    view = tab.view
    pos = view.visualRect(tab.model.index(row, 0)).center()
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos)))
    menu = tab.lead_actions.menu
    assert menu.isVisible()
    return menu


def pick(qtbot: QtBot, menu: QMenu, actions: LeadActions, kind: LeadAction) -> None:
    action = actions.actions[kind]
    assert action.isEnabled(), f"{action.text()} is greyed"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def enabled(actions: LeadActions) -> set[LeadAction]:
    return {kind for kind, action in actions.actions.items() if action.isEnabled()}


def runs(app: App) -> list[ActionRunRow]:
    with app.backend.db.read() as s:
        return list(s.scalars(select(ActionRunRow).order_by(ActionRunRow.id)))


def enrollment(app: App, enrollment_id: int) -> EnrollmentRow:
    with app.backend.db.read() as s:
        row = s.get(EnrollmentRow, enrollment_id)
        assert row is not None
        return row


def test_pause_resume_run_now_and_unenroll_from_the_inflight_table(qtbot: QtBot, app: App) -> None:
    enrollment_id = enroll(app, cadence(app, SmsAction(template_id=app.ws.template.id, after=timedelta(days=1)),
                                        CallAction()))
    [sms] = runs(app)
    tab = app.tab(inflight=True)
    actions = tab.lead_actions
    row = row_of(qtbot, tab, sms.id)
    assert enabled(actions) == set()  # nothing selected yet

    # Right-click: the row is selected and its menu offers what applies to an active lead.
    menu = right_click(tab, row)
    assert tab.view.currentIndex().row() == row
    assert enabled(actions) == {LeadAction.PAUSE, LeadAction.RUN_NOW, LeadAction.UNENROLL}
    app.answers.until = until = app.ws.clock.now + timedelta(days=2)
    with qtbot.waitSignal(actions.done, timeout=WAIT_MS) as paused:
        pick(qtbot, menu, actions, LeadAction.PAUSE)
    assert app.answers.asked[-1] == ("pause", "Olivia Garcia in Speed to lead")
    assert paused.args[0].startswith("Paused Olivia Garcia in Speed to lead until ")
    row_now = enrollment(app, enrollment_id)
    assert (row_now.state, row_now.paused_until, row_now.paused_by) == ("paused", until, "Supervisor Tester")
    why = next(c for c in range(tab.model.columnCount())
               if tab.model.headerData(c, Qt.Orientation.Horizontal) == "Why")
    qtbot.waitUntil(lambda: str(tab.model.index(row, why).data()).startswith("Paused by Supervisor Tester until"),
                    timeout=WAIT_MS)
    assert runs(app)[0].reason == tab.model.index(row, why).data()
    # The row now says the lead is paused: Resume, not Pause; nothing runs now while paused.
    qtbot.waitUntil(lambda: enabled(actions) == {LeadAction.RESUME, LeadAction.UNENROLL}, timeout=WAIT_MS)
    assert not tab.lead_actions.ui.pause_button.isEnabled() and tab.lead_actions.ui.resume_button.isEnabled()

    with qtbot.waitSignal(actions.done, timeout=WAIT_MS) as resumed:
        qtbot.mouseClick(actions.ui.resume_button, Qt.MouseButton.LeftButton)
    # Due a day after enrollment, 07:00 in the account's zone (Los Angeles).
    assert resumed.args[0] == "Resumed Olivia Garcia in Speed to lead. Next: the text, due Mar 3, 07:00."
    assert enrollment(app, enrollment_id).state == "active"
    assert runs(app)[0].reason == "Resumed by Supervisor Tester"

    qtbot.waitUntil(lambda: LeadAction.RUN_NOW in enabled(actions), timeout=WAIT_MS)
    with qtbot.waitSignal(actions.done, timeout=WAIT_MS) as ran:
        qtbot.mouseClick(actions.ui.run_now_button, Qt.MouseButton.LeftButton)
    assert ran.args[0] == "Olivia Garcia: The text is due now."
    assert runs(app)[0].due_at == app.ws.clock.now
    assert actions.ui.message_label.text() == ran.args[0]

    menu = right_click(tab, row_of(qtbot, tab, sms.id))
    with qtbot.waitSignal(actions.done, timeout=WAIT_MS) as gone:
        pick(qtbot, menu, actions, LeadAction.UNENROLL)
    title, text = app.answers.asked[-1]
    assert title == "Unenroll Olivia Garcia?"
    assert text.startswith("Olivia Garcia leaves Speed to lead for good. Their next text (due ")
    assert gone.args[0] == "Unenrolled Olivia Garcia from Speed to lead: 1 pending action cancelled."
    assert enrollment(app, enrollment_id).state == "cancelled"
    assert [r.status for r in runs(app)] == ["cancelled"]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT_MS)  # it left the Inflight table


def unknown_texts(app: App, *phones: str) -> list[int]:
    """Each number's first text went Unknown: the engine died while handing it over, and the
    engine that took over (the only one on this file) cannot ask the gateway."""
    cadence_id = cadence(app, SmsAction(template_id=app.ws.template.id), CallAction(after=timedelta(days=1)))
    for n, phone in enumerate(phones):
        enroll(app, cadence_id, first=["Olivia", "Noah"][n], phone=phone)

    def crash(_: OutboundSms) -> SmsResult:
        raise Crash

    backend = app.backend
    with pytest.raises(Crash):
        Engine(backend.store, backend.clock, RecordingGateway(crash), "dead", inflight_window=1).tick()
    Engine(backend.store, backend.clock, RecordingGateway(can_lookup=False), "e2", sole_engine=True).tick()
    unknown = [r.id for r in runs(app) if r.status == "unknown"]
    assert len(unknown) >= 1
    return unknown


def test_decide_unknown_texts_from_the_completed_table(qtbot: QtBot, app: App) -> None:
    [olivia] = unknown_texts(app, "+1 512 555 0100")
    tab = app.tab(inflight=False)
    actions = tab.lead_actions
    tab.view.selectRow(row_of(qtbot, tab, olivia))
    qtbot.waitUntil(lambda: enabled(actions) == {LeadAction.MARK_SENT, LeadAction.SEND_AGAIN, LeadAction.PAUSE,
                                                 LeadAction.UNENROLL}, timeout=WAIT_MS)

    app.answers.yes = False  # the person reads the question, and cancels
    qtbot.mouseClick(actions.ui.send_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(app.answers.asked) == 1, timeout=WAIT_MS)
    title, text = app.answers.asked[0]
    assert title == "Send the text again?"
    assert "We could not tell whether this text reached Olivia Garcia (+15125550100)" in text
    assert "“Hi Olivia, it's Agent from Acme Solar.”" in text
    assert "Olivia Garcia has had 1 of 2 texts in the last day." in text
    assert runs(app)[0].status == "unknown"  # cancelled: nothing written

    app.answers.yes = True
    with qtbot.waitSignal(actions.done, timeout=WAIT_MS) as again:
        qtbot.mouseClick(actions.ui.send_again_button, Qt.MouseButton.LeftButton)
    assert again.args[0] == "Olivia Garcia: The text is due now."
    first = runs(app)[0]
    assert (first.status, first.attempt, first.reason) == ("scheduled", 1,
                                                           "Sending again, as Supervisor Tester decided")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=WAIT_MS)  # back in Inflight


def test_mark_as_sent_from_the_completed_tables_menu(qtbot: QtBot, app: App) -> None:
    [olivia] = unknown_texts(app, "+1 512 555 0100")
    tab = app.tab(inflight=False)
    actions = tab.lead_actions
    menu = right_click(tab, row_of(qtbot, tab, olivia))
    assert not actions.actions[LeadAction.RUN_NOW].isEnabled()
    with qtbot.waitSignal(actions.done, timeout=WAIT_MS) as marked:
        pick(qtbot, menu, actions, LeadAction.MARK_SENT)
    title, text = app.answers.asked[-1]
    assert title == "Mark the text as sent?" and "Nothing is sent." in text and "1 of 2 texts" in text
    assert marked.args[0] == "Marked the text to Olivia Garcia as sent."
    first = runs(app)[0]
    assert (first.status, first.outcome, first.reason) == ("completed", "sent", "Marked as sent by Supervisor Tester")
    with app.backend.db.read() as s:
        assert s.scalar(select(SmsMessageRow.status)) == "sent"
    outcome = next(c for c in range(tab.model.columnCount())
                   if tab.model.headerData(c, Qt.Orientation.Horizontal) == "Outcome")
    qtbot.waitUntil(lambda: tab.model.index(row_of(qtbot, tab, olivia), outcome).data() == "Sent", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: enabled(actions) == {LeadAction.PAUSE, LeadAction.UNENROLL}, timeout=WAIT_MS)


def test_an_agent_gets_only_what_they_may_do_on_their_own_leads(qtbot: QtBot, agent_app: App) -> None:
    app = agent_app
    [olivia] = unknown_texts(app, "+1 512 555 0100")  # the lead is the agent's (round robin)
    tab = app.tab(inflight=False)
    tab.view.selectRow(row_of(qtbot, tab, olivia))
    qtbot.waitUntil(lambda: enabled(tab.lead_actions) == {LeadAction.PAUSE}, timeout=WAIT_MS)
    assert not tab.lead_actions.ui.send_again_button.isEnabled()
    assert not tab.lead_actions.ui.unenroll_button.isEnabled()
