"""engine.agent_session: every transition of the table driven through the session by the
events a front end forwards, with the commands it answers; every choice the session does
not allow raising and changing nothing; and worker answers arriving in any order.

No Qt, no pjsua2: events are values, and so are the commands checked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from kixie_desktop.domain.calls import CallState, CallStateChanged, IncomingCallReceived, MediaStateChanged
from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.ids import ActionRunId, CadenceId, ContactId, DispositionId
from kixie_desktop.domain.powercall import CallEnd, CallPrompt, CallTask, IncomingRing
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
from kixie_desktop.engine.agent_session import AgentSession, Ringing
from kixie_desktop.engine.agent_states import IDLE, AgentInput, AgentState, IllegalAgentTransition
from tests.engine.test_agent_states import LEGAL

S, I, A = AgentState, AgentInput, Availability
NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
OLIVIA = Contact(ContactId(1), "+15125550177", "Olivia", "Demo")
TASK = CallTask(ActionRunId(1), OLIVIA, "+15125550000")
MANUAL = "+15125550199"
CALLER = '"Liam" <sip:+15125550142@127.0.0.1:5060;transport=udp>'
LINE = "<sip:+15125550000@127.0.0.1>"
RINGS_HERE = IncomingRing(True, None, "Unknown caller")
INTERESTED = DispositionId(7)


def prompt(n: int, expires: datetime = NOW + timedelta(seconds=60)) -> CallPrompt:
    return CallPrompt(10 + n, ActionRunId(n), OLIVIA, CadenceId(1), "Call right away", 1, expires)


def changed(call_id: str, state: CallState, status: int | None = None, at: datetime = NOW) -> CallStateChanged:
    return CallStateChanged(call_id, state, status, "OK" if status else None, at)


def rings(call_id: str) -> IncomingCallReceived:
    return IncomingCallReceived(call_id, "acc", CALLER, LINE, NOW)


def media(call_id: str, muted: bool = True) -> MediaStateChanged:
    return MediaStateChanged(call_id, True, False, muted, NOW)


@dataclass
class Agent:
    """A session and everything it answered, driven like a front end drives it."""

    session: AgentSession
    said: list[Command] = field(default_factory=list)

    def __call__(self, *events: object) -> list[Command]:
        out: list[Command] = []
        for event in events:
            out = self.session.handle(event)
            self.said += out
        return out

    @property
    def state(self) -> AgentState:
        return self.session.state


# -- how an agent gets to each state (the canonical paths) --------------------------------------

PROMPTED_EVENTS = (PromptsFetched((prompt(1), prompt(2))),)
RINGING_EVENTS = (rings("in1"), InboundRouted("in1", RINGS_HERE))


def cadence_call(record: bool = True) -> tuple[object, ...]:
    """From Available to dialing Olivia, the top prompt's lead ("c1"; record 42 when open)."""
    return (*PROMPTED_EVENTS, AcceptChosen(), AcceptSucceeded(TASK), CallStarted("c1"),
            *((RecordOpened("c1", 42),) if record else ()))


def manual_call(record: bool = True) -> tuple[object, ...]:
    return (ManualDialChosen(MANUAL), CallStarted("m1"), *((RecordOpened("m1", 5),) if record else ()))


def inbound_call(record: bool = True) -> tuple[object, ...]:
    return (*RINGING_EVENTS, AcceptChosen(), *((RecordOpened("in1", 43),) if record else ()))


def path(state: AgentState, kind: str = "cadence", record: bool = True) -> tuple[A, tuple[object, ...]]:
    call = {"cadence": cadence_call, "manual": manual_call, "inbound": inbound_call}[kind](record)
    up = changed("in1" if kind == "inbound" else "c1" if kind == "cadence" else "m1", CallState.CONNECTED)
    held = changed(up.call_id, CallState.ON_HOLD)
    ended = changed(up.call_id, CallState.ENDED, 200, at=NOW + timedelta(seconds=95))
    paths: dict[AgentState, tuple[A, tuple[object, ...]]] = {
        S.OFFLINE: (A.OFFLINE, ()), S.AWAY: (A.AWAY, ()), S.AVAILABLE: (A.AVAILABLE, ()),
        S.PROMPTED: (A.AVAILABLE, PROMPTED_EVENTS), S.INBOUND_RINGING: (A.AVAILABLE, RINGING_EVENTS),
        S.ACCEPTING: (A.AVAILABLE, (*PROMPTED_EVENTS, AcceptChosen())),
        S.DIALING: (A.AVAILABLE, call), S.ANSWERING: (A.AVAILABLE, inbound_call(record)),
        S.CONNECTED: (A.AVAILABLE, (*call, up)), S.ON_HOLD: (A.AVAILABLE, (*call, up, held)),
        S.WRAP_UP: (A.AVAILABLE, (*call, up, ended)),
        S.SAVING: (A.AVAILABLE, (*call, up, ended, DispositionChosen(INTERESTED, "Wants a quote"))),
    }
    return paths[state]


