"""The agent's PowerCall dock: availability, the queue of call prompts, the live call and
the disposition that feeds the cadence back — prompt → call → disposition.

Every service call goes through the ``BackgroundRunner``; softphone commands return at
once and report through telephony events (``TelephonyBridge`` signals) or a
``CommandRelay``. Prompts are polled every ``poll_ms`` while the agent is Available, so a
prompt written by an engine on another workstation shows up within a second. Worker
calls that depend on each other (open the call record → close it → save the
disposition) are chained on the worker side, so the Qt thread never waits. Main thread
only.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import wait as wait_for
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QScrollArea, QWidget

from kixie_desktop.domain.calls import CallState, CallStateChanged, IncomingCallReceived
from kixie_desktop.domain.directory import Disposition, User
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.greetings import Greeting
from kixie_desktop.domain.ids import ActionRunId, DispositionId
from kixie_desktop.domain.phone_numbers import normalise
from kixie_desktop.domain.roles import Actor, Availability
from kixie_desktop.gui.forms.ui_powercall_panel import Ui_PowerCallPanel
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.call_controls import CallControls
from kixie_desktop.gui.powercall.disposition_form import DispositionForm
from kixie_desktop.gui.powercall.incoming_call import IncomingCalls
from kixie_desktop.gui.powercall.phone_line import PhoneLine, caller_number
from kixie_desktop.gui.powercall.prompt_card import PromptCard
from kixie_desktop.gui.powercall.softphone_commands import CommandRelay
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge
from kixie_desktop.gui.powercall.voicemail_drop import VoicemailDrop
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.calls.greetings import GreetingService
from kixie_desktop.services.calls.powercall import CallPrompt, CallTask, PowerCallService
from kixie_desktop.services.calls.recordings import CallRecordingService
from kixie_desktop.services.administration.dispositions import DispositionService

AVAILABILITY_LABELS = {
    Availability.AVAILABLE: "Available", Availability.BUSY: "Busy", Availability.WRAP_UP: "Wrap-up",
    Availability.AWAY: "Away", Availability.OFFLINE: "Offline",
}
MESSAGE_MS = 15_000


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


@dataclass
class ActiveCall:
    """The call on this workstation, from dialing (or answering) until it is wrapped up."""

    call_id: str
    party: str
    phone: str
    run_id: ActionRunId | None
    before: Availability  # what a manual or inbound call returns the agent to
    inbound: bool = False
    connected_at: datetime | None = None
    placed: Future[int] | None = None  # call_placed / call_answered -> the call record's id
    closed: Future[int | None] | None = field(default=None)  # call_ended, after ``placed``


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
        self._svc, self._actor, self._line, self._runner, self._now = services, services.actor, line, runner, now
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
        self.voicemail.drop_clicked.connect(self.drop_voicemail)
        self.ui.call_layout.addWidget(self.voicemail)
        # Calls left to play a voicemail greeting: their end closes their record.
        self._dropped: dict[str, ActiveCall] = {}
        self._consent_notice: str | None = None  # the account records calls: read this first
        self.disposition_form = DispositionForm(self.body)
        self.disposition_form.hide()
        self.ui.disposition_layout.addWidget(self.disposition_form)
        self.incoming = IncomingCalls(self.ui, self._actor, services.powercall, line, runner, self.relay,
                                      lambda: self.call is None, self)
        self.incoming.answer_clicked.connect(self._answer)
        self.incoming.said.connect(self.ui.status_label.setText)
        for availability, label in AVAILABILITY_LABELS.items():
            self.ui.availability_combo.addItem(label, availability.value)
        self.ui.availability_combo.setCurrentIndex(self.ui.availability_combo.findData(Availability.OFFLINE.value))
        self.cards: dict[ActionRunId, PromptCard] = {}
        self._skipped: set[int] = set()  # prompt ids this agent skipped
        self.availability = Availability.OFFLINE
        self.call: ActiveCall | None = None
        self._poll_future: Future[list[CallPrompt]] | None = None
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(poll_ms)
        self._poll_timer.timeout.connect(self.poll_prompts)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick_cards)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.ui.message_label.clear)

        self.ui.availability_combo.currentIndexChanged.connect(self._on_availability_picked)
        self.ui.manual_dial_button.clicked.connect(self._dial_manual)
        self.ui.manual_number_edit.returnPressed.connect(self._dial_manual)
        self.disposition_form.save_clicked.connect(self._save_disposition)
        bridge.call_state_changed.connect(self._on_call_state)
        bridge.media_state_changed.connect(self.controls.on_media_state)
        bridge.incoming_call.connect(self.incoming.on_incoming_call)
        self.body.setEnabled(False)  # until we know who we are and how available
        self._runner.run(self._load, self._on_loaded)

    # -- start-up and availability ----------------------------------------------------------

    def _load(self) -> tuple[list[User], list[Disposition], list[Greeting], str | None]:
        return (self._svc.directory.users(self._actor), self._svc.dispositions.list(self._actor),
                self._svc.greetings.greetings(self._actor), self._svc.recordings.notice(self._actor))

    def _on_loaded(self, loaded: tuple[list[User], list[Disposition], list[Greeting], str | None]) -> None:
        users, dispositions, greetings, self._consent_notice = loaded
        self.disposition_form.set_dispositions(dispositions)
        self.voicemail.set_greetings(greetings)
        me = next((u for u in users if u.id == self._actor.user_id), None)
        if me is None:
            self.show_message("Sign in as a user to work call prompts")
            return
        self.body.setEnabled(True)
        self._show_availability(me.availability)
        self.ui.status_label.setText(f"{me.full_name} · {'demo line' if self._line.is_demo else 'SIP account'}")
        self.loaded.emit()

    def set_availability(self, availability: Availability) -> None:
        """Show it at once and store it; the engine offers prompts only to Available agents."""
        self._show_availability(availability)
        user_id = self._actor.user_id
        if user_id is not None:
            self._runner.run(lambda: self._svc.directory.set_availability(self._actor, user_id, availability),
                             lambda _: self.availability_saved.emit(availability.value), self._show_error)

    def _on_availability_picked(self, index: int) -> None:
        self.set_availability(Availability(self.ui.availability_combo.itemData(index)))

    def _show_availability(self, availability: Availability) -> None:
        self.availability = availability
        combo = self.ui.availability_combo
        combo.blockSignals(True)  # a programmatic change must not store it a second time
        combo.setCurrentIndex(combo.findData(availability.value))
        combo.blockSignals(False)
        if availability is Availability.AVAILABLE:
            self.ui.prompts_empty_label.setText("Waiting for call prompts…")
            self._poll_timer.start()
            self._countdown.start()
            self.poll_prompts()
        else:
            self.ui.prompts_empty_label.setText("Set yourself Available to receive call prompts.")
            self._poll_timer.stop()
            self._countdown.stop()
            self._show_prompts([], force=True)

    # -- the prompt queue -------------------------------------------------------------------

    def poll_prompts(self) -> None:
        if self.availability is not Availability.AVAILABLE:
            return
        if self._poll_future is not None and not self._poll_future.done():
            return  # a slow database must not pile polls up behind each other
        self._poll_future = self._runner.run(lambda: self._svc.powercall.prompts(self._actor),
                                             self._show_prompts, self._show_error)

    def _show_prompts(self, prompts: list[CallPrompt], force: bool = False) -> None:
        if self.availability is not Availability.AVAILABLE and not force:
            return  # an answer to a poll made before the agent went Busy
        wanted = {p.run_id: p for p in prompts if p.prompt_id not in self._skipped}
        for run_id in [r for r in self.cards if r not in wanted]:
            self._remove_card(run_id)
        for run_id, prompt in wanted.items():
            if run_id not in self.cards:
                card = PromptCard(prompt, self.body)
                card.accept_clicked.connect(self._accept)
                card.skip_clicked.connect(self._skip)
                card.tick(self._now())
                self.ui.cards_layout.addWidget(card)
                self.cards[run_id] = card
        self.ui.prompts_empty_label.setVisible(not self.cards)
        self.prompts_shown.emit(len(self.cards))

    def _remove_card(self, run_id: ActionRunId) -> None:
        card = self.cards.pop(run_id, None)
        if card is not None:
            card.hide()
            card.deleteLater()
        self.ui.prompts_empty_label.setVisible(not self.cards)

    def _tick_cards(self) -> None:
        now = self._now()
        for run_id, card in list(self.cards.items()):
            if not card.tick(now):
                self._remove_card(run_id)  # expired: the engine reschedules or misses it

    def _skip(self, prompt: CallPrompt) -> None:
        # Hidden at once; the service declines it for this agent everywhere, and when every
        # agent has passed the engine treats the call as unanswered (retry or missed).
        self._skipped.add(prompt.prompt_id)
        self._remove_card(prompt.run_id)
        self._runner.run(lambda: self._svc.powercall.skip(self._actor, prompt.prompt_id), on_error=self._show_error)

    def _accept(self, prompt: CallPrompt) -> None:
        if self.call is not None:
            self.show_message("Finish the current call first")
            return
        card = self.cards.get(prompt.run_id)
        if card is not None:
            card.set_busy(True)
        self._runner.run(lambda: self._svc.powercall.accept(self._actor, prompt.run_id),
                         self._on_accepted, lambda error: self._on_accept_refused(prompt, error))

    def _on_accepted(self, task: CallTask) -> None:
        self._remove_card(task.run_id)
        party = task.contact.full_name or task.contact.phone
        self._dial(task.contact.phone, party, task.run_id, task.caller_id)

    def _on_accept_refused(self, prompt: CallPrompt, error: UserFacingError) -> None:
        self._remove_card(prompt.run_id)
        self._show_error(error)

    # -- calls ------------------------------------------------------------------------------

    def _dial_manual(self) -> None:
        if self.call is not None:
            self.show_message("Finish the current call first")
            return
        try:
            phone = normalise(self.ui.manual_number_edit.text())
        except UserFacingError as error:
            self._show_error(error)
            return
        self._dial(phone, phone, None, None)

    def _dial(self, phone: str, party: str, run_id: ActionRunId | None, caller_id: str | None) -> None:
        before = self.availability
        try:
            call_id = self._line.place_call(phone, caller_id)
        except UserFacingError as error:
            self._show_error(error)
            if run_id is not None:
                # The action is ours now: without a disposition it would wait forever.
                self.call = ActiveCall("", party, phone, run_id, before)
                self._wrap_up(self.call)
            return
        self.call = ActiveCall(call_id, party, phone, run_id, before)
        self.ui.manual_group.setEnabled(False)
        self.controls.attach(call_id, f"{party} · {phone}" if party != phone else phone)
        self.voicemail.attach(call_id)
        # Greetings recorded in the settings since the panel opened are offered too.
        self._runner.run(lambda: self._svc.greetings.greetings(self._actor), self.voicemail.set_greetings,
                         self._show_error)
        self.disposition_form.hide()
        self.set_availability(Availability.BUSY)
        self.call.placed = self._runner.run(
            lambda: self._recorded(call_id, self._svc.powercall.call_placed(self._actor, run_id, phone, caller_id)),
            on_error=self._show_error)

    def _recorded(self, call_id: str, record_id: int) -> int:
        """On the worker, once the call has its record: record it when the account says so
        (the softphone starts with the call's audio, or at once when it flows already)."""
        path = self._svc.recordings.begin(self._actor, record_id)
        if path is not None:
            self.relay.watch(self._line.softphone().record_call(call_id, path), "record the call")
        return record_id

    def _on_call_state(self, event: CallStateChanged) -> None:
        self.controls.on_call_state(event)
        self.voicemail.on_call_state(event)
        self.incoming.on_call_state(event)
        if event.state is CallState.ENDED and event.call_id in self._dropped:
            dropped = self._dropped.pop(event.call_id)  # the greeting has played
            dropped.closed = self._close_record(dropped, event)
            return
        call = self.call
        if call is None or event.call_id != call.call_id:
            return
        if event.state is CallState.CONNECTED and call.connected_at is None:
            call.connected_at = event.at
            if self._consent_notice is not None:
                self.ui.status_label.setText(f"This call is recorded. Say first: “{self._consent_notice}”")
        if event.state is CallState.ENDED:
            call.closed = self._close_record(call, event)
            self.call_ended.emit(event)
            self._wrap_up(call)

    def _close_record(self, call: ActiveCall, event: CallStateChanged) -> Future[int | None]:
        placed = call.placed

        def close() -> int | None:
            record_id = _record_id(placed)
            if record_id is None:
                return None  # the call never started (placing it failed), or that was reported
            self._svc.powercall.call_ended(self._actor, record_id, event.sip_status, event.reason,
                                           call.connected_at)
            self._svc.recordings.finish(self._actor, record_id)  # its length, when it was recorded
            return record_id

        return self._runner.run(close, on_error=self._show_error)

    def _wrap_up(self, call: ActiveCall) -> None:
        if call.run_id is not None:
            self.set_availability(Availability.WRAP_UP)
            self.disposition_form.open_for(call.party)
            return
        self.call = None  # manual and inbound calls need no disposition
        self.ui.manual_group.setEnabled(True)
        self.ui.status_label.setText(f"Call with {call.party} ended")
        self.set_availability(call.before if call.before is not Availability.BUSY else Availability.AVAILABLE)

    def _save_disposition(self, disposition_id: int, notes: str) -> None:
        call = self.call
        if call is None or call.run_id is None:
            return
        run_id, closed = call.run_id, call.closed

        def save() -> str:
            # Talk time is read from the closed record: close it first.
            return self._svc.powercall.save_disposition(self._actor, run_id, DispositionId(disposition_id),
                                                        notes, _record_id(closed))

        self._runner.run(save, self._on_disposition_saved, self._on_disposition_refused)

    def _on_disposition_saved(self, said: str) -> None:
        self.disposition_form.hide()
        self.controls.detach()
        self.voicemail.detach()
        self.call = None
        self.ui.manual_group.setEnabled(True)
        self.ui.status_label.setText(said)
        self.set_availability(Availability.AVAILABLE)
        self.disposition_saved.emit(said)

    def _on_disposition_refused(self, error: UserFacingError) -> None:
        self.disposition_form.set_saving(False)
        self._show_error(error)

    # -- voicemail drop ---------------------------------------------------------------------

    def drop_voicemail(self, greeting: Greeting) -> None:
        """The call reached a voicemail box: play ``greeting`` into it (the softphone hangs up
        when it ends) and move on at once — a cadence call is saved as *Left Voicemail*, and
        the agent is Available for the next prompt while the greeting still plays."""
        call = self.call
        if call is None or call.inbound or call.connected_at is None:
            return
        try:
            phone = self._line.softphone()
        except UserFacingError as error:
            self._show_error(error)
            return
        self.relay.watch(phone.drop_voicemail(call.call_id, greeting.path), "leave the voicemail")
        self._dropped[call.call_id] = call
        self.call = None  # the call goes on without the agent
        self.controls.detach()
        self.voicemail.detach()
        self.disposition_form.hide()
        self.ui.manual_group.setEnabled(True)
        self.ui.status_label.setText(f"Leaving a voicemail for {call.party}…")
        self.set_availability(call.before if call.run_id is None and call.before is not Availability.BUSY
                              else Availability.AVAILABLE)
        if call.run_id is None:
            return
        run_id, placed = call.run_id, call.placed
        self._runner.run(lambda: self._svc.powercall.leave_voicemail(self._actor, run_id, _record_id(placed)),
                         lambda said: self._voicemail_saved(call, said),
                         lambda error: self._voicemail_refused(call, error))

    def _voicemail_saved(self, call: ActiveCall, said: str) -> None:
        self.ui.status_label.setText(f"Voicemail left for {call.party} · {said}")
        self.disposition_saved.emit(said)

    def _voicemail_refused(self, call: ActiveCall, error: UserFacingError) -> None:
        self._show_error(error)
        if self.call is None:  # ask for the disposition by hand, unless a new call is under way
            self.call = call
            self.ui.manual_group.setEnabled(False)
            self.set_availability(Availability.WRAP_UP)
            self.disposition_form.open_for(call.party)

    # -- inbound ----------------------------------------------------------------------------

    def _answer(self, event: IncomingCallReceived, party: str) -> None:
        if self.call is not None:
            self.show_message("Finish the current call first")
            return
        try:
            phone = self._line.softphone()
        except UserFacingError as error:
            self._show_error(error)
            return
        number = caller_number(event.from_uri)
        self.call = ActiveCall(event.call_id, party, number, None, self.availability, inbound=True)
        self.ui.manual_group.setEnabled(False)
        self.controls.attach(event.call_id, party, CallState.INCOMING)
        self.set_availability(Availability.BUSY)
        self.relay.watch(phone.answer(event.call_id), "answer the call")
        to_number = caller_number(event.to_uri)
        self.call.placed = self._runner.run(
            lambda: self._recorded(event.call_id, self._svc.powercall.call_answered(self._actor, number, to_number)),
            on_error=self._show_error)

    def stop(self) -> None:
        """Stop polling before the runner shuts down (the app quits, a test ends)."""
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


def _record_id(record: Future[int] | Future[int | None] | None) -> int | None:
    """On a worker: the call record's id once the worker call opening (or closing) it is done;
    None when there was none or it failed (that failure was reported already)."""
    if record is None:
        return None
    wait_for([record])
    return record.result() if record.exception() is None else None
