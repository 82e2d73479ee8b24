"""``seconds_between(later, earlier)``: the time between two instant columns (or an instant
bound as a parameter and a column), in seconds, computed by the database.

SQLite keeps instants as text, so there it is a ``julianday`` difference, rounded to the
millisecond (a julianday is a float of days: its last digits are noise of some microseconds);
PostgreSQL subtracts the timestamps exactly. Analytics sums and sorts these; the enrollments'
``first_touch_s`` is one, written once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class seconds_between(FunctionElement[float]):  # noqa: N801 - reads as the SQL function it stands for
    type = Float()
    name = "seconds_between"
    inherit_cache = True


@compiles(seconds_between, "sqlite")
def _sqlite(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"round((julianday({later}) - julianday({earlier})) * 86400.0, 3)"


@compiles(seconds_between, "postgresql")
def _postgres(element: seconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"CAST(EXTRACT(EPOCH FROM ({later} - {earlier})) AS DOUBLE PRECISION)"
