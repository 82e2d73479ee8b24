"""The Analytics queries on SQLite and PostgreSQL: speed to lead's median and 90th percentile
against Python's own over any set of durations, the first touch kept earliest whatever order
it is written in, and query plans that read each figure from the index made for it — never a
scan of the action runs or enrollments."""

from __future__ import annotations

import random
import statistics
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, text

from kixie_desktop.domain.analytics import AnalyticsScope
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.ids import AccountId, CadenceId, EnrollmentId, UserId
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import ActionRunRow, ContactRow, DispositionRow, EnrollmentRow
from kixie_desktop.storage.repositories.analytics import SqlAnalytics
from tests.support.workspace import Workspace, build_workspace

START = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def one_lead(database: Database) -> tuple[Workspace, dict[str, Any]]:
    """A workspace with one enrollment, whose row the tests copy."""
    ws = build_workspace(database)
    version = ws.cadences.create(ws.manager, ws.definition())
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    ws.enrollment.enroll(ws.manager, version.cadence_id, NewContact(phone="+15125550100"))
    with database.read() as s:
        row = dict(s.execute(select(*EnrollmentRow.__table__.c)).mappings().one())
    return ws, row


def _scope(row: dict[str, Any], agent: UserId | None = None) -> AnalyticsScope:
    return AnalyticsScope(AccountId(row["account_id"]), CadenceId(row["cadence_id"]), START,
                          START + timedelta(days=30), agent)


def _oracle(durations: list[float], fraction: float) -> float:
    if len(durations) == 1:
        return durations[0]
    if fraction == 0.5:
        return statistics.median(durations)
    return statistics.quantiles(durations, n=10, method="inclusive")[8]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(durations=st.lists(st.integers(0, 10 * 86400), min_size=0, max_size=40), untouched=st.integers(0, 3))
def test_speed_to_lead_percentiles_are_pythons(one_lead: tuple[Workspace, dict[str, Any]], durations: list[int],
                                               untouched: int) -> None:
    ws, row = one_lead
    with ws.db.engine.begin() as conn:
        conn.execute(EnrollmentRow.__table__.delete().where(EnrollmentRow.id != row["id"]))
        conn.execute(EnrollmentRow.__table__.update().values(first_touch_at=None, first_touch_s=None,
                                                             created_at=START - timedelta(days=1)))
        # Ends other than active, so the one-open-enrollment index lets the copies in.
        base = {k: v for k, v in row.items() if k != "id"}
        copies = [{**base, "state": "completed", "created_at": START + timedelta(minutes=n), "current_step": n}
                  for n in range(len(durations))]
        copies += [{**base, "state": "stopped", "created_at": START, "first_touch_at": None, "current_step": -1}
                   for _ in range(untouched)]
        if copies:
            conn.execute(insert(EnrollmentRow.__table__), copies)
    # Touched as the engine touches them: the repository works the seconds out.
    with ws.db.read() as s:
        ids = {step: i for step, i in s.execute(select(EnrollmentRow.current_step, EnrollmentRow.id)
                                                .where(EnrollmentRow.state == "completed"))}
    with ws.store.write() as uow:
        uow.enrollments.first_touched({EnrollmentId(ids[n]): START + timedelta(minutes=n, seconds=d)
                                       for n, d in enumerate(durations)})
    with ws.db.read() as s:
        times = SqlAnalytics(s).speed_to_lead(_scope(row))
    assert times.touched == len(durations)
    if not durations:
        assert (times.median_s, times.p90_s) == (None, None)
        return
    assert times.median_s == pytest.approx(_oracle([float(d) for d in durations], 0.5), abs=1e-3)
    assert times.p90_s == pytest.approx(_oracle([float(d) for d in durations], 0.9), abs=1e-3)


def test_the_earliest_touch_is_kept_whatever_order_it_comes_in(one_lead: tuple[Workspace, dict[str, Any]]) -> None:
    ws, row = one_lead
    enrollment = EnrollmentId(row["id"])
    for at, kept in ((START + timedelta(hours=2), 2), (START + timedelta(hours=3), 2),
                     (START + timedelta(hours=1), 1)):
        with ws.store.write() as uow:
            uow.enrollments.first_touched({enrollment: at})
        with ws.store.read() as uow:
            assert uow.enrollments.get(enrollment).first_touch_at == START + timedelta(hours=kept)


def _plan(db: Database, sql: str, *, lookups: bool = False) -> str:
    """The plan of ``sql`` as the database would run it: SQLite as it comes (it keeps no
    statistics), PostgreSQL with the statistics ``_fill`` had it gather and default settings —
    or, for ``lookups``, with whole-table joins priced out, as they are when the joined table
    is large (a hash join over this test's few thousand call records is the cheaper plan)."""
    with db.engine.connect() as conn:
        if db.is_sqlite:
            return " | ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
        if lookups:
            for setting in ("enable_hashjoin", "enable_mergejoin"):
                conn.execute(text(f"SET {setting} = off"))
        return " | ".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}"))


def _statements(database: Database, call: Callable[[SqlAnalytics], object]) -> list[str]:
    """The SQL a repository call sends, with its values written in."""
    with database.read() as session:
        captured: list[str] = []
        original = session.execute

        def spy(statement, *args, **kwargs):  # type: ignore[no-untyped-def]
            captured.append(str(statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})))
            return original(statement, *args, **kwargs)

        session.execute = spy  # type: ignore[method-assign]
        call(SqlAnalytics(session))
    return captured