def reach(state: AgentState, kind: str = "cadence", record: bool = True) -> Agent:
    availability, events = path(state, kind, record)
    agent = Agent(AgentSession(availability))
    agent(*events)
    assert agent.state is state
    agent.said.clear()
    return agent


def ring_too(agent: Agent) -> Agent:
    """Another call rings while the agent is busy: shown, to be declined or missed."""
    agent(rings("in2"), InboundRouted("in2", RINGS_HERE))
    agent.said.clear()
    return agent


# -- every transition ---------------------------------------------------------------------------

END = CallEnd(200, "OK", NOW, NOW + timedelta(seconds=95))
Case = Callable[[AgentState], tuple[Agent, object, AgentState, list[Command]]]


def _availability(state: AgentState) -> tuple[Agent, object, AgentState, list[Command]]:
    agent = reach(state)
    if state is S.OFFLINE:
        return agent, AvailabilityChosen(A.AVAILABLE), S.AVAILABLE, [StoreAvailability(A.AVAILABLE)]
    # Going Offline drops the prompts on screen; a ringing call still rings.
    to = S.INBOUND_RINGING if state is S.INBOUND_RINGING else S.OFFLINE
    return agent, AvailabilityChosen(A.OFFLINE), to, [StoreAvailability(A.OFFLINE)]


def _fetched(state: AgentState) -> tuple[Agent, object, AgentState, list[Command]]:
    agent = reach(state)
    to = {S.AVAILABLE: S.PROMPTED, S.PROMPTED: S.PROMPTED}.get(state, state)
    return agent, PromptsFetched((prompt(3),)), to, []


def _ticked(state: AgentState) -> tuple[Agent, object, AgentState, list[Command]]:
    to = S.AVAILABLE if state is S.PROMPTED else state  # its prompts expired
    return reach(state), ClockTicked(NOW + timedelta(seconds=61)), to, []


def _skip(state: AgentState) -> tuple[Agent, object, AgentState, list[Command]]:
    agent = reach(state)
    if state is S.INBOUND_RINGING:
        agent(*PROMPTED_EVENTS)
    return agent, SkipChosen(ActionRunId(1)), state, [SkipPrompt(11)]


def _call_ended(state: AgentState) -> tuple[Agent, object, AgentState, list[Command]]:
    kind = "inbound" if state is S.ANSWERING else "manual"
    agent = reach(state, kind)
    call = agent.session.call
    assert call is not None and call.call_id is not None and call.record_id is not None
    end = CallEnd(200, "OK", call.connected_at, NOW + timedelta(seconds=95))
    return (agent, changed(call.call_id, CallState.ENDED, 200, at=end.ended_at), S.AVAILABLE,
            [Say(f"Call with {call.party} ended"), CloseCallRecord(call.record_id, end),
             StoreAvailability(A.AVAILABLE)])


def _record(state: AgentState) -> tuple[Agent, object, AgentState, list[Command]]:
    agent = reach(state, "inbound" if state is S.ANSWERING else "cadence", record=False)
    call = agent.session.call
    assert call is not None and call.call_id is not None
    saved = [FinishCall(TASK.run_id, INTERESTED, "Wants a quote", 42, END)] if state is S.SAVING else []
    return agent, RecordOpened(call.call_id, 42), state, saved


def _call_id(agent: Agent) -> str:
    call = agent.session.call
    assert call is not None and call.call_id is not None
    return call.call_id


