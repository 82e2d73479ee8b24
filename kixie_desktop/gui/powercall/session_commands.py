"""Carries out for the PowerCall panel what the agent's session answers: service calls on
the ``BackgroundRunner``, softphone commands, and what to show.

A command whose outcome the session needs comes back to it as an event through the
panel's ``forward`` — a service's answer when its worker is done, the softphone's call id at
once — so nothing here decides anything, and no worker waits on another's future. Main
thread only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.powercall import IncomingRing
from kixie_desktop.engine.agent_events import (
    AcceptPrompt,
    AcceptRefused,
    AcceptSucceeded,
    AttachCall,
    CallFinished,
    CallNotStarted,
    CallStarted,
    CloseCallRecord,
    Command,
    DetachCall,
    DropVoicemail,
    FinishCall,
    FinishRefused,
    InboundRouted,
    LeaveVoicemail,
    OpenCallRecord,
    OpenDisposition,
    OpenInboundRecord,
    PhoneAction,
    PhoneCommand,
    PlaceCall,
    RecordNotOpened,
    RecordOpened,
    RouteInbound,
    Say,
    SkipPrompt,
    StoreAvailability,
    VoicemailLeft,
    VoicemailRefused,
    Warn,
)
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.phone_line import PhoneLine

if TYPE_CHECKING:
    from kixie_desktop.gui.powercall.panel import PowerCallPanel, PowerCallServices

BUSY_HERE = 486  # how a declined inbound call is answered
# The softphone's method for each command, and what the agent reads if it fails ("Could not …").
_PHONE = {
    PhoneAction.ANSWER: ("answer", "answer the call"), PhoneAction.DECLINE: ("hangup", "decline the call"),
    PhoneAction.HANG_UP: ("hangup", "hang up"), PhoneAction.MUTE: ("mute", "mute"),
    PhoneAction.UNMUTE: ("unmute", "unmute"), PhoneAction.HOLD: ("hold", "hold the call"),
    PhoneAction.RESUME: ("resume", "resume the call"), PhoneAction.RING: ("ring", "ring"),
}


class SessionCommands:
    def __init__(self, panel: PowerCallPanel, services: PowerCallServices, line: PhoneLine,
                 runner: BackgroundRunner) -> None:
        self._panel, self._svc, self._line, self._runner = panel, services, line, runner
        self._actor = services.actor

    @property
    def is_demo(self) -> bool:
        return self._line.is_demo

    def carry_out(self, command: Command) -> None:
        panel, actor, powercall, run = self._panel, self._actor, self._svc.powercall, self._runner.run
        forward = panel.forward
        match command:
            case PlaceCall(phone=phone, caller_id=caller_id):
                try:
                    call_id = self._line.place_call(phone, caller_id)
                except UserFacingError as error:
                    forward(CallNotStarted(error.message))
                else:
                    forward(CallStarted(call_id))
            case PhoneCommand(action=action, call_id=call_id):
                self._phone(action, call_id)
            case StoreAvailability(availability=availability):
                user_id = actor.user_id
                if user_id is not None:
                    run(lambda: self._svc.directory.set_availability(actor, user_id, availability),
                        lambda _: panel.availability_saved.emit(availability.value), self._warn, owner=panel)
            case AcceptPrompt(run_id=run_id):
                run(lambda: powercall.accept(actor, run_id), lambda task: forward(AcceptSucceeded(task)),
                    lambda error: forward(AcceptRefused(run_id, error.message)), owner=panel)
            case SkipPrompt(prompt_id=prompt_id):
                run(lambda: powercall.skip(actor, prompt_id), on_error=self._warn, owner=panel)
            case OpenCallRecord(call_id=call_id, run_id=run_id, phone=phone, caller_id=caller_id):
                run(lambda: self._recorded(call_id, powercall.call_placed(actor, run_id, phone, caller_id)),
                    lambda record_id: forward(RecordOpened(call_id, record_id)),
                    lambda error: self._record_failed(call_id, error), owner=panel)
            case OpenInboundRecord(call_id=call_id, from_number=from_number, to_number=to_number):
                run(lambda: self._recorded(call_id, powercall.call_answered(actor, from_number, to_number)),
                    lambda record_id: forward(RecordOpened(call_id, record_id)),
                    lambda error: self._record_failed(call_id, error), owner=panel)
            case CloseCallRecord(record_id=record_id, end=end):
                run(lambda: self._closed(record_id, powercall.call_ended(actor, record_id, end)),
                    on_error=self._warn, owner=panel)
            case FinishCall(run_id=run_id, disposition_id=disposition_id, notes=notes, record_id=record_id,
                            end=end):
                closes = record_id if end is not None else None  # else its end closes it, later
                run(lambda: self._closed(closes, powercall.finish_call(actor, run_id, disposition_id, notes,
                                                                       record_id, end)),
                    self._finished, lambda error: forward(FinishRefused(error.message)), owner=panel)
            case DropVoicemail(call_id=call_id, wav_path=wav_path):
                try:
                    phone = self._line.softphone()
                except UserFacingError as error:
                    self._warn(error)
                else:
                    panel.relay.watch(phone.drop_voicemail(call_id, wav_path), "leave the voicemail")
            case LeaveVoicemail(call_id=call_id, run_id=run_id, record_id=record_id):
                run(lambda: powercall.leave_voicemail(actor, run_id, record_id),
                    lambda said: self._voicemail_left(call_id, said),
                    lambda error: forward(VoicemailRefused(call_id, error.message)), owner=panel)
            case RouteInbound(call_id=call_id, number=number):
                run(lambda: powercall.incoming(actor, number), lambda ring: forward(InboundRouted(call_id, ring)),
                    # When we cannot tell whom it is for, it rings: a caller must not go unheard.
                    lambda error: forward(InboundRouted(call_id, IncomingRing(True, None, error.message))),
                    owner=panel)
            case AttachCall(call_id=call_id, label=label, state=state):
                panel.controls.attach(call_id, label, state)
                # Greetings recorded in the settings since the panel opened are offered too.
                run(lambda: self._svc.greetings.greetings(actor), panel.voicemail.set_greetings, self._warn,
                    owner=panel)
            case DetachCall():
                panel.controls.detach()
            case OpenDisposition(party=party):
                panel.disposition_form.open_for(party)
            case Say(text=text):
                panel.ui.status_label.setText(text)
            case Warn(text=text):
                panel.show_message(text)

    def _phone(self, action: PhoneAction, call_id: str) -> None:
        method, doing = _PHONE[action]
        try:
            phone = self._line.softphone()
        except UserFacingError as error:
            self._warn(error)
            return
        command = getattr(phone, method)
        future = command(call_id, BUSY_HERE) if action is PhoneAction.DECLINE else command(call_id)
        self._panel.relay.watch(future, doing)

    def _recorded(self, call_id: str, record_id: int) -> int:
        """On the worker, once the call has its record: record the call when the account says
        so (the softphone starts with the call's audio, or at once when it flows already)."""
        path = self._svc.recordings.begin(self._actor, record_id)
        if path is not None:
            self._panel.relay.watch(self._line.softphone().record_call(call_id, path), "record the call")
        return record_id

    def _closed(self, record_id: int | None, result: str | None) -> str | None:
        """On the worker, once the call's record is closed: note its recording's length."""
        if record_id is not None:
            self._svc.recordings.finish(self._actor, record_id)
        return result

    def _voicemail_left(self, call_id: str, said: str) -> None:
        self._panel.forward(VoicemailLeft(call_id, said))
        self._panel.disposition_saved.emit(said)

    def _record_failed(self, call_id: str, error: UserFacingError) -> None:
        self._warn(error)
        self._panel.forward(RecordNotOpened(call_id))

    def _finished(self, said: str) -> None:
        self._panel.forward(CallFinished(said))
        self._panel.disposition_saved.emit(said)

    def _warn(self, error: UserFacingError) -> None:
        self._panel.show_message(error.message)
