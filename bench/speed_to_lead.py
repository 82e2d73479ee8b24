"""Speed-to-lead benchmark (not a test): from a lead's POST to the engine's HTTP API to the
first SMS arriving at a real SIP peer.

Starts the headless engine (``kixie-desktop engine``) on SQLite with SMS over SIP
MESSAGE to a SIPp UAS on loopback, POSTs enrollments into a cadence whose first
action is a zero-delay SMS — one at a time, then in concurrent bursts — and
measures each POST's send to its MESSAGE arriving at SIPp (SIPp's own message
log timestamps; same machine, same clock). Writes ``bench/results/speed_to_lead.json``
(``posted``, ``received``, ``p50_ms``, ``p95_ms``, ``p99_ms``, ``max_ms``, per mode too).

Usage: ``python bench/speed_to_lead.py [--leads 1000]`` (needs /usr/bin/sipp).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import requests  # noqa: E402

from bench_workspace import build, contact, percentile, write_results  # noqa: E402
from kixie_desktop.config.settings import Settings, SipSettings, save  # noqa: E402
from kixie_desktop.services.administration.api_tokens import ApiTokenService  # noqa: E402
from kixie_desktop.storage.database import Database, sqlite_url  # noqa: E402
from tests.telephony.sipp_runner import SippUas  # noqa: E402


def start_engine(home: Path) -> tuple[subprocess.Popen[str], int]:
    env = {**os.environ, "KIXIE_HOME": str(home)}
    env.pop("KIXIE_DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "kixie_desktop", "engine", "--api-port", "0"],
                            stdout=subprocess.PIPE, stderr=(home / "engine-stderr.log").open("w"), text=True,
                            env=env, cwd=ROOT)
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        found = re.search(r"API on http://127\.0\.0\.1:(\d+)/", line)
        if found:
            return proc, int(found.group(1))
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit("the engine did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leads", type=int, default=1000, help="total POSTs (half one at a time, half in bursts)")
    parser.add_argument("--burst", type=int, default=50, help="POSTs per burst")
    args = parser.parse_args()
    sequential = args.leads // 2
    with tempfile.TemporaryDirectory(prefix="kixie-stl-") as tmp:
        home = Path(tmp)
        uas = SippUas("message_200", home, timeout_s=600, calls=args.leads)
        # A trunk that authorises by IP: SMS go as MESSAGE straight to the SIPp peer.
        save(home / "config" / "config.toml",
             Settings(sip=SipSettings(domain=f"127.0.0.1:{uas.port}", username="bench")))
        db = Database(sqlite_url(home / "data" / "kixie.db"))
        ws = build(db)
        token = ApiTokenService(ws.store).create(ws.manager, "bench").token
        db.dispose()
        engine, port = start_engine(home)
        url = f"http://127.0.0.1:{port}/api/v1/cadences/{ws.cadence_id}/enrollments"
        headers = {"Authorization": f"Bearer {token}"}
        sent: dict[str, tuple[str, float]] = {}
        session = requests.Session()

        def post(n: int, mode: str) -> None:
            lead = contact(n)
            sent[lead.phone] = (mode, time.time())
            answer = session.post(url, json={"phone": lead.phone, "first_name": lead.first_name},
                                  headers=headers, timeout=30)
            if answer.status_code != 201:
                raise SystemExit(f"POST {n} answered {answer.status_code}: {answer.text}")

        def engine_log_tail() -> str:
            log = home / "logs" / "kixie-desktop.log"
            text = log.read_text() if log.exists() else ""
            err = (home / "engine-stderr.log").read_text()
            return "\n".join((text.splitlines() + err.splitlines())[-30:])

        try:
            print(f"{sequential} POSTs one at a time ...", flush=True)
            for n in range(sequential):
                post(n, "one_at_a_time")
            print(f"{args.leads - sequential} POSTs in bursts of {args.burst} ...", flush=True)
            with ThreadPoolExecutor(8) as pool:
                for first in range(sequential, args.leads, args.burst):
                    list(pool.map(lambda n: post(n, "burst"), range(first, min(first + args.burst, args.leads))))
                    time.sleep(0.2)
            uas.wait(timeout=120)
        except (requests.RequestException, SystemExit):
            print(f"engine exit code: {engine.poll()}\n{engine_log_tail()}", file=sys.stderr)
            raise
        finally:
            engine.send_signal(signal.SIGTERM)
            engine.wait(60)
            uas.kill()
        latencies: dict[str, list[float]] = {"one_at_a_time": [], "burst": []}
        received = 0
        for message in uas.messages():
            if message.direction != "received" or not message.first_line.startswith("MESSAGE"):
                continue
            phone = message.first_line.split(" ")[1].split(":", 1)[1].split("@", 1)[0]
            if phone not in sent:
                continue
            received += 1
            mode, at = sent[phone]
            arrived = datetime.fromisoformat(message.wallclock).astimezone().timestamp()
            latencies[mode].append((arrived - at) * 1000)
    every = latencies["one_at_a_time"] + latencies["burst"]
    figures: dict[str, object] = {
        "posted": len(sent), "received": received,
        "p50_ms": percentile(every, 50), "p95_ms": percentile(every, 95),
        "p99_ms": percentile(every, 99), "max_ms": max(every, default=float("nan")),
    }
    for mode, values in latencies.items():
        figures[f"{mode}_p50_ms"] = percentile(values, 50)
        figures[f"{mode}_p99_ms"] = percentile(values, 99)
    path = write_results("speed_to_lead", figures)
    print(f"\n{'figure':28} {'value':>10}")
    for key in sorted(figures):
        value = figures[key]
        print(f"{key:28} {value:>10.1f}" if isinstance(value, float) else f"{key:28} {value:>10}")
    print(f"\nwritten to {path}")
    return 0 if received == len(sent) else 1


if __name__ == "__main__":
    raise SystemExit(main())