def _ringing(state: AgentState, ring: bool) -> tuple[Agent, object, AgentState, list[Command]]:
    agent = reach(state)
    agent(rings("in2"))
    if ring:
        to = S.INBOUND_RINGING if state in (S.OFFLINE, S.AWAY, S.AVAILABLE, S.PROMPTED) else state
        return agent, InboundRouted("in2", RINGS_HERE), to, [PhoneCommand(PhoneAction.RING, "in2")]
    elsewhere = IncomingRing(False, None, "Ringing Jordan Lee, the contact's owner")
    return agent, InboundRouted("in2", elsewhere), state, [
        Say("Incoming call from +15125550142: Ringing Jordan Lee, the contact's owner")]


def _shown_ring(state: AgentState) -> tuple[Agent, str]:
    agent = reach(state) if state is S.INBOUND_RINGING else ring_too(reach(state))
    assert agent.session.ringing is not None
    return agent, agent.session.ringing.call_id


def _ring_gone(state: AgentState) -> tuple[Agent, object, AgentState, list[Command]]:
    agent, call_id = _shown_ring(state)
    to = S.AVAILABLE if state is S.INBOUND_RINGING else state
    return agent, changed(call_id, CallState.ENDED, 487), to, [Say("Missed call from +15125550142")]


def _decline(state: AgentState) -> tuple[Agent, object, AgentState, list[Command]]:
    agent, call_id = _shown_ring(state)
    to = S.AVAILABLE if state is S.INBOUND_RINGING else state
    return agent, SkipChosen(), to, [PhoneCommand(PhoneAction.DECLINE, call_id)]


CASES: dict[AgentInput, Case] = {
    I.AVAILABILITY_CHOSEN: _availability,
    I.PROMPTS_FETCHED: _fetched,
    I.CLOCK_TICKED: _ticked,
    I.ACCEPT: lambda s: (reach(s), AcceptChosen(), S.ACCEPTING, [AcceptPrompt(ActionRunId(1))]),
    I.ACCEPTED: lambda s: (reach(s), AcceptSucceeded(TASK), S.DIALING, [PlaceCall(OLIVIA.phone, TASK.caller_id)]),
    # The other prompt is still there.
    I.ACCEPT_REFUSED: lambda s: (reach(s), AcceptRefused(ActionRunId(1), "another agent already took this call"),
                                 S.PROMPTED, [Warn("another agent already took this call")]),
    I.SKIP: _skip,
    I.DIAL: lambda s: (reach(s), ManualDialChosen(MANUAL), S.DIALING, [PlaceCall(MANUAL)]),
    I.CALL_STARTED: lambda s: (
        _started(), CallStarted("m1"), S.DIALING,
        [AttachCall("m1", MANUAL, CallState.DIALING), OpenCallRecord("m1", None, MANUAL, None),
         StoreAvailability(A.BUSY)]),
    I.CALL_NOT_STARTED: lambda s: (_started(), CallNotStarted("the phone is not ready yet"), S.AVAILABLE,
                                   [Warn("the phone is not ready yet")]),
    I.CADENCE_CALL_NOT_STARTED: lambda s: (
        _accepted(), CallNotStarted("the phone is not ready yet"), S.WRAP_UP,
        [Warn("the phone is not ready yet"), OpenDisposition("Olivia Demo"), StoreAvailability(A.WRAP_UP)]),
    I.PROGRESSED: lambda s: (a := reach(s, "inbound" if s is S.ANSWERING else "cadence"),
                             changed(_call_id(a), CallState.RINGING), s, []),
    I.CALL_CONNECTED: lambda s: (a := reach(s, "inbound" if s is S.ANSWERING else "cadence"),
                                 changed(_call_id(a), CallState.CONNECTED), S.CONNECTED, []),
    I.CALL_HELD: lambda s: (reach(s), changed("c1", CallState.ON_HOLD), S.ON_HOLD, []),
    I.CALL_ENDED: _call_ended,
    I.CADENCE_CALL_ENDED: lambda s: (reach(s), changed("c1", CallState.ENDED, 486), S.WRAP_UP,
                                     [OpenDisposition("Olivia Demo"), StoreAvailability(A.WRAP_UP)]),
    I.HANG_UP: lambda s: (a := reach(s, "inbound" if s is S.ANSWERING else "cadence"), HangUpChosen(), s,
                          [PhoneCommand(PhoneAction.HANG_UP, _call_id(a))]),
    I.MUTE: lambda s: (reach(s), MuteChosen(), s, [PhoneCommand(PhoneAction.MUTE, "c1")]),
    I.HOLD: lambda s: (reach(s), HoldChosen(), s,
                       [PhoneCommand(PhoneAction.RESUME if s is S.ON_HOLD else PhoneAction.HOLD, "c1")]),
    I.MEDIA_CHANGED: lambda s: (a := reach(s, "inbound" if s is S.ANSWERING else "cadence"),
                                media(_call_id(a)), s, []),
    I.RECORD_ANSWERED: _record,
    I.INBOUND_ARRIVED: lambda s: (reach(s), rings("in2"), s, [RouteInbound("in2", "+15125550142")]),
    I.RING: lambda s: _ringing(s, True),
    I.RING_ELSEWHERE: lambda s: _ringing(s, False),
    I.RING_GONE: _ring_gone,
    I.ANSWER: lambda s: (reach(s), AcceptChosen(), S.ANSWERING, [
        AttachCall("in1", "+15125550142", CallState.INCOMING), PhoneCommand(PhoneAction.ANSWER, "in1"),
        OpenInboundRecord("in1", "+15125550142", "+15125550000"), StoreAvailability(A.BUSY)]),
    I.DECLINE: _decline,
    I.SAVE: lambda s: (reach(s), DispositionChosen(INTERESTED, "Wants a quote"), S.SAVING,
                       [FinishCall(TASK.run_id, INTERESTED, "Wants a quote", 42, END)]),
    I.FINISHED: lambda s: (reach(s), CallFinished("Cadence stopped for this contact"), S.AVAILABLE,
                           [DetachCall(), Say("Cadence stopped for this contact"), StoreAvailability(A.AVAILABLE)]),
    I.FINISH_REFUSED: lambda s: (reach(s), FinishRefused("this call action is already cancelled"), S.WRAP_UP,
                                 [Warn("this call action is already cancelled")]),
    I.DROP_VOICEMAIL: lambda s: (reach(s), VoicemailDropChosen(GREETING), S.AVAILABLE, [
        DropVoicemail("c1", GREETING), DetachCall(), Say("Leaving a voicemail for Olivia Demo…"),
        LeaveVoicemail("c1", TASK.run_id, 42), StoreAvailability(A.AVAILABLE)]),
    I.VOICEMAIL_REFUSED: lambda s: _voicemail_refused(s),
}


