"""Engine throughput benchmark (not a test): how fast due SMS actions run, against named
baselines measured in the same run.

- ``sqlite_actions_per_s``: N zero-delay SMS actions, no-op gateway, one engine, SQLite.
- ``raw_claim_rows_per_s``: the floor — a bare SQL loop claiming and completing the same N
  due rows in batches, with no engine logic. Floor and engine alternate over ``--trials``
  copies of one enrolled file; each is the median, and ``fraction_of_raw_claim`` is the
  median of the trials' own ratios (a single pair swings by half on a shared machine).
- ``apscheduler_fires_per_s``: APScheduler 3, SQLAlchemy job store on a SQLite file as it
  ships (rollback journal), N date jobs due now, ``misfire_grace_time=None`` so it fires
  every one; ``apscheduler_wal_fires_per_s`` the same with WAL switched on (the stronger
  baseline); and with its defaults, how many of the burst it silently skipped
  (``apscheduler_default_skipped``).
- ``postgres_actions_per_s_{1,2}_engine(s)``: the same on PostgreSQL, 2 engines = 2 processes;
  enrolled once, each run on its own copy of that database, median of ``--pg-trials``; beside
  them the bare claim loop in 2 worker processes (``FOR UPDATE SKIP LOCKED``) and the 2 engines'
  fraction of it.
- ``backlog_cost_ratio_1m_vs_1k``: per-action cost with 1,000,000 vs 1,000 scheduled rows
  that are not due yet (alternating trials, median of the trials' ratios).
- ``enroll_to_gateway_p99_ms``: enrollment → first zero-delay SMS at the gateway, in-process.

Usage: ``make bench-engine`` or ``python bench/engine_throughput.py [--actions N] [--backlog N]``;
``--only backlog`` (repeatable) re-runs sections and updates their figures in the results file.
Writes ``bench/results/engine_throughput.json``.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import bindparam, create_engine, event, insert, select, text  # noqa: E402

from bench_workspace import (  # noqa: E402
    RESULTS,
    NoopGateway,
    build,
    contact,
    enroll_many,
    percentile,
    write_results,
)
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult  # noqa: E402
from kixie_desktop.services.execution.engine import Engine  # noqa: E402
from kixie_desktop.storage.database import Database, normalise_url, sqlite_url  # noqa: E402
from kixie_desktop.storage.models import ActionRunRow  # noqa: E402
from kixie_desktop.storage.store import SqlStore  # noqa: E402

PG_URL = os.environ.get("KIXIE_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def drain(engine: Engine) -> int:
    done = 0
    while (n := engine.tick().executed):
        done += n
    return done


# -- the engine on SQLite, against the floor ----------------------------------------------------

def sqlite_workload(workdir: Path, actions: int) -> tuple[Path, float]:
    """Enroll ``actions`` contacts once (the CSV-import path); every trial below starts from
    a copy of this file, so the engine and the floor work on the very same rows."""
    path = workdir / "template.db"
    db = Database(sqlite_url(path))
    ws = build(db)
    started = time.perf_counter()
    enroll_many(ws, actions)
    enroll_s = time.perf_counter() - started
    db.dispose()  # checkpoints the WAL into the file
    return path, actions / enroll_s


def _copy(template: Path, workdir: Path, name: str) -> Database:
    target = workdir / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return Database(sqlite_url(target))


def sqlite_engine(template: Path, workdir: Path, actions: int) -> float:
    db = _copy(template, workdir, "engine.db")
    engine = Engine(SqlStore(db), _now, NoopGateway(), "bench")
    started = time.perf_counter()
    done = drain(engine)
    run_s = time.perf_counter() - started
    engine.close()
    assert done == actions, (done, actions)
    db.dispose()
    return actions / run_s


def raw_claim(template: Path, workdir: Path, rows: int, batch: int = 500) -> float:
    """Claim and complete the due rows of our own ``action_runs`` table (same indexes, same
    database settings, the engine's two transactions per batch) with no engine logic."""
    db = _copy(template, workdir, "raw.db")
    started = time.perf_counter()
    done = _claim_loop(db, batch)
    elapsed = time.perf_counter() - started
    assert done == rows
    db.dispose()
    return rows / elapsed


def _claim_loop(db: Database, batch: int) -> int:
    table = ActionRunRow.__table__
    postgres = db.engine.dialect.name == "postgresql"
    done = 0
    while True:
        now = _now()
        with db.write() as session:
            conn = session.connection()
            query = (select(table.c.id).where(table.c.status == "scheduled", table.c.held.is_(False),
                                              table.c.due_at <= now).order_by(table.c.due_at, table.c.id).limit(batch))
            if postgres:
                query = query.with_for_update(skip_locked=True)
            ids = [r[0] for r in conn.execute(query)]
            if ids:
                conn.execute(table.update().where(table.c.id == bindparam("i")).values(status="sending"),
                             [{"i": i} for i in ids])
        if not ids:
            return done
        with db.write() as session:
            session.connection().execute(
                table.update().where(table.c.id == bindparam("i")).values(status="completed", completed_at=now),
                [{"i": i} for i in ids])
        done += len(ids)


def engine_vs_floor(workdir: Path, actions: int, trials: int) -> dict[str, float]:
    """Alternate floor and engine runs on copies of one workload: on a shared, noisy machine a
    single pair can be off by half in either direction, so each figure is the median of
    ``trials`` and the fraction is the median of the trials' own fractions."""
    template, enrollments_per_s = sqlite_workload(workdir, actions)
    raws, engines = [], []
    for trial in range(trials):
        raws.append(raw_claim(template, workdir, actions))
        engines.append(sqlite_engine(template, workdir, actions))
        print(f"  trial {trial + 1}: floor {raws[-1]:,.0f} rows/s, engine {engines[-1]:,.0f} actions/s "
              f"({engines[-1] / raws[-1]:.0%})", flush=True)
    return {
        "enrollments_per_s": enrollments_per_s,
        "sqlite_actions_per_s": statistics.median(engines),
        "raw_claim_rows_per_s": statistics.median(raws),
        "fraction_of_raw_claim": statistics.median(e / r for e, r in zip(engines, raws)),
        "sqlite_trials": trials,
    }


# -- the baseline: APScheduler 3 --------------------------------------------------------------------

_fired = 0
_fired_lock = threading.Lock()


def _job() -> None:
    global _fired
    with _fired_lock:
        _fired += 1


def apscheduler(workdir: Path, jobs: int, grace_none: bool, wal: bool = False) -> tuple[float, int]:
    """Schedule ``jobs`` date jobs due now in a SQLite job store, start, count fires."""
    from apscheduler.events import EVENT_JOB_MISSED
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler

    global _fired
    _fired = 0
    # With its defaults APScheduler logs a warning per skipped job (20,000 lines); the
    # listener below counts them instead.
    logging.getLogger("apscheduler").setLevel(logging.ERROR)
    engine = create_engine(f"sqlite:///{workdir / f'aps-{uuid.uuid4().hex[:6]}.db'}")

    if wal:
        @event.listens_for(engine, "connect")
        def _wal(conn, _record):  # type: ignore[no-untyped-def]
            conn.execute("PRAGMA journal_mode=WAL")

    store = SQLAlchemyJobStore(engine=engine)
    defaults = {"misfire_grace_time": None, "coalesce": False} if grace_none else {}
    scheduler = BackgroundScheduler(jobstores={"default": store},
                                    executors={"default": ThreadPoolExecutor(10)},
                                    job_defaults=defaults, timezone=timezone.utc)
    missed = [0]
    scheduler.add_listener(lambda _e: missed.__setitem__(0, missed[0] + 1), EVENT_JOB_MISSED)
    scheduler.start(paused=True)
    run_at = datetime.now(timezone.utc)
    for n in range(jobs):
        scheduler.add_job(_job, "date", run_date=run_at, id=f"j{n}")
    started = time.perf_counter()
    scheduler.resume()
    deadline = started + max(120.0, jobs / 50)
    while time.perf_counter() < deadline:
        with _fired_lock:
            settled = _fired + missed[0]
        if settled >= jobs:
            break
        time.sleep(0.01)
    elapsed = time.perf_counter() - started
    scheduler.shutdown(wait=True)
    engine.dispose()
    return _fired / elapsed, jobs - _fired


# -- PostgreSQL, 1 and 2 engines --------------------------------------------------------------------

def _pg_worker(url: str, name: str, start: mp.Barrier, out: mp.Queue) -> None:  # type: ignore[type-arg]
    db = Database(url)
    if name.startswith("raw"):
        start.wait()
        out.put(_claim_loop(db, 500))
    else:
        engine = Engine(SqlStore(db), _now, NoopGateway(), name)
        start.wait()
        out.put(drain(engine))
    db.dispose()


def postgres(actions: int, trials: int) -> dict[str, float]:
    """Enroll once into a template database; each trial runs the bare claim loop in 2 workers,
    then 1 and 2 engines, each on a fresh copy of it (``CREATE DATABASE ... TEMPLATE``); each
    figure is the median, the fraction the median of the trials' own."""
    admin = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    base = normalise_url(PG_URL).rsplit("/", 1)[0]
    template = f"kixie_bench_{uuid.uuid4().hex[:8]}"
    copies: list[str] = []
    rates: dict[int | str, list[float]] = {1: [], 2: [], "raw": []}
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{template}"'))
        db = Database(f"{base}/{template}")
        enroll_many(build(db), actions)
        db.dispose()
        for trial in range(trials):
            for run in ("raw", 1, 2):
                copies.append(f"{template}_{trial}_{run}")
                with admin.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{copies[-1]}" TEMPLATE "{template}"'))
                rates[run].append(_postgres_run(f"{base}/{copies[-1]}", actions, run))
            print(f"  trial {trial + 1}: floor (2 workers) {rates['raw'][-1]:,.0f} rows/s, 1 engine "
                  f"{rates[1][-1]:,.0f} /s, 2 engines {rates[2][-1]:,.0f} /s", flush=True)
    finally:
        with admin.connect() as conn:
            for name in (*copies, template):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return {"postgres_actions_per_s_1_engine": statistics.median(rates[1]),
            "postgres_actions_per_s_2_engines": statistics.median(rates[2]),
            "postgres_raw_claim_rows_per_s_2_workers": statistics.median(rates["raw"]),
            "postgres_fraction_of_raw_claim_2_engines": statistics.median(
                e / r for e, r in zip(rates[2], rates["raw"])),
            "postgres_trials": trials}


def _postgres_run(url: str, actions: int, run: int | str) -> float:
    """``run``: how many engines, or "raw" for the bare claim loop in 2 workers."""
    ctx = mp.get_context("spawn")
    names = ["raw0", "raw1"] if run == "raw" else [f"pg{i}" for i in range(int(run))]
    barrier, out = ctx.Barrier(len(names) + 1), ctx.Queue()
    procs = [ctx.Process(target=_pg_worker, args=(url, name, barrier, out)) for name in names]
    for p in procs:
        p.start()
    barrier.wait()
    started = time.perf_counter()
    done = sum(out.get(timeout=600) for _ in procs)
    elapsed = time.perf_counter() - started
    for p in procs:
        p.join()
    assert done == actions, (done, actions)  # never an action run twice, none lost
    return actions / elapsed


# -- backlog: cost per action with 1k vs 1M rows not yet due ----------------------------------------

def backlog_workload(workdir: Path, backlog: int, actions: int) -> Path:
    """A file with ``backlog`` runs due in 30 days and ``actions`` due now."""
    path = workdir / f"backlog-{backlog}.db"
    db = Database(sqlite_url(path))
    ws = build(db)
    enroll_many(ws, 1)
    with db.read() as s:
        template = dict(s.execute(select(*ActionRunRow.__table__.c).limit(1)).mappings().one())
    later = datetime.now(timezone.utc) + timedelta(days=30)
    template.pop("id")
    template.update(status="scheduled", due_at=later, reason="not due yet")
    with db.engine.begin() as conn:
        for first in range(0, backlog, 50_000):
            conn.execute(insert(ActionRunRow.__table__), [template] * min(50_000, backlog - first))
    drain(Engine(ws.store, _now, NoopGateway(), "warm"))  # the one seed action
    enroll_many(ws, actions, start=1)
    db.dispose()
    return path


def backlog_costs(workdir: Path, backlog: int, actions: int, trials: int) -> dict[str, float]:
    """Per-action cost with 1,000 vs ``backlog`` rows not yet due: the two engines alternate
    over ``trials`` copies of their files, and the ratio is the median of the trials' own."""
    small, large = backlog_workload(workdir, 1_000, actions), backlog_workload(workdir, backlog, actions)
    rates: dict[Path, list[float]] = {small: [], large: []}
    for trial in range(trials):
        for template in (small, large):
            rates[template].append(sqlite_engine(template, workdir, actions))
        print(f"  trial {trial + 1}: 1,000 {rates[small][-1]:,.0f} /s, {backlog:,} {rates[large][-1]:,.0f} /s "
              f"({rates[small][-1] / rates[large][-1]:.2f}x)", flush=True)
    return {
        "backlog_actions_per_s_1k": statistics.median(rates[small]),
        "backlog_actions_per_s_1m": statistics.median(rates[large]),
        "backlog_cost_ratio_1m_vs_1k": statistics.median(a / b for a, b in zip(rates[small], rates[large])),
    }


# -- latency: enrollment to gateway ------------------------------------------------------------------

class _TimingGateway:
    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.signal = threading.Condition()

    def send(self, msg: OutboundSms) -> SmsResult:
        with self.signal:
            self.arrived[msg.to] = time.perf_counter()
            self.signal.notify_all()
        return SmsResult(SmsOutcome.ACCEPTED, None, "")

    def lookup(self, idempotency_key: str) -> SmsResult | None:
        return None


def enroll_to_gateway(workdir: Path, samples: int) -> list[float]:
    db = Database(sqlite_url(workdir / "latency.db"))
    ws = build(db)
    gateway = _TimingGateway()
    engine = Engine(ws.store, _now, gateway, "latency")
    stop, wake = threading.Event(), threading.Event()
    runner = threading.Thread(target=engine.run_forever, args=(stop, wake, 0.5), daemon=True)
    runner.start()
    latencies = []
    for n in range(samples):
        lead = contact(n)
        started = time.perf_counter()
        result = ws.enrollment.enroll(ws.manager, ws.cadence_id, lead, source="api")
        wake.set()  # what the app and the API do after an enrollment commits
        with gateway.signal:
            gateway.signal.wait_for(lambda: result.contact.phone in gateway.arrived, timeout=10)
        latencies.append((gateway.arrived[result.contact.phone] - started) * 1000)
    stop.set()
    wake.set()
    runner.join(5)
    db.dispose()
    return latencies


def _now() -> datetime:
    return datetime.now(timezone.utc)


SECTIONS = ("sqlite", "apscheduler", "postgres", "backlog", "latency")


def run_section(name: str, work: Path, args: argparse.Namespace) -> dict[str, object]:
    figures: dict[str, object] = {}
    if name == "sqlite":
        print(f"engine on SQLite vs the bare claim loop, {args.actions} SMS actions, "
              f"{args.trials} trials ...", flush=True)
        figures.update(engine_vs_floor(work, args.actions, args.trials))
    elif name == "apscheduler":
        print("APScheduler 3 (misfire_grace_time=None) ...", flush=True)
        figures["apscheduler_fires_per_s"], _ = apscheduler(work, args.actions, grace_none=True)
        print("APScheduler 3 with WAL (misfire_grace_time=None) ...", flush=True)
        figures["apscheduler_wal_fires_per_s"], _ = apscheduler(work, args.actions, grace_none=True, wal=True)
        print("APScheduler 3 (defaults) ...", flush=True)
        _, figures["apscheduler_default_skipped"] = apscheduler(work, args.actions, grace_none=False)
    elif name == "postgres":
        print(f"PostgreSQL, 1 and 2 engines, {args.actions} SMS actions, {args.pg_trials} trials ...", flush=True)
        figures.update(postgres(args.actions, args.pg_trials))
    elif name == "backlog":
        print(f"backlog 1,000 vs {args.backlog:,} rows not yet due, {args.trials} trials ...", flush=True)
        figures.update(backlog_costs(work, args.backlog, args.backlog_actions, args.trials))
    elif name == "latency":
        print("enrollment to gateway latency ...", flush=True)
        latencies = enroll_to_gateway(work, args.latency_samples)
        figures["enroll_to_gateway_p50_ms"] = percentile(latencies, 50)
        figures["enroll_to_gateway_p99_ms"] = percentile(latencies, 99)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=20_000)
    parser.add_argument("--backlog", type=int, default=1_000_000)
    parser.add_argument("--backlog-actions", type=int, default=5_000)
    parser.add_argument("--latency-samples", type=int, default=300)
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--pg-trials", type=int, default=3)
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--only", choices=SECTIONS, action="append",
                        help="run these sections and update their figures in the existing results file")
    args = parser.parse_args()
    sections = args.only or [s for s in SECTIONS if not (s == "postgres" and args.no_postgres)]
    figures: dict[str, object] = {}
    results = RESULTS / "engine_throughput.json"
    if args.only and results.exists():
        figures = {k: v for k, v in json.loads(results.read_text()).items() if k != "meta"}
    figures["actions"] = args.actions
    with tempfile.TemporaryDirectory(prefix="kixie-bench-") as tmp:
        for name in sections:
            figures.update(run_section(name, Path(tmp), args))
    if "sqlite_actions_per_s" in figures and "apscheduler_fires_per_s" in figures:
        figures["ratio_vs_apscheduler"] = figures["sqlite_actions_per_s"] / figures["apscheduler_fires_per_s"]  # type: ignore[operator]
        figures["ratio_vs_apscheduler_wal"] = figures["sqlite_actions_per_s"] / figures["apscheduler_wal_fires_per_s"]  # type: ignore[operator]
    path = write_results("engine_throughput", figures)
    print()
    print(f"{'figure':40} {'value':>14}")
    for key in sorted(figures):
        value = figures[key]
        print(f"{key:40} {value:>14,.2f}" if isinstance(value, float) else f"{key:40} {value:>14,}")
    print(f"\nwritten to {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
