"""Schema upgrades with Alembic: the app and every CLI command call ``upgrade`` on start.

Most starts find the schema already at the newest revision, and Alembic's machinery (its
import, and loading every revision file as a module) is a good part of the desktop app's
time to its first window. So ``upgrade`` first compares the revision recorded in the
database (one ``SELECT``) with the newest one named in the revision files (read as text),
and loads Alembic only when they differ.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from kixie_desktop.domain.errors import StorageError

from kixie_desktop.storage.database import Database

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"
VERSION_TABLE = "alembic_version"  # Alembic's default, which env.py keeps
# The lines Alembic's revision template writes: `revision = '0004'`, `down_revision = '0003'`.
_REVISION = re.compile(r"""^revision(?:\s*:[^=]+)?\s*=\s*['"]([^'"]+)['"]""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision(?:\s*:[^=]+)?\s*=\s*(?:None|['"]([^'"]+)['"])""", re.MULTILINE)


def alembic_config(db: Database | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The newest revision: the one no other revision file names as its ``down_revision``.
    Alembic's own answer where the files do not tell one plainly (a merge, an odd file)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return _alembic_head()
        revisions.add(revision.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else _alembic_head()


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(db: Database) -> str | None:
    """The revision the database is at; None for a database Alembic never touched."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        versions = list(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())
    if len(versions) > 1:
        raise StorageError(f"the database {db.safe_url} is at several schema versions at once: "
                           f"{', '.join(sorted(versions))}")
    return versions[0] if versions else None


def upgrade(db: Database, revision: str = "head") -> bool:
    """Bring the schema to ``revision``; return True when something was applied."""
    try:
        before = current_revision(db)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise StorageError(f"cannot open database {db.safe_url}: {reason}") from exc
    if revision == "head" and before == head_revision():
        return False
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    log.info("database %s upgraded from %s to %s", db.safe_url, before, revision)
    return True
