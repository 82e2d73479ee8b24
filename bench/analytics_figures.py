"""The Analytics figures for one cadence over the action-tables benchmark's rows (a helper of
``bench/action_tables.py``, not a benchmark of its own).

``give_history`` gives the filled database what Analytics reads besides action runs, set-based
and cloned like the runs themselves: one lead per four runs (enrollments over the same 60
days, in every final state, most of them touched), a disposition and its agent on every
completed call, and the call record each such call would have. ``measure`` then times the
real ``AnalyticsService.figures`` — every figure the tab shows, in one read transaction —
for the cadence's whole 60 days and for one week.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, text

from kixie_desktop.domain.analytics import AnalyticsQuery
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.services.supervision.analytics import AnalyticsService
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import DispositionRow, EnrollmentRow, UserRow
from kixie_desktop.storage.store import SqlStore

FINAL_STATES = ("completed", "stopped", "forwarded", "cancelled")


def give_history(db: Database, runs: int, now: datetime, chunk: int = 50_000) -> None:
    with db.read() as s:
        lead = {k: v for k, v in s.execute(select(*EnrollmentRow.__table__.c).limit(1)).mappings().one().items()
                if k != "id"}
        dispositions = list(s.scalars(select(DispositionRow.id).order_by(DispositionRow.id)))
        agent = s.scalar(select(UserRow.id).where(UserRow.role == "agent"))
    rng = random.Random(2)
    with db.engine.begin() as conn:
        for first in range(0, runs // 4, chunk):
            batch = []
            for _ in range(first, min(first + chunk, runs // 4)):
                created = now - timedelta(seconds=rng.randrange(60 * 86400))
                speed = round(rng.expovariate(1 / 300), 3) if rng.random() < 0.9 else None
                batch.append({**lead, "state": rng.choice(FINAL_STATES), "current_step": rng.randrange(3),
                              "created_at": created, "first_touch_s": speed,
                              "first_touch_at": created + timedelta(seconds=speed) if speed is not None else None})
            conn.execute(insert(EnrollmentRow.__table__), batch)
        # Every completed call got a disposition from the agent, saved a few minutes after it began.
        conn.execute(text(f"UPDATE action_runs SET accepted_by = {agent}, disposition_id = CASE id % {len(dispositions)} "
                          + " ".join(f"WHEN {n} THEN {d}" for n, d in enumerate(dispositions))
                          + " END WHERE type = 'call' AND status = 'completed'"))
        conn.execute(text(
            "INSERT INTO call_records (account_id, contact_id, user_id, action_run_id, direction, to_number, "
            "started_at, connected_at, ended_at, disposition_id, talk_s, wrap_up_s) "
            "SELECT account_id, contact_id, accepted_by, id, 'out', target_phone, due_at, due_at, due_at, "
            "disposition_id, 95.5, 12.25 FROM action_runs WHERE disposition_id IS NOT NULL"))


def measure(db: Database, actor: Any, cadence_id: int, now: datetime, runs: int = 5) -> dict[str, object]:
    service = AnalyticsService(SqlStore(db))
    today = now.date()
    out: dict[str, object] = {}
    for name, first in (("analytics_ms", today - timedelta(days=60)), ("analytics_week_ms", today - timedelta(days=6))):
        query = AnalyticsQuery(CadenceId(cadence_id), first, today)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            figures = service.figures(actor, query)
            times.append((time.perf_counter() - started) * 1000)
        out[name] = round(statistics.median(times), 1)
        if name == "analytics_ms":
            out["analytics_leads"] = figures.funnel.enrolled
            out["analytics_calls"] = figures.dispositions.calls
            out["analytics_texts"] = figures.sms.sent + figures.sms.failed + figures.sms.unknown
    return out
