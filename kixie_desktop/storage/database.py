"""Connecting to SQLite or PostgreSQL, with the transaction discipline each needs.

SQLite: WAL journal, a busy timeout, foreign keys on, and every write
transaction opened ``BEGIN IMMEDIATE`` — a deferred transaction that later
upgrades to a write fails at once with "database is locked" whatever the
timeout, so writers must queue for the lock up front. Read-only sessions use a
plain deferred ``BEGIN`` so readers never wait on the writer (WAL).
PostgreSQL: psycopg 3, ``READ COMMITTED``; the engine's claim queries lock rows
explicitly.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kixie_desktop.domain.errors import StorageError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
_READONLY = "kixie_readonly"


def normalise_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` and pick the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class Database:
    """One database: its SQLAlchemy engines and session factories."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.dialect = parsed.get_backend_name()
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            database = parsed.database or ""
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["pool_size"] = 5
        try:
            self.engine: Engine = create_engine(self.url, **kwargs)
        except SQLAlchemyError as exc:
            raise StorageError(f"cannot open database {self.safe_url}: {exc}") from exc
        if self.is_sqlite:
            _configure_sqlite(self.engine)
        self._read_engine = self.engine.execution_options(**{_READONLY: True})
        # SQLite's own busy handler *sleeps* (1, 2, 5 … 100 ms) while another writer holds the
        # lock, so writers of this process queue on a mutex instead and start the moment the
        # lock is free. Other processes still meet the busy timeout.
        self._write_mutex = threading.RLock() if self.is_sqlite else None
        self._writer = sessionmaker(self.engine, expire_on_commit=False)
        self._reader = sessionmaker(self._read_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def where(self) -> str:
        """Where the workspace lives, in words for the people using it (the status bar)."""
        return "workspace on this computer" if self.is_sqlite else "shared team database"

    @property
    def safe_url(self) -> str:
        """The URL with any password hidden, for logs and messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed when the block ends, rolled back on error."""
        with self._write_mutex or nullcontext(), self._writer() as session:
            try:
                with session.begin():
                    yield session
            except OperationalError as exc:
                raise StorageError(f"database error: {exc.orig}") from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            try:
                with session.begin():
                    yield session
            except OperationalError as exc:
                raise StorageError(f"database error: {exc.orig}") from exc

    def dispose(self) -> None:
        self.engine.dispose()


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module: it would open
        # deferred transactions behind our back.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        readonly = conn.get_execution_options().get(_READONLY, False)
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def is_postgres(session: Session) -> bool:
    """Whether a repository's session talks to PostgreSQL (row locks, NOTIFY, arrays)."""
    return session.get_bind().dialect.name == "postgresql"
