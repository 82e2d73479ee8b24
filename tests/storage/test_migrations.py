"""Migrations build exactly the schema the models describe, and upgrade old databases."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from kixie_desktop.storage.database import Database, sqlite_url
from kixie_desktop.storage.migrate import current_revision, head_revision, upgrade
from kixie_desktop.storage.models import Base


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
