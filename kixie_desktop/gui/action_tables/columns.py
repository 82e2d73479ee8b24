"""The columns of the Inflight and Completed Actions tables (article: "Managing your
Cadences"), in the order a supervisor reads them, with the server-side sort key each
header click asks for and the width each starts at.

The order puts what matters first — who, which cadence, what, its state, when, and why
— so that Why, Outcome and every date fit at 1440 px; the ids, the phone and the retry
settings follow (docs/supervisor-tables.md). Created Date is the action's own creation:
the article's key says "date the Cadence was created", which would repeat on every row
of a cadence. Contact, Cadence Name, Cadence Version, Outcome and Why do not sort: they
have no index ordering action runs (or live in another table), and sorting a million
rows by them would be a full scan on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from kixie_desktop.domain.action_labels import STATUS_LABELS, TYPE_LABELS, outcome_label, retry_label
from kixie_desktop.domain.action_table import ActionTableRow, SortKey
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.gui.formatting import compact_instant, full_instant

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the action run id of a row, once loaded

_STATUS_HELP = {
    ActionStatus.SCHEDULED: "Waiting for its scheduled date",
    ActionStatus.PROCESSING: "Due: waiting for an available agent to take the call",
    ActionStatus.SENDING: "Handed to the SMS gateway; waiting for its answer",
}


@dataclass(frozen=True)
class Shown:
    """What a cell's text depends on besides its row: the account's zone and today there."""

    zone: ZoneInfo
    today: date


Text = Callable[[ActionTableRow, Shown], str]
Tip = Callable[[ActionTableRow, Shown], str | None]


@dataclass(frozen=True)
class Column:
    title: str
    text: Text
    width: int  # the starting width in pixels; never below what the header's title needs
    sort: SortKey | None = None
    tooltip: Tip | None = None
    help: str = ""
    numeric: bool = False
    emphasise_unknown: bool = False
    compact_date: bool = False  # sized to the widest compact date, so no date is ever cut


def _date(title: str, pick: Callable[[ActionTableRow], datetime | None], sort: SortKey, help: str) -> Column:
    def text(r: ActionTableRow, s: Shown) -> str:
        return compact_instant(pick(r), s.zone, s.today)

    def tip(r: ActionTableRow, s: Shown) -> str | None:
        return full_instant(pick(r), s.zone) or None

    return Column(title, text, 100, sort, tip, help, compact_date=True)


def _why(row: ActionTableRow, _s: Shown) -> str | None:
    return row.reason or None


def _status_help(row: ActionTableRow, _s: Shown) -> str | None:
    return _STATUS_HELP.get(row.status) or row.reason


def _contact_tip(row: ActionTableRow, _s: Shown) -> str:
    return row.phone if row.contact_name else f"{row.phone} (no name saved)"


CONTACT = "Contact"
PHONE = "Target Phone Number"
STATUS = "Status"
WHY = "Why"

_CONTACT = Column(CONTACT, lambda r, s: r.contact_name or r.phone, 150, tooltip=_contact_tip,
                  help="Who the action is for (hover for the phone number); does not sort")
_CADENCE_NAME = Column("Cadence Name", lambda r, s: r.cadence_name, 150, help="Does not sort")
_TYPE = Column("Action Type", lambda r, s: TYPE_LABELS[r.type], 60, SortKey.TYPE)
_STATUS = Column(STATUS, lambda r, s: STATUS_LABELS[r.status], 90, SortKey.STATUS, tooltip=_status_help,
                 emphasise_unknown=True)
_SCHEDULED = _date("Scheduled Date", lambda r: r.scheduled_at, SortKey.SCHEDULED,
                   "When the action is (or was) due to run")
_CREATED = _date("Created Date", lambda r: r.created_at, SortKey.CREATED,
                 "When the action was created (scheduled by its cadence)")
_COMPLETED = _date("Completed Date", lambda r: r.completed_at, SortKey.COMPLETED, "When the action finished")
_OUTCOME = Column("Outcome", lambda r, s: outcome_label(r.outcome), 110, tooltip=_why, emphasise_unknown=True,
                  help="The disposition saved, or what became of the SMS or call (hover for the reason)")
_WHY = Column(WHY, lambda r, s: r.reason or "", 300, tooltip=_why,
              help="Why it waits, or how it ended, in words")
_TRAILING = [
    Column("Retry Count", lambda r, s: str(r.retry_count), 50, SortKey.RETRY_COUNT,
           help="How many times the action has been retried", numeric=True),
    Column("Max Retry / Duration", lambda r, s: retry_label(r.max_retries, r.min_between_s), 90,
           SortKey.MAX_RETRIES, help="At most this many retries, at least this long apart"),
    Column(PHONE, lambda r, s: r.phone, 120, SortKey.PHONE),
    Column("Cadence ID", lambda r, s: str(r.cadence_id), 50, SortKey.CADENCE,
           help="The cadence's id, as the API, CRM and Zapier know it", numeric=True),
    Column("Cadence Version", lambda r, s: str(r.cadence_version), 50,
           help="The version of the cadence this action was scheduled from; does not sort", numeric=True),
]

# Inflight has two columns fewer before Why: the room goes to the reason, which is longer there.
INFLIGHT_COLUMNS = [_CONTACT, _CADENCE_NAME, _TYPE, _STATUS, _SCHEDULED, _CREATED, replace(_WHY, width=420),
                    *_TRAILING]
COMPLETED_COLUMNS = [_CONTACT, _CADENCE_NAME, _TYPE, _STATUS, _OUTCOME, _COMPLETED, _SCHEDULED, _CREATED,
                     _WHY, *_TRAILING]


def columns_for(inflight: bool) -> list[Column]:
    return INFLIGHT_COLUMNS if inflight else COMPLETED_COLUMNS
