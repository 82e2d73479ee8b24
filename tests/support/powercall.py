"""The PowerCall panel on the demo line, for the GUI tests that work it: a seeded workspace
on SQLite with always-open hours, the real engine runtime (engine thread, demo line) on the
session's pjsua2 softphone, and panels built as the app builds them, one per workstation.
``demo_on_trunk`` calls out through a SIP account whose far end is a SIPp peer instead, for
the tests that check what crossed the wire.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import powercall_panel, window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.cadence import (
    CadenceDefinition,
    CadenceSettings,
    CallAction,
    DispositionRule,
    OwnerAssignment,
    RuleAction,
)
from kixie_desktop.domain.calls import CallState
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.roles import Actor, Availability
from kixie_desktop.domain.workstation import SipAccountSetup
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.panel import PowerCallPanel, PowerCallServices
from kixie_desktop.gui.powercall.phone_line import PhoneLine
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge
from kixie_desktop.runtime import EngineRuntime
from kixie_desktop.storage.models import CallRecordRow, UserRow
from tests.support.softphone import EventLog
from tests.telephony.sipp_runner import SippUas

WAIT_MS = 15_000


@dataclass
class Demo:
    backend: Backend
    runtime: EngineRuntime
    bridge: TelephonyBridge
    events: EventLog
    runners: list[BackgroundRunner]
    panels: list[PowerCallPanel]
    bugs: list[str]

    def agent(self, email: str) -> Actor:
        account = self.backend.accounts.current()
        assert account is not None
        return self.backend.accounts.actor_by_email(account.id, email)

    def panel(self, qtbot: QtBot, actor: Actor) -> PowerCallPanel:
        """One workstation's panel: its own runner, the shared database and phone."""
        runner = BackgroundRunner()
        runner.bug.connect(lambda summary, details: self.bugs.append(details))  # would be a dialog
        self.runners.append(runner)
        backend = self.backend
        services = PowerCallServices(actor, backend.powercall, backend.directory, backend.dispositions,
                                     backend.greetings, backend.recordings)
        panel = PowerCallPanel(services, PhoneLine(self.runtime, backend.settings.sip.domain), self.bridge, runner)
        qtbot.addWidget(panel)
        self.panels.append(panel)
        with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
            panel.show()
        return panel

    def workstation(self, qtbot: QtBot) -> tuple[MainWindow, PowerCallPanel]:
        """The app's window with this workstation's panel docked, built as the app builds them
        and active, as on the agent's screen (its keys work in the active window)."""
        runner = BackgroundRunner()
        runner.bug.connect(lambda summary, details: self.bugs.append(details))
        self.runners.append(runner)
        ctx = window_context(self.backend)
        window = MainWindow(ctx, runner)
        qtbot.addWidget(window)
        panel = powercall_panel(self.backend, ctx, self.runtime, self.bridge, runner)
        self.panels.append(panel)
        window.install_powercall(panel)
        with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
            window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        return window, panel

    def call_cadence(self, assign: OwnerAssignment = OwnerAssignment.ON_ANSWER) -> int:
        """A cadence whose first action is a call; Interested stops it."""
        admin = self.backend.actor()
        queue = next(q for q in self.backend.directory.queues(admin) if q.name == "Inbound Leads")
        interested = next(d.id for d in self.backend.dispositions.list(admin) if d.name == "Interested")
        version = self.backend.cadences.create(admin, CadenceDefinition(
            CadenceSettings(name="Call right away", queue_id=queue.id, assign_owner=assign),
            actions=(CallAction(),), disposition_rules=(DispositionRule(interested, RuleAction.STOP),)))
        self.backend.cadences.set_active(admin, version.cadence_id, True)
        return version.cadence_id

    def take_a_call(self, qtbot: QtBot, phone: str, first_name: str = "Olivia",
                    email: str = "alex@acme-solar.example") -> PowerCallPanel:
        """An agent's panel, Available, taking the call a cadence prompts for ``phone``, until it
        is answered."""
        panel = self.panel(qtbot, self.agent(email))
        make_available(qtbot, panel)
        self.enroll(self.call_cadence(), phone, first_name)
        qtbot.waitUntil(lambda: len(panel.cards) == 1, timeout=WAIT_MS)
        click(qtbot, next(iter(panel.cards.values())).ui.accept_button)
        wait_state(qtbot, panel, CallState.CONNECTED)
        return panel

    def enroll(self, cadence_id: int, phone: str, first_name: str) -> None:
        self.backend.enrollment.enroll(self.backend.actor(), cadence_id,
                                       NewContact(phone=phone, first_name=first_name, last_name="Demo"))
        self.runtime.wake()


