"""The agent's PowerCall dock: availability, the queue of call prompts, the live call and
the disposition that feeds the cadence back — prompt → call → disposition.

Render and forward: what happens is the agent's session's business
(``engine/agent_session.py``). Every click, key, telephony event, clock tick and service
answer goes to ``AgentSession.handle``; the panel carries out the commands it answers with
(``session_commands.py``) and then renders the session: the availability, the prompt
cards, the ringing banner, what may be clicked and which keys work. Service calls go
through the ``BackgroundRunner`` and come back as events, so no worker waits on another.
Prompts are polled every ``poll_ms`` while the agent is Available, so a prompt written by
an engine on another workstation shows up within a second. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QScrollArea, QWidget

from kixie_desktop.domain.calls import CallState, CallStateChanged, MediaStateChanged
from kixie_desktop.domain.directory import Disposition, User
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.greetings import Greeting
from kixie_desktop.domain.ids import DispositionId
from kixie_desktop.domain.phone_numbers import normalise
from kixie_desktop.domain.powercall import LEFT_VOICEMAIL, CallPrompt
from kixie_desktop.domain.roles import Actor, Availability
from kixie_desktop.engine.agent_events import (
    AcceptChosen,
    AvailabilityChosen,
    ClockTicked,
    DispositionChosen,
    HangUpChosen,
    HoldChosen,
    ManualDialChosen,
    MuteChosen,
    PromptsFetched,
    SkipChosen,
    VoicemailDropChosen,
)
from kixie_desktop.engine.agent_session import ActiveCall, AgentSession
from kixie_desktop.engine.agent_states import AgentState
from kixie_desktop.gui.forms.ui_powercall_panel import Ui_PowerCallPanel
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall import hotkeys
from kixie_desktop.gui.powercall.call_controls import CallControls
from kixie_desktop.gui.powercall.disposition_form import DispositionForm
from kixie_desktop.gui.powercall.incoming_call import IncomingCalls
from kixie_desktop.gui.powercall.phone_line import PhoneLine
from kixie_desktop.gui.powercall.prompt_card import PromptCard
from kixie_desktop.gui.powercall.session_commands import SessionCommands
from kixie_desktop.gui.powercall.softphone_commands import CommandRelay
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge
from kixie_desktop.gui.powercall.voicemail_drop import VoicemailDrop
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.administration.dispositions import DispositionService
from kixie_desktop.services.calls.greetings import GreetingService
from kixie_desktop.services.calls.powercall import PowerCallService
from kixie_desktop.services.calls.recordings import CallRecordingService

AVAILABILITY_LABELS = {
    Availability.AVAILABLE: "Available", Availability.BUSY: "Busy", Availability.WRAP_UP: "Wrap-up",
    Availability.AWAY: "Away", Availability.OFFLINE: "Offline",
}
MESSAGE_MS = 15_000
_WRAPPING_UP = (AgentState.WRAP_UP, AgentState.SAVING)


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class PowerCallServices:
    """What the panel needs from the composition root."""

    actor: Actor
    powercall: PowerCallService
    directory: DirectoryService
    dispositions: DispositionService
    greetings: GreetingService
    recordings: CallRecordingService


class PowerCallPanel(QDockWidget):
    loaded = Signal()  # availability and dispositions are shown
    availability_saved = Signal(str)  # an Availability value reached the database
    prompts_shown = Signal(int)  # cards on screen after a poll
    call_ended = Signal(object)  # CallStateChanged of our call's end
    disposition_saved = Signal(str)  # what happened to the enrollment

    def __init__(self, services: PowerCallServices, line: PhoneLine, bridge: TelephonyBridge,
                 runner: BackgroundRunner, parent: QWidget | None = None, *, poll_ms: int = 500,
                 now: Callable[[], datetime] = _utc_now) -> None:
        super().__init__("PowerCall", parent)
        self.setObjectName("powercall_dock")
        self._svc, self._actor, self._runner, self._now = services, services.actor, runner, now
        self.body = QWidget()
        self.ui = Ui_PowerCallPanel()
        self.ui.setupUi(self.body)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # Tall when a call and its disposition are open: scroll down, never sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setMinimumWidth(320)
        scroll.setMinimumWidth(340)  # the body plus a vertical scroll bar
        scroll.setWidget(self.body)
        self.setWidget(scroll)
        self.relay = CommandRelay(self)
        self.relay.failed.connect(self.show_message)
        self.controls = CallControls(line, self.relay, self.body)
        self.ui.call_layout.addWidget(self.controls)
        self.voicemail = VoicemailDrop(self.body)
        self.voicemail.drop_clicked.connect(lambda greeting: self.forward(VoicemailDropChosen(greeting.path)))
        self.ui.call_layout.addWidget(self.voicemail)
        self._can_leave_voicemail = False  # the account has a Left Voicemail disposition to save
        self._consent_notice: str | None = None  # the account records calls: the agent reads this first
        self.disposition_form = DispositionForm(self.body)
        self.disposition_form.hide()
        self.ui.disposition_layout.addWidget(self.disposition_form)
        self.incoming = IncomingCalls(self.ui, self)
        for availability, label in AVAILABILITY_LABELS.items():
            self.ui.availability_combo.addItem(label, availability.value)
        self.ui.availability_combo.setCurrentIndex(self.ui.availability_combo.findData(Availability.OFFLINE.value))
        self.cards: dict[int, PromptCard] = {}
        self.session: AgentSession | None = None  # once we know who we are and how available
        self._commands = SessionCommands(self, services, line, runner)
        self._poll_future: Future[list[CallPrompt]] | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._poll_timer.timeout.connect(self.poll_prompts)
        self._stopped = False
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.ui.message_label.clear)
        self.hotkeys = hotkeys.Hotkeys(self, self._key_handlers())
        self.ui.manual_dial_button.setToolTip("Call the number typed beside")

        self.ui.availability_combo.currentIndexChanged.connect(self._on_availability_picked)
        self.ui.manual_dial_button.clicked.connect(self._dial_manual)
        self.ui.manual_number_edit.returnPressed.connect(self._dial_manual)
        self.controls.hang_up_clicked.connect(lambda: self.forward(HangUpChosen()))
        self.controls.mute_clicked.connect(lambda: self.forward(MuteChosen()))
        self.controls.hold_clicked.connect(lambda: self.forward(HoldChosen()))
        self.incoming.answer_clicked.connect(lambda: self.forward(AcceptChosen()))
        self.incoming.decline_clicked.connect(lambda: self.forward(SkipChosen()))
        self.disposition_form.save_clicked.connect(
            lambda disposition_id, notes: self.forward(DispositionChosen(DispositionId(disposition_id), notes)))
        bridge.call_state_changed.connect(self._on_call_state)
        bridge.media_state_changed.connect(self._on_media_state)
        bridge.transfer_progressed.connect(self.controls.on_transfer)
        bridge.incoming_call.connect(self.forward)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.body.setEnabled(False)
        self._render(None)
        self._runner.run(self._load, self._on_loaded, owner=self)

    @property
    def call(self) -> ActiveCall | None:
        return self.session.call if self.session is not None else None

    # -- start-up ---------------------------------------------------------------------------

    def _load(self) -> tuple[list[User], list[Disposition], list[Greeting], str | None]:
        return (self._svc.directory.users(self._actor), self._svc.dispositions.list(self._actor),
                self._svc.greetings.greetings(self._actor), self._svc.recordings.notice(self._actor))

    def _on_loaded(self, loaded: tuple[list[User], list[Disposition], list[Greeting], str | None]) -> None:
        users, dispositions, greetings, self._consent_notice = loaded
        self.disposition_form.set_dispositions(dispositions)
        self._can_leave_voicemail = any(d.name.casefold() == LEFT_VOICEMAIL.casefold() for d in dispositions)
        self.voicemail.set_greetings(greetings)
        me = next((u for u in users if u.id == self._actor.user_id), None)
        if me is None:
            self.show_message("Sign in as a user to work call prompts")
            return
        self.session = AgentSession(me.availability)
        self.body.setEnabled(True)
        self.ui.status_label.setText(f"{me.full_name} · {'demo line' if self._commands.is_demo else 'SIP account'}")
        self._render(None)
        self.loaded.emit()

    # -- forwarding -------------------------------------------------------------------------

    def forward(self, event: object) -> None:
        """Hand ``event`` to the agent's session, carry out what it answers, render."""
        session = self.session
        if session is None:
            return  # not signed in, or not loaded yet: nothing to work
        focus = QApplication.focusWidget()
        for command in session.handle(event):
            self._commands.carry_out(command)
        self._render(focus)

    def set_availability(self, availability: Availability) -> None:
        self.forward(AvailabilityChosen(availability))

    def _on_availability_picked(self, index: int) -> None:
        self.set_availability(Availability(self.ui.availability_combo.itemData(index)))

    def _dial_manual(self) -> None:
        if self.session is None or not self.session.allows(ManualDialChosen("")):
            return
        try:
            phone = normalise(self.ui.manual_number_edit.text())
        except UserFacingError as error:
            self.show_message(error.message)
            return
        self.forward(ManualDialChosen(phone))

    def _on_call_state(self, event: CallStateChanged) -> None:
        self.controls.on_call_state(event)
        ours = self.call is not None and self.call.call_id == event.call_id
        self.forward(event)
        if ours and event.state is CallState.ENDED:
            self.call_ended.emit(event)
        if ours and event.state is CallState.CONNECTED and self._consent_notice is not None:
            self.ui.status_label.setText(f"This call is recorded. Say first: “{self._consent_notice}”")

    def _on_media_state(self, event: MediaStateChanged) -> None:
        self.controls.on_media_state(event)
        self.forward(event)

    def poll_prompts(self) -> None:
        if self.session is None or not self.session.watching_prompts:
            return
        if self._poll_future is not None and not self._poll_future.done():
            return  # a slow database must not pile polls up behind each other
        self._poll_future = self._runner.run(lambda: self._svc.powercall.prompts(self._actor),
                                             self._on_prompts, self._show_error, owner=self)

    def _on_prompts(self, prompts: list[CallPrompt]) -> None:
        self.forward(PromptsFetched(tuple(prompts)))
        self.prompts_shown.emit(len(self.cards))

    def _tick(self) -> None:
        now = self._now()
        self.forward(ClockTicked(now))
        for card in self.cards.values():
            card.tick(now)

    def _key_handlers(self) -> dict[hotkeys.Hotkey, Callable[[], None]]:
        form = self.disposition_form
        handlers: dict[hotkeys.Hotkey, Callable[[], None]] = {
            hotkeys.ACCEPT: lambda: self.forward(AcceptChosen()),
            hotkeys.SKIP: lambda: self.forward(SkipChosen()),
            hotkeys.HANG_UP: lambda: self.forward(HangUpChosen()),
            hotkeys.MUTE: lambda: self.forward(MuteChosen()),
            hotkeys.HOLD: lambda: self.forward(HoldChosen()),
            hotkeys.VOICEMAIL: self.voicemail.drop,
            hotkeys.SAVE: form.save,
            hotkeys.SAVE_WHILE_TYPING: form.save,
        }
        for digit, key in enumerate(hotkeys.DISPOSITIONS, 1):
            handlers[key] = lambda _checked=False, d=digit: form.pick(d)
        return handlers

    # -- rendering --------------------------------------------------------------------------

    def _render(self, focus_before: QWidget | None) -> None:
        session = self.session
        combo = self.ui.availability_combo
        if session is not None:
            combo.blockSignals(True)  # showing it is not choosing it
            combo.setCurrentIndex(combo.findData(session.availability.value))
            combo.blockSignals(False)
        combo.setEnabled(session is not None and session.allows(AvailabilityChosen(Availability.AVAILABLE)))
        watching = session is not None and session.watching_prompts and not self._stopped
        if watching and not self._poll_timer.isActive():
            self._poll_timer.start()
            self._countdown.start()
            self.poll_prompts()
        elif not watching:
            self._poll_timer.stop()
            self._countdown.stop()
        self._render_cards(session)
        self.ui.prompts_empty_label.setText("Waiting for call prompts…" if watching
                                            else "Set yourself Available to receive call prompts.")
        self.incoming.show(session.ringing if session else None,
                           session is not None and session.state is AgentState.INBOUND_RINGING)
        self.ui.manual_group.setEnabled(session is not None and session.allows(ManualDialChosen("")))
        call = session.call if session is not None else None
        self.voicemail.render(call is not None and not call.inbound, self._voicemail_allowed())
        wrapping_up = session is not None and session.state in _WRAPPING_UP
        self.disposition_form.setVisible(wrapping_up)
        if wrapping_up and session is not None:
            self.disposition_form.set_saving(session.state is AgentState.SAVING)
        if focus_before is not None and self.isAncestorOf(focus_before) and not (
                focus_before.isVisible() and focus_before.isEnabled()):
            # What had the focus is gone or greyed: keep it in the panel but out of any text
            # box Qt would move it to, where the keys would type instead of act.
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        self._enable_keys()

    def _render_cards(self, session: AgentSession | None) -> None:
        prompts = session.prompts if session is not None else ()
        wanted = {p.run_id for p in prompts}
        for run_id in [r for r in self.cards if r not in wanted]:
            card = self.cards.pop(run_id)
            card.hide()
            card.deleteLater()
        for prompt in prompts:
            if prompt.run_id not in self.cards:
                card = PromptCard(prompt, self.body)
                card.accept_clicked.connect(lambda p: self.forward(AcceptChosen(p.run_id)))
                card.skip_clicked.connect(lambda p: self.forward(SkipChosen(p.run_id)))
                card.tick(self._now())
                self.ui.cards_layout.addWidget(card)
                self.cards[prompt.run_id] = card
        for run_id, card in self.cards.items():
            assert session is not None
            card.set_enabled(session.allows(AcceptChosen(card.prompt.run_id)),
                             session.allows(SkipChosen(card.prompt.run_id)), session.accepting == run_id)
        self.ui.prompts_empty_label.setVisible(not self.cards)

    def _enable_keys(self) -> None:
        session, form = self.session, self.disposition_form
        wrap_up = session is not None and session.state is AgentState.WRAP_UP
        choices = {hotkeys.ACCEPT: AcceptChosen(), hotkeys.SKIP: SkipChosen(), hotkeys.HANG_UP: HangUpChosen(),
                   hotkeys.MUTE: MuteChosen(), hotkeys.HOLD: HoldChosen()}

        def allowed(key: hotkeys.Hotkey) -> bool:
            if key is hotkeys.VOICEMAIL:
                return self._voicemail_allowed() and self.voicemail.ready
            if key in choices:
                return session is not None and session.allows(choices[key])
            if key in hotkeys.DISPOSITIONS:
                return wrap_up and form.has_digit(hotkeys.DISPOSITIONS.index(key) + 1)
            return wrap_up  # saving

        self.hotkeys.enable(allowed, QApplication.focusWidget())

    def _voicemail_allowed(self) -> bool:
        """Leaving a voicemail is possible now: a live outbound call, and a disposition to save
        for it (an account that archived *Left Voicemail* gets no button to a refusal)."""
        session = self.session
        if session is None or session.call is None or not session.allows(VoicemailDropChosen("")):
            return False
        return self._can_leave_voicemail or session.call.run_id is None

    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._enable_keys()  # the keys rest while the agent types

    def stop(self) -> None:
        """Stop polling before the runner shuts down (the app quits, a test ends); an answer
        still on its way must not start it again."""
        self._stopped = True
        self._poll_timer.stop()
        self._countdown.stop()

    # -- messages ---------------------------------------------------------------------------

    def _show_error(self, error: UserFacingError) -> None:
        self.show_message(error.message)

    def show_message(self, text: str) -> None:
        """One line, no dialog: the agent is on the phone."""
        lines = text.strip().splitlines()
        self.ui.message_label.setText(lines[0] if lines else "")
        self._message_timer.start(MESSAGE_MS)
