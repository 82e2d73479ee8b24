"""The supervisors' Inflight and Completed Actions tables as a use case: counts and pages.

A caller (the Qt table model, a test, a script) asks for a few pages of a filtered,
sorted table at once, each at a position in the table. A page after a row the
caller already holds (an ``Anchor``) is a keyset read from that row; a jump into the
middle is a keyset read from the nearest anchor plus an offset for the rest. The
count and the pages come from one read transaction: one snapshot on SQLite; on
PostgreSQL (READ COMMITTED) a run finishing in between may show its new status a
refresh early, never a wrong row.

Blocking: call from a worker thread (the GUI goes through ``BackgroundRunner``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kixie_desktop.domain.action_table import (
    ActionFilter,
    ActionSort,
    ActionTableRow,
    Cursor,
    SortKey,
)
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.base import Service

MAX_PAGE = 1000
MAX_PAGES = 20
# Completed Date is NULL on inflight rows: only the Completed table may sort by it.
INFLIGHT_SORTS = frozenset(SortKey) - {SortKey.COMPLETED}
COMPLETED_SORTS = frozenset(SortKey)


@dataclass(frozen=True)
class Anchor:
    """A row the caller already holds: its position in the sorted table and its cursor."""

    position: int
    cursor: Cursor


@dataclass(frozen=True)
class PageRequest:
    start: int  # position of the first row wanted (0-based)
    limit: int
    anchor: Anchor | None = None  # a held row before ``start``, to read on from


@dataclass(frozen=True)
class Page:
    start: int
    rows: tuple[ActionTableRow, ...]
    last: Cursor | None  # the last row's cursor: the anchor for the page after this one


@dataclass(frozen=True)
class TableSnapshot:
    count: int | None  # None when not asked for
    pages: tuple[Page, ...]


def check_sort(where: ActionFilter, sort: ActionSort) -> None:
    allowed = INFLIGHT_SORTS if where.inflight else COMPLETED_SORTS
    if sort.key not in allowed:
        raise ValidationError(f"the Inflight table cannot be sorted by {sort.key.value}", field="sort")


class ActionTableService(Service):
    def count(self, actor: Actor, where: ActionFilter) -> int:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.action_table.count(actor.account_id, where)

    def fetch(self, actor: Actor, where: ActionFilter, sort: ActionSort,
              pages: Sequence[PageRequest], *, with_count: bool = False) -> TableSnapshot:
        require(actor, Permission.VIEW)
        check_sort(where, sort)
        if len(pages) > MAX_PAGES:
            raise ValidationError(f"at most {MAX_PAGES} pages at once", field="pages")
        for request in pages:
            if request.start < 0 or not 1 <= request.limit <= MAX_PAGE:
                raise ValidationError(f"a page is 1-{MAX_PAGE} rows from position 0 on", field="pages")
            if request.anchor is not None and request.anchor.position >= request.start:
                raise ValidationError("an anchor must come before the page it starts", field="pages")
        with self._store.read() as uow:
            table = uow.action_table
            count = table.count(actor.account_id, where) if with_count else None
            found = []
            for request in pages:
                anchor = request.anchor
                after = anchor.cursor if anchor else None
                skip = request.start - (anchor.position + 1 if anchor else 0)
                cursors = table.cursors(actor.account_id, where, sort, after=after, skip=skip,
                                        limit=request.limit)
                rows = tuple(table.rows([c.id for c in cursors]))
                found.append(Page(request.start, rows, cursors[-1] if cursors else None))
        return TableSnapshot(count, tuple(found))