@pytest.fixture
def demo(tmp_path: Path, softphone: Any, events: EventLog) -> Iterator[Demo]:
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    backend.seed_demo()
    # Always-open hours, so the test does not depend on the time of day it runs at.
    backend.accounts.update(backend.actor(), quiet_hours_guard=False, compliance_profiles=False)
    with running(backend, softphone, events) as state:
        yield state


@contextmanager
def demo_on_trunk(tmp_path: Path, softphone: Any, events: EventLog, uas: SippUas, **account: Any) -> Iterator[Demo]:
    """The demo workspace calling out through a SIP account whose far end is ``uas``: saved the
    way the Phone page saves it (config.toml, used from the next start) and registered by the
    engine runtime on the session's softphone. ``account``: settings of the demo account to
    change first (besides always-open hours)."""
    url = f"sqlite:///{tmp_path / 'kixie.db'}"
    setup = open_backend(url)
    setup.seed_demo()
    setup.accounts.update(setup.actor(), quiet_hours_guard=False, compliance_profiles=False, **account)
    setup.workstation.save_phone_account(SipAccountSetup(f"127.0.0.1:{uas.port}", "agent"), no_password=True)
    setup.close()
    with running(open_backend(url), softphone, events) as state:
        yield state


@contextmanager
def running(backend: Backend, softphone: Any, events: EventLog) -> Iterator[Demo]:
    """``backend``'s engine runtime on the session's softphone, its events to a Qt bridge;
    everything stopped and closed after, and no bug reported meanwhile."""
    runtime = EngineRuntime(backend, softphone=softphone, api=None, poll_s=0.2)
    runtime.start()
    bridge = TelephonyBridge()
    unsubscribe = events.subscribe(bridge.post)
    state = Demo(backend, runtime, bridge, events, [], [], [])
    try:
        yield state
    finally:
        unsubscribe()
        for panel in state.panels:
            panel.stop()
        runtime.stop()
        for runner in state.runners:
            runner.shutdown()
        backend.close()
    assert not state.bugs, state.bugs[0]


def make_available(qtbot: QtBot, panel: PowerCallPanel) -> None:
    combo = panel.ui.availability_combo
    with qtbot.waitSignal(panel.availability_saved, timeout=WAIT_MS,
                          check_params_cb=lambda value: value == Availability.AVAILABLE.value):
        combo.setCurrentIndex(combo.findText("Available"))


def stored_availability(demo: Demo, actor: Actor) -> str:
    with demo.backend.db.read() as s:
        return str(s.scalar(select(UserRow.availability).where(UserRow.id == actor.user_id)))


def click(qtbot: QtBot, button: Any) -> None:
    """Click a button the agent can see. QAbstractButton.click() rather than a synthetic mouse
    press: the press lands wherever the window's layout *was*, and a card that has just been
    added may not be laid out yet."""
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled(), timeout=WAIT_MS)
    button.click()


def choice(form: Any, name: str) -> Any:
    """The disposition form's button for ``name`` ("7 · Interested")."""
    [button] = [b for b in form.buttons.values() if b.text().split(" · ")[-1] == name]
    return button


def wait_state(qtbot: QtBot, panel: PowerCallPanel, state: CallState) -> None:
    qtbot.waitUntil(lambda: panel.controls.state is state, timeout=WAIT_MS)


def closed_record(qtbot: QtBot, demo: Demo,
                  ready: Callable[[CallRecordRow], bool] = lambda row: row.ended_at is not None) -> CallRecordRow:
    """The workspace's one call record, once the panel's workers have written it as ``ready``
    says (closed, by default)."""
    def found() -> CallRecordRow | None:
        with demo.backend.db.read() as s:
            row = s.scalars(select(CallRecordRow)).one_or_none()
        return row if row is not None and ready(row) else None

    qtbot.waitUntil(lambda: found() is not None, timeout=WAIT_MS)
    record = found()
    assert record is not None
    return record
