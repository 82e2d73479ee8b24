"""The Inflight and Completed Actions tables over SQLAlchemy: filters, keyset pages, rows.

Built to stay fast at millions of rows (see docs/supervisor-tables.md):

- the table split is written as the literal predicate of the partial indexes in
  ``models/runtime.py`` (``status IN (...)`` / ``NOT IN``): a bound parameter there would
  keep SQLite from using a partial index at all;
- pages are found by keyset on ``(sort key, id)`` — a row-value comparison both
  databases answer from an index — with an offset only for the rows of a jump;
- ``cursors`` touches one table and, for the indexed keys, only an index; the joins
  for cadence name, version, the contact's name and the enrollment's state run in ``rows``
  for the hundred-odd rows on screen, each a primary-key lookup (so the contact's name cannot be a sort key:
  no index orders action runs by it);
- a phone prefix is an index range, not ``LIKE`` (which SQLite and PostgreSQL's
  default collations cannot answer from a b-tree).

The HTTP API's ``GET /actions`` pages (``action_pages.py``) are the same query sorted by id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, FromClause, Select, func, literal, select, text, tuple_
from sqlalchemy.orm import Session

from kixie_desktop.domain.action_table import (
    ActionFilter,
    ActionSort,
    ActionTableRow,
    Cursor,
    SortKey,
)
from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import (
    AccountId,
    ActionRunId,
    CadenceId,
    ContactId,
    EnrollmentId,
    UserId,
)
from kixie_desktop.domain.statuses import ActionStatus, EnrollmentState
from kixie_desktop.storage.indexed_by import indexed_by
from kixie_desktop.storage.models import ActionRunRow, CadenceRow, CadenceVersionRow, ContactRow, EnrollmentRow
from kixie_desktop.storage.models.runtime import FINAL_PREDICATE, INFLIGHT_PREDICATE

_SORT_COLUMNS = {SortKey.ID: "id", SortKey.CREATED: "created_at", SortKey.CADENCE: "cadence_id",
                 SortKey.PHONE: "target_phone", SortKey.TYPE: "type", SortKey.SCHEDULED: "due_at",
                 SortKey.STATUS: "status", SortKey.RETRY_COUNT: "retry_count",
                 SortKey.MAX_RETRIES: "max_retries", SortKey.COMPLETED: "completed_at"}
# SQLite keeps no statistics unless someone runs ANALYZE, and then guesses that
# ``status IN (...)`` matches a handful of rows: at a million rows it would walk
# ``ix_action_runs_status_created`` and sort them all for every page. So on SQLite each
# query names its index (``storage/indexed_by.py``): the phone range or the date range when
# filtered by them (they narrow most), else the index that already holds the sort order.
# PostgreSQL's planner has statistics and gets no hint.
_SORT_INDEXES = {SortKey.CREATED: "ix_action_runs_created", SortKey.PHONE: "ix_action_runs_phone"}
_DATE_INDEX = {True: "ix_action_runs_inflight_due", False: "ix_action_runs_final_completed"}
# Streamed exports read this many rows per round trip (a server-side cursor on PostgreSQL).
_STREAM_BATCH = 2000


def _runs(index: str | None) -> FromClause:
    return indexed_by(ActionRunRow.__table__, index)  # type: ignore[arg-type]


def phone_condition(runs: FromClause, phone: str) -> ColumnElement[bool] | None:
    """``+1512`` → numbers starting with +1512 (an index range); ``5550100`` → containing it."""
    digits = re.sub(r"\D", "", phone)
    if not digits:
        return None
    column = runs.c.target_phone
    if phone.strip().startswith("+"):
        prefix = "+" + digits
        # The smallest string above every string with this prefix: bump its last digit.
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        return (column >= prefix) & (column < upper)
    return column.like(f"%{digits}%")  # digits only: nothing to escape


def _sqlite_index(where: ActionFilter, sort: ActionSort | None) -> str | None:
    if where.phone.strip().startswith("+") and re.search(r"\d", where.phone):
        return "ix_action_runs_phone"
    if where.since is not None or where.until is not None:
        return _DATE_INDEX[where.inflight]
    if sort is None:  # a count: the table's partial index covers it, the cadence's narrows it
        return "ix_action_runs_cadence" if where.cadence_id is not None else _DATE_INDEX[where.inflight]
    if sort.key is (SortKey.SCHEDULED if where.inflight else SortKey.COMPLETED):
        return _DATE_INDEX[where.inflight]
    return _SORT_INDEXES.get(sort.key)


def _conditions(runs: FromClause, account_id: AccountId, where: ActionFilter) -> list[Any]:
    c = runs.c
    conditions: list[Any] = [text(INFLIGHT_PREDICATE if where.inflight else FINAL_PREDICATE),
                             c.account_id == account_id]
    if where.cadence_id is not None:
        conditions.append(c.cadence_id == where.cadence_id)
    if where.status is not None:
        conditions.append(c.status == where.status.value)
    if where.type is not None:
        conditions.append(c.type == where.type.value)
    by_phone = phone_condition(runs, where.phone)
    if by_phone is not None:
        conditions.append(by_phone)
    date_column = c.due_at if where.inflight else c.completed_at
    if where.since is not None:
        conditions.append(date_column >= where.since)
    if where.until is not None:
        conditions.append(date_column < where.until)
    return conditions


def _ordered(query: Select[Any], runs: FromClause, sort: ActionSort, after: Cursor | None) -> Select[Any]:
    run_id = runs.c.id
    if sort.key is SortKey.ID:
        if after is not None:
            query = query.where(run_id < after.id if sort.descending else run_id > after.id)
        return query.order_by(run_id.desc() if sort.descending else run_id)
    column = runs.c[_SORT_COLUMNS[sort.key]]
    if after is not None:
        # Typed literals, so a datetime is bound the way the column stores it (naive UTC on SQLite).
        here = tuple_(column, run_id)
        there = tuple_(literal(after.value, column.type), literal(int(after.id), run_id.type))
        query = query.where(here < there if sort.descending else here > there)
    if sort.descending:
        return query.order_by(column.desc(), run_id.desc())
    return query.order_by(column, run_id)


def _row(r: Any) -> ActionTableRow:
    return ActionTableRow(
        id=ActionRunId(r.id), enrollment_id=EnrollmentId(r.enrollment_id),
        contact_id=ContactId(r.contact_id), cadence_id=CadenceId(r.cadence_id),
        cadence_version=r.version, step=r.step, type=ActionType(r.type),
        status=ActionStatus(r.status), phone=r.target_phone,
        owner_id=UserId(r.owner_id) if r.owner_id is not None else None,
        created_at=r.created_at, scheduled_at=r.due_at, completed_at=r.completed_at,
        reason=r.reason, outcome=r.outcome, retry_count=r.retry_count,
        max_retries=r.max_retries, attempt=r.attempt, held=r.held,
        cadence_name=r.cadence_name, min_between_s=r.min_between_s,
        contact_name=f"{r.first_name or ''} {r.last_name or ''}".strip(),
        enrollment_state=EnrollmentState(r.enrollment_state),
    )


def _row_query(runs: FromClause) -> Select[Any]:
    c = runs.c
    return (select(c.id, c.enrollment_id, c.contact_id, c.cadence_id, CadenceVersionRow.version,
                   c.step, c.type, c.status, c.target_phone, c.owner_id, c.created_at, c.due_at,
                   c.completed_at, c.reason, c.outcome, c.retry_count, c.max_retries,
                   c.min_between_s, c.attempt, c.held, CadenceRow.name.label("cadence_name"),
                   ContactRow.first_name, ContactRow.last_name, EnrollmentRow.state.label("enrollment_state"))
            .select_from(runs)
            .join(CadenceVersionRow, CadenceVersionRow.id == c.version_id)
            .join(EnrollmentRow, EnrollmentRow.id == c.enrollment_id)
            .join(CadenceRow, CadenceRow.id == c.cadence_id)
            # Outer: a row never drops out of the table over its contact.
            .outerjoin(ContactRow, ContactRow.id == c.contact_id))


class SqlActionTable:
    def __init__(self, session: Session) -> None:
        self._s = session

    def count(self, account_id: AccountId, where: ActionFilter) -> int:
        runs = _runs(_sqlite_index(where, None))
        query = select(func.count()).select_from(runs).where(*_conditions(runs, account_id, where))
        return int(self._s.scalar(query) or 0)

    def cursors(self, account_id: AccountId, where: ActionFilter, sort: ActionSort, *,
                after: Cursor | None, skip: int, limit: int) -> list[Cursor]:
        runs = _runs(_sqlite_index(where, sort))
        column = runs.c[_SORT_COLUMNS[sort.key]]
        query: Select[Any] = select(column, runs.c.id).where(*_conditions(runs, account_id, where))
        query = _ordered(query, runs, sort, after).limit(limit)
        if skip:
            query = query.offset(skip)
        return [Cursor(r[0], ActionRunId(r[1])) for r in self._s.execute(query)]

    def rows(self, ids: Sequence[ActionRunId]) -> list[ActionTableRow]:
        if not ids:
            return []
        runs = _runs(None)
        query = _row_query(runs).where(runs.c.id.in_(list(ids)))
        found = {r.id: _row(r) for r in self._s.execute(query)}
        return [found[i] for i in ids if i in found]

    def iter_rows(self, account_id: AccountId, where: ActionFilter, sort: ActionSort,
                  *, after: Cursor | None = None, limit: int | None = None) -> Iterator[ActionTableRow]:
        runs = _runs(_sqlite_index(where, sort))
        query = _row_query(runs).where(*_conditions(runs, account_id, where))
        query = _ordered(query, runs, sort, after)
        if limit is not None:
            query = query.limit(limit)
        result = self._s.execute(query.execution_options(yield_per=_STREAM_BATCH))
        for r in result:
            yield _row(r)
