"""The storage port behind the supervisors' Inflight and Completed Actions tables.

The repository protocol only; its values (filters, sort, keyset cursors, rows) live in
``domain/action_table.py``. The tables hold millions of rows, so the repository answers
in three cheap shapes: a count, the sort keys of one page (keyset pagination on
``(sort key, id)``), and the full rows for a handful of ids — the "ids first, row data lazily" shape of Anki's
browser. ``iter_rows`` streams a whole filter for CSV export without a list.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from kixie_desktop.domain.action_table import ActionFilter, ActionSort, ActionTableRow, Cursor
from kixie_desktop.domain.ids import AccountId, ActionRunId


class ActionTableRepository(Protocol):
    def count(self, account_id: AccountId, where: ActionFilter) -> int: ...

    def cursors(self, account_id: AccountId, where: ActionFilter, sort: ActionSort, *,
                after: Cursor | None, skip: int, limit: int) -> list[Cursor]:
        """The cursors of up to ``limit`` rows in sort order: after ``after`` (keyset), then
        ``skip`` rows further (an offset, for a jump into the middle)."""
        ...

    def rows(self, ids: Sequence[ActionRunId]) -> list[ActionTableRow]:
        """Full rows for these ids, in the order given; ids no longer present are left out."""
        ...

    def iter_rows(self, account_id: AccountId, where: ActionFilter, sort: ActionSort,
                  *, after: Cursor | None = None, limit: int | None = None) -> Iterator[ActionTableRow]:
        """Every matching row in sort order, streamed from the database (never a list)."""
        ...
