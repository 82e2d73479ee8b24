"""engine.agent_states: every legal transition of the agent's session, every other one
raising, and which idle state a free agent is in."""

from __future__ import annotations

import itertools

import pytest

from kixie_desktop.domain.errors import KixieError, UserFacingError
from kixie_desktop.domain.roles import Availability
from kixie_desktop.engine.agent_states import (
    IDLE,
    TRANSITIONS,
    AgentInput,
    AgentState,
    Idle,
    IllegalAgentTransition,
    idle_state,
    next_state,
)

S, I = AgentState, AgentInput

# The agent's day as docs/powercall.md tells it, written out state by state, independently
# of the module's rows (which go input by input). A self-loop is the state itself.
_BY_STATE: dict[AgentState, dict[AgentInput, AgentState | Idle]] = {
    S.OFFLINE: {I.AVAILABILITY_CHOSEN: IDLE, I.PROMPTS_FETCHED: S.OFFLINE, I.CLOCK_TICKED: S.OFFLINE,
                I.DIAL: S.DIALING, I.INBOUND_ARRIVED: S.OFFLINE, I.RING: S.INBOUND_RINGING,
                I.RING_ELSEWHERE: S.OFFLINE},
    S.AWAY: {I.AVAILABILITY_CHOSEN: IDLE, I.PROMPTS_FETCHED: S.AWAY, I.CLOCK_TICKED: S.AWAY, I.DIAL: S.DIALING,
             I.INBOUND_ARRIVED: S.AWAY, I.RING: S.INBOUND_RINGING, I.RING_ELSEWHERE: S.AWAY},
    S.AVAILABLE: {I.AVAILABILITY_CHOSEN: IDLE, I.PROMPTS_FETCHED: IDLE, I.CLOCK_TICKED: IDLE, I.DIAL: S.DIALING,
                  I.INBOUND_ARRIVED: S.AVAILABLE, I.RING: S.INBOUND_RINGING, I.RING_ELSEWHERE: S.AVAILABLE},
    S.PROMPTED: {I.AVAILABILITY_CHOSEN: IDLE, I.PROMPTS_FETCHED: IDLE, I.CLOCK_TICKED: IDLE, I.ACCEPT: S.ACCEPTING,
                 I.SKIP: IDLE, I.DIAL: S.DIALING, I.INBOUND_ARRIVED: S.PROMPTED, I.RING: S.INBOUND_RINGING,
                 I.RING_ELSEWHERE: S.PROMPTED},
    # Prompts still come while it rings (they may be skipped, not taken); Accept answers.
    S.INBOUND_RINGING: {I.AVAILABILITY_CHOSEN: IDLE, I.PROMPTS_FETCHED: IDLE, I.CLOCK_TICKED: IDLE, I.SKIP: IDLE,
                        I.ANSWER: S.ANSWERING, I.DECLINE: IDLE, I.INBOUND_ARRIVED: S.INBOUND_RINGING,
                        I.RING: S.INBOUND_RINGING, I.RING_ELSEWHERE: S.INBOUND_RINGING, I.RING_GONE: IDLE},
    S.ACCEPTING: {I.PROMPTS_FETCHED: S.ACCEPTING, I.CLOCK_TICKED: S.ACCEPTING, I.ACCEPTED: S.DIALING,
                  I.ACCEPT_REFUSED: IDLE, I.INBOUND_ARRIVED: S.ACCEPTING, I.RING: S.ACCEPTING,
                  I.RING_ELSEWHERE: S.ACCEPTING, I.RING_GONE: S.ACCEPTING, I.DECLINE: S.ACCEPTING},
    S.DIALING: {I.PROMPTS_FETCHED: S.DIALING, I.CLOCK_TICKED: S.DIALING, I.CALL_STARTED: S.DIALING,
                I.CALL_NOT_STARTED: IDLE, I.CADENCE_CALL_NOT_STARTED: S.WRAP_UP, I.PROGRESSED: S.DIALING,
                I.CALL_CONNECTED: S.CONNECTED, I.CALL_ENDED: IDLE, I.CADENCE_CALL_ENDED: S.WRAP_UP,
                I.HANG_UP: S.DIALING, I.MEDIA_CHANGED: S.DIALING, I.RECORD_ANSWERED: S.DIALING,
                I.INBOUND_ARRIVED: S.DIALING, I.RING: S.DIALING, I.RING_ELSEWHERE: S.DIALING,
                I.RING_GONE: S.DIALING, I.DECLINE: S.DIALING},
    S.ANSWERING: {I.PROMPTS_FETCHED: S.ANSWERING, I.CLOCK_TICKED: S.ANSWERING, I.PROGRESSED: S.ANSWERING,
                  I.CALL_CONNECTED: S.CONNECTED, I.CALL_ENDED: IDLE, I.HANG_UP: S.ANSWERING,
                  I.MEDIA_CHANGED: S.ANSWERING, I.RECORD_ANSWERED: S.ANSWERING, I.INBOUND_ARRIVED: S.ANSWERING,
                  I.RING: S.ANSWERING, I.RING_ELSEWHERE: S.ANSWERING, I.RING_GONE: S.ANSWERING,
                  I.DECLINE: S.ANSWERING},
    S.CONNECTED: {I.PROMPTS_FETCHED: S.CONNECTED, I.CLOCK_TICKED: S.CONNECTED, I.CALL_HELD: S.ON_HOLD,
                  I.CALL_ENDED: IDLE, I.CADENCE_CALL_ENDED: S.WRAP_UP, I.HANG_UP: S.CONNECTED,
                  I.MUTE: S.CONNECTED, I.HOLD: S.CONNECTED, I.MEDIA_CHANGED: S.CONNECTED,
                  I.RECORD_ANSWERED: S.CONNECTED, I.INBOUND_ARRIVED: S.CONNECTED, I.RING: S.CONNECTED,
                  I.RING_ELSEWHERE: S.CONNECTED, I.RING_GONE: S.CONNECTED, I.DECLINE: S.CONNECTED},
    S.ON_HOLD: {I.PROMPTS_FETCHED: S.ON_HOLD, I.CLOCK_TICKED: S.ON_HOLD, I.CALL_CONNECTED: S.CONNECTED,
                I.CALL_ENDED: IDLE, I.CADENCE_CALL_ENDED: S.WRAP_UP, I.HANG_UP: S.ON_HOLD, I.MUTE: S.ON_HOLD,
                I.HOLD: S.ON_HOLD, I.MEDIA_CHANGED: S.ON_HOLD, I.RECORD_ANSWERED: S.ON_HOLD,
                I.INBOUND_ARRIVED: S.ON_HOLD, I.RING: S.ON_HOLD, I.RING_ELSEWHERE: S.ON_HOLD,
                I.RING_GONE: S.ON_HOLD, I.DECLINE: S.ON_HOLD},
    S.WRAP_UP: {I.PROMPTS_FETCHED: S.WRAP_UP, I.CLOCK_TICKED: S.WRAP_UP, I.MEDIA_CHANGED: S.WRAP_UP,
                I.RECORD_ANSWERED: S.WRAP_UP, I.SAVE: S.SAVING, I.INBOUND_ARRIVED: S.WRAP_UP, I.RING: S.WRAP_UP,
                I.RING_ELSEWHERE: S.WRAP_UP, I.RING_GONE: S.WRAP_UP, I.DECLINE: S.WRAP_UP},
    S.SAVING: {I.PROMPTS_FETCHED: S.SAVING, I.CLOCK_TICKED: S.SAVING, I.MEDIA_CHANGED: S.SAVING,
               I.RECORD_ANSWERED: S.SAVING, I.FINISHED: IDLE, I.FINISH_REFUSED: S.WRAP_UP,
               I.INBOUND_ARRIVED: S.SAVING, I.RING: S.SAVING, I.RING_ELSEWHERE: S.SAVING, I.RING_GONE: S.SAVING,
               I.DECLINE: S.SAVING},
}
# Voicemail drop: from a connected call the agent is free at once. When Left Voicemail cannot be
# saved for the call left behind, a free agent is asked for its disposition; a busy one is told.
_BY_STATE[S.CONNECTED][I.DROP_VOICEMAIL] = IDLE
for _state in (S.OFFLINE, S.AWAY, S.AVAILABLE, S.PROMPTED):
    _BY_STATE[_state][I.VOICEMAIL_REFUSED] = S.WRAP_UP
