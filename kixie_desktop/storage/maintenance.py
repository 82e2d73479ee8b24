"""Whole-database maintenance: wiping the workspace for a demo reset."""

from __future__ import annotations

from sqlalchemy import delete, update

from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import Base, CadenceRow


def wipe_all(db: Database) -> None:
    """Delete every row of every table in one transaction (children first)."""
    with db.write() as session:
        # cadences <-> cadence_versions reference each other; break the cycle first.
        session.execute(update(CadenceRow).values(current_version_id=None))
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(delete(table))
