"""Action runs as lists show them: the HTTP API's item, the supervisors' Inflight and
Completed table row, and the filter, sort and keyset cursor those lists are read with.

Plain values: the table port (``services/ports/action_table.py``) and the API's page port
take and return them, and the GUI builds filters and reads rows without knowing either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import ActionRunId, CadenceId, ContactId, EnrollmentId, UserId
from kixie_desktop.domain.statuses import ActionStatus, EnrollmentState


@dataclass(frozen=True)
class ActionListItem:
    """One action run as the API lists it (Inflight or Completed)."""

    id: ActionRunId
    enrollment_id: EnrollmentId
    contact_id: ContactId
    cadence_id: CadenceId
    cadence_version: int
    step: int
    type: ActionType
    status: ActionStatus
    phone: str
    owner_id: UserId | None
    created_at: datetime
    scheduled_at: datetime
    completed_at: datetime | None
    reason: str | None
    outcome: str | None
    retry_count: int
    max_retries: int
    attempt: int
    held: bool


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
    """One row of the Inflight or Completed table: the API's item plus what the tables show.

    ``contact_name`` is the contact's first and last name as saved, "" when it has none;
    ``enrollment_state`` says what a person can still do to the lead (pause, resume...)."""

    cadence_name: str
    min_between_s: int
    contact_name: str
    enrollment_state: EnrollmentState
