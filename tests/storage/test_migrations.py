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