GREETING = "/greetings/first-call.wav"
NO_LEFT_VOICEMAIL = "there is no Left Voicemail disposition to save"
TASK9 = CallTask(ActionRunId(9), OLIVIA, None)


def dropped_then(state: AgentState) -> Agent:
    """A cadence call ("v1", record 9) left to a voicemail greeting, its Left Voicemail on the
    way; then the agent gets to ``state``."""
    availability, events = path(state)
    agent = Agent(AgentSession(A.AVAILABLE))
    agent(PromptsFetched((prompt(9),)), AcceptChosen(), AcceptSucceeded(TASK9), CallStarted("v1"),
          RecordOpened("v1", 9), changed("v1", CallState.CONNECTED), VoicemailDropChosen(GREETING))
    assert agent.said[-2:] == [LeaveVoicemail("v1", TASK9.run_id, 9), StoreAvailability(A.AVAILABLE)]
    if availability is not A.AVAILABLE:
        agent(AvailabilityChosen(availability))
    agent(*events)
    assert agent.state is state
    agent.said.clear()
    return agent


def _voicemail_refused(state: AgentState) -> tuple[Agent, object, AgentState, list[Command]]:
    agent = dropped_then(state)
    if state in (S.OFFLINE, S.AWAY, S.AVAILABLE, S.PROMPTED):  # free: asked for it by hand
        return agent, VoicemailRefused("v1", NO_LEFT_VOICEMAIL), S.WRAP_UP, [
            Warn(NO_LEFT_VOICEMAIL), OpenDisposition("Olivia Demo"), StoreAvailability(A.WRAP_UP)]
    return agent, VoicemailRefused("v1", NO_LEFT_VOICEMAIL), state, [
        Warn(f"{NO_LEFT_VOICEMAIL} (Olivia Demo's call was left without a disposition)")]


def _started() -> Agent:
    """A manual call on its way to the softphone (no call id yet)."""
    agent = Agent(AgentSession(A.AVAILABLE))
    agent(ManualDialChosen(MANUAL))
    agent.said.clear()
    return agent


def _accepted() -> Agent:
    agent = reach(S.ACCEPTING)
    agent(AcceptSucceeded(TASK))
    agent.said.clear()
    return agent


