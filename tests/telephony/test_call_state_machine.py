"""The pure call state machine (engine/call_state.py): table-driven, no SIP."""

from __future__ import annotations

import pytest

from kixie_desktop.domain.calls import CallDirection, CallState
from kixie_desktop.engine.call_state import (
    TRANSITIONS,
    CallInput,
    CallStateMachine,
    IllegalCallTransition,
)

S, I = CallState, CallInput


@pytest.mark.parametrize(("direction", "inputs", "expected"), [
    (CallDirection.OUTBOUND, [I.PROVISIONAL, I.PROVISIONAL, I.ANSWERED, I.DISCONNECTED],
     [S.RINGING, S.RINGING, S.CONNECTED, S.ENDED]),
    (CallDirection.OUTBOUND, [I.DISCONNECTED], [S.ENDED]),  # 486 straight away
    (CallDirection.OUTBOUND, [I.ANSWERED, I.HELD, I.RESUMED, I.HELD, I.DISCONNECTED],
     [S.CONNECTED, S.ON_HOLD, S.CONNECTED, S.ON_HOLD, S.ENDED]),
    (CallDirection.INBOUND, [I.PROVISIONAL, I.ANSWERED, I.DISCONNECTED],
     [S.INCOMING, S.CONNECTED, S.ENDED]),
])
def test_legal_paths(direction: CallDirection, inputs: list[CallInput],
                     expected: list[CallState]) -> None:
    machine = CallStateMachine(direction)
    assert [machine.handle(i).state for i in inputs] == expected


def test_ended_keeps_status_and_reason() -> None:
    machine = CallStateMachine(CallDirection.OUTBOUND)
    tr = machine.handle(I.DISCONNECTED, sip_status=486, reason="Busy Here")
    assert tr.changed and tr.previous is S.DIALING
    assert (machine.end_status, machine.end_reason) == (486, "Busy Here")


def test_self_loops_are_not_changes() -> None:
    machine = CallStateMachine(CallDirection.OUTBOUND)
    assert machine.handle(I.PROVISIONAL).changed
    assert not machine.handle(I.PROVISIONAL).changed


ALL_STATES = list(CallState)
ILLEGAL = [(s, i) for s in ALL_STATES for i in CallInput if (s, i) not in TRANSITIONS]


@pytest.mark.parametrize(("state", "event"), ILLEGAL)
def test_everything_outside_the_table_raises(state: CallState, event: CallInput) -> None:
    machine = CallStateMachine(CallDirection.OUTBOUND)
    machine.state = state
    assert not machine.can(event)
    with pytest.raises(IllegalCallTransition):
        machine.handle(event)
    assert machine.state is state  # unchanged after a refusal


def test_ended_is_terminal() -> None:
    assert all(s is not S.ENDED for s, _ in TRANSITIONS)
    assert (S.DIALING, I.HELD) in ILLEGAL and (S.RINGING, I.HELD) in ILLEGAL
