"""Where an agent at the PowerCall panel can be, and what may happen there: one table.

h11 style, like ``call_state`` and ``run_lifecycle``: every fact the agent's session
(``engine/agent_session.py``) hears is read as an ``AgentInput``; ``TRANSITIONS`` says where
it leads from each ``AgentState``, and anything it does not list raises
``IllegalAgentTransition`` — a front end offers only what the session allows, so an illegal
event is a bug. ``IDLE`` as a target means "free again": which idle state depends on the
availability the agent chose, the prompts on screen and a ringing call (``idle_state``).
Pure: no I/O, no clock.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from kixie_desktop.domain.errors import KixieError
from kixie_desktop.domain.roles import Availability


class AgentState(enum.Enum):
    OFFLINE = "offline"
    AWAY = "away"  # no prompts: Away, or Busy / Wrap-up chosen by hand
    AVAILABLE = "available"  # waiting for call prompts
    PROMPTED = "prompted"  # call prompts on screen
    INBOUND_RINGING = "inbound_ringing"  # a call rings here and the agent is free to answer
    ACCEPTING = "accepting"  # a prompt's accept is on its way to the database
    DIALING = "dialing"  # our call is being placed or rings at the far end
    ANSWERING = "answering"  # we answered an inbound call; not confirmed yet
    CONNECTED = "connected"
    ON_HOLD = "on_hold"
    WRAP_UP = "wrap_up"  # a cadence call ended: its disposition is due
    SAVING = "saving"  # the disposition is on its way to the database


class AgentInput(enum.Enum):
    """What can happen to the agent, abstracted from the events that say it."""

    AVAILABILITY_CHOSEN = "availability_chosen"
    PROMPTS_FETCHED = "prompts_fetched"
    CLOCK_TICKED = "clock_ticked"
    ACCEPT = "accept"  # a prompt
    ACCEPTED = "accepted"
    ACCEPT_REFUSED = "accept_refused"
    SKIP = "skip"  # a prompt
    DIAL = "dial"  # a number typed by the agent
    CALL_STARTED = "call_started"
    CALL_NOT_STARTED = "call_not_started"  # a manual call could not be placed
    CADENCE_CALL_NOT_STARTED = "cadence_call_not_started"  # an accepted prompt's call could not be
    PROGRESSED = "progressed"  # our call is dialing, ringing or incoming
    CALL_CONNECTED = "call_connected"  # answered, or resumed
    CALL_HELD = "call_held"
    CALL_ENDED = "call_ended"  # a manual or inbound call: no disposition
    CADENCE_CALL_ENDED = "cadence_call_ended"
    HANG_UP = "hang_up"
    MUTE = "mute"  # or unmute
    HOLD = "hold"  # or resume
    MEDIA_CHANGED = "media_changed"
    RECORD_ANSWERED = "record_answered"  # our call's record opened, or could not be
    INBOUND_ARRIVED = "inbound_arrived"
    RING = "ring"  # an inbound call is for this agent
    RING_ELSEWHERE = "ring_elsewhere"  # for someone else (its owner)
    RING_GONE = "ring_gone"  # the caller of the ringing call hung up first
    ANSWER = "answer"
    DECLINE = "decline"
    SAVE = "save"  # the disposition
    FINISHED = "finished"
    FINISH_REFUSED = "finish_refused"
    DROP_VOICEMAIL = "drop_voicemail"  # the agent leaves a greeting on the call and moves on
    VOICEMAIL_REFUSED = "voicemail_refused"  # Left Voicemail could not be saved for a dropped call


class Idle(enum.Enum):
    IDLE = "idle"


IDLE = Idle.IDLE  # a target: the idle state the agent's availability, prompts and ringing say


class IllegalAgentTransition(KixieError):
    """An event the agent's current state does not allow: a bug, never a user's mistake."""


class _Same(enum.Enum):
    SAME = "same"  # in the rows below: each state to itself


_S = AgentState
_I = AgentInput
_SAME = _Same.SAME

FREE = frozenset({_S.OFFLINE, _S.AWAY, _S.AVAILABLE, _S.PROMPTED})  # no call, nothing ringing
WATCHING = frozenset({_S.AVAILABLE, _S.PROMPTED, _S.INBOUND_RINGING})  # prompts may show
IN_CALL = frozenset({_S.DIALING, _S.ANSWERING, _S.CONNECTED, _S.ON_HOLD})
LIVE = frozenset({_S.CONNECTED, _S.ON_HOLD})
ENGAGED = frozenset({_S.ACCEPTING, *IN_CALL, _S.WRAP_UP, _S.SAVING})  # busy with a call
NOT_WATCHING = frozenset({_S.OFFLINE, _S.AWAY, *ENGAGED})
EVERY = frozenset(_S)

# (from states, input, to): to is a state, IDLE, or _SAME (each state to itself).
_ROWS: tuple[tuple[frozenset[AgentState], AgentInput, AgentState | Idle | _Same], ...] = (
    # Availability and prompts. A poll's or a tick's answer may arrive after the agent
    # left the prompts (a call, Offline): it is dropped.
    (FREE | {_S.INBOUND_RINGING}, _I.AVAILABILITY_CHOSEN, IDLE),
    (WATCHING, _I.PROMPTS_FETCHED, IDLE),
    (NOT_WATCHING, _I.PROMPTS_FETCHED, _SAME),
    (WATCHING, _I.CLOCK_TICKED, IDLE),
    (NOT_WATCHING, _I.CLOCK_TICKED, _SAME),
    (frozenset({_S.PROMPTED}), _I.ACCEPT, _S.ACCEPTING),
    (frozenset({_S.ACCEPTING}), _I.ACCEPTED, _S.DIALING),
    (frozenset({_S.ACCEPTING}), _I.ACCEPT_REFUSED, IDLE),
    (frozenset({_S.PROMPTED, _S.INBOUND_RINGING}), _I.SKIP, IDLE),
    # Placing, answering and working a call.
    (FREE, _I.DIAL, _S.DIALING),
    (frozenset({_S.DIALING}), _I.CALL_STARTED, _S.DIALING),
    (frozenset({_S.DIALING}), _I.CALL_NOT_STARTED, IDLE),
    # The action is the agent's now: without a disposition it would wait forever.
    (frozenset({_S.DIALING}), _I.CADENCE_CALL_NOT_STARTED, _S.WRAP_UP),
    (frozenset({_S.INBOUND_RINGING}), _I.ANSWER, _S.ANSWERING),
    (frozenset({_S.DIALING, _S.ANSWERING}), _I.PROGRESSED, _SAME),
    (frozenset({_S.DIALING, _S.ANSWERING, _S.ON_HOLD}), _I.CALL_CONNECTED, _S.CONNECTED),
    (frozenset({_S.CONNECTED}), _I.CALL_HELD, _S.ON_HOLD),
    (IN_CALL, _I.CALL_ENDED, IDLE),
    (frozenset({_S.DIALING, _S.CONNECTED, _S.ON_HOLD}), _I.CADENCE_CALL_ENDED, _S.WRAP_UP),
    (IN_CALL, _I.HANG_UP, _SAME),
    (LIVE, _I.MUTE, _SAME),
    (LIVE, _I.HOLD, _SAME),
    (IN_CALL | {_S.WRAP_UP, _S.SAVING}, _I.MEDIA_CHANGED, _SAME),
    (IN_CALL | {_S.WRAP_UP, _S.SAVING}, _I.RECORD_ANSWERED, _SAME),
    # Inbound calls: every workstation the line rings asks whom it is for. While the agent
    # is busy with a call it still shows (it can be declined), and can be answered once
    # the agent is free.
    (EVERY, _I.INBOUND_ARRIVED, _SAME),
    (FREE, _I.RING, _S.INBOUND_RINGING),
    (ENGAGED | {_S.INBOUND_RINGING}, _I.RING, _SAME),
    (EVERY, _I.RING_ELSEWHERE, _SAME),
    (frozenset({_S.INBOUND_RINGING}), _I.RING_GONE, IDLE),
    (ENGAGED, _I.RING_GONE, _SAME),
    (frozenset({_S.INBOUND_RINGING}), _I.DECLINE, IDLE),
    (ENGAGED, _I.DECLINE, _SAME),
    # The disposition.
    (frozenset({_S.WRAP_UP}), _I.SAVE, _S.SAVING),
    (frozenset({_S.SAVING}), _I.FINISHED, IDLE),
    (frozenset({_S.SAVING}), _I.FINISH_REFUSED, _S.WRAP_UP),
    # Voicemail drop: the greeting plays on without the agent, who is free at once. Should its
    # disposition be refused, a free agent is asked for one by hand; a busy one is told.
    (frozenset({_S.CONNECTED}), _I.DROP_VOICEMAIL, IDLE),
    (FREE, _I.VOICEMAIL_REFUSED, _S.WRAP_UP),
    (ENGAGED | {_S.INBOUND_RINGING}, _I.VOICEMAIL_REFUSED, _SAME),
)


def _table(rows: Iterable[tuple[frozenset[AgentState], AgentInput, AgentState | Idle | _Same]]
           ) -> dict[tuple[AgentState, AgentInput], AgentState | Idle]:
    table: dict[tuple[AgentState, AgentInput], AgentState | Idle] = {}
    for states, inp, to in rows:
        for state in states:
            if (state, inp) in table:
                raise ValueError(f"{state.value} + {inp.value} is listed twice")
            table[(state, inp)] = state if to is _SAME else to
    return table


# (state, input) -> next state, or IDLE. Anything absent is illegal.
TRANSITIONS: dict[tuple[AgentState, AgentInput], AgentState | Idle] = _table(_ROWS)


def next_state(state: AgentState, inp: AgentInput) -> AgentState | Idle:
    """Where ``inp`` leads from ``state``; raise ``IllegalAgentTransition`` if the table
    does not allow it."""
    try:
        return TRANSITIONS[(state, inp)]
    except KeyError:
        raise IllegalAgentTransition(f"{inp.value} is not allowed while the agent is {state.value}") from None


def idle_state(availability: Availability, prompted: bool, ringing: bool) -> AgentState:
    """The state of an agent with no call of their own."""
    if ringing:
        return _S.INBOUND_RINGING
    if availability is Availability.AVAILABLE:
        return _S.PROMPTED if prompted else _S.AVAILABLE
    if availability is Availability.OFFLINE:
        return _S.OFFLINE
    return _S.AWAY
