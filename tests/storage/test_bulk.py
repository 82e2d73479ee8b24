"""BulkInsert and BulkUpdate store exactly what SQLAlchemy's own executemany stores: the same
text in SQLite (where datetimes are compared and sorted as text), the same values back
everywhere; on PostgreSQL through one set-based statement per batch."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, text, update

from kixie_desktop.storage.bulk import BulkInsert, BulkUpdate
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import AccountRow, TouchRow

TOUCHES = TouchRow.__table__
KEYS = ("account_id", "phone", "kind", "at", "source", "action_run_id", "cadence_id")
BULK_INSERT = BulkInsert(TOUCHES, KEYS)
BULK_MOVE = BulkUpdate(TOUCHES, "phone", ("at", "phone"))

# Whole seconds included: the default sqlite3 adapter writes those without ".000000",
# which sorts before every other instant of the same second.
instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                        timezones=st.just(timezone.utc)) | st.builds(
    lambda d: d.replace(microsecond=0), st.datetimes(timezones=st.just(timezone.utc),
                                                     min_value=datetime(2000, 1, 1)))


def _account(db: Database) -> int:
    with db.write() as s:
        return int(s.scalar(insert(AccountRow).values(name="Bulk", timezone="UTC", created_at=datetime.now(timezone.utc)).returning(AccountRow.id)))


def _stored(db: Database, phone: str) -> tuple[object, ...]:
    with db.read() as s:
        typed = s.execute(select(TOUCHES.c.at, TOUCHES.c.kind).where(TOUCHES.c.phone == phone)).one()
        raw = s.execute(text("SELECT at FROM touches WHERE phone = :p"), {"p": phone}).scalar()
    return (*typed, raw)


@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(at=instants, later=instants)
def test_rows_are_stored_as_sqlalchemy_stores_them(database: Database, at: datetime, later: datetime) -> None:
    account = _account(database)
    with database.write() as s:
        conn = s.connection()
        BULK_INSERT.execute(conn, [(account, "+1bulk", "sms", at, "cadence", None, None)])
        conn.execute(insert(TOUCHES), [{"account_id": account, "phone": "+1core", "kind": "sms", "at": at,
                                        "source": "cadence", "action_run_id": None, "cadence_id": None}])
    assert _stored(database, "+1bulk") == _stored(database, "+1core")
    assert _stored(database, "+1bulk")[0] == at
    with database.write() as s:
        conn = s.connection()
        BULK_MOVE.execute(conn, [(later, "+1bulk")])
        conn.execute(update(TOUCHES).where(TOUCHES.c.phone == "+1core").values(at=later))
    assert _stored(database, "+1bulk") == _stored(database, "+1core")
    with database.write() as s:  # the fixture's database is shared by every example
        s.execute(TOUCHES.delete())
        s.execute(AccountRow.__table__.delete())


def test_a_column_default_it_would_skip_is_refused() -> None:
    from kixie_desktop.storage.models import ActionRunRow

    # action_runs.attempt has a Python-side default that only SQLAlchemy's own path applies.
    with pytest.raises(ValueError, match="needs values for"):
        BulkInsert(ActionRunRow.__table__, ("account_id", "enrollment_id"))
    with pytest.raises(ValueError, match="no columns"):
        BulkUpdate(TOUCHES, "phone", ("phone", "when"))
    with pytest.raises(ValueError, match="must include 'phone'"):
        BulkUpdate(TOUCHES, "phone", ("at",))


def test_a_row_listed_twice_is_updated_in_order_and_null_columns_are_stored(database: Database) -> None:
    account = _account(database)
    first, second = datetime(2026, 3, 8, 7, tzinfo=timezone.utc), datetime(2026, 3, 9, 7, tzinfo=timezone.utc)
    retag = BulkUpdate(TOUCHES, "phone", ("phone", "source", "cadence_id"))
    with database.write() as s:
        conn = s.connection()
        BULK_INSERT.execute(conn, [(account, p, "sms", first, "cadence", None, None) for p in ("+1a", "+1b")])
        if database.engine.dialect.name == "postgresql":
            # A nested loop applies a row's first match and skips the rest, unlike the hash
            # join it would pick here: a single set-based UPDATE would get "+1a" wrong.
            conn.execute(text("SET LOCAL enable_hashjoin = off"))
            conn.execute(text("SET LOCAL enable_mergejoin = off"))
        BULK_MOVE.execute(conn, [(first, "+1a"), (second, "+1b"), (second, "+1a"), (first, "+1b")])
        retag.execute(conn, [("+1a", "manual", None), ("+1b", "manual", None)])
    with database.read() as s:
        rows = s.execute(select(TOUCHES.c.phone, TOUCHES.c.at, TOUCHES.c.source, TOUCHES.c.cadence_id)
                         .order_by(TOUCHES.c.phone)).all()
    assert [tuple(r) for r in rows] == [("+1a", second, "manual", None), ("+1b", first, "manual", None)]
