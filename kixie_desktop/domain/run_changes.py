"""The changes the engine, PowerCall and the per-lead controls write to action runs, as typed values.

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
class RunSendClaimed:
    """Status ``processing``: an SMS checked, its touch counted, leased to the engine that will
    send it until ``lease_expires_at``. It becomes ``sending`` only with its window, just before
    the hand-off (the run repository's ``start_sending``)."""

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
class RunUnclaimed:
    """A claimed SMS whose engine died before handing it over: ``scheduled`` again at
    ``due_at``, its lease ended. It never left, so sending it later is no duplicate."""

    run_id: ActionRunId
    due_at: datetime
    reason: str


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


@dataclass(frozen=True, slots=True)
class RunReleased:
    """No longer held; due at ``due_at`` (a paused lead resumed, or run now)."""

    run_id: ActionRunId
    due_at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class RunWithdrawn:
    """A claimed SMS or an offered call taken back by a pause: ``scheduled`` at ``due_at``,
    ``held`` when the pause has no end, its lease or prompt deadline ended."""

    run_id: ActionRunId
    due_at: datetime
    held: bool
    reason: str


@dataclass(frozen=True, slots=True)
class RunSentAgain:
    """An Unknown SMS a person chose to send again: ``scheduled`` at ``due_at`` under attempt
    ``attempt`` (a new idempotency key), no longer ended."""

    run_id: ActionRunId
    due_at: datetime
    attempt: int
    reason: str


RunChange = (RunHeld | RunDeferred | RunSendClaimed | RunOffered | RunRetried | RunLeaseTaken
             | RunUnclaimed | RunEnded | RunDispositioned | RunReleased | RunWithdrawn | RunSentAgain)
