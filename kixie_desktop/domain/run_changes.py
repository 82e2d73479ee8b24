"""The changes the engine and PowerCall write to action runs, as typed values.

One class per kind of write: the run repository maps each to its own bulk
statement, so the columns a change touches are chosen in one place (the adapter)
and a service cannot misspell one. Which change is legal from which status is the
lifecycle table's business (``engine/run_lifecycle.py``); the code that records a
change has already asked it, so these carry the resulting status where it varies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.ids import ActionRunId, DispositionId
from kixie_desktop.domain.statuses import ActionStatus


@dataclass(frozen=True, slots=True)
class RunHeld:
    """Kept, not run, until something releases it."""

    run_id: ActionRunId
    reason: str


@dataclass(frozen=True, slots=True)
class RunDeferred:
    run_id: ActionRunId
    due_at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class RunSendStarted:
    """Status ``sending``, leased to the engine handing the SMS over until ``lease_expires_at``."""

    run_id: ActionRunId
    lease_owner: str
    lease_expires_at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class RunOffered:
    """Status ``processing``: call prompts are out until ``deadline``."""

    run_id: ActionRunId
    deadline: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class RunRetried:
    """Back to ``scheduled`` for attempt ``attempt`` at ``due_at``; any lease ends."""

    run_id: ActionRunId
    due_at: datetime
    retry_count: int
    attempt: int
    reason: str


@dataclass(frozen=True, slots=True)
class RunLeaseTaken:
    """A ``sending`` run whose engine died, taken over while the gateway is asked about it."""

    run_id: ActionRunId
    lease_owner: str
    lease_expires_at: datetime


@dataclass(frozen=True, slots=True)
class RunEnded:
    """A final ``status`` at ``at`` (completed, missed, failed, skipped, cancelled, unknown)."""

    run_id: ActionRunId
    status: ActionStatus
    outcome: str
    reason: str
    at: datetime


@dataclass(frozen=True, slots=True)
class RunDispositioned:
    """A call action completed by its agent's disposition."""

    run_id: ActionRunId
    disposition_id: DispositionId
    outcome: str
    reason: str
    at: datetime


RunChange = (RunHeld | RunDeferred | RunSendStarted | RunOffered | RunRetried | RunLeaseTaken
             | RunEnded | RunDispositioned)
