"""engine.retry: unanswered prompts and SMS back-off, as decisions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from kixie_desktop.engine.retry import (
    GiveUp,
    Missed,
    Reschedule,
    RetrySend,
    SmsRetryPolicy,
    Unanswered,
    on_prompt_unanswered,
    on_sms_transient_error,
)
from tests.engine.oracles import utc

NOW = utc(2025, 3, 10, 15)


@pytest.mark.parametrize(
    ("retry_count", "max_retries", "expected"),
    [
        (0, 3, Reschedule(NOW + timedelta(minutes=10), 1, "Waiting for an available agent (attempt 2 of 4)")),
        (2, 3, Reschedule(NOW + timedelta(minutes=10), 3, "Waiting for an available agent (attempt 4 of 4)")),
        (3, 3, Missed("Target rep unavailable: no agent accepted the call prompt (attempt 4 of 4)")),
        (0, 0, Missed("Target rep unavailable: no agent accepted the call prompt (attempt 1 of 1)")),
    ],
)
def test_unanswered_prompt(retry_count: int, max_retries: int, expected: object) -> None:
    assert on_prompt_unanswered(retry_count, max_retries, timedelta(minutes=10), NOW) == expected


def test_no_agent_reason_and_bad_input() -> None:
    got = on_prompt_unanswered(0, 0, timedelta(0), NOW, Unanswered.NO_AGENT)
    assert got == Missed("Target rep unavailable: no agent was available (attempt 1 of 1)")
    with pytest.raises(ValueError):
        on_prompt_unanswered(-1, 3, timedelta(0), NOW)
    with pytest.raises(ValueError, match="naive"):
        on_prompt_unanswered(0, 3, timedelta(0), datetime(2025, 3, 10))


def test_sms_backoff_doubles_to_the_cap_then_gives_up() -> None:
    delays = []
    attempt = 1
    while True:
        decision = on_sms_transient_error(attempt, NOW, error="503 from gateway")
        if isinstance(decision, GiveUp):
            break
        assert isinstance(decision, RetrySend) and decision.attempt == attempt + 1
        delays.append(decision.at - NOW)
        attempt = decision.attempt
    assert [d.total_seconds() for d in delays] == [30, 60, 120, 240, 480]
    assert attempt == 6 and decision.reason == "Not sent after 6 attempts: 503 from gateway"


def test_policy_is_a_parameter() -> None:
    policy = SmsRetryPolicy(base=timedelta(minutes=1), factor=10, cap=timedelta(minutes=30), max_attempts=50)
    assert [policy.delay(n) for n in (1, 2, 3, 40)] == [
        timedelta(minutes=1), timedelta(minutes=10), timedelta(minutes=30), timedelta(minutes=30),
    ]
    with pytest.raises(ValueError):
        SmsRetryPolicy(base=timedelta(0))
    with pytest.raises(ValueError):
        SmsRetryPolicy(max_attempts=0)