def test_every_input_has_its_case() -> None:
    assert set(CASES) == set(AgentInput)


@pytest.mark.parametrize(("state", "inp"), list(LEGAL), ids=lambda v: v.value)
def test_transition_through_the_session(state: AgentState, inp: AgentInput) -> None:
    agent, event, expected, commands = CASES[inp](state)
    assert agent.state is state
    assert agent.session.read(event) is inp
    assert agent.session.allows(event)
    assert agent.session.handle(event) == commands
    assert agent.state is expected
    assert LEGAL[(state, inp)] in (expected, IDLE)


# Everything an agent can choose, and every answer a front end may bring.
CHOICES = [AvailabilityChosen(A.AWAY), AcceptChosen(), SkipChosen(), ManualDialChosen(MANUAL), HangUpChosen(),
           MuteChosen(), HoldChosen(), DispositionChosen(INTERESTED), AcceptSucceeded(TASK),
           AcceptRefused(ActionRunId(1), "taken"), CallStarted("x"), CallNotStarted("no"),
           CallFinished("done"), FinishRefused("no"), VoicemailDropChosen(GREETING)]


@pytest.mark.parametrize("state", list(AgentState), ids=lambda s: s.value)
def test_what_a_state_does_not_allow_raises_and_changes_nothing(state: AgentState) -> None:
    refused = 0
    for event in CHOICES:
        agent = reach(state)
        if agent.session.allows(event):
            continue
        before = (agent.state, agent.session.availability, agent.session.prompts, agent.session.call)
        with pytest.raises(IllegalAgentTransition):
            agent.session.handle(event)
        assert (agent.state, agent.session.availability, agent.session.prompts, agent.session.call) == before
        refused += 1
    assert refused >= 7  # each state allows only a few of the agent's choices


# -- the loop, and answers in any order ---------------------------------------------------------


def test_prompt_call_and_disposition() -> None:
    agent = Agent(AgentSession(A.OFFLINE))
    assert agent(AvailabilityChosen(A.AVAILABLE)) == [StoreAvailability(A.AVAILABLE)]
    assert agent.session.watching_prompts
    agent(PromptsFetched((prompt(1),)))
    assert agent.state is S.PROMPTED and agent.session.availability is A.AVAILABLE
    assert agent(AcceptChosen()) == [AcceptPrompt(ActionRunId(1))]
    assert agent.session.accepting == 1 and agent.session.prompts == (prompt(1),)  # its card says "Accepting…"
    assert agent(AcceptSucceeded(TASK)) == [PlaceCall("+15125550177", "+15125550000")]
    assert agent(CallStarted("c1")) == [AttachCall("c1", "Olivia Demo · +15125550177", CallState.DIALING),
                                        OpenCallRecord("c1", TASK.run_id, "+15125550177", "+15125550000"),
                                        StoreAvailability(A.BUSY)]
    assert agent.session.prompts == () and not agent.session.watching_prompts
    agent(changed("c1", CallState.RINGING), changed("c1", CallState.CONNECTED, at=NOW), RecordOpened("c1", 42))
    assert agent(MuteChosen()) == [PhoneCommand(PhoneAction.MUTE, "c1")]
    agent(media("c1", muted=True))
    assert agent(MuteChosen()) == [PhoneCommand(PhoneAction.UNMUTE, "c1")]
    assert agent(HangUpChosen()) == [PhoneCommand(PhoneAction.HANG_UP, "c1")]
    agent(changed("c1", CallState.ENDED, 200, at=NOW + timedelta(seconds=95)))
    assert agent.state is S.WRAP_UP and agent.session.availability is A.WRAP_UP
    assert agent(DispositionChosen(INTERESTED, "Wants a quote")) == [
        FinishCall(TASK.run_id, INTERESTED, "Wants a quote", 42, END)]
    assert agent(CallFinished("Cadence stopped for this contact"))[:2] == [
        DetachCall(), Say("Cadence stopped for this contact")]
    assert agent.state is S.AVAILABLE and agent.session.call is None


def test_a_disposition_chosen_before_the_record_opened_is_saved_when_it_opens() -> None:
    agent = reach(S.CONNECTED, record=False)
    agent(changed("c1", CallState.ENDED, 200, at=NOW + timedelta(seconds=95)))
    assert agent(DispositionChosen(INTERESTED, "x")) == []  # nothing to wait on: no worker waits on another
    assert agent.state is S.SAVING
    assert agent(RecordOpened("c1", 42)) == [FinishCall(TASK.run_id, INTERESTED, "x", 42, END)]


