"""CSV export of the Inflight and Completed Actions tables: the current filter and sort,
streamed row by row from the database to a file (a million rows never sit in a list).

Every cell goes through ``csv_parsing.neutralise_cell`` (SPEC §9): a cell a spreadsheet
would run as a formula (leading ``=``, ``+``, ``-``, ``@``, tab, CR) gets a leading
``'``. So an E.164 number is written ``'+15125550100``; our CSV import strips that one
``'`` again (``csv_parsing.restore_cell``), and the number imports back unchanged. Times
are ISO 8601 in the account's zone with their UTC offset. UTF-8 with a byte-order mark,
so Excel reads accented cadence names right. Blocking: call from a worker thread.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TextIO, TypeVar
from zoneinfo import ZoneInfo

from kixie_desktop.domain.action_labels import (
    STATUS_LABELS,
    TYPE_LABELS,
    outcome_label,
    retry_label,
)
from kixie_desktop.domain.action_table import ActionFilter, ActionSort, ActionTableRow
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.supervision.action_table import check_sort
from kixie_desktop.services.base import Service
from kixie_desktop.services.leads.csv_parsing import neutralise_cell

INFLIGHT_HEADERS = ("Action ID", "Created Date", "Cadence ID", "Cadence Version", "Cadence Name",
                    "Target Phone Number", "Contact", "Action Type", "Scheduled Date", "Status",
                    "Retry Count", "Max Retry / Duration", "Why")
COMPLETED_HEADERS = INFLIGHT_HEADERS[:-1] + ("Completed Date", "Outcome", "Why")
T = TypeVar("T")
# Progress is reported every this many rows (the GUI's status line, a CLI's counter).
PROGRESS_EVERY = 10_000


def _instant(at: datetime | None, zone: ZoneInfo) -> str:
    return at.astimezone(zone).isoformat(sep=" ", timespec="seconds") if at else ""


def export_cells(row: ActionTableRow, zone: ZoneInfo, *, inflight: bool) -> list[str]:
    """One exported row, before the formula guard."""
    cells = [str(row.id), _instant(row.created_at, zone), str(row.cadence_id), str(row.cadence_version),
             row.cadence_name, row.phone, row.contact_name, TYPE_LABELS[row.type],
             _instant(row.scheduled_at, zone),
             STATUS_LABELS[row.status], str(row.retry_count),
             retry_label(row.max_retries, row.min_between_s)]
    if not inflight:
        cells += [_instant(row.completed_at, zone), outcome_label(row.outcome)]
    return cells + [row.reason or ""]


class ActionExport(Service):
    def write(self, actor: Actor, where: ActionFilter, sort: ActionSort, out: TextIO,
              progress: Callable[[int], None] | None = None) -> int:
        """Write the filtered table to ``out`` (opened with ``newline=""``); return the row count."""
        require(actor, Permission.VIEW)
        check_sort(where, sort)
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(INFLIGHT_HEADERS if where.inflight else COMPLETED_HEADERS)
        written = 0
        with self._store.read() as uow:
            zone = ZoneInfo(uow.accounts.get(actor.account_id).timezone)
            for row in uow.action_table.iter_rows(actor.account_id, where, sort):
                writer.writerow([neutralise_cell(c) for c in export_cells(row, zone, inflight=where.inflight)])
                written += 1
                if progress is not None and written % PROGRESS_EVERY == 0:
                    progress(written)
        return written

    def to_file(self, actor: Actor, where: ActionFilter, sort: ActionSort, path: Path,
                progress: Callable[[int], None] | None = None) -> int:
        return replace_file(path, lambda out: self.write(actor, where, sort, out, progress))


def replace_file(path: Path, write: Callable[[TextIO], T]) -> T:
    """Write a CSV file through ``write`` into a temporary file beside ``path`` (UTF-8 with a
    byte-order mark, ``newline=""``), then put it in place: a failed export never leaves a
    half-written file where the previous one was."""
    path = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as out:
            written = write(out)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return written
