"""The columns of the Inflight and Completed Actions tables (article: "Managing your
Cadences"), with the server-side sort key each header click asks for.

Created Date is the action's own creation: the article's key says "date the Cadence was
created", which would repeat on every row of a cadence (docs/supervisor-tables.md).
Cadence Name, Cadence Version, Max Retry / Duration, Outcome and Why do not sort: they
have no index (or live in another table), and sorting a million rows by them would be
a full scan on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from kixie_desktop.domain.action_labels import STATUS_LABELS, TYPE_LABELS, outcome_label, retry_label
from kixie_desktop.domain.action_table import ActionTableRow, SortKey
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.gui.formatting import fmt_instant

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the action run id of a row, once loaded

_STATUS_HELP = {
    ActionStatus.SCHEDULED: "Waiting for its scheduled date",
    ActionStatus.PROCESSING: "Due: waiting for an available agent to take the call",
    ActionStatus.SENDING: "Handed to the SMS gateway; waiting for its answer",
}


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[ActionTableRow, ZoneInfo], str]
    sort: SortKey | None = None
    tooltip: Callable[[ActionTableRow], str | None] | None = None
    help: str = ""
    numeric: bool = False
    emphasise_unknown: bool = False


def _why(row: ActionTableRow) -> str | None:
    return row.reason or None


def _status_help(row: ActionTableRow) -> str | None:
    return _STATUS_HELP.get(row.status) or row.reason


_LEADING = [
    Column("Created Date", lambda r, z: fmt_instant(r.created_at, z), SortKey.CREATED,
           help="When the action was created (scheduled by its cadence)"),
    Column("Cadence ID", lambda r, z: str(r.cadence_id), SortKey.CADENCE,
           help="The cadence's id, as the API, CRM and Zapier know it", numeric=True),
    Column("Cadence Version", lambda r, z: str(r.cadence_version),
           help="The version of the cadence this action was scheduled from", numeric=True),
    Column("Cadence Name", lambda r, z: r.cadence_name),
    Column("Target Phone Number", lambda r, z: r.phone, SortKey.PHONE),
    Column("Action Type", lambda r, z: TYPE_LABELS[r.type], SortKey.TYPE),
    Column("Scheduled Date", lambda r, z: fmt_instant(r.scheduled_at, z), SortKey.SCHEDULED,
           help="When the action is (or was) due to run"),
    Column("Status", lambda r, z: STATUS_LABELS[r.status], SortKey.STATUS, tooltip=_status_help,
           emphasise_unknown=True),
    Column("Retry Count", lambda r, z: str(r.retry_count), SortKey.RETRY_COUNT,
           help="How many times the action has been retried", numeric=True),
    Column("Max Retry / Duration", lambda r, z: retry_label(r.max_retries, r.min_between_s),
           SortKey.MAX_RETRIES, help="At most this many retries, at least this long apart"),
]
_WHY = Column("Why", lambda r, z: r.reason or "", tooltip=_why,
              help="Why it waits, or how it ended, in words")

INFLIGHT_COLUMNS = [*_LEADING, _WHY]
COMPLETED_COLUMNS = [
    *_LEADING,
    Column("Completed Date", lambda r, z: fmt_instant(r.completed_at, z), SortKey.COMPLETED,
           help="When the action finished"),
    Column("Outcome", lambda r, z: outcome_label(r.outcome), tooltip=_why, emphasise_unknown=True,
           help="The disposition saved, or what became of the SMS or call (hover for the reason)"),
    _WHY,
]


def columns_for(inflight: bool) -> list[Column]:
    return INFLIGHT_COLUMNS if inflight else COMPLETED_COLUMNS
