"""Executemany for the engine's hot statements, without SQLAlchemy's per-row work.

SQLAlchemy's Core executemany rebuilds every row's parameters through its compiled
statement (a dict per row, a lookup per bind, a type processor per value). For the
few statements the engine runs per action that cost more than SQLite spends on the
rows themselves. ``BulkStatement`` compiles a statement once per dialect, runs each
bind's own type processor (so values are stored exactly as the ORM stores them), and
hands the driver plain tuples (or dicts, for drivers with named parameters).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, Insert, Update
from sqlalchemy.engine.interfaces import Dialect
from sqlalchemy.sql.compiler import SQLCompiler

class _Compiled:
    def __init__(self, statement: Insert | Update, keys: tuple[str, ...], dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect, column_keys=list(keys))
        assert isinstance(compiled, SQLCompiler)
        names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
        missing = set(names) - set(keys)
        if missing:
            # A Python-side column default would be filled in by SQLAlchemy's execution
            # context, which this path skips: name every column instead.
            raise ValueError(f"bulk statement needs values for {sorted(missing)}")
        self.sql = compiled.string
        self.positional = compiled.positional
        self.names = names
        index = {k: i for i, k in enumerate(keys)}
        # The dialect's own implementation of each type: on SQLite that is what turns a
        # datetime into the exact text SQLAlchemy stores (and sorts) everywhere else.
        self.slots = [(index[n], compiled.binds[n].type.dialect_impl(dialect).bind_processor(dialect))
                      for n in names]

    def params(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]] | list[dict[str, Any]]:
        """The driver's parameters, a column at a time: a batch's timestamps are mostly one
        instant (its ``now``), so each distinct value is converted once."""
        columns = list(zip(*rows))
        processed = [columns[i] if p is None else _converted(columns[i], p) for i, p in self.slots]
        if self.positional:
            return list(zip(*processed))
        return [dict(zip(self.names, row)) for row in zip(*processed)]


def _converted(column: tuple[Any, ...], processor: Callable[[Any], Any]) -> Any:
    try:
        distinct = dict.fromkeys(column)
    except TypeError:  # unhashable values (JSON): convert each
        return [None if v is None else processor(v) for v in column]
    for value in distinct:
        distinct[value] = None if value is None else processor(value)
    return list(map(distinct.__getitem__, column))


class BulkStatement:
    """One INSERT or UPDATE, executed for many rows whose values come in ``keys`` order.

    Each key names a bind parameter: a column for an INSERT, a ``bindparam`` for an UPDATE.
    """

    def __init__(self, statement: Insert | Update, keys: Iterable[str]) -> None:
        self._statement = statement
        self.keys = tuple(keys)
        self._by_dialect: dict[str, _Compiled] = {}

    def execute(self, connection: Connection, rows: Iterable[tuple[Any, ...]]) -> None:
        dialect = connection.dialect
        compiled = self._by_dialect.get(dialect.name)
        if compiled is None:
            compiled = self._by_dialect[dialect.name] = _Compiled(self._statement, self.keys, dialect)
        rows = list(rows)
        if rows:
            connection.exec_driver_sql(compiled.sql, compiled.params(rows))  # type: ignore[arg-type]

    def execute_dicts(self, connection: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
        self.execute(connection, (tuple(row[k] for k in self.keys) for row in rows))
