"""Retry decisions: what happens after an unanswered call prompt (SPEC §3) or a transient SMS gateway error.

Both return decision objects instead of acting, in the manner of APScheduler's
retry policies, so the runner that applies them and the tests that check them
share one rule. The rescheduled instant is a "not before": the caller runs it
through ``due_time.compute_due`` again, because hours and limits still apply to
a retry. Back-off carries no random jitter: each message retries on its own
schedule, so there is no herd to spread, and a deterministic rule is testable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kixie_desktop.domain.wording import plural


def _aware(at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"naive datetime {at!r}: pass an aware UTC instant")


class Unanswered(StrEnum):
    """Why a call prompt produced no call."""

    PROMPT_TIMEOUT = "prompt_timeout"  # offered, nobody accepted in time
    NO_AGENT = "no_agent"  # nobody available to offer it to


@dataclass(frozen=True)
class Reschedule:
    not_before: datetime
    retry_count: int
    reason: str  # e.g. "Waiting for an available agent (attempt 2 of 4)"


@dataclass(frozen=True)
class Missed:
    reason: str


def _cause_text(cause: Unanswered) -> str:
    if cause is Unanswered.NO_AGENT:
        return "no agent was available"
    return "no agent accepted the call prompt"


def on_prompt_unanswered(
    retry_count: int,
    max_retries: int,
    min_between: timedelta,
    now: datetime,
    cause: Unanswered = Unanswered.PROMPT_TIMEOUT,
) -> Reschedule | Missed:
    """Decide the fate of a call action whose prompt went unanswered at ``now``.

    ``retry_count`` is how many retries were already used (0 on the first try);
    ``max_retries`` is the action's "attempts" when Retry is Yes, else 0. Attempts
    are numbered from 1, so with 3 retries there are 4 attempts in all.
    """
    _aware(now)
    if retry_count < 0 or max_retries < 0:
        raise ValueError("retry counts cannot be negative")
    if min_between < timedelta(0):
        raise ValueError("min_between cannot be negative")
    total = max_retries + 1
    if retry_count >= max_retries:
        return Missed(f"Target rep unavailable: {_cause_text(cause)} (attempt {retry_count + 1} of {total})")
    nxt = retry_count + 1
    return Reschedule(
        not_before=now + min_between,
        retry_count=nxt,
        reason=f"Waiting for an available agent (attempt {nxt + 1} of {total})",
    )


@dataclass(frozen=True)
class SmsRetryPolicy:
    """Exponential back-off for transient gateway errors: base * factor**(n-1), capped."""

    base: timedelta = timedelta(seconds=30)
    factor: float = 2.0
    cap: timedelta = timedelta(minutes=30)
    max_attempts: int = 6

    def __post_init__(self) -> None:
        if self.base <= timedelta(0) or self.cap < self.base:
            raise ValueError("back-off needs 0 < base <= cap")
        if self.factor < 1:
            raise ValueError("back-off factor must be at least 1")
        if self.max_attempts < 1:
            raise ValueError("at least one attempt is needed")

    def delay(self, attempt: int) -> timedelta:
        """Wait after failed attempt number ``attempt`` (1-based)."""
        if attempt < 1:
            raise ValueError("attempts are numbered from 1")
        # Compare logarithms: factor**n overflows a float long before a large attempt count.
        ratio = self.cap / self.base
        if self.factor > 1 and (attempt - 1) * math.log(self.factor) >= math.log(ratio):
            return self.cap
        return min(self.cap, self.base * self.factor ** (attempt - 1))


@dataclass(frozen=True)
class RetrySend:
    at: datetime
    attempt: int  # the number of the attempt to make at ``at`` (1-based)


@dataclass(frozen=True)
class GiveUp:
    reason: str


def on_sms_transient_error(
    attempt: int, now: datetime, policy: SmsRetryPolicy = SmsRetryPolicy(), error: str = ""
) -> RetrySend | GiveUp:
    """Decide what follows failed send attempt number ``attempt`` (1-based) at ``now``."""
    _aware(now)
    if attempt < 1:
        raise ValueError("attempts are numbered from 1")
    if attempt >= policy.max_attempts:
        detail = f": {error}" if error else ""
        return GiveUp(f"Not sent after {plural(attempt, 'attempt')}{detail}")
    return RetrySend(at=now + policy.delay(attempt), attempt=attempt + 1)
