"""Inflight / Completed Actions tables at 1,000,000 action runs (a benchmark, not a test).

Fills a SQLite file with N action runs (default 1,000,000: 15% inflight, 85% completed,
100,000 phone numbers, three cadences, 60 days) by bulk Core inserts cloned from runs
the real engine made, then drives the real Qt table model (offscreen, through the
BackgroundRunner, as the tabs do) and times, from the call to the rows arriving:

- ``open_*_ms``: a tab's first page and count;
- ``scroll_middle_ms`` (a cold jump to the middle row), ``scroll_next_page_ms`` (the page
  after a held one: a keyset read), ``refresh_middle_ms`` (the live refresh there);
- ``sort_*_ms``: a header click (server-side ORDER BY; indexed and not);
- ``filter_*_ms``: phone prefix / contains, cadence, status, date range;
- ``export_rows_per_s``: CSV export of a filter, streamed;
- ``analytics_ms`` / ``analytics_week_ms``: every figure of the Analytics tab for the cadence
  over its 60 days / one week (``analytics_figures.py`` adds the leads, dispositions and call
  records Analytics reads, one lead per four runs);
- baseline, same run: ``naive_load_all_s`` — reading the Completed table's rows into a
  list, what a widget holding every row must do before it can paint — and
  ``naive_vs_open_ratio``.

Usage: ``python bench/action_tables.py [--rows N] [--workdir DIR]``.
Writes ``bench/results/action_tables.json``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert, select, text  # noqa: E402

import analytics_figures  # noqa: E402
from bench_workspace import NoopGateway, build, enroll_many, write_results  # noqa: E402
from kixie_desktop.domain.action_table import ActionFilter, ActionSort, SortKey  # noqa: E402
from kixie_desktop.domain.cadence import ActionType  # noqa: E402
from kixie_desktop.domain.statuses import ActionStatus  # noqa: E402
from kixie_desktop.gui.action_tables.table_model import ActionTableModel  # noqa: E402
from kixie_desktop.gui.operations import BackgroundRunner  # noqa: E402
from kixie_desktop.services.supervision.action_table import ActionTableService  # noqa: E402
from kixie_desktop.services.supervision.csv_export import ActionExport  # noqa: E402
from kixie_desktop.services.execution.engine import Engine  # noqa: E402
from kixie_desktop.storage.database import Database, sqlite_url  # noqa: E402
from kixie_desktop.storage.models import ActionRunRow, CadenceRow, CadenceVersionRow  # noqa: E402
from kixie_desktop.storage.repositories.action_table import _row_query, _runs  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc)
INFLIGHT = ("scheduled", "processing", "sending")
FINAL = {"completed": ("sent", "Connected", "Left Voicemail", "No Answer"), "missed": ("missed",),
         "failed": ("failed",), "skipped": ("skipped",), "cancelled": ("cancelled",),
         "unknown": ("unknown",)}


def fill(db: Database, rows: int, chunk: int = 50_000) -> None:
    ws = build(db)
    enroll_many(ws, 3)
    Engine(ws.store, lambda: NOW, NoopGateway(), "seed").tick()
    with db.read() as s:
        template = dict(s.execute(select(*ActionRunRow.__table__.c).limit(1)).mappings().one())
    template.pop("id")
    rng = random.Random(1)
    final = list(FINAL)
    with db.engine.begin() as conn:
        for first in range(0, rows, chunk):
            batch = []
            for n in range(first, min(first + chunk, rows)):
                created = NOW - timedelta(seconds=rng.randrange(60 * 86400))
                due = created + timedelta(minutes=rng.randrange(0, 3 * 1440))
                row = {**template, "created_at": created, "due_at": due, "type": rng.choice(("call", "sms")),
                       "target_phone": f"+1{rng.choice((512, 212, 312, 415, 303))}555{rng.randrange(20_000):04d}",
                       "retry_count": rng.randrange(4), "max_retries": rng.choice((0, 2, 3)),
                       "min_between_s": 600, "reason": "Target hours closed until 09:00 America/Chicago"}
                if n % 100 < 15:
                    row.update(status=rng.choice(INFLIGHT), completed_at=None, outcome=None)
                else:
                    status = rng.choice(final)
                    row.update(status=status, completed_at=due + timedelta(seconds=rng.randrange(3600)),
                               outcome=rng.choice(FINAL[status]))
                batch.append(row)
            conn.execute(insert(ActionRunRow.__table__), batch)
            print(f"  {min(first + chunk, rows):,} rows", file=sys.stderr, end="\r")
    print(file=sys.stderr)


class Driver:
    """The real model, waited on through the Qt event loop like a user waits on the screen."""

    def __init__(self, service: ActionTableService, runner: BackgroundRunner, actor: Any,
                 inflight: bool) -> None:
        self.model = ActionTableModel(runner, lambda w, s, p, c: service.fetch(actor, w, s, p, with_count=c),
                                      inflight=inflight, zone=ZoneInfo("America/Chicago"),
                                      today=lambda: NOW.date())
        self.inflight = inflight

    def _wait(self, done: Callable[[], bool], start: Callable[[], None]) -> float:
        loop = QEventLoop()
        poll = QTimer(interval=1)
        poll.timeout.connect(lambda: done() and loop.quit())
        started = time.perf_counter()
        start()
        poll.start()
        loop.exec()
        poll.stop()
        return (time.perf_counter() - started) * 1000

    def shown(self, row: int) -> bool:
        return self.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 1) is not None

    def query(self, where: ActionFilter, sort: ActionSort | None = None) -> float:
        before = self.model._generation
        return self._wait(lambda: self.model._generation > before and not self.model._busy
                          and (self.model.rowCount() == 0 or self.shown(0)),
                          lambda: self.model.set_query(where, sort))

    def sort(self, column: int, descending: bool) -> float:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return self._wait(lambda: not self.model._busy and self.shown(0), lambda: self.model.sort(column, order))

    def scroll_to(self, row: int) -> float:
        return self._wait(lambda: self.shown(row), lambda: self.shown(row))

    def refresh(self, row: int) -> float:
        finished: list[bool] = []
        self.model.refreshed.connect(lambda _c: finished.append(True))
        self._wait(lambda: not self.model._busy, lambda: None)  # a page read still out
        return self._wait(lambda: bool(finished), lambda: self.model.refresh(row, row + 30))


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return round(statistics.median(measure() for _ in range(runs)), 1)


def column_of(model: ActionTableModel, title: str) -> int:
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)


def naive_load_all(db: Database) -> tuple[float, int]:
    """The baseline: every Completed row, joined, into a list (a widget's rows)."""
    started = time.perf_counter()
    runs = _runs(None)
    with db.read() as s:
        rows = list(s.execute(_row_query(runs).where(text("status NOT IN ('scheduled', 'processing', 'sending')"))
                              .order_by(runs.c.completed_at.desc(), runs.c.id.desc())))
    return time.perf_counter() - started, len(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kixie-bench-tables-"))
    db = Database(sqlite_url(workdir / "tables.db"))
    started = time.perf_counter()
    fill(db, args.rows)
    analytics_figures.give_history(db, args.rows, NOW)
    fill_s = time.perf_counter() - started
    with db.read() as s:
        total = s.scalar(select(text("count(*)")).select_from(ActionRunRow.__table__))
        account_id = s.scalar(select(CadenceRow.account_id))
        cadence_id = s.scalar(select(CadenceVersionRow.cadence_id))
    from kixie_desktop.domain.roles import Actor, Role
    actor = Actor(account_id, None, Role.SUPERVISOR, "bench")
    from kixie_desktop.storage.store import SqlStore
    store = SqlStore(db)
    service = ActionTableService(store)
    runner = BackgroundRunner()
    figures: dict[str, object] = {"rows": total, "fill_s": round(fill_s, 1), "database": "sqlite"}

    inflight = Driver(service, runner, actor, inflight=True)
    completed = Driver(service, runner, actor, inflight=False)
    figures["open_inflight_ms"] = median_of(3, lambda: inflight.query(ActionFilter(inflight=True)))
    figures["open_completed_ms"] = median_of(3, lambda: completed.query(ActionFilter(inflight=False)))
    count = completed.model.rowCount()
    figures["completed_rows"], figures["inflight_rows"] = count, inflight.model.rowCount()

    def cold_middle() -> float:
        completed.query(ActionFilter(inflight=False))
        return completed.scroll_to(count // 2)
    figures["scroll_middle_ms"] = median_of(3, cold_middle)
    figures["scroll_next_page_ms"] = median_of(3, lambda: completed.scroll_to(
        max(p for p in completed.model._pages) * 100 + 150))
    figures["refresh_middle_ms"] = median_of(3, lambda: completed.refresh(count // 2))
    figures["held_rows_after_scrolling"] = completed.model.loaded_rows()

    m = completed.model
    for name, title, desc in (("phone", "Target Phone Number", False), ("created", "Created Date", True),
                              ("status", "Status", False), ("retry_count", "Retry Count", True)):
        def sort_once(title: str = title, desc: bool = desc) -> float:
            completed.query(ActionFilter(inflight=False), ActionSort(SortKey.COMPLETED, True))
            return completed.sort(column_of(m, title), desc)
        figures[f"sort_{name}_ms"] = median_of(3, sort_once)

    def sort_inflight_by_scheduled() -> float:
        inflight.query(ActionFilter(inflight=True), ActionSort(SortKey.CREATED, True))
        return inflight.sort(column_of(inflight.model, "Scheduled Date"), False)
    figures["sort_scheduled_inflight_ms"] = median_of(3, sort_inflight_by_scheduled)

    by_completed = ActionSort(SortKey.COMPLETED, True)
    filters = {
        "phone_prefix": ActionFilter(inflight=False, phone="+1512555"),
        "phone_contains": ActionFilter(inflight=False, phone="5550123"),
        "cadence": ActionFilter(inflight=False, cadence_id=cadence_id),
        "status_unknown": ActionFilter(inflight=False, status=ActionStatus.UNKNOWN),
        "type_call": ActionFilter(inflight=False, type=ActionType.CALL),
        "date_range_week": ActionFilter(inflight=False, since=NOW - timedelta(days=14), until=NOW - timedelta(days=7)),
    }
    for name, where in filters.items():
        figures[f"filter_{name}_ms"] = median_of(3, lambda where=where: completed.query(where, by_completed))
        figures[f"filter_{name}_rows"] = completed.model.rowCount()

    export_filter = filters["phone_prefix"]
    started = time.perf_counter()
    exported = ActionExport(store).to_file(actor, export_filter, by_completed, workdir / "export.csv")
    figures["export_rows"] = exported
    figures["export_rows_per_s"] = round(exported / (time.perf_counter() - started))

    figures.update(analytics_figures.measure(db, actor, cadence_id, NOW))

    naive_s, naive_rows = naive_load_all(db)
    figures["naive_load_all_s"] = round(naive_s, 2)
    figures["naive_rows"] = naive_rows
    figures["naive_vs_open_ratio"] = round(naive_s * 1000 / float(figures["open_completed_ms"]), 1)  # type: ignore[arg-type]
    runner.shutdown()
    db.dispose()
    path = write_results("action_tables", figures)
    for key, value in sorted(figures.items()):
        print(f"{key:32} {value}")
    print(f"wrote {path}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
