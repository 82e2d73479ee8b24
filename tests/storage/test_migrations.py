"""Migrations build exactly the schema the models describe, and upgrade old databases."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import column, inspect, select, table, text
from sqlalchemy.exc import IntegrityError

from kixie_desktop.storage import migrations
from kixie_desktop.storage.database import Database, sqlite_url
from kixie_desktop.storage.migrate import alembic_config, current_revision, head_revision, upgrade
from kixie_desktop.storage.models import AccountRow, Base, CallRecordRow, DispositionRow, EnrollmentRow
from tests.support.databases import BACKENDS, POSTGRES_URL, PostgresServer


def test_migrated_schema_matches_the_models(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_an_empty_database_is_upgraded_once(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "old.db"))
    assert current_revision(db) is None
    assert upgrade(db) is True
    assert current_revision(db) == head_revision()
    assert upgrade(db) is False
    assert "action_runs" in inspect(db.engine).get_table_names()
    db.dispose()


def test_sqlite_pragmas(database: Database) -> None:
    if not database.is_sqlite:
        return
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_the_quick_revision_reads_agree_with_alembic(database: Database) -> None:
    """``upgrade`` skips Alembic when the revision in the database is the newest file's; both
    readings must be Alembic's own."""
    from alembic.script import ScriptDirectory

    from kixie_desktop.storage.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    with database.engine.connect() as conn:
        assert current_revision(database) == MigrationContext.configure(conn).get_current_revision()
    assert upgrade(database) is False


