"""``indexed_by(table, index)``: the table as a FROM item that names, on SQLite, the index to
read it by (``action_runs AS action_runs INDEXED BY ix_…``), and is plain elsewhere.

SQLite keeps no statistics unless someone runs ANALYZE, so for a range it guesses a handful
of rows: it would take the index that narrows most by that guess, where another gives the
rows already in the order asked for. The Inflight / Completed tables and Analytics' medians
name theirs. PostgreSQL's planner has statistics and gets no hint.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import FromClause, Table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import Alias


class _IndexedBy(Alias):
    inherit_cache = False  # the index name is not part of an Alias's cache key
    index: str | None = None


@compiles(_IndexedBy)
def _compile(element: _IndexedBy, compiler: SQLCompiler, **kw: Any) -> str:
    sql = str(compiler.visit_alias(element, **kw))  # type: ignore[no-untyped-call]
    if kw.get("asfrom") and element.index and compiler.dialect.name == "sqlite":
        sql += f" INDEXED BY {element.index}"
    return sql


def indexed_by(table: Table, index: str | None) -> FromClause:
    """``table`` under its own name, read by ``index`` on SQLite (no hint for None)."""
    aliased = _IndexedBy._construct(table, name=table.name)
    aliased.index = index
    return aliased
