"""Waking engines on other workstations: PostgreSQL LISTEN/NOTIFY.

Runs on its own daemon thread with a dedicated autocommit connection; every
notification on the channel calls ``on_notify`` (which just sets an event).
Engines also poll, so a lost connection costs latency, never correctness; the
listener reconnects with a pause.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.engine import make_url

from kixie_desktop.storage.database import Database

log = logging.getLogger(__name__)

# The store names the channel when it notifies; psycopg itself is imported by the listener's
# thread, so a process on SQLite (the desktop app's first paint) never loads it.
CHANNEL = "kixie_due"


class PgListener:
    def __init__(self, db: Database, on_notify: Callable[[], None]) -> None:
        url = make_url(db.url).set(drivername="postgresql")
        self._dsn = url.render_as_string(hide_password=False)
        self._on_notify = on_notify
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-listen", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _run(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._dsn, autocommit=True) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=0.5):
                            self._on_notify()
            except psycopg.Error as exc:
                log.warning("LISTEN connection lost (%s); engines fall back to polling", exc)
                self._stop.wait(2)
