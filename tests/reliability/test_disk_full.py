"""A full disk while the engine texts (SQLite): each write that no longer fits fails whole,
the engine keeps running and says why, and once there is room again every text goes out —
none lost, none sent twice.

The disk is made to fill with SQLite's own cap on the file's size (``PRAGMA
max_page_count``, set on every connection the engine opens): the write then fails exactly
as on a full disk, with SQLITE_FULL ("database or disk is full"), without needing a small
filesystem mounted for the test.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select

from kixie_desktop.domain.errors import StorageError
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.database import Database, sqlite_url
from kixie_desktop.storage.models import ActionRunRow
from tests.support.gateways import RecordingGateway

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from bench_workspace import build, enroll_many  # noqa: E402

LEADS = 300


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _statuses(db: Database) -> Counter[str]:
    with db.read() as s:
        return Counter(dict(s.execute(select(ActionRunRow.status, func.count()).group_by(ActionRunRow.status)).all()))


def test_a_full_disk_loses_no_text_and_sends_none_twice(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "kixie.db"))
    ws = build(db)
    enroll_many(ws, LEADS)
    cap: dict[str, int | None] = {"pages": None}

    @event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        if cap["pages"] is not None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {cap['pages']}")

    with db.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
    cap["pages"] = pages + 3  # room for a few windows' writes, then the disk is full
    db.engine.dispose()  # every connection from now on has the cap

    gateway = RecordingGateway()
    engine = Engine(ws.store, _now,
                    gateway, "e1", sole_engine=True, lease=timedelta(minutes=2))
    refused: list[str] = []
    for _ in range(20):
        try:
            engine.tick()
        except StorageError as error:  # run_forever logs this and keeps going
            refused.append(str(error))
    engine.close()
    assert refused and all("full" in why for why in refused)
    full = _statuses(db)
    assert full["completed"] < LEADS  # the disk filled before the work was done

    cap["pages"] = None  # room again; the engine starts again, as the runtime would
    db.engine.dispose()
    again = Engine(ws.store, _now,
                   gateway, "e1", sole_engine=True)
    for _ in range(20):
        if again.tick().total == 0 and _statuses(db)["completed"] == LEADS:
            break
    again.close()

    assert _statuses(db) == Counter({"completed": LEADS})
    keys = Counter(m.idempotency_key for m in gateway.sent)
    assert len(keys) == LEADS and max(keys.values()) == 1  # every lead texted, none twice
