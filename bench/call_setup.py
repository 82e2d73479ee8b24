"""Call-setup latency of the softphone: ``place_call`` → INVITE at SIPp → CONFIRMED.

A benchmark, not a test. SIPp runs as UAS on loopback (``answer_wait_bye``
scenario, one call after another) with ``-trace_msg``; the INVITE's arrival time
is SIPp's own timestamp in that log (same wall clock as ``time.time()`` here), and
CONFIRMED is when the ``CallStateChanged(CONNECTED)`` event reaches our ``post``.
Writes bench/results/call_setup.json and prints a table.

    .venv/bin/python bench/call_setup.py [--calls 50] [--mode wake|poll] [--poll-ms N]
"""

from __future__ import annotations

import argparse
import json
import queue
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kixie_desktop.domain.calls import CallState, CallStateChanged
from kixie_desktop.telephony.sip_config import SoftphoneOptions
from kixie_desktop.telephony.softphone import PjSoftphone
from tests.telephony.sipp_runner import (
    SCENARIOS,
    SIPP,
    _udp_port_bound,
    free_udp_port,
    parse_message_log,
)


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _wait(events: queue.SimpleQueue[object], call_id: str, state: CallState) -> float:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        event = events.get(timeout=10)
        if isinstance(event, CallStateChanged) and event.call_id == call_id:
            if event.state is state:
                return time.time()
            if event.state is CallState.ENDED:
                raise RuntimeError(f"call ended early: {event}")
    raise RuntimeError(f"no {state} for {call_id}")


def run(calls: int, options: SoftphoneOptions) -> dict[str, float | int | str]:
    if SIPP is None:
        raise SystemExit("sipp not found on PATH (install sip-tester)")
    workdir = Path(tempfile.mkdtemp(prefix="kixie-bench-"))
    port = free_udp_port()
    msg_file = workdir / "messages.log"
    sipp = subprocess.Popen(
        [SIPP, "-sf", str(SCENARIOS / "answer_wait_bye.xml"), "-i", "127.0.0.1", "-p", str(port),
         "-mp", str(free_udp_port()), "-m", str(calls), "-l", "1", "-nostdin", "-timeout", "120s",
         "-trace_msg", "-message_file", str(msg_file)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not _udp_port_bound(port):
        time.sleep(0.01)
    events: queue.SimpleQueue[object] = queue.SimpleQueue()
    phone = PjSoftphone(events.put, options)
    phone.start().result(10)
    placed: list[float] = []
    confirmed: list[float] = []
    try:
        time.sleep(0.2)  # let the SIP thread settle into its idle poll
        for _ in range(calls):
            t0 = time.time()
            call_id = phone.place_call(f"sip:bench@127.0.0.1:{port}")
            confirmed.append((_wait(events, call_id, CallState.CONNECTED) - t0) * 1000)
            placed.append(t0)
            phone.hangup(call_id).result(5)
            _wait(events, call_id, CallState.ENDED)
            # Start the next call from an idle, sleeping SIP thread, at a random phase of
            # its poll cycle (a fixed pause would lock onto the poll period).
            time.sleep(random.uniform(0.02, 0.06))
    finally:
        phone.stop().result(15)
        sipp.wait(30)
    invites = [m for m in parse_message_log(msg_file.read_text())
               if m.direction == "received" and m.method_or_status == "INVITE"]
    arrivals = [datetime.strptime(m.wallclock, "%Y-%m-%d %H:%M:%S.%f").timestamp()
                for m in invites]
    if len(arrivals) != calls:
        raise RuntimeError(f"{len(arrivals)} INVITEs logged for {calls} calls")
    invite_ms = [(a - t0) * 1000 for a, t0 in zip(arrivals, placed)]
    mode = f"wake+poll {options.idle_poll_ms} ms" if options.wake_sip_thread else \
        f"poll {options.idle_poll_ms} ms"
    return {"calls": calls, "mode": mode,
            "invite_p50_ms": round(statistics.median(invite_ms), 3),
            "invite_p95_ms": round(_pct(invite_ms, 0.95), 3),
            "confirmed_p50_ms": round(statistics.median(confirmed), 3),
            "confirmed_p95_ms": round(_pct(confirmed, 0.95), 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=50)
    parser.add_argument("--mode", choices=["wake", "poll"], default="wake")
    parser.add_argument("--poll-ms", type=int, default=None)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    defaults = SoftphoneOptions()
    options = SoftphoneOptions(null_audio=True, wake_sip_thread=args.mode == "wake",
                               idle_poll_ms=args.poll_ms or defaults.idle_poll_ms,
                               sip_log_level=defaults.sip_log_level)
    result = run(args.calls, options)
    print(f"{'metric':<18}{'value':>10}")
    for key in ("invite_p50_ms", "invite_p95_ms", "confirmed_p50_ms", "confirmed_p95_ms"):
        print(f"{key:<18}{result[key]:>10.3f}")
    print(f"{'calls':<18}{result['calls']:>10}   ({result['mode']})")
    if not args.no_write:
        out = ROOT / "bench" / "results" / "call_setup.json"
        out.write_text(json.dumps(result, indent=2) + "\n")
        print(f"written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
