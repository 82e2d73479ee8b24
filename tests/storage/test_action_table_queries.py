"""The Inflight / Completed table queries on SQLite and PostgreSQL: every filter and sort
against a plain-Python oracle, keyset pages that tile the table with no gap or repeat,
offset jumps, streamed rows, and query plans that use the indexes made for them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from kixie_desktop.domain.action_table import ActionFilter, ActionSort, Cursor, SortKey
from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import AccountId, ActionRunId, CadenceId
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import ContactRow
from kixie_desktop.storage.repositories.action_table import SqlActionTable
from kixie_desktop.storage.store import SqlStore
from tests.support.action_rows import Seeded, seed_action_runs, table_oracle
from tests.support.workspace import Workspace, build_workspace


@pytest.fixture
def seeded(database: Database) -> tuple[Workspace, Seeded]:
    ws = build_workspace(database)
    return ws, seed_action_runs(ws, 400)


def _walk(store: SqlStore, account: AccountId, where: ActionFilter, sort: ActionSort, page: int) -> list[int]:
    """Every id of the table, page by page, each page read on from the last one's cursor."""
    seen: list[int] = []
    after: Cursor | None = None
    while True:
        with store.read() as uow:
            cursors = uow.action_table.cursors(account, where, sort, after=after, skip=0, limit=page)
        seen += [c.id for c in cursors]
        if len(cursors) < page:
            return seen
        after = cursors[-1]


CASES = [
    (ActionFilter(inflight=True), ActionSort(SortKey.SCHEDULED)),
    (ActionFilter(inflight=True), ActionSort(SortKey.CREATED, descending=True)),
    (ActionFilter(inflight=True, type=ActionType.CALL), ActionSort(SortKey.PHONE)),
    (ActionFilter(inflight=True, status=ActionStatus.PROCESSING), ActionSort(SortKey.RETRY_COUNT, True)),
    (ActionFilter(inflight=False), ActionSort(SortKey.COMPLETED, descending=True)),
    (ActionFilter(inflight=False, phone="+1512"), ActionSort(SortKey.COMPLETED)),
    (ActionFilter(inflight=False, phone="555 0"), ActionSort(SortKey.STATUS)),
    (ActionFilter(inflight=False, status=ActionStatus.UNKNOWN), ActionSort(SortKey.TYPE, True)),
    (ActionFilter(inflight=False), ActionSort(SortKey.MAX_RETRIES)),
    (ActionFilter(inflight=True), ActionSort(SortKey.CADENCE, descending=True)),
]


@pytest.mark.parametrize(("where", "sort"), CASES, ids=lambda v: str(v)[:60])
def test_keyset_pages_tile_the_table_in_the_oracles_order(seeded: tuple[Workspace, Seeded],
                                                         where: ActionFilter, sort: ActionSort) -> None:
    ws, data = seeded
    account = ws.admin.account_id
    expected = table_oracle(data.rows, inflight=where.inflight, key=sort.key.value,
                            descending=sort.descending, status=where.status.value if where.status else None,
                            type=where.type.value if where.type else None, phone=where.phone)
    assert len(expected) > 10  # the seed gives every case rows to order
    assert _walk(ws.store, account, where, sort, page=37) == expected
    with ws.store.read() as uow:
        assert uow.action_table.count(account, where) == len(expected)
        # A jump: read on from row 9's cursor, skipping 20 rows, lands on row 30.
        anchor = uow.action_table.cursors(account, where, sort, after=None, skip=9, limit=1)[0]
        jumped = uow.action_table.cursors(account, where, sort, after=anchor, skip=20, limit=5)
        assert [c.id for c in jumped] == expected[30:35]
        streamed = [r.id for r in uow.action_table.iter_rows(account, where, sort)]
    assert streamed == expected


def test_rows_come_back_in_the_order_asked_with_cadence_name_version_and_contact(
        seeded: tuple[Workspace, Seeded]) -> None:
    ws, data = seeded
    with ws.db.write() as s:
        # One contact with a last name too, one with no name at all: both read right.
        lead0 = s.scalar(select(ContactRow).where(ContactRow.first_name == "Lead0"))
        lead1 = s.scalar(select(ContactRow).where(ContactRow.first_name == "Lead1"))
        assert lead0 is not None and lead1 is not None
        lead0.last_name = "Núñez"
        lead1.first_name = ""
        names_of_contacts = {lead0.id: "Lead0 Núñez", lead1.id: ""}
    ids = [ActionRunId(r["id"]) for r in data.rows[5:15]][::-1] + [ActionRunId(10**9)]
    with ws.store.read() as uow:
        rows = uow.action_table.rows(ids)
    assert [r.id for r in rows] == ids[:-1]  # an id that is gone is left out
    by_id = {r["id"]: r for r in data.rows}
    names = {data.cadence_ids[0]: "Speed to lead", data.cadence_ids[1]: "Nurture"}
    for row in rows:
        source = by_id[row.id]
        assert (row.cadence_name, row.cadence_version) == (names[source["cadence_id"]], 1)
        assert row.contact_name == names_of_contacts[source["contact_id"]]
        assert (row.phone, row.status.value, row.reason, row.min_between_s) == (
            source["target_phone"], source["status"], source["reason"], source["min_between_s"])


