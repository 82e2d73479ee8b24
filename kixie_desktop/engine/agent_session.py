"""The agent's session at the PowerCall panel — prompt → call → disposition, and the calls
around it — as a state machine that takes events and answers with commands.

A front end (the PowerCall panel, ``kixie-desktop call``) forwards every fact as an event
(``engine/agent_events.py``): what the agent chose, what a service or the softphone
answered, what the clock says. ``handle`` reads it as an ``AgentInput``, moves along the
table of ``engine/agent_states.py`` (raising ``IllegalAgentTransition`` where it does not
allow the event) and returns the commands to carry out, in order. The front end renders the
session (``state``, ``availability``, ``prompts``, ``ringing``, ``call``) and offers only
what it ``allows``.

Worker answers may come in any order, and no worker waits for another: a call that ends
before its record is open is closed when the record's answer arrives, and a disposition
chosen before then is saved then, with the call's end, in one ``FinishCall``. Facts about
calls that are not this agent's (another leg, a stale answer) change nothing. A call left to
a voicemail greeting is no longer the agent's: its record's answer, *Left Voicemail* and its
end are seen to aside while the agent works on. Pure: no I/O, no clock; not thread-safe (the
owner, the Qt main thread or the CLI, serialises).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from kixie_desktop.domain.calls import CallState, CallStateChanged, IncomingCallReceived, MediaStateChanged
from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.ids import ActionRunId
from kixie_desktop.domain.powercall import CallEnd, CallPrompt, caller_number
from kixie_desktop.domain.roles import Availability
from kixie_desktop.engine.agent_events import (
    AcceptChosen,
    AcceptPrompt,
    AcceptRefused,
    AcceptSucceeded,
    AttachCall,
    AvailabilityChosen,
    CallFinished,
    CallNotStarted,
    CallStarted,
    ClockTicked,
    CloseCallRecord,
    Command,
    DetachCall,
    DispositionChosen,
    DropVoicemail,
    FinishCall,
    FinishRefused,
    HangUpChosen,
    HoldChosen,
    InboundRouted,
    LeaveVoicemail,
    ManualDialChosen,
    MuteChosen,
    OpenCallRecord,
    OpenDisposition,
    OpenInboundRecord,
    PhoneAction,
    PhoneCommand,
    PlaceCall,
    PromptsFetched,
    RecordNotOpened,
    RecordOpened,
    RouteInbound,
    Say,
    SkipChosen,
    SkipPrompt,
    StoreAvailability,
    VoicemailDropChosen,
    VoicemailLeft,
    VoicemailRefused,
    Warn,
)
from kixie_desktop.engine.agent_states import (
    FREE,
    WATCHING,
    AgentInput,
    AgentState,
    IllegalAgentTransition,
    TRANSITIONS,
    idle_state,
    next_state,
)

_S = AgentState
_I = AgentInput


@dataclass(frozen=True)
class ActiveCall:
    """The agent's call, from dialing (or answering) until it is over — for a cadence call,
    until its disposition is saved."""

    party: str  # who, as the agent reads it
    phone: str
    run_id: ActionRunId | None  # None: a manual or inbound call, no disposition
    caller_id: str | None = None
    inbound: bool = False
    call_id: str | None = None  # None until the softphone took it (and if it never did)
    connected_at: datetime | None = None
    muted: bool = False
    record_pending: bool = False  # its record is being opened
    record_id: int | None = None
    end: CallEnd | None = None

    @property
    def label(self) -> str:
        return f"{self.party} · {self.phone}" if self.party != self.phone else self.phone


@dataclass(frozen=True)
class Ringing:
    """The inbound call shown to the agent."""

    call_id: str
    party: str
    reason: str


@dataclass(frozen=True)
class _Inbound:
    number: str
    to_number: str


Event = object  # any of engine/agent_events' events, or a telephony event


class AgentSession:
    def __init__(self, availability: Availability, *, keeps_availability: bool = True) -> None:
        """``availability``: as stored for the agent. ``keeps_availability`` False (a diagnostic
        call from the command line) leaves the stored availability alone."""
        self._chosen = availability
        self._keeps = keeps_availability
        self.state = idle_state(availability, False, False)
        self.call: ActiveCall | None = None
        self._prompts: dict[ActionRunId, CallPrompt] = {}
        self._skipped: set[int] = set()  # prompt ids passed on here
        self.accepting: ActionRunId | None = None
        self._inbound: dict[str, _Inbound] = {}  # arrived and not answered, declined or gone
        self.ringing: Ringing | None = None
        self._unclosed: dict[str, CallEnd] = {}  # ended calls whose record is still being opened
        self._choice: DispositionChosen | None = None  # saved once the record's answer is in
        self._dropped: dict[str, ActiveCall] = {}  # left to a voicemail greeting, not settled yet
        self._voicemail_asked: set[str] = set()  # of those, the ones whose LeaveVoicemail went
        self._dropped_closed: set[str] = set()  # and those whose record was closed

    # -- what a front end renders ---------------------------------------------------------

    @property
    def availability(self) -> Availability:
        """What the agent is, for the engine and for the people who see it."""
        if self.state in (_S.WRAP_UP, _S.SAVING):
            return Availability.WRAP_UP
        if self.state in (_S.ANSWERING, _S.CONNECTED, _S.ON_HOLD) or (
                self.state is _S.DIALING and self.call is not None and self.call.call_id is not None):
            return Availability.BUSY
        return self._chosen

    @property
    def prompts(self) -> tuple[CallPrompt, ...]:
        """The prompts on screen, top first."""
        return tuple(self._prompts.values())

    @property
    def watching_prompts(self) -> bool:
        return self.state in WATCHING and self._chosen is Availability.AVAILABLE

    def allows(self, event: Event) -> bool:
        if isinstance(event, VoicemailDropChosen) and self.call is not None and self.call.inbound:
            return False
        inp = self.read(event)
        return inp is not None and (self.state, inp) in TRANSITIONS

    # -- the one way in -------------------------------------------------------------------

    def handle(self, event: Event) -> list[Command]:
        inp = self.read(event)
        if inp is None:
            return self._aside(event)
        target = next_state(self.state, inp)
        shown = self.availability
        out = self._apply(inp, event)
        self.state = target if isinstance(target, AgentState) else idle_state(
            self._chosen, bool(self._prompts), self.ringing is not None)
        if not self.watching_prompts and self.state is not _S.ACCEPTING:
            self._prompts.clear()  # while accepting, the cards stay (one says "Accepting…")
        if self._keeps and self.availability is not shown:
            out.append(StoreAvailability(self.availability))
        return out

    def read(self, event: Event) -> AgentInput | None:
        """The input ``event`` is here and now, or None when it changes nothing of the agent's
        (a fact about another call, a stale answer)."""
        call = self.call
        match event:
            case RecordOpened(call_id=call_id) | RecordNotOpened(call_id=call_id) | CallStateChanged(
                    call_id=call_id) | MediaStateChanged(call_id=call_id) if call_id in self._dropped:
                return None  # a dropped call's, seen to aside
            case VoicemailLeft():
                return None
            case VoicemailRefused(call_id=call_id):
                return _I.VOICEMAIL_REFUSED if call_id in self._dropped else None
            case VoicemailDropChosen():
                if call is not None and call.inbound:
                    raise IllegalAgentTransition("an answered call has no voicemail box to leave a greeting in")
                return _I.DROP_VOICEMAIL
            case AvailabilityChosen():
                return _I.AVAILABILITY_CHOSEN
            case PromptsFetched():
                return _I.PROMPTS_FETCHED
            case ClockTicked():
                return _I.CLOCK_TICKED
            case AcceptChosen(run_id=None) if self.ringing is not None:
                return _I.ANSWER
            case AcceptChosen():
                return _I.ACCEPT
            case SkipChosen(run_id=None) if self.ringing is not None:
                return _I.DECLINE
            case SkipChosen():
                return _I.SKIP
            case AcceptSucceeded():
                return _I.ACCEPTED
            case AcceptRefused():
                return _I.ACCEPT_REFUSED
            case ManualDialChosen():
                return _I.DIAL
            case CallStarted():
                return _I.CALL_STARTED
            case CallNotStarted():
                return _I.CADENCE_CALL_NOT_STARTED if call and call.run_id is not None else _I.CALL_NOT_STARTED
            case HangUpChosen():
                return _I.HANG_UP
            case MuteChosen():
                return _I.MUTE
            case HoldChosen():
                return _I.HOLD
            case DispositionChosen():
                return _I.SAVE
            case CallFinished():
                return _I.FINISHED
            case FinishRefused():
                return _I.FINISH_REFUSED
            case RecordOpened(call_id=call_id) | RecordNotOpened(call_id=call_id):
                return _I.RECORD_ANSWERED if call is not None and call.call_id == call_id else None
            case IncomingCallReceived():
                return _I.INBOUND_ARRIVED
            case InboundRouted(call_id=call_id, ring=ring):
                if call_id not in self._inbound:
                    return None  # over before the answer came
                return _I.RING if ring.ring else _I.RING_ELSEWHERE
            case CallStateChanged(call_id=call_id, state=state):
                if call is not None and call.call_id == call_id:
                    return _CALL_INPUTS[state] if state is not CallState.ENDED else (
                        _I.CADENCE_CALL_ENDED if call.run_id is not None else _I.CALL_ENDED)
                if state is CallState.ENDED and self.ringing is not None and self.ringing.call_id == call_id:
                    return _I.RING_GONE
                return None
            case MediaStateChanged(call_id=call_id):
                return _I.MEDIA_CHANGED if call is not None and call.call_id == call_id else None
        raise IllegalAgentTransition(f"the agent's session does not take {type(event).__name__}")

    def _aside(self, event: Event) -> list[Command]:
        """Facts that change nothing of the agent's own: answers about a call already over."""
        match event:
            case RecordOpened(call_id=call_id, record_id=record_id) if call_id in self._dropped:
                self._dropped[call_id] = replace(self._dropped[call_id], record_pending=False, record_id=record_id)
                return self._settle_dropped(call_id)
            case RecordNotOpened(call_id=call_id) if call_id in self._dropped:
                self._dropped[call_id] = replace(self._dropped[call_id], record_pending=False)
                return self._settle_dropped(call_id)
            case CallStateChanged(call_id=call_id, state=CallState.ENDED) if call_id in self._dropped:
                dropped = self._dropped[call_id]
                self._dropped[call_id] = replace(dropped, end=CallEnd(event.sip_status, event.reason,
                                                                      dropped.connected_at, event.at))
                return self._settle_dropped(call_id)
            case VoicemailLeft(call_id=call_id, said=said) if call_id in self._dropped:
                dropped = self._dropped[call_id]
                self._dropped[call_id] = replace(dropped, run_id=None)  # its disposition is in
                return [Say(f"Voicemail left for {dropped.party} · {said}"), *self._settle_dropped(call_id)]
            case RecordOpened(call_id=call_id, record_id=record_id) if call_id in self._unclosed:
                return [CloseCallRecord(record_id, self._unclosed.pop(call_id))]
            case RecordNotOpened(call_id=call_id) if call_id in self._unclosed:
                del self._unclosed[call_id]
                return []
            case RecordOpened() | RecordNotOpened():
                raise IllegalAgentTransition("a call record's answer for a call this session never placed")
            case CallStateChanged(call_id=call_id, state=CallState.ENDED):
                self._inbound.pop(call_id, None)  # rang, never shown here
        return []

    # -- what each input does -------------------------------------------------------------

    def _apply(self, inp: AgentInput, event: Event) -> list[Command]:
        match inp, event:
            case _I.AVAILABILITY_CHOSEN, AvailabilityChosen(availability=availability):
                self._chosen = availability
            case _I.PROMPTS_FETCHED, PromptsFetched(prompts=prompts) if self.watching_prompts:
                fetched = {p.run_id: p for p in prompts if p.prompt_id not in self._skipped}
                kept = {r: p for r, p in self._prompts.items() if r in fetched}
                self._prompts = kept | {r: p for r, p in fetched.items() if r not in kept}
            case _I.CLOCK_TICKED, ClockTicked(now=now) if self.watching_prompts:
                self._prompts = {r: p for r, p in self._prompts.items() if p.expires_at > now}
            case _I.ACCEPT, AcceptChosen(run_id=run_id):
                prompt = self._prompt(run_id)
                self.accepting = prompt.run_id
                return [AcceptPrompt(prompt.run_id)]
            case _I.ACCEPTED, AcceptSucceeded(task=task):
                if task.run_id != self.accepting:
                    raise IllegalAgentTransition("accepted a prompt the agent did not accept")
                self.accepting = None
                self.call = ActiveCall(task.contact.full_name or task.contact.phone, task.contact.phone,
                                       task.run_id, task.caller_id)
                return [PlaceCall(task.contact.phone, task.caller_id)]
            case _I.ACCEPT_REFUSED, AcceptRefused(run_id=run_id, message=message):
                self.accepting = None
                self._prompts.pop(run_id, None)
                return [Warn(message)]
            case _I.SKIP, SkipChosen(run_id=run_id):
                prompt = self._prompt(run_id)
                self._skipped.add(prompt.prompt_id)
                del self._prompts[prompt.run_id]
                return [SkipPrompt(prompt.prompt_id)]
            case _I.DIAL, ManualDialChosen(phone=phone):
                self.call = ActiveCall(phone, phone, None)
                return [PlaceCall(phone)]
            case _I.CALL_STARTED, CallStarted(call_id=call_id):
                call = self._call(call_id=call_id, record_pending=True)
                return [AttachCall(call_id, call.label, CallState.DIALING),
                        OpenCallRecord(call_id, call.run_id, call.phone, call.caller_id)]
            case _I.CALL_NOT_STARTED, CallNotStarted(message=message):
                self.call = None
                return [Warn(message)]
            case _I.CADENCE_CALL_NOT_STARTED, CallNotStarted(message=message):
                return [Warn(message), OpenDisposition(self._call().party)]
            case _I.CALL_CONNECTED, CallStateChanged(at=at):
                if self._call().connected_at is None:
                    self._call(connected_at=at)
            case _I.CALL_ENDED, CallStateChanged():
                return self._ended_without_disposition(self._end(event))
            case _I.CADENCE_CALL_ENDED, CallStateChanged():
                call = self._call(end=self._end(event))
                return [OpenDisposition(call.party)]
            case _I.HANG_UP, HangUpChosen():
                return [self._phone(PhoneAction.HANG_UP)]
            case _I.MUTE, MuteChosen():
                return [self._phone(PhoneAction.UNMUTE if self._call().muted else PhoneAction.MUTE)]
            case _I.HOLD, HoldChosen():
                return [self._phone(PhoneAction.RESUME if self.state is _S.ON_HOLD else PhoneAction.HOLD)]
            case _I.MEDIA_CHANGED, MediaStateChanged(muted=muted):
                self._call(muted=muted)
            case _I.RECORD_ANSWERED, RecordOpened(record_id=record_id):
                self._call(record_pending=False, record_id=record_id)
                return self._finish()
            case _I.RECORD_ANSWERED, RecordNotOpened():
                self._call(record_pending=False)
                return self._finish()
            case _I.INBOUND_ARRIVED, IncomingCallReceived(call_id=call_id, from_uri=from_uri, to_uri=to_uri):
                self._inbound[call_id] = _Inbound(caller_number(from_uri), caller_number(to_uri))
                return [RouteInbound(call_id, self._inbound[call_id].number)]
            case _I.RING, InboundRouted(call_id=call_id, ring=ring):
                self.ringing = Ringing(call_id, self._party(call_id, ring.contact), ring.reason)
                return [PhoneCommand(PhoneAction.RING, call_id)]
            case _I.RING_ELSEWHERE, InboundRouted(call_id=call_id, ring=ring):
                return [Say(f"Incoming call from {self._party(call_id, ring.contact)}: {ring.reason}")]
            case _I.RING_GONE, CallStateChanged():
                gone = self._stop_ringing()
                self._inbound.pop(gone.call_id, None)
                return [Say(f"Missed call from {gone.party}")]
            case _I.ANSWER, AcceptChosen():
                shown = self._stop_ringing()
                inbound = self._inbound.pop(shown.call_id)
                self.call = ActiveCall(shown.party, inbound.number, None, inbound=True, call_id=shown.call_id,
                                       record_pending=True)
                return [AttachCall(shown.call_id, shown.party, CallState.INCOMING),
                        PhoneCommand(PhoneAction.ANSWER, shown.call_id),
                        OpenInboundRecord(shown.call_id, inbound.number, inbound.to_number)]
            case _I.DECLINE, SkipChosen():
                shown = self._stop_ringing()
                self._inbound.pop(shown.call_id, None)
                return [PhoneCommand(PhoneAction.DECLINE, shown.call_id)]
            case _I.SAVE, DispositionChosen():
                self._choice = event
                return self._finish()
            case _I.FINISHED, CallFinished(said=said):
                self.call = None
                return [DetachCall(), Say(said)]
            case _I.FINISH_REFUSED, FinishRefused(message=message):
                return [Warn(message)]
            case _I.DROP_VOICEMAIL, VoicemailDropChosen(wav_path=wav_path):
                call = self._call()
                assert call.call_id is not None
                self.call = None  # the greeting plays on without the agent
                self._dropped[call.call_id] = call
                return [DropVoicemail(call.call_id, wav_path), DetachCall(),
                        Say(f"Leaving a voicemail for {call.party}…"), *self._settle_dropped(call.call_id)]
            case _I.VOICEMAIL_REFUSED, VoicemailRefused(call_id=call_id, message=message):
                dropped = self._dropped[call_id]
                self._dropped[call_id] = replace(dropped, run_id=None)  # the agent's to settle now, or lost
                if self.state not in FREE:
                    return [Warn(f"{message} ({dropped.party}'s call was left without a disposition)"),
                            *self._settle_dropped(call_id)]
                # Back to the agent for a disposition by hand; its end and record stay aside.
                self.call = replace(dropped, end=None)
                return [Warn(message), OpenDisposition(dropped.party), *self._settle_dropped(call_id)]
        return []

    # -- helpers --------------------------------------------------------------------------

    def _prompt(self, run_id: ActionRunId | None) -> CallPrompt:
        if run_id is None:
            return next(iter(self._prompts.values()))
        try:
            return self._prompts[run_id]
        except KeyError:
            raise IllegalAgentTransition("no such call prompt on screen") from None

    def _call(self, **changes: object) -> ActiveCall:
        """The agent's call, with ``changes`` made to it."""
        if self.call is None:
            raise IllegalAgentTransition("no call")
        if changes:
            self.call = replace(self.call, **changes)  # type: ignore[arg-type]
        return self.call

    def _phone(self, action: PhoneAction) -> PhoneCommand:
        call_id = self._call().call_id
        if call_id is None:
            raise IllegalAgentTransition("the call has not started")
        return PhoneCommand(action, call_id)

    def _end(self, event: CallStateChanged) -> CallEnd:
        return CallEnd(event.sip_status, event.reason, self._call().connected_at, event.at)

    def _ended_without_disposition(self, end: CallEnd) -> list[Command]:
        call = self._call()
        self.call = None
        out: list[Command] = [Say(f"Call with {call.party} ended")]
        if call.record_id is not None:
            out.append(CloseCallRecord(call.record_id, end))
        elif call.record_pending and call.call_id is not None:
            self._unclosed[call.call_id] = end  # closed when the record's answer comes
        return out

    def _finish(self) -> list[Command]:
        """Save the chosen disposition once the call's record has answered."""
        call, choice = self._call(), self._choice
        if choice is None or call.record_pending or call.run_id is None:
            return []
        self._choice = None
        return [FinishCall(call.run_id, choice.disposition_id, choice.notes, call.record_id, call.end)]

    def _settle_dropped(self, call_id: str) -> list[Command]:
        """What a dropped call needs next, once its record has answered: *Left Voicemail*
        saved, its record closed when it has ended; forgotten when both are done."""
        call = self._dropped[call_id]
        if call.record_pending:
            return []
        out: list[Command] = []
        if call.run_id is not None and call_id not in self._voicemail_asked:
            self._voicemail_asked.add(call_id)
            out.append(LeaveVoicemail(call_id, call.run_id, call.record_id))
        if call.end is not None and call.record_id is not None and call_id not in self._dropped_closed:
            self._dropped_closed.add(call_id)
            out.append(CloseCallRecord(call.record_id, call.end))
        if call.end is not None and call.run_id is None:
            del self._dropped[call_id]
            self._voicemail_asked.discard(call_id)
            self._dropped_closed.discard(call_id)
        return out

    def _party(self, call_id: str, contact: Contact | None) -> str:
        number = self._inbound[call_id].number
        return (contact.full_name or number) if contact is not None else number

    def _stop_ringing(self) -> Ringing:
        shown, self.ringing = self.ringing, None
        if shown is None:
            raise IllegalAgentTransition("no call is ringing")
        return shown


_CALL_INPUTS = {
    CallState.DIALING: _I.PROGRESSED, CallState.RINGING: _I.PROGRESSED, CallState.INCOMING: _I.PROGRESSED,
    CallState.CONNECTED: _I.CALL_CONNECTED, CallState.ON_HOLD: _I.CALL_HELD,
}
