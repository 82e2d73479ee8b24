"""Who runs an engine on this database: one engine per SQLite file, and a mark that every
engine holds, so that wiping the workspace can refuse while any engine works on it.

SQLite has one writer at a time and no row locks, so two engines on one file would only
queue behind each other; a team that wants several engines uses PostgreSQL. There the
engines share the database, and each holds a *shared* session advisory lock on
``ENGINE_LOCK_KEY`` for as long as it runs; ``engine_running`` asks for the same lock
exclusively, which succeeds only when no engine holds it. Both locks are released by the
OS (the file) or the server (the session) when the process dies, so a crashed engine never
blocks the next one, nor a reset.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url

from kixie_desktop.domain.errors import Conflict
from kixie_desktop.storage.database import Database

ENGINE_LOCK_KEY = 0x4B69786945  # "KixiE": every engine holds it shared


def _lock_path(db: Database) -> Path | None:
    """The lock file beside a SQLite database file; None for PostgreSQL or memory."""
    if not db.is_sqlite:
        return None
    database = make_url(db.url).database or ""
    return Path(database + ".engine.lock") if database and database != ":memory:" else None


class EngineLock:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._path = _lock_path(db)
        self._fd: int | None = None
        self._pg: Any = None  # the DBAPI connection that holds the shared lock

    def acquire(self) -> None:
        """Raise ``Conflict`` when another engine already runs on this SQLite file."""
        if not self._db.is_sqlite:
            self._pg = self._db.engine.raw_connection()
            self._pg.detach()  # ours alone: back in the pool it would keep the lock after release
            cursor = self._pg.cursor()
            cursor.execute("SELECT pg_advisory_lock_shared(%s)", (ENGINE_LOCK_KEY,))
            self._pg.commit()  # a session lock outlives the transaction; end it so we hold no snapshot
            return
        if self._path is None:
            return
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 64).decode(errors="replace").strip() or "another process"
            os.close(fd)
            raise Conflict(
                f"an engine is already running on this SQLite database (pid {holder}); only one "
                "engine may run per SQLite file — use PostgreSQL for several engines", field="engine",
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    @property
    def exclusive(self) -> bool:
        """Held, and no other engine can run on this database (the SQLite file lock): a
        lease found there belongs to an engine that died."""
        return self._fd is not None

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
        if self._pg is not None:
            try:
                self._pg.close()  # ends the session, and with it the shared lock
            finally:
                self._pg = None


def engine_running(db: Database) -> bool:
    """True while any engine (of any process, this one included) works on ``db``."""
    if not db.is_sqlite:
        with db.engine.connect() as conn:
            free = conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": ENGINE_LOCK_KEY}).scalar()
            conn.rollback()  # the transaction lock goes with it
        return not free
    path = _lock_path(db)
    if path is None or not path.exists():
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)
