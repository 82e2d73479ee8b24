"""Many-row INSERTs and UPDATEs for the engine's hot statements, without SQLAlchemy's per-row work.

SQLAlchemy's Core executemany rebuilds every row's parameters through its compiled
statement (a dict per row, a lookup per bind, a type processor per value). For the
few statements the engine runs per action that cost more than the database spends on
the rows themselves. Each statement here is compiled once per dialect, converts values
with each column's own type processor (so values are stored exactly as the ORM stores
them), a column at a time, and hands the driver plain tuples:

- SQLite: one ``executemany`` of the plain statement (in-process, a row costs a step).
- PostgreSQL: one statement for the whole batch, its columns sent as arrays and
  ``unnest``-ed on the server. An ``executemany`` there is one Bind/Execute per row, and
  the server's per-execution work was most of the engine's time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, update
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.sql.compiler import SQLCompiler

_Rows = list[tuple[Any, ...]]


class _Compiled:
    """``arrays``: the statement takes one array per column; else one tuple per row, whose
    placeholders come in ``order`` (indexes into the values)."""

    def __init__(self, sql: str, dialect: Dialect, table: Table, keys: Sequence[str], *, arrays: bool,
                 order: Sequence[int] | None = None) -> None:
        self.sql = sql
        self.arrays = arrays
        self.order = list(range(len(keys))) if order is None else list(order)
        self.processors = [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in keys]

    def columns(self, rows: _Rows) -> list[Any]:
        """The rows' values a column at a time: a batch's timestamps are mostly one instant
        (its ``now``), so each distinct value is converted once."""
        columns = list(zip(*rows))
        return [list(c) if p is None else _converted(c, p) for c, p in zip(columns, self.processors)]

    def run(self, connection: Connection, rows: _Rows) -> None:
        columns = self.columns(rows)
        if self.arrays:
            connection.exec_driver_sql(self.sql, tuple(columns))
        else:
            connection.exec_driver_sql(self.sql, list(zip(*(columns[i] for i in self.order))))


def _converted(column: tuple[Any, ...], processor: Callable[[Any], Any]) -> list[Any]:
    try:
        distinct = dict.fromkeys(column)
    except TypeError:  # unhashable values (JSON): convert each
        return [None if v is None else processor(v) for v in column]
    for value in distinct:
        distinct[value] = None if value is None else processor(value)
    return list(map(distinct.__getitem__, column))


def _array_of(table: Table, key: str, dialect: Dialect) -> str:
    # %b: psycopg sends the array in binary, about 3x cheaper to build than its text form
    # (which it builds element by element in Python).
    return f"%b::{table.c[key].type.compile(dialect=dialect)}[]"


class _Bulk:
    """Shared by both kinds: one compiled form per dialect, built on first use."""

    def __init__(self, table: Table, keys: Iterable[str]) -> None:
        self.table = table
        self.keys = tuple(keys)
        unknown = [k for k in self.keys if k not in table.c]
        if unknown:
            raise ValueError(f"{table.name} has no columns {unknown}")
        self._by_dialect: dict[str, _Compiled] = {}

    def _compiled(self, dialect: Dialect) -> _Compiled:
        compiled = self._by_dialect.get(dialect.name)
        if compiled is None:
            compiled = self._by_dialect[dialect.name] = self._compile(dialect)
        return compiled

    def _compile(self, dialect: Dialect) -> _Compiled:
        raise NotImplementedError

    def _positional(self, statement: Any, dialect: Dialect) -> _Compiled:
        """``statement`` binds each key as ``b_<key>`` (SQLAlchemy reserves a column's own name
        for its SET clause)."""
        compiled = statement.compile(dialect=dialect, column_keys=[f"b_{k}" for k in self.keys])
        assert isinstance(compiled, SQLCompiler) and compiled.positional
        order = [self.keys.index(name[2:]) for name in compiled.positiontup or ()]
        return _Compiled(compiled.string, dialect, self.table, self.keys, arrays=False, order=order)

    def execute(self, connection: Connection, rows: Iterable[tuple[Any, ...]]) -> None:
        raise NotImplementedError


class BulkInsert(_Bulk):
    """INSERT of many rows whose values come in ``keys`` (column names) order."""

    def __init__(self, table: Table, keys: Iterable[str]) -> None:
        super().__init__(table, keys)
        missing = [c.name for c in table.c
                   if c.default is not None and c.name not in self.keys and not c.primary_key]
        if missing:
            # A Python-side column default would be filled in by SQLAlchemy's execution
            # context, which this path skips: name every such column instead.
            raise ValueError(f"bulk insert needs values for {sorted(missing)}")

    def _compile(self, dialect: Dialect) -> _Compiled:
        if dialect.name == "postgresql":
            quote = dialect.identifier_preparer.quote
            sql = (f"INSERT INTO {quote(self.table.name)} ({', '.join(quote(k) for k in self.keys)}) "
                   f"SELECT * FROM unnest({', '.join(_array_of(self.table, k, dialect) for k in self.keys)})")
            return _Compiled(sql, dialect, self.table, self.keys, arrays=True)
        return self._positional(insert(self.table).values({k: bindparam(f"b_{k}") for k in self.keys}), dialect)

    def execute(self, connection: Connection, rows: Iterable[tuple[Any, ...]]) -> None:
        rows = list(rows)
        if rows:
            self._compiled(connection.dialect).run(connection, rows)


class BulkUpdate(_Bulk):
    """UPDATE of many rows, each found by its ``by`` column; ``keys`` names the columns of
    each row's values, ``by`` among them. A row listed twice is updated twice, in order."""

    def __init__(self, table: Table, by: str, keys: Iterable[str]) -> None:
        super().__init__(table, keys)
        if by not in self.keys:
            raise ValueError(f"the values must include {by!r}, the column rows are found by")
        self.by = by
        self._at = self.keys.index(by)

    def _compile(self, dialect: Dialect) -> _Compiled:
        if dialect.name == "postgresql":
            quote = dialect.identifier_preparer.quote
            table = quote(self.table.name)
            aliases = [f"v{i}" for i in range(len(self.keys))]
            sets = ", ".join(f"{quote(k)} = v.{a}" for k, a in zip(self.keys, aliases) if k != self.by)
            sql = (f"UPDATE {table} SET {sets} "
                   f"FROM unnest({', '.join(_array_of(self.table, k, dialect) for k in self.keys)}) "
                   f"AS v({', '.join(aliases)}) WHERE {table}.{quote(self.by)} = v.{aliases[self._at]}")
            return _Compiled(sql, dialect, self.table, self.keys, arrays=True)
        return self._positional(update(self.table).where(self.table.c[self.by] == bindparam(f"b_{self.by}"))
                                .values({k: bindparam(f"b_{k}") for k in self.keys if k != self.by}), dialect)

    def execute(self, connection: Connection, rows: Iterable[tuple[Any, ...]]) -> None:
        rows = list(rows)
        if not rows:
            return
        compiled = self._compiled(connection.dialect)
        if not compiled.arrays:
            compiled.run(connection, rows)
            return
        # One set-based UPDATE changes a row once whatever the batch says; a row listed
        # again goes to the next round, so that the later change wins as it would one by one.
        rounds: list[_Rows] = []
        seen: dict[Any, int] = {}
        for row in rows:
            n = seen[row[self._at]] = seen.get(row[self._at], -1) + 1
            if n == len(rounds):
                rounds.append([])
            rounds[n].append(row)
        for batch in rounds:
            compiled.run(connection, batch)

