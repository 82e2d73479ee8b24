"""The run repository writes each typed change to exactly its columns, on SQLite and
PostgreSQL, and a run changed twice in one batch ends as the later change says."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.ids import ActionRunId
from kixie_desktop.domain.run_changes import (
    RunChange,
    RunDeferred,
    RunDispositioned,
    RunEnded,
    RunHeld,
    RunLeaseTaken,
    RunOffered,
    RunRetried,
    RunSendStarted,
)
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.storage.models import ActionRunRow
from kixie_desktop.storage.database import Database
from tests.support.workspace import Workspace, build_workspace

COLUMNS = ("status", "held", "due_at", "reason", "outcome", "completed_at", "lease_owner", "lease_expires_at",
           "retry_count", "attempt", "disposition_id")


@pytest.fixture
def ws(database: Database) -> Workspace:
    return build_workspace(database)


def a_run(ws: Workspace) -> ActionRunId:
    cadence = ws.cadences.create(ws.manager, ws.definition()).cadence_id
    ws.cadences.set_active(ws.manager, cadence, True)
    ws.enrollment.enroll(
        ws.manager, cadence, NewContact(phone="+1 512 555 0100", first_name="Olivia"))
    with ws.db.read() as s:
        return ActionRunId(s.scalars(select(ActionRunRow.id)).one())


def columns(ws: Workspace, run_id: ActionRunId) -> dict[str, object]:
    with ws.db.read() as s:
        row = s.get(ActionRunRow, run_id)
        assert row is not None
        return {name: getattr(row, name) for name in COLUMNS}


def record(ws: Workspace, *changes: RunChange) -> None:
    with ws.store.write() as uow:
        uow.runs.record(list(changes))


def test_each_change_writes_its_columns_and_no_others(ws: Workspace) -> None:
    run = a_run(ws)
    now = ws.clock.now
    with ws.store.write() as uow:
        disposition = uow.dispositions.add(ws.admin.account_id, "Spoke to a human", 99).id
    expected = columns(ws, run)
    steps: list[tuple[RunChange, dict[str, object]]] = [
        (RunHeld(run, "Cadence is turned off"), {"held": True, "reason": "Cadence is turned off"}),
        (RunDeferred(run, now + timedelta(hours=3), "Outside target hours"),
         {"due_at": now + timedelta(hours=3), "reason": "Outside target hours"}),
        (RunSendStarted(run, "engine-1", now + timedelta(minutes=2), "Sending"),
         {"status": "sending", "lease_owner": "engine-1", "lease_expires_at": now + timedelta(minutes=2),
          "reason": "Sending"}),
        (RunLeaseTaken(run, "engine-2", now + timedelta(minutes=4)),
         {"lease_owner": "engine-2", "lease_expires_at": now + timedelta(minutes=4)}),
        (RunRetried(run, now + timedelta(minutes=1), 0, 1, "SMS gateway busy; retry 2"),
         {"status": "scheduled", "due_at": now + timedelta(minutes=1), "retry_count": 0, "attempt": 1,
          "lease_owner": None, "lease_expires_at": None, "reason": "SMS gateway busy; retry 2"}),
        (RunOffered(run, now + timedelta(seconds=30), "Waiting for the contact owner to accept"),
         {"status": "processing", "lease_expires_at": now + timedelta(seconds=30),
          "reason": "Waiting for the contact owner to accept"}),
        (RunDispositioned(run, disposition, "Connected", "Disposition: Connected", now),
         {"status": "completed", "outcome": "Connected", "reason": "Disposition: Connected",
          "completed_at": now, "lease_owner": None, "lease_expires_at": None, "disposition_id": disposition}),
        (RunEnded(run, ActionStatus.UNKNOWN, "unknown", "Cannot tell", now + timedelta(seconds=1)),
         {"status": "unknown", "outcome": "unknown", "reason": "Cannot tell",
          "completed_at": now + timedelta(seconds=1)}),
    ]
    for change, written in steps:
        record(ws, change)
        expected.update(written)
        assert columns(ws, run) == expected, type(change).__name__


@pytest.mark.parametrize("held_first", [True, False])
def test_a_run_changed_twice_ends_as_the_later_change_says(ws: Workspace, held_first: bool) -> None:
    run = a_run(ws)
    later = ws.clock.now + timedelta(hours=1)
    held, deferred = RunHeld(run, "Enrollment paused"), RunDeferred(run, later, "Outside target hours")
    record(ws, *((held, deferred) if held_first else (deferred, held)))
    assert columns(ws, run)["reason"] == ("Outside target hours" if held_first else "Enrollment paused")
    # Twice through the same statement: on PostgreSQL a second round of the set-based UPDATE.
    record(ws, RunDeferred(run, later, "first"), RunDeferred(run, later + timedelta(hours=1), "second"))
    assert (columns(ws, run)["due_at"], columns(ws, run)["reason"]) == (later + timedelta(hours=1), "second")
