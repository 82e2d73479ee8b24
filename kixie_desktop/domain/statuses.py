"""States of enrollments and action runs.

Which status an action run may move to from which is one table, ``TRANSITIONS`` in
``engine/run_lifecycle.py``; the engine, PowerCall and the run repository's guards all
read it.
"""

from __future__ import annotations

from enum import StrEnum


class EnrollmentState(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    STOPPED = "stopped"
    FORWARDED = "forwarded"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self in (EnrollmentState.ACTIVE, EnrollmentState.PAUSED)


class ActionStatus(StrEnum):
    SCHEDULED = "scheduled"
    PROCESSING = "processing"
    SENDING = "sending"  # SMS handed to the gateway; result not yet recorded
    COMPLETED = "completed"
    MISSED = "missed"
    FAILED = "failed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"

    @property
    def is_inflight(self) -> bool:
        return self in INFLIGHT


INFLIGHT = frozenset({ActionStatus.SCHEDULED, ActionStatus.PROCESSING, ActionStatus.SENDING})
FINAL = frozenset(ActionStatus) - INFLIGHT
