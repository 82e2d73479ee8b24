"""services.engine_batch: run changes are recorded typed, and only where the lifecycle
table allows them; an illegal one raises before anything is recorded."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

import pytest

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import (
    AccountId,
    ActionRunId,
    CadenceId,
    CadenceVersionId,
    ContactId,
    DispositionId,
    EnrollmentId,
)
from kixie_desktop.domain.run_changes import RunDispositioned, RunEnded, RunHeld, RunRetried
from kixie_desktop.domain.runs import ActionRun
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.engine.run_lifecycle import IllegalRunTransition, RunEvent
from kixie_desktop.services.execution.engine_batch import Batch
from kixie_desktop.services.execution.version_cache import VersionCache
from tests.engine.oracles import utc

NOW = utc(2026, 3, 2, 15)
CADENCE = CadenceId(3)


def run(status: ActionStatus, run_id: int = 7) -> ActionRun:
    return ActionRun(ActionRunId(run_id), AccountId(1), EnrollmentId(2), ContactId(4), CADENCE,
                     CadenceVersionId(5), 0, ActionType.SMS, status, "+15125550100", None, NOW, 0, 2, 60, 0)


def batch() -> Batch:
    # These methods record values only: no unit of work or account is touched.
    return Batch(cast(Any, None), NOW, cast(Any, None), VersionCache())


def test_changes_are_recorded_as_values() -> None:
    b = batch()
    b.hold(run(ActionStatus.SCHEDULED), "Cadence is turned off")
    b.retry(run(ActionStatus.SCHEDULED, 8), NOW + timedelta(minutes=5), 0, 1, "busy",
            current=ActionStatus.SENDING)
    b.finish(run(ActionStatus.SCHEDULED, 9), RunEvent.SENT, "sent", "Sent", current=ActionStatus.SENDING)
    b.finish(run(ActionStatus.PROCESSING, 10), RunEvent.MISSED, "missed", "nobody")
    assert b.changes == [
        RunHeld(ActionRunId(7), "Cadence is turned off"),
        RunRetried(ActionRunId(8), NOW + timedelta(minutes=5), 0, 1, "busy"),
        RunEnded(ActionRunId(9), ActionStatus.COMPLETED, "sent", "Sent", NOW),
        RunEnded(ActionRunId(10), ActionStatus.MISSED, "missed", "nobody", NOW),
    ]
    assert b.tasks == {CADENCE: 1}  # completed actions count as tasks run; a miss does not


@pytest.mark.parametrize(
    "record",
    [
        lambda b: b.hold(run(ActionStatus.SENDING), "held"),
        lambda b: b.defer(run(ActionStatus.PROCESSING), NOW, "later"),
        lambda b: b.claim_for_sending(run(ActionStatus.SENDING), "e1", NOW),
        lambda b: b.offer(run(ActionStatus.COMPLETED), NOW, "waiting"),
        lambda b: b.retry(run(ActionStatus.MISSED), NOW, 1, 1, "again"),
        lambda b: b.finish(run(ActionStatus.SENDING), RunEvent.CANCELLED, "cancelled", "stop"),
        # The run as claimed says scheduled: only the caller knows it is sending by now.
        lambda b: b.finish(run(ActionStatus.SCHEDULED), RunEvent.SENT, "sent", "Sent"),
        lambda b: b.dispositioned(run(ActionStatus.CANCELLED), DispositionId(1), "Connected", "Disposition"),
    ],
)
def test_an_illegal_change_raises_and_records_nothing(record: Any) -> None:
    b = batch()
    with pytest.raises(IllegalRunTransition):
        record(b)
    assert b.changes == [] and b.tasks == {} and b.events == []


def test_a_refused_forward_amends_the_recorded_end() -> None:
    b = batch()
    call = run(ActionStatus.PROCESSING)
    b.dispositioned(call, DispositionId(1), "Interested", "Disposition: Interested")
    b.hold(run(ActionStatus.SCHEDULED, 8), "other run")
    b.amend_reason(call, "Forward to cadence 9 refused: already enrolled")
    assert b.changes[0] == RunDispositioned(ActionRunId(7), DispositionId(1), "Interested",
                                            "Forward to cadence 9 refused: already enrolled", NOW)
    with pytest.raises(LookupError):
        b.amend_reason(run(ActionStatus.SCHEDULED, 8), "a hold is not an end")
