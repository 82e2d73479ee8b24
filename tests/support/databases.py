"""Throwaway databases for tests: a migrated SQLite file per test, and one PostgreSQL
database per test session (created, migrated, truncated between tests, dropped at the end).

PostgreSQL runs when ``KIXIE_TEST_POSTGRES_URL`` is set — and then it must be
reachable: an unreachable server fails the run rather than skipping tests.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kixie_desktop.storage.database import Database, normalise_url, sqlite_url
from kixie_desktop.storage.migrate import upgrade
from kixie_desktop.storage.models import Base

POSTGRES_URL = os.environ.get("KIXIE_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", "postgres"] if POSTGRES_URL else ["sqlite"]


class PostgresServer:
    """Creates one uniquely named database on the test server and drops it at the end."""

    def __init__(self, url: str) -> None:
        self.admin_url = normalise_url(url)
        self.name = f"kixie_test_{uuid.uuid4().hex[:10]}"
        self.url = make_url(self.admin_url).set(database=self.name).render_as_string(hide_password=False)
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        except Exception as exc:  # noqa: BLE001 - any failure here must fail the run
            pytest.fail(f"KIXIE_TEST_POSTGRES_URL is set but PostgreSQL is unreachable: {exc}",
                        pytrace=False)
        finally:
            admin.dispose()

    def drop(self) -> None:
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        admin.dispose()


def truncate_all(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "kixie.db"
    db = Database(sqlite_url(path))
    upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer | None]:
    if not POSTGRES_URL:
        yield None
        return
    server = PostgresServer(POSTGRES_URL)
    db = Database(server.url)
    upgrade(db)
    db.dispose()
    yield server
    server.drop()


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A migrated, empty database on each backend under test."""
    if request.param == "sqlite":
        path = tmp_path / "kixie.db"
        shutil.copy(sqlite_template, path)
        db = Database(sqlite_url(path))
    else:
        server: PostgresServer = request.getfixturevalue("postgres_server")
        db = Database(server.url)
        truncate_all(db)
    yield db
    db.dispose()
