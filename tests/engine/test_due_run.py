"""engine.due_run: what becomes of a due run, decided from values and a fixed ``now``."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import AccountId, CadenceId, CadenceVersionId, ContactId, EnrollmentId
from kixie_desktop.domain.runs import Enrollment
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.engine.due_run import (
    Cancel,
    Defer,
    DueRunDecision,
    Hold,
    Offer,
    Send,
    Skip,
    decide_due,
    moved_past,
)
from kixie_desktop.engine.due_time import Blocked, DueDecision
from tests.engine.oracles import utc

NOW = utc(2025, 3, 10, 15, 30)
LATER = NOW + timedelta(hours=2)
ACTIVE = Enrollment(EnrollmentId(1), AccountId(1), ContactId(1), CadenceId(1), CadenceVersionId(1), None,
                    EnrollmentState.ACTIVE, 0, NOW - timedelta(days=1))
READY = DueDecision(NOW, "", Blocked.READY)
SMS, CALL = ActionType.SMS, ActionType.CALL


def paused(until: datetime | None, by: str | None = None) -> Enrollment:
    return replace(ACTIVE, state=EnrollmentState.PAUSED, paused_until=until, paused_by=by)


class Check:
    """The costly check, counting its calls: the cheap gates must not pay for it."""

    def __init__(self, answer: DueDecision) -> None:
        self.answer, self.calls = answer, 0

    def __call__(self) -> DueDecision:
        self.calls += 1
        return self.answer


@pytest.mark.parametrize(
    ("enrollment", "active", "answer", "run_type", "expected", "checked"),
    [
        # Ended enrollments cancel their runs, whatever else holds.
        *[(replace(ACTIVE, state=state), True, READY, SMS, Cancel(f"Enrollment {state.value}"), False)
          for state in EnrollmentState if not state.is_open],
        # Who paused it and until when, in the account's zone (Chicago: UTC-5 in March 2025).
        (paused(None, "Sam Supervisor"), True, READY, SMS, Hold("Paused by Sam Supervisor"), False),
        (paused(LATER, "Sam Supervisor"), True, READY, CALL,
         Defer(LATER, "Paused by Sam Supervisor until Mar 10, 12:30"), False),
        # A pause nobody made is the cadence's reply rule's.
        (paused(LATER), True, READY, SMS, Defer(LATER, "Paused after the contact replied until Mar 10, 12:30"),
         False),
        # A pause that ended at (or before) now is lifted, and the run goes on through the checks.
        (paused(NOW), True, READY, SMS, Send(ends_pause=True), True),
        (paused(NOW - timedelta(minutes=1)), True, READY, CALL, Offer(ends_pause=True), True),
        (paused(NOW), False, READY, SMS, Hold("Cadence is turned off", ends_pause=True), False),
        (ACTIVE, False, READY, SMS, Hold("Cadence is turned off"), False),
        (ACTIVE, True, DueDecision(None, "Do Not Call", Blocked.DNC), CALL, Skip("Do Not Call"), True),
        (ACTIVE, True, DueDecision(None, "Opted out of SMS", Blocked.OPTED_OUT), SMS,
         Skip("Opted out of SMS"), True),
        (paused(NOW), True, DueDecision(None, "Do Not Call", Blocked.DNC), CALL,
         Skip("Do Not Call", ends_pause=True), True),
        (ACTIVE, True, DueDecision(None, "Time zone unknown", Blocked.TIMEZONE_UNKNOWN), SMS,
         Hold("Time zone unknown"), True),
        (ACTIVE, True, DueDecision(None, "Never open", Blocked.NEVER_OPEN), CALL,
         Hold("Never open"), True),
        (ACTIVE, True, DueDecision(LATER, "Outside target hours", Blocked.WAITING), SMS,
         Defer(LATER, "Outside target hours"), True),
        (paused(NOW), True, DueDecision(LATER, "Harassment rule", Blocked.WAITING), SMS,
         Defer(LATER, "Harassment rule", ends_pause=True), True),
        (ACTIVE, True, READY, SMS, Send(), True),
        (ACTIVE, True, READY, CALL, Offer(), True),
        (ACTIVE, True, DueDecision(NOW - timedelta(seconds=1), "", Blocked.READY), SMS, Send(), True),
    ],
)
def test_due_run_decision(enrollment: Enrollment, active: bool, answer: DueDecision, run_type: ActionType,
                          expected: DueRunDecision, checked: bool) -> None:
    check = Check(answer)
    assert decide_due(run_type, enrollment, active, check, NOW, zone="America/Chicago") == expected
    assert check.calls == (1 if checked else 0)



@pytest.mark.parametrize(
    ("enrollment", "expected", "checked"),
    [
        # The cadence completed after the text went Unknown: sending it again still goes.
        (replace(ACTIVE, state=EnrollmentState.COMPLETED), Send(), True),
        (replace(ACTIVE, current_step=2), Send(), True),
        # A lead stopped, forwarded or unenrolled since is sent nothing.
        *[(replace(ACTIVE, state=state), Cancel(f"Enrollment {state.value}"), False)
          for state in (EnrollmentState.STOPPED, EnrollmentState.FORWARDED, EnrollmentState.CANCELLED)],
        # Paused: it waits like any other action of the lead.
        (replace(paused(None, "Sam Supervisor"), current_step=2), Hold("Paused by Sam Supervisor"), False),
    ],
)
def test_an_unknown_text_sent_again(enrollment: Enrollment, expected: DueRunDecision, checked: bool) -> None:
    check = Check(READY)
    assert decide_due(SMS, enrollment, True, check, NOW, zone="America/Chicago", resend=True) == expected
    assert check.calls == (1 if checked else 0)


@pytest.mark.parametrize(
    ("step", "enrollment", "expected"),
    [
        (0, ACTIVE, False),  # the step it is at
        (1, replace(ACTIVE, current_step=1), False),
        (0, replace(ACTIVE, current_step=1), True),  # it moved on after the text went Unknown
        (1, replace(ACTIVE, state=EnrollmentState.COMPLETED, current_step=1), True),  # its last step
        (1, replace(ACTIVE, state=EnrollmentState.CANCELLED, current_step=1), False),
    ],
)
def test_moved_past(step: int, enrollment: Enrollment, expected: bool) -> None:
    assert moved_past(step, enrollment) is expected
