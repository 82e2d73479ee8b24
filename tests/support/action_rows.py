"""Action runs for the Inflight / Completed table tests: a few made by the real engine
(enroll, tick), then many varied copies of them inserted with Core — statuses, types,
phones, dates, cadences and retry settings spread so every filter and sort has work.
``table_oracle`` answers the same questions in plain Python from every row."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.statuses import INFLIGHT, ActionStatus
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import ActionRunRow
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace

FINAL_OUTCOMES = {ActionStatus.COMPLETED: ("sent", "Connected", "Left Voicemail"),
                  ActionStatus.MISSED: ("missed",), ActionStatus.FAILED: ("failed",),
                  ActionStatus.SKIPPED: ("skipped",), ActionStatus.CANCELLED: ("cancelled",),
                  ActionStatus.UNKNOWN: ("unknown",)}


@dataclass
class Seeded:
    cadence_ids: list[int]
    rows: list[dict[str, Any]]  # every action run, as columns


def seed_action_runs(ws: Workspace, copies: int, *, seed: int = 7) -> Seeded:
    """Two active cadences with real runs from the engine, plus ``copies`` varied rows."""
    cadences = []
    for name in ("Speed to lead", "Nurture"):
        version = ws.cadences.create(ws.manager, ws.definition(name))
        ws.cadences.set_active(ws.manager, version.cadence_id, True)
        cadences.append(version.cadence_id)
    enrollment = ws.enrollment
    for n, cadence in enumerate(cadences):
        enrollment.enroll(ws.manager, cadence, NewContact(phone=f"+1512555010{n}", first_name=f"Lead{n}"))
    Engine(ws.store, ws.clock, RecordingGateway(), "seed").tick()
    with ws.db.read() as s:
        templates = [dict(r) for r in s.execute(select(*ActionRunRow.__table__.c)).mappings()]
    rng = random.Random(seed)
    base = ws.clock.now
    new = []
    for n in range(copies):
        row = dict(rng.choice(templates))
        row.pop("id")
        status = rng.choice(list(ActionStatus))
        created = base - timedelta(minutes=rng.randrange(0, 60 * 24 * 20))
        area = rng.choice(("512", "212", "415"))
        row.update(
            cadence_id=cadences[n % 2], status=status.value, type=rng.choice(("call", "sms")),
            target_phone=f"+1{area}555{rng.randrange(10_000):04d}", created_at=created,
            # Ties on purpose: keyset pages must break them by id.
            due_at=created + timedelta(hours=rng.randrange(0, 72)),
            retry_count=rng.randrange(0, 4), max_retries=rng.choice((0, 2, 3)),
            min_between_s=rng.choice((0, 600, 5400)), held=False,
            reason=f"reason {n}",
        )
        if status in INFLIGHT:
            row.update(completed_at=None, outcome=None)
        else:
            row.update(completed_at=row["due_at"] + timedelta(minutes=rng.randrange(0, 90)),
                       outcome=rng.choice(FINAL_OUTCOMES[status]))
        new.append(row)
    with ws.db.engine.begin() as conn:
        conn.execute(insert(ActionRunRow.__table__), new)
    with ws.db.read() as s:
        rows = [dict(r) for r in s.execute(select(*ActionRunRow.__table__.c)).mappings()]
    return Seeded(cadences, rows)


def table_oracle(rows: list[dict[str, Any]], *, inflight: bool, key: str = "id",
                 descending: bool = False, cadence_id: int | None = None, status: str | None = None,
                 type: str | None = None, phone: str = "", since: datetime | None = None,
                 until: datetime | None = None) -> list[int]:
    """The ids the table should show, in order, computed without SQL."""
    inflight_values = {s.value for s in INFLIGHT}
    digits = "".join(ch for ch in phone if ch.isdigit())
    date_key = "due_at" if inflight else "completed_at"
    chosen = []
    for r in rows:
        if (r["status"] in inflight_values) != inflight:
            continue
        if cadence_id is not None and r["cadence_id"] != cadence_id:
            continue
        if status is not None and r["status"] != status:
            continue
        if type is not None and r["type"] != type:
            continue
        if digits:
            if phone.strip().startswith("+"):
                if not r["target_phone"].startswith("+" + digits):
                    continue
            elif digits not in r["target_phone"]:
                continue
        if since is not None and r[date_key] < since:
            continue
        if until is not None and r[date_key] >= until:
            continue
        chosen.append(r)
    chosen.sort(key=lambda r: (r[key], r["id"]), reverse=descending)
    return [r["id"] for r in chosen]
