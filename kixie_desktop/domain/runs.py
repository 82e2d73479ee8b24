"""Enrollments and action runs as the engine and the tables see them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import (
    AccountId,
    ActionRunId,
    CadenceId,
    CadenceVersionId,
    ContactId,
    EnrollmentId,
    UserId,
)
from kixie_desktop.domain.statuses import ActionStatus, EnrollmentState


@dataclass(frozen=True)
class Enrollment:
    id: EnrollmentId
    account_id: AccountId
    contact_id: ContactId
    cadence_id: CadenceId
    version_id: CadenceVersionId
    owner_id: UserId | None
    state: EnrollmentState
    current_step: int
    created_at: datetime
    paused_until: datetime | None = None
    # Who paused it, by name as it was then (like the audit log); None for a reply's pause.
    paused_by: str | None = None
    # The first call dialled or text sent to the lead by this enrollment (speed to lead).
    first_touch_at: datetime | None = None


@dataclass(frozen=True)
class ActionRun:
    """One scheduled action of an enrollment: a row of the Inflight or Completed table."""

    id: ActionRunId
    account_id: AccountId
    enrollment_id: EnrollmentId
    contact_id: ContactId
    cadence_id: CadenceId
    version_id: CadenceVersionId
    step: int
    type: ActionType
    status: ActionStatus
    target_phone: str
    owner_id: UserId | None
    due_at: datetime
    retry_count: int
    max_retries: int
    min_between_s: int
    attempt: int
    reason: str | None = None
    accepted_by: UserId | None = None

    @property
    def idempotency_key(self) -> str:
        """Stable for one attempt of one run: a retry after a crash reuses it."""
        return f"kx-ar{self.id}-a{self.attempt}"


@dataclass(frozen=True)
class NewRun:
    """An action run to insert (the next step of an enrollment, or a forward's first)."""

    account_id: AccountId
    enrollment_id: EnrollmentId
    contact_id: ContactId
    cadence_id: CadenceId
    version_id: CadenceVersionId
    step: int
    type: ActionType
    target_phone: str
    owner_id: UserId | None
    due_at: datetime
    reason: str
    max_retries: int
    min_between_s: int
    status: ActionStatus = ActionStatus.SCHEDULED
    held: bool = False


@dataclass(frozen=True)
class OutboxEvent:
    """A webhook event to deliver (SPEC §7): written in the same transaction as its cause."""

    event_type: str
    payload: dict[str, Any]
    contact_id: ContactId | None = None