def test_the_date_range_bounds_scheduled_inflight_and_completed_completed(
        seeded: tuple[Workspace, Seeded]) -> None:
    ws, data = seeded
    since = ws.clock.now - timedelta(days=8)
    until = ws.clock.now - timedelta(days=3)
    for inflight, key in ((True, SortKey.SCHEDULED), (False, SortKey.COMPLETED)):
        where = ActionFilter(inflight=inflight, since=since, until=until, cadence_id=CadenceId(data.cadence_ids[1]))
        expected = table_oracle(data.rows, inflight=inflight, key=key.value, since=since, until=until,
                                cadence_id=data.cadence_ids[1])
        assert 0 < len(expected) < len(table_oracle(data.rows, inflight=inflight))
        with ws.store.read() as uow:
            got = [r.id for r in uow.action_table.iter_rows(ws.admin.account_id, where, ActionSort(key))]
        assert got == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(inflight=st.booleans(), key=st.sampled_from(sorted(set(SortKey) - {SortKey.COMPLETED})),
       descending=st.booleans(), status=st.none() | st.sampled_from(list(ActionStatus)),
       type=st.none() | st.sampled_from(list(ActionType)),
       phone=st.sampled_from(["", "+1", "+1212", "+14155", "512", "00", "+", "9 9"]),
       page=st.integers(1, 60))
def test_any_filter_and_sort_pages_like_the_oracle(seeded: tuple[Workspace, Seeded], inflight: bool,
                                                   key: SortKey, descending: bool,
                                                   status: ActionStatus | None, type: ActionType | None,
                                                   phone: str, page: int) -> None:
    ws, data = seeded
    where = ActionFilter(inflight=inflight, status=status, type=type, phone=phone)
    expected = table_oracle(data.rows, inflight=inflight, key=key.value, descending=descending,
                            status=status.value if status else None, type=type.value if type else None,
                            phone=phone)
    assert _walk(ws.store, ws.admin.account_id, where, ActionSort(key, descending), page) == expected


AFTER = {SortKey.SCHEDULED: datetime(2026, 3, 1, tzinfo=timezone.utc),
         SortKey.COMPLETED: datetime(2026, 3, 1, tzinfo=timezone.utc),
         SortKey.CREATED: datetime(2026, 3, 1, tzinfo=timezone.utc), SortKey.PHONE: "+15125550000"}


def _plan(db: Database, sql: str, *, lookups: bool = False) -> str:
    with db.engine.connect() as conn:
        if db.is_sqlite:
            return " | ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
        # An empty table would be read any which way and sorted; with those plans priced out,
        # a Sort left in the plan means no index can give this order (and, for ``lookups``,
        # with whole-table joins priced out too, a scan left means no index finds the row).
        off = ("enable_seqscan", "enable_bitmapscan", "enable_sort")
        for setting in off + (("enable_hashjoin", "enable_mergejoin") if lookups else ()):
            conn.execute(text(f"SET {setting} = off"))
        return " | ".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}"))


@pytest.mark.parametrize(("where", "sort", "index"), [
    (ActionFilter(inflight=True), ActionSort(SortKey.SCHEDULED), "ix_action_runs_inflight_due"),
    (ActionFilter(inflight=False), ActionSort(SortKey.COMPLETED, True), "ix_action_runs_final_completed"),
    (ActionFilter(inflight=False), ActionSort(SortKey.CREATED, True), "ix_action_runs_created"),
    (ActionFilter(inflight=False, phone="+1512555"), ActionSort(SortKey.PHONE), "ix_action_runs_phone"),
])
def test_pages_are_read_from_the_index_in_order(database: Database, where: ActionFilter,
                                                sort: ActionSort, index: str) -> None:
    with database.read() as session:
        table = SqlActionTable(session)
        captured: list[str] = []
        original = session.execute

        def spy(statement, *args, **kwargs):  # type: ignore[no-untyped-def]
            captured.append(str(statement.compile(session.get_bind(),
                                                  compile_kwargs={"literal_binds": True})))
            return original(statement, *args, **kwargs)

        session.execute = spy  # type: ignore[method-assign]
        after = Cursor(AFTER[sort.key], ActionRunId(5))  # a keyset read, as deep pages are
        table.cursors(AccountId(1), where, sort, after=after, skip=0, limit=100)
    plan = _plan(database, captured[0])
    assert index in plan, plan
    assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan  # read in order, never sorted


def test_the_rows_on_screen_look_their_contact_cadence_and_version_up_by_primary_key(
        database: Database) -> None:
    """The Contact column and the lead's state (what the row's menu offers) cost a primary-key
    lookup per row on screen, never a scan."""
    with database.read() as session:
        table = SqlActionTable(session)
        captured: list[str] = []
        original = session.execute

        def spy(statement, *args, **kwargs):  # type: ignore[no-untyped-def]
            captured.append(str(statement.compile(session.get_bind(),
                                                  compile_kwargs={"literal_binds": True})))
            return original(statement, *args, **kwargs)

        session.execute = spy  # type: ignore[method-assign]
        table.rows([ActionRunId(n) for n in range(1, 101)])
    plan = _plan(database, captured[0], lookups=True)
    # (How PostgreSQL finds the hundred runs in an empty table says nothing; the joins do.)
    for looked_up, key in (("contacts", "contact_id"), ("cadences", "cadence_id"),
                           ("cadence_versions", "version_id"), ("enrollments", "enrollment_id")):
        by_key = (f"SEARCH {looked_up} USING INTEGER PRIMARY KEY" if database.is_sqlite
                  else f"Index Scan using pk_{looked_up} on {looked_up}  (")
        assert by_key in plan, plan
        if not database.is_sqlite:
            assert f"Index Cond: (id = action_runs.{key})" in plan, plan
    assert " SCAN " not in f" {plan} " and "Seq Scan" not in plan, plan
