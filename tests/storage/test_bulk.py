"""BulkStatement stores exactly what SQLAlchemy's own executemany stores: the same text in
SQLite (where datetimes are compared and sorted as text), the same values back everywhere."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import bindparam, insert, select, text, update

from kixie_desktop.storage.bulk import BulkStatement
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import AccountRow, TouchRow

TOUCHES = TouchRow.__table__
KEYS = ("account_id", "phone", "kind", "at", "source", "action_run_id", "cadence_id")
BULK_INSERT = BulkStatement(insert(TOUCHES), KEYS)
BULK_MOVE = BulkStatement(update(TOUCHES).where(TOUCHES.c.phone == bindparam("p")).values(at=bindparam("t")),
                          ("t", "p"))

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


def test_a_column_default_it_would_skip_is_refused(database: Database) -> None:
    from kixie_desktop.storage.models import ActionRunRow

    # action_runs.attempt has a Python-side default that only SQLAlchemy's own path applies.
    statement = BulkStatement(insert(ActionRunRow.__table__), ("account_id", "enrollment_id"))
    with database.write() as s:
        try:
            statement.execute(s.connection(), [(1, 1)])
        except ValueError as error:
            assert "needs values for" in str(error)
        else:
            raise AssertionError("a statement missing defaulted columns was run")
