"""The storage port behind the supervisors' Inflight and Completed Actions tables.

Values only (filters, sort, keyset cursors, rows) and the repository protocol. The
tables hold millions of rows, so the repository answers in three cheap shapes: a
count, the sort keys of one page (keyset pagination on ``(sort key, id)``), and the
full rows for a handful of ids — the "ids first, row data lazily" shape of Anki's
browser. ``iter_rows`` streams a whole filter for CSV export without a list.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import AccountId, ActionRunId, CadenceId
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.services.ports.api_storage import ActionListItem


class SortKey(StrEnum):
    """The columns a table can be ordered by on the server; every one is NOT NULL in its
    table, so keyset comparisons never meet a NULL."""

    ID = "id"
    CREATED = "created_at"
    CADENCE = "cadence_id"
    PHONE = "target_phone"
    TYPE = "type"
    SCHEDULED = "due_at"
    STATUS = "status"
    RETRY_COUNT = "retry_count"
    MAX_RETRIES = "max_retries"
    COMPLETED = "completed_at"


@dataclass(frozen=True)
class ActionSort:
    key: SortKey
    descending: bool = False


SortValue = datetime | int | str


@dataclass(frozen=True)
class Cursor:
    """Where a row sits in a sorted table: its sort value and id (the tie-breaker)."""

    value: SortValue
    id: ActionRunId


@dataclass(frozen=True)
class ActionFilter:
    """What the supervisor narrowed the table to. ``inflight`` picks the table.

    ``phone`` is matched on the E.164 digits: text starting with ``+`` is a prefix
    (index range), anything else is "contains". ``since``/``until`` bound the table's
    date column (Scheduled Date inflight, Completed Date completed), ``until`` exclusive.
    """

    inflight: bool
    cadence_id: CadenceId | None = None
    status: ActionStatus | None = None
    type: ActionType | None = None
    phone: str = ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class ActionTableRow(ActionListItem):
    """One row of the Inflight or Completed table: the API's item plus what the tables show."""

    cadence_name: str
    min_between_s: int


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
