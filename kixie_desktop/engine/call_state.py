"""The call state machine: a pure, table-driven model of one call's life.

h11 style: the softphone adapter feeds it ``CallInput`` values as SIP facts
arrive (on the SIP thread, but nothing here knows about threads or SIP
libraries) and gets back the new ``CallState``; an input the table does not
allow raises ``IllegalCallTransition`` instead of silently corrupting the state.
ENDED is terminal and remembers the SIP status and reason that ended the call.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kixie_desktop.domain.calls import CallDirection, CallState
from kixie_desktop.domain.errors import TelephonyError


class CallInput(enum.Enum):
    """What can happen to a call, abstracted from SIP messages."""

    PROVISIONAL = "provisional"  # 18x from the far end (outbound) / we rang (inbound)
    ANSWERED = "answered"  # the INVITE dialog is confirmed (200 + ACK)
    HELD = "held"  # our hold re-INVITE took effect
    RESUMED = "resumed"  # our unhold re-INVITE took effect
    DISCONNECTED = "disconnected"  # final failure, CANCEL, BYE, timeout...


class IllegalCallTransition(TelephonyError):
    """An input arrived that the call's current state does not allow."""


_S = CallState
_I = CallInput

# (state, input) -> next state. Anything absent is illegal. Self-loops are
# deliberate: 180 then 183, or a second confirmed re-INVITE, are normal SIP.
TRANSITIONS: dict[tuple[CallState, CallInput], CallState] = {
    (_S.DIALING, _I.PROVISIONAL): _S.RINGING,
    (_S.DIALING, _I.ANSWERED): _S.CONNECTED,
    (_S.DIALING, _I.DISCONNECTED): _S.ENDED,
    (_S.RINGING, _I.PROVISIONAL): _S.RINGING,
    (_S.RINGING, _I.ANSWERED): _S.CONNECTED,
    (_S.RINGING, _I.DISCONNECTED): _S.ENDED,
    (_S.INCOMING, _I.PROVISIONAL): _S.INCOMING,
    (_S.INCOMING, _I.ANSWERED): _S.CONNECTED,
    (_S.INCOMING, _I.DISCONNECTED): _S.ENDED,
    (_S.CONNECTED, _I.ANSWERED): _S.CONNECTED,
    (_S.CONNECTED, _I.HELD): _S.ON_HOLD,
    (_S.CONNECTED, _I.RESUMED): _S.CONNECTED,
    (_S.CONNECTED, _I.DISCONNECTED): _S.ENDED,
    (_S.ON_HOLD, _I.ANSWERED): _S.ON_HOLD,
    (_S.ON_HOLD, _I.HELD): _S.ON_HOLD,
    (_S.ON_HOLD, _I.RESUMED): _S.CONNECTED,
    (_S.ON_HOLD, _I.DISCONNECTED): _S.ENDED,
}


@dataclass(frozen=True, slots=True)
class Transition:
    """The outcome of feeding one input: ``changed`` is False for self-loops."""

    previous: CallState
    state: CallState

    @property
    def changed(self) -> bool:
        return self.previous is not self.state


class CallStateMachine:
    """One call's state. Not thread-safe: the owner (the SIP thread) serialises."""

    def __init__(self, direction: CallDirection) -> None:
        self.direction = direction
        self.state = _S.DIALING if direction is CallDirection.OUTBOUND else _S.INCOMING
        self.end_status: int | None = None
        self.end_reason: str | None = None

    def can(self, event: CallInput) -> bool:
        return (self.state, event) in TRANSITIONS

    def handle(
        self, event: CallInput, *, sip_status: int | None = None, reason: str | None = None
    ) -> Transition:
        """Apply ``event``; raise ``IllegalCallTransition`` if the table forbids it."""
        try:
            nxt = TRANSITIONS[(self.state, event)]
        except KeyError:
            raise IllegalCallTransition(
                f"{event.value} is not allowed while the call is {self.state.value}"
            ) from None
        previous, self.state = self.state, nxt
        if nxt is _S.ENDED:
            self.end_status, self.end_reason = sip_status, reason
        return Transition(previous, nxt)