def _fill(ws: Workspace, row: dict[str, Any], runs: int = 40_000, leads: int = 20_000) -> list[int]:
    """Three cadences' worth of history, cloned from one real enrollment and run with Core:
    leads over 60 days in every state, texts and calls in every status, a quarter of the calls
    dispositioned with their call records. Returns the cadence ids."""
    cadences = [row["cadence_id"]]
    for name in ("Nurture", "Webinar"):
        version = ws.cadences.create(ws.manager, ws.definition(name))
        cadences.append(version.cadence_id)
    with ws.db.read() as s:
        run = dict(s.execute(select(*ActionRunRow.__table__.c).limit(1)).mappings().one())
        dispositions = [d for d in s.scalars(select(DispositionRow.id))]
    rng = random.Random(3)
    people = [ws.agent.user_id, ws.supervisor.user_id, ws.manager.user_id]
    base = {k: v for k, v in row.items() if k != "id"}
    lead_rows = []
    for n in range(leads):
        created = START - timedelta(seconds=rng.randrange(60 * 86400))
        lead_rows.append({**base, "cadence_id": cadences[n % 3], "owner_id": rng.choice(people), "created_at": created,
                          "state": rng.choice(("completed", "stopped", "forwarded", "cancelled")),
                          "current_step": rng.randrange(3),
                          **rng.choice(({"first_touch_at": None, "first_touch_s": None},
                                        {"first_touch_at": created + timedelta(seconds=(speed := rng.randrange(86400))),
                                         "first_touch_s": float(speed)}))})
    run_base = {k: v for k, v in run.items() if k != "id"}
    run_rows = []
    for n in range(runs):
        created = START - timedelta(seconds=rng.randrange(60 * 86400))
        status = rng.choice(("completed", "failed", "skipped", "cancelled", "unknown", "missed", "scheduled"))
        dispositioned = status == "completed" and n % 2 == 0
        run_rows.append({**run_base, "cadence_id": cadences[n % 3], "status": status, "created_at": created,
                         "type": "call" if dispositioned else rng.choice(("sms", "call")), "due_at": created,
                         "completed_at": None if status == "scheduled" else created + timedelta(minutes=5),
                         "owner_id": rng.choice(people),
                         "disposition_id": rng.choice(dispositions) if dispositioned else None,
                         "accepted_by": rng.choice(people) if dispositioned else None})
    with ws.db.read() as s:
        contact = {k: v for k, v in s.execute(select(*ContactRow.__table__.c)).mappings().one().items() if k != "id"}
    with ws.db.engine.begin() as conn:
        # A contact per lead, as in life: an index led by the contact must not look like one by cadence.
        conn.execute(insert(ContactRow.__table__), [{**contact, "phone": f"+1512{n:07d}"} for n in range(leads)])
        first = conn.execute(select(ContactRow.id).order_by(ContactRow.id.desc()).limit(1)).scalar_one() - leads + 1
        for n, lead in enumerate(lead_rows):
            lead["contact_id"] = first + n
        conn.execute(insert(EnrollmentRow.__table__), lead_rows)
        conn.execute(insert(ActionRunRow.__table__), run_rows)
        conn.execute(text(
            "INSERT INTO call_records (account_id, contact_id, user_id, action_run_id, direction, to_number, "
            "started_at, connected_at, ended_at, disposition_id) "
            "SELECT account_id, contact_id, accepted_by, id, 'out', target_phone, completed_at, completed_at, "
            "completed_at, disposition_id FROM action_runs WHERE disposition_id IS NOT NULL"))
        if not ws.db.is_sqlite:
            conn.execute(text("ANALYZE"))  # what autovacuum does on a live database; SQLite keeps no statistics
    return cadences


# The index each statement of a figure reads its action runs or enrollments from. SQLite's
# speed to lead counts, then reads the values at the median's and the 90th percentile's place.
CREATED, SPEED = "ix_enrollments_cadence_created", "ix_enrollments_cadence_speed"
EXPECTED = {"lead_steps": [CREATED], "speed_to_lead": [CREATED], "dispositions": ["ix_action_runs_dispositioned"],
            "texts": ["ix_action_runs_texts", "ix_action_runs_opted_out"], "agents": ["ix_action_runs_dispositioned"]}
SQLITE_EXPECTED = {**EXPECTED, "speed_to_lead": [CREATED, SPEED, SPEED]}


def test_each_figure_is_read_from_its_index(one_lead: tuple[Workspace, dict[str, Any]]) -> None:
    ws, row = one_lead
    cadences = _fill(ws, row)
    expected = SQLITE_EXPECTED if ws.db.is_sqlite else EXPECTED
    for figure, indexes in expected.items():
        for agent in (None, ws.agent.user_id):
            scope = AnalyticsScope(AccountId(row["account_id"]), CadenceId(cadences[1]), START - timedelta(days=7),
                                   START, agent)  # a week: the usual question
            statements = _statements(ws.db, lambda repo: getattr(repo, figure)(scope))
            plans = [_plan(ws.db, sql, lookups=figure == "agents") for sql in statements]
            assert len(plans) == len(indexes), (figure, statements)
            for plan, index in zip(plans, indexes, strict=True):
                assert index in plan, (figure, plan.replace(" | ", "\n"))
                for table in ("action_runs", "enrollments", "call_records"):
                    assert f" SCAN {table}" not in f" {plan}" and f"Seq Scan on {table}" not in plan, (figure, plan)
                if ws.db.is_sqlite and index != "ix_action_runs_opted_out":
                    # Every count from the index alone, never the table.
                    assert f"COVERING INDEX {index}" in plan, (figure, plan)
            if figure == "agents":
                assert "ix_call_records_action_run_id" in plans[0], plans[0]  # each call's record, by its run
            if figure == "speed_to_lead" and ws.db.is_sqlite:
                assert all("TEMP B-TREE" not in plan for plan in plans[1:]), plans  # read in order, never sorted