def test_a_disposition_is_saved_without_a_record_when_it_could_not_be_opened() -> None:
    agent = reach(S.WRAP_UP, record=False)
    agent(DispositionChosen(INTERESTED))
    assert agent(RecordNotOpened("c1")) == [FinishCall(TASK.run_id, INTERESTED, "", None, END)]


def test_a_call_that_never_started_is_dispositioned_without_record_or_end() -> None:
    agent = _accepted()
    agent(CallNotStarted("the phone is not ready yet: the engine is still starting"))
    assert agent(DispositionChosen(INTERESTED)) == [FinishCall(TASK.run_id, INTERESTED, "", None, None)]


def test_a_manual_call_that_ends_before_its_record_opens_is_closed_when_it_opens() -> None:
    agent = reach(S.DIALING, "manual", record=False)
    agent(changed("m1", CallState.ENDED, 404, at=NOW))
    assert agent.state is S.AVAILABLE and agent.session.call is None  # free at once
    agent(ManualDialChosen("+15125550100"), CallStarted("m2"))  # and may dial again meanwhile
    assert agent(RecordOpened("m1", 5)) == [CloseCallRecord(5, CallEnd(404, "OK", None, NOW))]
    assert agent(RecordOpened("m2", 6)) == []  # the current call's: kept for its end
    for twice in (RecordOpened("m1", 5), RecordNotOpened("m1")):
        with pytest.raises(IllegalAgentTransition):
            agent(twice)  # a record is answered once


def test_a_manual_call_returns_the_agent_to_the_availability_they_had() -> None:
    agent = Agent(AgentSession(A.AWAY))
    agent(ManualDialChosen(MANUAL))
    assert agent(CallStarted("m1"))[-1] == StoreAvailability(A.BUSY)
    agent(RecordOpened("m1", 5), changed("m1", CallState.CONNECTED))
    assert agent(changed("m1", CallState.ENDED, 200))[-1] == StoreAvailability(A.AWAY)
    assert agent.state is S.AWAY


def test_facts_about_other_calls_change_nothing() -> None:
    agent = reach(S.CONNECTED)
    for event in (changed("someone-else", CallState.ENDED, 200), media("someone-else"),
                  InboundRouted("never-rang", RINGS_HERE)):
        assert agent.session.read(event) is None
        assert agent(event) == [] and agent.state is S.CONNECTED
    with pytest.raises(IllegalAgentTransition):
        agent(RecordOpened("never-placed", 1))
    with pytest.raises(IllegalAgentTransition):
        agent("not an event")


def test_a_call_that_rings_during_a_call_can_be_answered_once_the_agent_is_free() -> None:
    agent = ring_too(reach(S.CONNECTED, "manual"))
    assert agent.session.ringing == Ringing("in2", "+15125550142", "Unknown caller")
    assert not agent.session.allows(AcceptChosen())  # busy: Answer is offered only when free
    agent(changed("m1", CallState.ENDED, 200))
    assert agent.state is S.INBOUND_RINGING and agent.session.allows(AcceptChosen())
    assert agent(AcceptChosen())[1] == PhoneCommand(PhoneAction.ANSWER, "in2")


def test_a_ringing_call_that_is_not_shown_goes_quietly() -> None:
    agent = reach(S.INBOUND_RINGING)
    agent(rings("in2"))  # still being routed
    assert agent(changed("in2", CallState.ENDED, 487)) == []
    assert agent(InboundRouted("in2", RINGS_HERE)) == []  # the answer came too late
    assert agent.session.ringing is not None and agent.session.ringing.call_id == "in1"


def test_skipped_prompts_do_not_come_back_and_the_top_prompt_is_the_oldest() -> None:
    agent = reach(S.PROMPTED)
    agent(PromptsFetched((prompt(3), prompt(2), prompt(1))))
    assert [p.run_id for p in agent.session.prompts] == [1, 2, 3]  # on screen first, top first
    assert agent(SkipChosen()) == [SkipPrompt(11)]
    agent(PromptsFetched((prompt(1), prompt(2))))
    assert [p.run_id for p in agent.session.prompts] == [2]


