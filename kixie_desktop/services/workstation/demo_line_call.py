"""A test call to the demo line, followed to its end: ring, answer, a few seconds connected,
hang up — and how it went, in words (``TestCallResult``).

Blocking: runs on a worker thread, which waits on the call's own state changes (handed over
from the SIP thread through a queue); the SIP work itself stays on the SIP thread.
"""

from __future__ import annotations

import queue
import time

from kixie_desktop.domain.calls import CallState, CallStateChanged
from kixie_desktop.domain.workstation import TestCallResult
from kixie_desktop.services.ports.workstation import RunningPhone

HOLD_S = 3.0  # long enough to hear the line is open; short enough to wait for
NO_ANSWER_S = 15.0  # the demo line answers after one ring; anything longer is a fault
_GRACE_S = 10.0  # for the hang-up to be answered before we stop waiting
_NO_END = 408  # what pjsip reports for a transaction that timed out: "No answer"


def call_demo_line(phone: RunningPhone, *, hold_s: float = HOLD_S,
                   no_answer_s: float = NO_ANSWER_S) -> TestCallResult:
    states: queue.SimpleQueue[CallStateChanged] = queue.SimpleQueue()
    call_id = phone.call_demo_line(states.put, no_answer_s)
    connected: CallStateChanged | None = None
    hang_up_at: float | None = None
    give_up_at = time.monotonic() + no_answer_s + hold_s + _GRACE_S
    while True:
        now = time.monotonic()
        if hang_up_at is not None and now >= hang_up_at:
            phone.hang_up(call_id)
            hang_up_at = None
        if now >= give_up_at:
            phone.hang_up(call_id)
            return TestCallResult(None, _NO_END)
        wake = min(t for t in (hang_up_at, give_up_at) if t is not None)
        try:
            event = states.get(timeout=max(wake - now, 0.0))
        except queue.Empty:
            continue
        if event.state is CallState.CONNECTED and connected is None:
            connected = event
            hang_up_at = time.monotonic() + hold_s
        elif event.state is CallState.ENDED:
            talk = (event.at - connected.at).total_seconds() if connected is not None else None
            return TestCallResult(talk, event.sip_status)