for _state in (S.INBOUND_RINGING, S.ACCEPTING, S.DIALING, S.ANSWERING, S.CONNECTED, S.ON_HOLD, S.WRAP_UP, S.SAVING):
    _BY_STATE[_state][I.VOICEMAIL_REFUSED] = _state
LEGAL: dict[tuple[AgentState, AgentInput], AgentState | Idle] = {
    (state, inp): to for state, row in _BY_STATE.items() for inp, to in row.items()}
ILLEGAL = [pair for pair in itertools.product(AgentState, AgentInput) if pair not in LEGAL]


def test_the_table_is_exactly_the_agents_day() -> None:
    assert TRANSITIONS == LEGAL


@pytest.mark.parametrize(("state", "inp"), list(LEGAL), ids=lambda v: v.value)
def test_legal_transition(state: AgentState, inp: AgentInput) -> None:
    assert next_state(state, inp) is LEGAL[(state, inp)]


@pytest.mark.parametrize(("state", "inp"), ILLEGAL, ids=lambda v: v.value)
def test_illegal_transition_raises(state: AgentState, inp: AgentInput) -> None:
    with pytest.raises(IllegalAgentTransition, match=f"{inp.value} is not allowed while the agent is {state.value}"):
        next_state(state, inp)


def test_every_state_is_reached_and_every_call_can_end() -> None:
    idle = {S.OFFLINE, S.AWAY, S.AVAILABLE, S.PROMPTED, S.INBOUND_RINGING}
    targets = {to for to in TRANSITIONS.values() if isinstance(to, AgentState)} | idle
    assert targets == set(AgentState)
    for state in (S.DIALING, S.ANSWERING, S.CONNECTED, S.ON_HOLD):
        assert (state, I.CALL_ENDED) in TRANSITIONS and (state, I.HANG_UP) in TRANSITIONS
    # No way out of wrap-up but saving the disposition: the action waits for it.
    assert {inp for (state, inp), to in TRANSITIONS.items() if state is S.WRAP_UP and to is not S.WRAP_UP} == {I.SAVE}


@pytest.mark.parametrize(("availability", "prompted", "ringing", "expected"), [
    (Availability.AVAILABLE, False, False, S.AVAILABLE),
    (Availability.AVAILABLE, True, False, S.PROMPTED),
    (Availability.AVAILABLE, True, True, S.INBOUND_RINGING),
    (Availability.AVAILABLE, False, True, S.INBOUND_RINGING),
    (Availability.OFFLINE, False, False, S.OFFLINE),
    (Availability.OFFLINE, False, True, S.INBOUND_RINGING),
    (Availability.AWAY, False, False, S.AWAY),
    (Availability.BUSY, False, False, S.AWAY),  # chosen by hand: no prompts
    (Availability.WRAP_UP, False, False, S.AWAY),
    (Availability.AWAY, False, True, S.INBOUND_RINGING),
])
def test_idle_state(availability: Availability, prompted: bool, ringing: bool, expected: AgentState) -> None:
    assert idle_state(availability, prompted, ringing) is expected


def test_illegal_transition_is_a_bug_not_a_user_facing_error() -> None:
    assert issubclass(IllegalAgentTransition, KixieError)
    assert not issubclass(IllegalAgentTransition, UserFacingError)
