"""Analytics as values: what a supervisor asks for — one cadence, whole days in the account's
time zone, everyone or one agent — and the figures that come back: the step funnel, the
disposition mix and connect rate, speed to lead, what became of the texts, and each agent's
calls, connects, talk time and wrap-up time (docs/analytics.md says what each one counts).

The storage port hands over grouped counts and sums (``StepCount``, ``DispositionCount``,
``LeadTimes``, ``SmsFigures``, ``AgentFigures``); the functions here turn them into what
people read (``funnel``, the rates and averages). Durations are seconds, as floats.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from kixie_desktop.domain.action_labels import TYPE_LABELS
from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import AccountId, CadenceId, DispositionId, UserId
from kixie_desktop.domain.statuses import EnrollmentState

# The longest range one question may cover: a few years of history is what anyone compares.
MAX_DAYS = 3 * 366


@dataclass(frozen=True)
class AnalyticsQuery:
    """What the Analytics tab asks: ``first_day`` to ``last_day``, both included, as calendar
    days in the account's zone; ``agent_id`` None means everyone (an agent always gets their own)."""

    cadence_id: CadenceId
    first_day: date
    last_day: date
    agent_id: UserId | None = None


def day_range(first_day: date, last_day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The instants (UTC) from the start of ``first_day`` up to, not including, the start of the
    day after ``last_day``, in ``zone``. A day that starts in a DST gap starts when the clocks
    jump (a missing midnight is read with the offset before the change, which lands there)."""
    if last_day < first_day:
        raise ValidationError("the last day comes before the first", field="dates")
    if (last_day - first_day).days >= MAX_DAYS:
        raise ValidationError(f"at most {MAX_DAYS:,} days at once", field="dates")
    if last_day >= date.max:
        raise ValidationError("pick a day before the year 9999", field="dates")
    start = datetime.combine(first_day, time(0), zone)
    end = datetime.combine(last_day + timedelta(days=1), time(0), zone)
    return start.astimezone(timezone.utc), end.astimezone(timezone.utc)


@dataclass(frozen=True)
class AnalyticsScope:
    """What the storage port aggregates over: one cadence of one account, ``[since, until)``,
    and either everyone (``agent_id`` None) or one agent's leads and calls."""

    account_id: AccountId
    cadence_id: CadenceId
    since: datetime
    until: datetime
    agent_id: UserId | None = None


# -- what the storage port answers ----------------------------------------------------------

@dataclass(frozen=True)
class StepCount:
    """How many leads enrolled in the range stand at ``step`` (0-based) in ``state``."""

    step: int
    state: EnrollmentState
    leads: int


@dataclass(frozen=True)
class DispositionCount:
    """Calls saved with one disposition; the flag is the disposition's as it is now."""

    disposition_id: DispositionId
    name: str
    counts_as_connected: bool
    calls: int


@dataclass(frozen=True)
class LeadTimes:
    """Speed to lead over the leads enrolled in the range that were touched: how many, and the
    median and 90th percentile (linear interpolation, as PostgreSQL's ``percentile_cont``) of
    enrollment → first touch."""

    touched: int
    median_s: float | None
    p90_s: float | None


@dataclass(frozen=True)
class SmsFigures:
    sent: int = 0
    failed: int = 0
    unknown: int = 0
    opted_out: int = 0


@dataclass(frozen=True)
class AgentFigures:
    """One agent's dispositioned calls: ``talk_s`` summed over the ``talked`` calls that were
    answered (call connected to hang-up), ``wrap_up_s`` over the ``wrapped`` calls whose end is
    known (hang-up to the disposition saved)."""

    user_id: UserId
    name: str
    calls: int
    connects: int
    talk_s: float
    talked: int
    wrap_up_s: float
    wrapped: int

    @property
    def connect_rate(self) -> float | None:
        return rate(self.connects, self.calls)

    @property
    def average_talk_s(self) -> float | None:
        return self.talk_s / self.talked if self.talked else None

    @property
    def average_wrap_up_s(self) -> float | None:
        return self.wrap_up_s / self.wrapped if self.wrapped else None


def rate(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide (no calls is not 0 %)."""
    return part / whole if whole else None


# -- what people read -------------------------------------------------------------------------

@dataclass(frozen=True)
class FunnelStep:
    number: int  # 1-based, as the editor numbers actions
    type: ActionType | None  # None: a step an older version had and the current one has not
    reached: int

    @property
    def label(self) -> str:
        return f"Step {self.number} · {TYPE_LABELS[self.type]}" if self.type else f"Step {self.number}"


@dataclass(frozen=True)
class Funnel:
    """Leads enrolled in the range, how far each got, and how the finished ones ended.
    ``enrolled = in_progress + completed + stopped + forwarded + unenrolled``."""

    enrolled: int
    steps: tuple[FunnelStep, ...]
    completed: int
    stopped: int
    forwarded: int
    in_progress: int  # active or paused
    unenrolled: int  # taken out by a person, or their cadence deleted

    def stages(self) -> list[tuple[str, int]]:
        """The bars, top to bottom: Enrolled, each step reached, then each way of ending."""
        return ([("Enrolled", self.enrolled)] + [(s.label, s.reached) for s in self.steps]
                + [("Completed", self.completed), ("Stopped", self.stopped), ("Forwarded", self.forwarded)])


def funnel(counts: Iterable[StepCount], step_types: Sequence[ActionType]) -> Funnel:
    """A lead at step k has reached steps 1 … k+1: the cadence moves a lead on by scheduling
    its next action, so the step it stands at is the furthest it got, whatever its state."""
    counts = list(counts)
    by_state = {s: 0 for s in EnrollmentState}
    at_step: dict[int, int] = {}
    for c in counts:
        by_state[c.state] += c.leads
        at_step[c.step] = at_step.get(c.step, 0) + c.leads
    depth = max([len(step_types), *(s + 1 for s in at_step)])
    steps = []
    for k in range(depth):
        reached = sum(n for s, n in at_step.items() if s >= k)
        steps.append(FunnelStep(k + 1, step_types[k] if k < len(step_types) else None, reached))
    return Funnel(
        enrolled=sum(by_state.values()), steps=tuple(steps),
        completed=by_state[EnrollmentState.COMPLETED], stopped=by_state[EnrollmentState.STOPPED],
        forwarded=by_state[EnrollmentState.FORWARDED],
        in_progress=by_state[EnrollmentState.ACTIVE] + by_state[EnrollmentState.PAUSED],
        unenrolled=by_state[EnrollmentState.CANCELLED])


@dataclass(frozen=True)
class DispositionMix:
    """Dispositioned calls by outcome, in the account's disposition order."""

    rows: tuple[DispositionCount, ...]

    @property
    def calls(self) -> int:
        return sum(r.calls for r in self.rows)

    @property
    def connects(self) -> int:
        return sum(r.calls for r in self.rows if r.counts_as_connected)

    @property
    def connect_rate(self) -> float | None:
        return rate(self.connects, self.calls)


@dataclass(frozen=True)
class SpeedToLead:
    enrolled: int
    touched: int
    median_s: float | None
    p90_s: float | None

    @property
    def untouched(self) -> int:
        return self.enrolled - self.touched


@dataclass(frozen=True)
class CadenceFigures:
    """Everything the Analytics tab shows for one question, and what it was asked over."""

    query: AnalyticsQuery
    cadence_name: str
    zone: str
    since: datetime
    until: datetime
    # Whose figures: None for everyone, else the one agent's (an agent's own, always).
    agent_name: str | None
    funnel: Funnel
    dispositions: DispositionMix
    speed_to_lead: SpeedToLead
    sms: SmsFigures
    agents: tuple[AgentFigures, ...]

    @property
    def whose(self) -> str:
        return "Everyone" if self.agent_name is None else self.agent_name


def duration_words(seconds: float | None) -> str:
    """'—' (nothing to measure), '42 s', '4 min 05 s', '2 h 05 min', '3 d 4 h': the two
    largest units, rounded to the second."""
    if seconds is None:
        return "—"
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60:02d} s"
    if s < 86400:
        return f"{s // 3600} h {s % 3600 // 60:02d} min"
    return f"{s // 86400} d {s % 86400 // 3600} h"


def percent_words(value: float | None) -> str:
    """'37.5 %', or '—' when there was nothing to count."""
    return "—" if value is None else f"{value * 100:.1f} %"
