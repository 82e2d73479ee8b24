"""Ordered shutdown with a live call and a MESSAGE in flight, in a child process.

Both used to abort the process inside pjsua (a Python Call alive at libDestroy; a
pending MESSAGE whose account was deleted first). A child process because pjsua
allows one Endpoint per process and the session softphone is in use.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.sipp

_CHILD = """
import queue, sys, time
from kixie_desktop.domain.calls import CallState, CallStateChanged
from kixie_desktop.telephony.sip_config import SoftphoneOptions
from kixie_desktop.telephony.softphone import PjSoftphone

call_uri, message_uri = sys.argv[1], sys.argv[2]
events = queue.SimpleQueue()
phone = PjSoftphone(events.put, SoftphoneOptions(null_audio=True))
phone.start().result(10)
call_id = phone.place_call(call_uri)
states = []
while CallState.CONNECTED.value not in states:
    e = events.get(timeout=10)
    if isinstance(e, CallStateChanged):
        states.append(e.state.value)
pending = phone.send_message(message_uri, "never answered")
time.sleep(0.3)
phone.stop().result(15)
while not events.empty():
    e = events.get()
    if isinstance(e, CallStateChanged):
        states.append(e.state.value)
print("states", ",".join(states))
print("message", type(pending.exception(1)).__name__)
try:
    phone.hangup(call_id).result(1)
except Exception as exc:
    print("after-stop", type(exc).__name__)
"""


def test_stop_with_live_call_and_pending_message(tmp_path: Path, sipp: Any) -> None:
    call = sipp("answer_wait_bye")
    silent = sipp("silent_message")
    proc = subprocess.run([sys.executable, "-c", _CHILD, call.uri(), silent.uri()],
                          capture_output=True, text=True, timeout=60, check=False,
                          cwd=Path(__file__).parents[2])
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "states dialing,ringing,connected,ended" in out
    assert "message TelephonyError" in out  # failed, not left hanging
    assert "after-stop TelephonyError" in out
    assert call.wait() == 0, call.errors()
    assert call.flow()[-2:] == [("received", "BYE"), ("sent", "200")]  # hung up first