def test_a_diagnostic_call_leaves_the_stored_availability_alone() -> None:
    agent = Agent(AgentSession(A.OFFLINE, keeps_availability=False))
    agent(ManualDialChosen(MANUAL), CallStarted("m1"), RecordOpened("m1", 5), changed("m1", CallState.CONNECTED),
          HangUpChosen(), changed("m1", CallState.ENDED, 200))
    assert not [c for c in agent.said if isinstance(c, StoreAvailability)]
    assert agent.state is S.OFFLINE


# -- voicemail drop ---------------------------------------------------------------------------------

LATER = NOW + timedelta(seconds=30)


def test_a_voicemail_drop_frees_the_agent_and_settles_the_call_aside() -> None:
    agent = reach(S.CONNECTED)
    agent(VoicemailDropChosen(GREETING))
    assert agent.state is S.AVAILABLE and agent.session.call is None
    agent(PromptsFetched((prompt(2),)))
    assert agent.session.allows(AcceptChosen())  # the next prompt, while the greeting plays
    assert agent(media("c1")) == [] and agent.state is S.PROMPTED  # the dropped call's news is aside
    assert agent(VoicemailLeft("c1", "Next action scheduled")) == [
        Say("Voicemail left for Olivia Demo · Next action scheduled")]
    assert agent(changed("c1", CallState.ENDED, 200, at=LATER)) == [CloseCallRecord(42, CallEnd(200, "OK", NOW, LATER))]
    with pytest.raises(IllegalAgentTransition):
        agent(RecordOpened("c1", 42))  # settled: c1 is nobody's any more


def test_a_drop_before_the_record_opened_waits_for_it_and_the_end_may_come_first() -> None:
    agent = reach(S.CONNECTED, record=False)
    assert agent(VoicemailDropChosen(GREETING))[:3] == [
        DropVoicemail("c1", GREETING), DetachCall(), Say("Leaving a voicemail for Olivia Demo…")]
    assert not [c for c in agent.said if isinstance(c, LeaveVoicemail)]  # no record yet to save it on
    assert agent(changed("c1", CallState.ENDED, 200, at=LATER)) == []
    assert agent(RecordOpened("c1", 42)) == [LeaveVoicemail("c1", TASK.run_id, 42),
                                             CloseCallRecord(42, CallEnd(200, "OK", NOW, LATER))]
    assert agent(VoicemailLeft("c1", "Forwarded to Long-term Nurture")) == [
        Say("Voicemail left for Olivia Demo · Forwarded to Long-term Nurture")]
    with pytest.raises(IllegalAgentTransition):
        agent(RecordOpened("c1", 42))  # settled


def test_a_refused_voicemail_comes_back_to_a_free_agent_for_a_disposition_by_hand() -> None:
    agent = dropped_then(S.AVAILABLE)
    agent(VoicemailRefused("v1", NO_LEFT_VOICEMAIL))
    assert agent.state is S.WRAP_UP and agent.session.call is not None and agent.session.call.call_id == "v1"
    assert agent(changed("v1", CallState.ENDED, 200, at=LATER)) == [
        CloseCallRecord(9, CallEnd(200, "OK", NOW, LATER))]  # the greeting played out: closed aside
    assert agent.state is S.WRAP_UP
    assert agent(DispositionChosen(INTERESTED, "no voicemail box after all")) == [
        FinishCall(TASK9.run_id, INTERESTED, "no voicemail box after all", 9, None)]
    agent(CallFinished("Cadence stopped for this contact"))
    assert agent.state is S.AVAILABLE and agent.session.call is None


def test_a_manual_call_can_be_left_a_voicemail_and_needs_no_disposition() -> None:
    agent = reach(S.CONNECTED, "manual")
    commands = agent(VoicemailDropChosen(GREETING))
    assert not [c for c in commands if isinstance(c, LeaveVoicemail)]
    assert agent(changed("m1", CallState.ENDED, 200, at=LATER)) == [CloseCallRecord(5, CallEnd(200, "OK", NOW, LATER))]


def test_an_answered_inbound_call_has_no_voicemail_to_leave() -> None:
    agent = reach(S.ANSWERING, "inbound")
    agent(changed("in1", CallState.CONNECTED))
    assert not agent.session.allows(VoicemailDropChosen(GREETING))
    with pytest.raises(IllegalAgentTransition):
        agent(VoicemailDropChosen(GREETING))
    assert agent.state is S.CONNECTED
