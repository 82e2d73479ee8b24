"""Whole-database maintenance: wiping the workspace (a demo reset), and telling whether an
engine works on the database, which a wipe must never pull the rows from under."""

from __future__ import annotations

from sqlalchemy import delete, update

from kixie_desktop.storage.database import Database
from kixie_desktop.storage.engine_lock import engine_running
from kixie_desktop.storage.models import Base, CadenceRow


def wipe_all(db: Database) -> None:
    """Delete every row of every table in one transaction (children first)."""
    with db.write() as session:
        # cadences <-> cadence_versions reference each other; break the cycle first.
        session.execute(update(CadenceRow).values(current_version_id=None))
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(delete(table))


class SqlMaintenance:
    """The ``services.ports.maintenance.Maintenance`` of a SQLite or PostgreSQL database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def engine_running(self) -> bool:
        return engine_running(self._db)

    def wipe_all(self) -> None:
        wipe_all(self._db)
