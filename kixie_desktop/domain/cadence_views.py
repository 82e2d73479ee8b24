"""Read models for the Cadences, Inflight and Completed tables and the editor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.cadence import CadenceDefinition
from kixie_desktop.domain.ids import CadenceId, CadenceVersionId


@dataclass(frozen=True)
class CadenceSummary:
    """One row of the Cadences table."""

    id: CadenceId
    name: str
    active: bool
    version: int
    actions: int
    disposition_rules: int
    invocations: int
    tasks_run: int
    last_triggered_at: datetime | None
    last_action_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class CadenceVersion:
    """A saved version, as the editor and the engine read it."""

    id: CadenceVersionId
    cadence_id: CadenceId
    version: int
    created_at: datetime
    definition: CadenceDefinition
