"""Crash harness (not a unit test): ``kill -9`` the headless engine while it sends SMS, restart
it, and check from the outside that the SMS promise holds.

The engine (``kixie-desktop engine``, a separate process) runs on SQLite or PostgreSQL and
sends over SIP MESSAGE to a SIPp UAS on loopback that records every MESSAGE it receives and
the idempotency key it carries. A workspace with one zero-delay SMS per lead is enrolled
first; the harness then starts the engine, kills it with SIGKILL at a random moment, starts
it again, ``--kills`` times, and finally lets one engine finish. It reads the action runs
from the database and the MESSAGEs from SIPp's log, and reports:

- ``lost``: actions that never ended, plus ``completed`` ones whose text never arrived;
- ``duplicates``: texts received more than once (same idempotency key);
- ``unknown``: actions a person has to decide (the engine died mid-hand-off), which must
  stay within ``kills × inflight_window``.

Usage: ``python bench/crash_harness.py [--actions 5000] [--kills 20] [--backend sqlite|postgresql]``
(PostgreSQL: ``KIXIE_TEST_POSTGRES_URL`` or ``--postgres-url``; needs /usr/bin/sipp). Writes
``bench/results/crash.json`` (one object per backend) and regenerates the crash table of
``docs/reliability.md``. ``tests/reliability/test_crash.py`` runs a short version.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import create_engine, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench_workspace import RESULTS, build, enroll_many  # noqa: E402
from kixie_desktop.config.settings import Settings, SipSettings, save  # noqa: E402
from kixie_desktop.storage.database import Database, normalise_url, sqlite_url  # noqa: E402
from kixie_desktop.storage.models import ActionRunRow  # noqa: E402
from kixie_desktop.telephony.sip_message_gateway import IDEMPOTENCY_HEADER  # noqa: E402
from tests.telephony.sipp_runner import SippUas  # noqa: E402

TERMINAL = ("completed", "missed", "failed", "skipped", "cancelled", "unknown")
ENGINE_ID = "crash-harness"  # the same name after every restart: the engine's own leases are its own


@dataclass
class CrashFigures:
    backend: str
    kills: int
    actions: int
    completed: int
    unknown: int
    lost: int
    duplicates: int
    inflight_window: int
    received: int
    other_endings: dict[str, int]
    seconds: float

    @property
    def holds(self) -> bool:
        return (self.lost == 0 and self.duplicates == 0
                and self.unknown <= self.kills * self.inflight_window)


def inflight_window() -> int:
    """The most SMS an engine has ``sending`` at once: the setting's default, which the
    harness's engines run with (their config file leaves it out)."""
    return Settings().sms_inflight_window


class _Postgres:
    """A database of its own on the given server, dropped afterwards."""

    def __init__(self, server_url: str) -> None:
        self.admin_url = normalise_url(server_url)
        self.name = f"kixie_crash_{uuid.uuid4().hex[:10]}"
        self.url = make_url(self.admin_url).set(database=self.name).render_as_string(hide_password=False)
        self._sql(f'CREATE DATABASE "{self.name}"')

    def _sql(self, statement: str) -> None:
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(statement))
        finally:
            admin.dispose()

    def drop(self) -> None:
        self._sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _engine(home: Path, log: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "KIXIE_HOME": str(home)}
    env.pop("KIXIE_DATABASE_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kixie_desktop", "engine", "--no-api", "--engine-id", ENGINE_ID, "--poll", "0.1"],
        stdout=subprocess.PIPE, stderr=log.open("a"), text=True, env=env, cwd=ROOT)
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if "running on" in line:
            return proc
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit(f"the engine did not start; see {log}:\n" + log.read_text()[-3000:])


def _statuses(db: Database) -> Counter[str]:
    with db.read() as s:
        return Counter({status: n for status, n in s.execute(
            select(ActionRunRow.status, func.count()).group_by(ActionRunRow.status))})


