"""``column IN (values)`` for the engine's batch reads, spelled per dialect.

SQLAlchemy's expanding IN renders one bind per value, so every batch size is a new
statement: SQLAlchemy post-compiles it, psycopg re-parses its placeholders and the
server plans it afresh. On PostgreSQL ``column = ANY(:array)`` is one statement for
any number of values (psycopg prepares it after a few runs). SQLite has no arrays, and
there an IN list costs nothing noticeable.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, any_, bindparam


def one_of(column: Any, values: Collection[Any], *, postgres: bool) -> ColumnElement[bool]:
    if postgres:
        # Imported here: the PostgreSQL dialect package (every driver's module) is a tenth of
        # a second that a process on SQLite, such as the desktop app starting, never needs.
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))  # type: ignore[no-any-return]
    return column.in_(values)  # type: ignore[no-any-return]
