"""One engine per SQLite file: an advisory file lock next to the database.

SQLite has one writer at a time and no row locks, so two engines on one file
would only queue behind each other; a team that wants several engines uses
PostgreSQL. The lock is released by the OS when the process dies, so a crashed
engine never blocks the next one.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from sqlalchemy.engine import make_url

from kixie_desktop.domain.errors import Conflict
from kixie_desktop.storage.database import Database


class EngineLock:
    def __init__(self, db: Database) -> None:
        self._path: Path | None = None
        self._fd: int | None = None
        if db.is_sqlite:
            database = make_url(db.url).database or ""
            if database and database != ":memory:":
                self._path = Path(database + ".engine.lock")

    def acquire(self) -> None:
        """Raise ``Conflict`` when another engine already runs on this SQLite file."""
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

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