def run(backend: str, actions: int, kills: int, *, postgres_url: str | None = None, seed: int = 0,
        max_gap_s: float = 2.0, finish_timeout_s: float = 400.0, workdir: Path | None = None) -> CrashFigures:
    rng = random.Random(seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="kixie-crash-", dir=workdir) as tmp:
        home = Path(tmp)
        server = _Postgres(postgres_url) if backend == "postgresql" else None
        if backend == "postgresql" and postgres_url is None:
            raise SystemExit("--backend postgresql needs KIXIE_TEST_POSTGRES_URL or --postgres-url")
        url = server.url if server else sqlite_url(home / "data" / "kixie.db")
        uas = SippUas("message_200", home, timeout_s=3600, calls=actions * 3)
        try:
            save(home / "config" / "config.toml",
                 Settings(database_url=url, api_enabled=False,
                          sip=SipSettings(domain=f"127.0.0.1:{uas.port}", username="crash")))
            db = Database(url)
            ws = build(db)
            enroll_many(ws, actions)
            log = home / "engine.log"
            for _ in range(kills):
                engine = _engine(home, log)
                time.sleep(rng.uniform(0.05, max_gap_s))
                engine.kill()  # SIGKILL: no clean-up of any kind
                engine.wait()
            engine = _engine(home, log)
            deadline = time.monotonic() + finish_timeout_s
            while sum(n for status, n in _statuses(db).items() if status not in TERMINAL):
                if time.monotonic() > deadline or engine.poll() is not None:
                    break
                time.sleep(0.5)
            engine.send_signal(signal.SIGTERM)
            engine.wait(60)
            time.sleep(0.5)  # the last 200 OKs leave SIPp before it is told to stop
            uas.proc.send_signal(signal.SIGUSR1)  # SIPp's "quit": flushes its message log
            try:
                uas.wait(30)
            except subprocess.TimeoutExpired:
                pass
            received = Counter(m.header(IDEMPOTENCY_HEADER) for m in uas.messages()
                               if m.direction == "received" and m.first_line.startswith("MESSAGE"))
            with db.read() as s:
                runs = [(status, i) for status, i in s.execute(select(ActionRunRow.status, ActionRunRow.id))]
            db.dispose()
        finally:
            uas.kill()
            if server is not None:
                server.drop()
    statuses = Counter(status for status, _ in runs)
    # An idempotency key is kx-ar{run id}-a{attempt}: a completed run was received under one of its attempts.
    received_runs = {key.rsplit("-a", 1)[0] for key in received if key}  # "kx-ar12-a0" -> "kx-ar12"
    completed_unreceived = [i for status, i in runs if status == "completed" and f"kx-ar{i}" not in received_runs]
    unfinished = sum(n for status, n in statuses.items() if status not in TERMINAL)
    return CrashFigures(
        backend=backend, kills=kills, actions=len(runs), completed=statuses["completed"],
        unknown=statuses["unknown"], lost=unfinished + len(completed_unreceived),
        duplicates=sum(n - 1 for n in received.values() if n > 1), inflight_window=inflight_window(),
        received=sum(received.values()),
        other_endings={s: n for s, n in statuses.items() if s not in ("completed", "unknown")},
        seconds=round(time.monotonic() - started, 1))


def write(figures: list[CrashFigures]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "crash.json"
    existing = json.loads(path.read_text()) if path.exists() else {}
    for f in figures:
        existing[f.backend] = asdict(f)
    path.write_text(json.dumps(existing, indent=2, sort_keys=True) + "\n")
    return path


def table(results: dict[str, dict[str, object]]) -> str:
    head = ("| backend | actions | kills | completed | unknown | bound (kills × window) | lost | duplicates |\n"
            "|---|---|---|---|---|---|---|---|\n")
    rows = "".join(
        f"| {r['backend']} | {r['actions']:,} | {r['kills']} | {r['completed']:,} | {r['unknown']} | "
        f"{int(r['kills']) * int(r['inflight_window'])} | {r['lost']} | {r['duplicates']} |\n"  # type: ignore[call-overload]
        for r in results.values())
    return head + rows


def regenerate_doc(results: dict[str, dict[str, object]], doc: Path = ROOT / "docs" / "reliability.md") -> None:
    """Replace the crash table in ``doc`` (the lines from its header row to the first line
    that is not a table row) with the current figures."""
    lines = doc.read_text().splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("| backend | actions | kills"))
    end = next((i for i in range(start, len(lines)) if not lines[i].startswith("|")), len(lines))
    doc.write_text("".join(lines[:start]) + table(results) + "".join(lines[end:]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=5000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), action="append")
    parser.add_argument("--postgres-url", default=os.environ.get("KIXIE_TEST_POSTGRES_URL"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    backends = args.backend or (["sqlite", "postgresql"] if args.postgres_url else ["sqlite"])
    figures = []
    for backend in backends:
        print(f"{backend}: {args.actions} SMS, {args.kills} kills ...", flush=True)
        f = run(backend, args.actions, args.kills, postgres_url=args.postgres_url, seed=args.seed)
        print(f"  {asdict(f)}", flush=True)
        figures.append(f)
    path = write(figures)
    results = json.loads(path.read_text())
    regenerate_doc(results)
    print(f"\n{table(results)}\nwritten to {path} and docs/reliability.md")
    return 0 if all(f.holds for f in figures) else 1


if __name__ == "__main__":
    raise SystemExit(main())
