"""Per-lead control from the Contacts tab's Cadences list, driven as a supervisor would: open a
contact, pick one of its cadences, use the buttons or the row's menu; the database is checked,
and the list says where each cadence stands afterwards. Also the real Pause dialog."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.cadence import CallAction, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.lead_control import LeadAction
from kixie_desktop.domain.messaging import OutboundSms, SmsResult
from kixie_desktop.gui.contacts.tab import ContactsTab
from kixie_desktop.gui.lead_control.pause_dialog import PauseDialog
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import ActionRunRow, EnrollmentRow
from tests.gui.lead_control.test_from_the_tables import Answers, enabled
from tests.support.clock import FakeClock
from tests.support.gateways import Crash, RecordingGateway
from tests.support.workspace import Workspace, build_workspace

WAIT_MS = 20_000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                       "This plugin does not support grabbing the keyboard")


@dataclass
class Opened:
    backend: Backend
    ws: Workspace
    tab: ContactsTab
    answers: Answers
    speed: int  # the enrollment in Speed to lead (a text tomorrow, then a call)
    nurture: int  # the one in Nurture, whose first text went Unknown


@pytest.fixture
def opened(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Opened]:
    monkeypatch.setenv("KIXIE_USER", "supervisor@acme.test")
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}", clock=FakeClock())
    ws = build_workspace(backend.db)
    lead = NewContact(phone="+1 512 555 0100", first_name="Olivia", last_name="Garcia")
    enrolled = {}
    for name, first in (("Speed to lead", SmsAction(template_id=ws.template.id, after=timedelta(days=1))),
                        ("Nurture", SmsAction(template_id=ws.template.id))):
        version = backend.cadences.create(ws.manager, replace(ws.definition(name), actions=(first, CallAction())))
        backend.cadences.set_active(ws.manager, version.cadence_id, True)
        enrolled[name] = backend.enrollment.enroll(ws.manager, version.cadence_id, lead).enrollment.id

    def crash(_: OutboundSms) -> SmsResult:
        raise Crash

    with pytest.raises(Crash):  # Nurture's text was being handed over when the engine died
        Engine(backend.store, backend.clock, RecordingGateway(crash), "dead").tick()
    Engine(backend.store, backend.clock, RecordingGateway(can_lookup=False), "e2", sole_engine=True).tick()

    runner = BackgroundRunner()
    tab = ContactsTab(window_context(backend).contacts, runner)
    answers = Answers()
    tab.lead_actions.questions = answers
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.searched, timeout=WAIT_MS):
        qtbot.keyClicks(tab.ui.search_edit, "olivia")
    with qtbot.waitSignal(tab.history_shown, timeout=WAIT_MS):
        tab.ui.contacts_view.selectRow(0)
    tab.ui.history_tabs.setCurrentWidget(tab.ui.cadences_page)
    yield Opened(backend, ws, tab, answers, enrolled["Speed to lead"], enrolled["Nurture"])
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    runner.shutdown()
    backend.close()


def cell(tab: ContactsTab, cadence: str, column: str) -> str:
    model = tab.enrollments
    at = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == column)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == cadence)
    return str(model.index(row, at).data())


def choose(tab: ContactsTab, cadence: str) -> int:
    model = tab.enrollments
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == cadence)
    tab.ui.enrollments_view.selectRow(row)
    return row


def state(o: Opened, enrollment_id: int) -> tuple[str, str | None]:
    with o.backend.db.read() as s:
        row = s.get(EnrollmentRow, enrollment_id)
        assert row is not None
        return row.state, row.paused_by


def test_pause_resume_and_unenroll_a_cadence_of_the_contact(qtbot: QtBot, opened: Opened) -> None:
    tab, actions = opened.tab, opened.tab.lead_actions
    assert opened.tab.enrollments.rowCount() == 2
    assert cell(tab, "Speed to lead", "State") == "Active"
    assert cell(tab, "Speed to lead", "Next action").startswith("SMS ")
    choose(tab, "Speed to lead")
    assert enabled(actions) == {LeadAction.PAUSE, LeadAction.RUN_NOW, LeadAction.UNENROLL}

    with qtbot.waitSignal(tab.history_shown, timeout=WAIT_MS):  # the list comes back with the change
        qtbot.mouseClick(actions.ui.pause_button, Qt.MouseButton.LeftButton)
    assert state(opened, opened.speed) == ("paused", "Supervisor Tester")
    assert cell(tab, "Speed to lead", "State") == "Paused by Supervisor Tester"
    assert cell(tab, "Speed to lead", "Why") == "Paused by Supervisor Tester"
    assert enabled(actions) == {LeadAction.RESUME, LeadAction.UNENROLL}  # still the selected row

    view = tab.ui.enrollments_view
    pos = view.visualRect(tab.enrollments.index(choose(tab, "Speed to lead"), 0)).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                              view.viewport().mapToGlobal(pos)))
    menu = actions.menu
    assert menu.isVisible()
    with qtbot.waitSignal(tab.history_shown, timeout=WAIT_MS):
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(actions.actions[LeadAction.RESUME]).center())
    assert state(opened, opened.speed) == ("active", None)
    assert actions.ui.message_label.text().startswith("Resumed Olivia Garcia in Speed to lead.")

    choose(tab, "Speed to lead")
    with qtbot.waitSignal(tab.history_shown, timeout=WAIT_MS):
        qtbot.mouseClick(actions.ui.unenroll_button, Qt.MouseButton.LeftButton)
    assert opened.answers.asked[-1][0] == "Unenroll Olivia Garcia?"
    assert state(opened, opened.speed) == ("cancelled", None)
    assert cell(tab, "Speed to lead", "State") == "Cancelled"
    assert cell(tab, "Speed to lead", "Why") == "Unenrolled by Supervisor Tester"


def test_decide_the_unknown_text_of_a_cadence(qtbot: QtBot, opened: Opened) -> None:
    tab, actions = opened.tab, opened.tab.lead_actions
    assert cell(tab, "Nurture", "Why").startswith("A text may not have gone out")
    choose(tab, "Nurture")
    assert {LeadAction.MARK_SENT, LeadAction.SEND_AGAIN} <= enabled(actions)
    with qtbot.waitSignal(tab.history_shown, timeout=WAIT_MS):
        qtbot.mouseClick(actions.ui.mark_sent_button, Qt.MouseButton.LeftButton)
    title, text = opened.answers.asked[-1]
    assert title == "Mark the text as sent?" and "Olivia Garcia has had 1 text in the last day" in text
    with opened.backend.db.read() as s:
        statuses = list(s.scalars(select(ActionRunRow.status).where(ActionRunRow.enrollment_id == opened.nurture)
                                  .order_by(ActionRunRow.id)))
    # The text marked sent; the call that followed it as it was (nobody was there to take it).
    assert statuses == ["completed", "missed"]
    assert not cell(tab, "Nurture", "Why").startswith("A text may not have gone out")
    assert {LeadAction.MARK_SENT, LeadAction.SEND_AGAIN}.isdisjoint(enabled(actions))


def test_the_pause_dialog_answers_an_instant_in_the_accounts_zone(qtbot: QtBot) -> None:
    zone = ZoneInfo("America/Chicago")
    now = datetime(2026, 3, 6, 15, 0, tzinfo=timezone.utc)
    dialog = PauseDialog("Olivia Garcia", "Speed to lead", zone, now)
    qtbot.addWidget(dialog)
    assert "Olivia Garcia is paused, Speed to lead makes no calls" in dialog.ui.intro_label.text()
    assert "America/Chicago" in dialog.ui.zone_label.text()
    edit = dialog.ui.until_edit
    assert edit.dateTime() == QDateTime(QDate(2026, 3, 7), QTime(9, 0))  # tomorrow morning, by default
    # 02:30 on the spring-forward Sunday does not exist in Chicago: it means 03:30 CDT.
    edit.setDateTime(QDateTime(QDate(2026, 3, 8), QTime(2, 30)))
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.answer().until == datetime(2026, 3, 8, 8, 30, tzinfo=timezone.utc)

    forever = PauseDialog("Olivia Garcia", "Speed to lead", zone, now)
    qtbot.addWidget(forever)
    qtbot.mouseClick(forever.ui.forever_radio, Qt.MouseButton.LeftButton)
    assert not forever.ui.until_edit.isEnabled()
    assert forever.answer().until is None


def test_the_pause_dialog_refuses_a_time_gone_by(qtbot: QtBot) -> None:
    zone = ZoneInfo("America/Chicago")
    now = datetime(2026, 3, 6, 15, 0, tzinfo=timezone.utc)  # 09:00 in Chicago
    dialog = PauseDialog("Olivia Garcia", "Speed to lead", zone, now)
    qtbot.addWidget(dialog)
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    dialog.ui.until_edit.setDateTime(QDateTime(QDate(2026, 3, 6), QTime(9, 0)))  # the minimum: now
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.ui.error_label.text() == "Pick a time in the future, or pause until someone resumes it"
    assert accepted == []