def test_a_database_one_revision_behind_is_brought_up_to_date(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from kixie_desktop.storage.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    previous = head.down_revision
    assert isinstance(previous, str)
    db = Database(sqlite_url(tmp_path / "behind.db"))
    assert upgrade(db, previous) is True
    assert current_revision(db) == previous
    assert upgrade(db) is True
    assert current_revision(db) == head_revision()
    db.dispose()


@pytest.fixture(params=BACKENDS)
def empty_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A database with no schema at all, on each backend under test."""
    if request.param == "sqlite":
        db = Database(sqlite_url(tmp_path / "old.db"))
        yield db
        db.dispose()
        return
    assert POSTGRES_URL is not None
    server = PostgresServer(POSTGRES_URL)
    db = Database(server.url)
    yield db
    db.dispose()
    server.drop()


def test_0005_gives_existing_dispositions_keys_and_connected_flags(empty_database: Database) -> None:
    db = empty_database
    upgrade(db, "0004")
    old = table("dispositions", column("id"), column("account_id"), column("name"), column("position"),
                column("archived"))
    names = ["Connected", "No Answer", "Spoke to gatekeeper", "interested", "Busy", "Not Interested", "Callback",
             "Wrong Number", "Do Not Call", "Booked", "Left Voicemail"]
    with db.engine.begin() as conn:
        for account in (1, 2):
            conn.execute(AccountRow.__table__.insert().values(
                id=account, name=f"Account {account}", timezone="UTC", default_region="US",
                quiet_hours_guard=True, compliance_profiles=True, prompt_timeout_s=60, recording_consent=False,
                holidays=[], caller_id_pool=[], created_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
        # Account 1: eleven, one archived; positions out of insertion order. Account 2: two.
        conn.execute(old.insert(), [
            {"account_id": 1, "name": name, "position": 10 - i, "archived": name == "Busy"}
            for i, name in enumerate(names)])
        conn.execute(old.insert(), [{"account_id": 2, "name": "Connected", "position": 0, "archived": False},
                                    {"account_id": 2, "name": "No Answer", "position": 1, "archived": False}])

    assert upgrade(db) is True
    with db.read() as s:
        rows = s.execute(select(DispositionRow.account_id, DispositionRow.name, DispositionRow.digit,
                                DispositionRow.counts_as_connected)
                         .order_by(DispositionRow.account_id, DispositionRow.position)).all()
    first = [(name, digit, connected) for account, name, digit, connected in rows if account == 1]
    assert first == [  # by position; the archived one gets no key; keys stop at 9
        ("Left Voicemail", 1, False), ("Booked", 2, False), ("Do Not Call", 3, False), ("Wrong Number", 4, False),
        ("Callback", 5, False), ("Not Interested", 6, True), ("Busy", None, False), ("interested", 7, True),
        ("Spoke to gatekeeper", 8, False), ("No Answer", 9, False), ("Connected", None, True)]
    assert [(name, digit, connected) for account, name, digit, connected in rows if account == 2] == [
        ("Connected", 1, True), ("No Answer", 2, False)]

    # The key is unique among an account's active dispositions, and only there.
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(text("UPDATE dispositions SET digit = 1 WHERE account_id = 1 AND name = 'Booked'"))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE dispositions SET digit = 1 WHERE account_id = 1 AND name = 'Busy'"))
        conn.execute(text("UPDATE dispositions SET digit = 3 WHERE account_id = 2 AND name = 'Connected'"))

    with db.engine.begin() as conn:
        cfg = alembic_config(db)
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    assert "digit" not in {c["name"] for c in inspect(db.engine).get_columns("dispositions")}


def test_paused_by_comes_and_goes_with_its_migration(database: Database) -> None:
    """0006 adds enrollments.paused_by and its downgrade drops it."""
    from alembic import command
    from sqlalchemy import text

    from kixie_desktop.storage.migrate import alembic_config

    def columns() -> set[str]:
        return {c["name"] for c in inspect(database.engine).get_columns("enrollments")}

    assert "paused_by" in columns()
    cfg = alembic_config(database)
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006-1")  # the revision before it, whichever that is
    try:
        assert "paused_by" not in columns() and "paused_until" in columns()
    finally:
        upgrade(database)
    assert "paused_by" in columns()
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM enrollments WHERE paused_by IS NOT NULL")).scalar() == 0



def _migration(name: str) -> ModuleType:
    path = Path(migrations.__file__).parent / "versions" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"migration_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_0007_works_speed_talk_and_wrap_up_out_from_the_history(database: Database) -> None:
    """The backfill reads what the engine and PowerCall write from now on: the first text sent
    or call placed, each call's talk and wrap-up time. Run over a history with those emptied,
    it gives each lead and call what was written as it happened (none for an Unknown text or
    a lead never reached, no talk for a call nobody answered)."""
    from tests.support.analytics_seed import seed_analytics
    from tests.support.workspace import build_workspace

    seed_analytics(build_workspace(database))
    e, c = EnrollmentRow, CallRecordRow

    def written() -> tuple[list[Any], list[Any]]:
        with database.read() as s:
            return ([tuple(r) for r in s.execute(select(e.id, e.first_touch_at, e.first_touch_s).order_by(e.id))],
                    [tuple(r) for r in s.execute(select(c.id, c.talk_s, c.wrap_up_s).order_by(c.id))])

    leads, calls = written()
    assert sorted(s for _, at, s in leads if at is not None) == [30.0, 180.0, 180.0, 87000.0, 87125.0, 87280.0]
    assert [(talk, wrap) for _, talk, wrap in calls] == [(60.0, 20.0), (None, 10.0), (120.0, 30.0), (30.0, 5.0)]
    migration = _migration("0007_analytics")
    with database.engine.begin() as conn:
        conn.execute(e.__table__.update().values(first_touch_at=None, first_touch_s=None))
        conn.execute(c.__table__.update().values(talk_s=None, wrap_up_s=None))
        conn.execute(text(migration._BACKFILL))
        for statement in migration.durations(conn.dialect.name):
            conn.execute(text(statement))
    assert written() == (leads, calls)


def test_first_touch_and_the_analytics_indexes_come_and_go_with_0007(database: Database) -> None:
    def schema() -> tuple[set[str], set[str]]:
        found = inspect(database.engine)
        return ({c["name"] for c in found.get_columns("enrollments")},
                {i["name"] for t in ("enrollments", "action_runs") for i in found.get_indexes(t)})

    columns, indexes = schema()
    assert "first_touch_at" in columns
    assert {"ix_enrollments_cadence_created", "ix_action_runs_dispositioned", "ix_action_runs_texts"} <= indexes
    cfg = alembic_config(database)
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    try:
        columns, indexes = schema()
        assert "first_touch_at" not in columns and "paused_by" in columns
        assert not {"ix_enrollments_cadence_created", "ix_action_runs_dispositioned", "ix_action_runs_texts"} & indexes
    finally:
        upgrade(database)
    assert "first_touch_at" in schema()[0]


def test_call_recording_columns_come_and_go_with_their_migration(database: Database) -> None:
    """0008 adds call_records.recording_file and recording_seconds; its downgrade drops them and
    keeps the records."""
    from alembic import command

    def columns() -> set[str]:
        return {c["name"] for c in inspect(database.engine).get_columns("call_records")}

    assert {"recording_file", "recording_seconds"} <= columns()
    with database.engine.begin() as conn:
        conn.execute(AccountRow.__table__.insert().values(
            id=1, name="Account", timezone="UTC", default_region="US", quiet_hours_guard=True,
            compliance_profiles=True, prompt_timeout_s=60, recording_consent=True, holidays=[], caller_id_pool=[],
            created_at=datetime(2026, 1, 1, tzinfo=timezone.utc)))
        conn.execute(text("INSERT INTO call_records (account_id, direction, to_number, started_at, recording_file, "
                          "recording_seconds) VALUES (1, 'out', '+15125550100', '2026-01-01 10:00:00', "
                          "'1-2/a.wav', 12.5)"))
    cfg = alembic_config(database)
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    try:
        assert not {"recording_file", "recording_seconds"} & columns()
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM call_records")).scalar() == 1
    finally:
        upgrade(database)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT recording_file FROM call_records")).scalar() is None
