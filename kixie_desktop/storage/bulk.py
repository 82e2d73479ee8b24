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

_Processor = Callable[[Any], Any] | None


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

    def row(self, values: tuple[Any, ...]) -> tuple[Any, ...] | dict[str, Any]:
        out = [values[i] if p is None or values[i] is None else p(values[i]) for i, p in self.slots]
        return tuple(out) if self.positional else dict(zip(self.names, out))


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
        params = [compiled.row(values) for values in rows]
        if params:
            connection.exec_driver_sql(compiled.sql, params)  # type: ignore[arg-type]

    def execute_dicts(self, connection: Connection, rows: Iterable[Mapping[str, Any]]) -> None:
        self.execute(connection, (tuple(row[k] for k in self.keys) for row in rows))
