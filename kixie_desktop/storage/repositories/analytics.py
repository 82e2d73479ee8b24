"""The Analytics tab's figures over SQLAlchemy: one cadence, one date range, every figure a
grouped aggregate the database computes from an index (docs/analytics.md), none of them a
scan of the action runs or enrollments.

- The funnel reads the cadence's leads enrolled in the range from
  ``ix_enrollments_cadence_created`` alone: a count per step, split by state.
- Speed to lead is the enrollments' ``first_touch_s``. PostgreSQL has ``percentile_cont``.
  SQLite has no percentile function: the touched leads are counted, and the two values either
  side of each percentile's position are read at that position (``ORDER BY … LIMIT 2 OFFSET
  k``) from ``ix_enrollments_cadence_speed``, which holds a cadence's touched leads in order
  of their speed — read in order, never sorted — then interpolated as ``percentile_cont``
  does. Python reads four numbers.
- The disposition mix and the agents read the cadence's dispositioned calls by the day the
  disposition was saved (``ix_action_runs_dispositioned``; the mix from the index alone); the
  agents' talk and wrap-up time are summed from each call's record (found by
  ``ix_call_records_action_run_id``), which keeps them in seconds as the call ends and the
  disposition is saved.
- The texts' counts read the cadence's finished SMS runs of each status by their end
  (``ix_action_runs_texts``), those not sent because the lead opted out from
  ``ix_action_runs_opted_out`` — each predicate spelled as its partial index spells it, so
  SQLite can use it.
"""

from __future__ import annotations

import math
from typing import Any

from sqlalchemy import and_, func, literal_column, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from kixie_desktop.domain.analytics import (
    AgentFigures,
    AnalyticsScope,
    DispositionCount,
    LeadTimes,
    SmsFigures,
    StepCount,
)
from kixie_desktop.domain.ids import DispositionId, UserId
from kixie_desktop.domain.statuses import ActionStatus, EnrollmentState
from kixie_desktop.storage.database import is_postgres
from kixie_desktop.storage.indexed_by import indexed_by
from kixie_desktop.storage.models import ActionRunRow, CallRecordRow, DispositionRow, EnrollmentRow, UserRow
from kixie_desktop.storage.models.runtime import FINAL_PREDICATE, OPTED_OUT_PREDICATE

_PERCENTILES = (0.5, 0.9)
_TEXT_STATUSES = (ActionStatus.COMPLETED.value, ActionStatus.FAILED.value, ActionStatus.UNKNOWN.value)


def _cohort(scope: AnalyticsScope, e: Any = EnrollmentRow.__table__.c) -> list[ColumnElement[bool]]:
    """The cadence's leads enrolled in the range (an agent's: those they own). The cadence is
    the account's: the service checked it."""
    where = [e.cadence_id == scope.cadence_id, e.created_at >= scope.since, e.created_at < scope.until]
    if scope.agent_id is not None:
        where.append(e.owner_id == scope.agent_id)
    return where


def _dispositioned(scope: AnalyticsScope) -> list[ColumnElement[bool]]:
    """The cadence's calls whose disposition was saved in the range (an agent's: theirs)."""
    r = ActionRunRow
    where = [r.disposition_id.is_not(None), r.cadence_id == scope.cadence_id,
             r.completed_at >= scope.since, r.completed_at < scope.until]
    if scope.agent_id is not None:
        where.append(r.accepted_by == scope.agent_id)
    return where


def _ended(scope: AnalyticsScope) -> list[ColumnElement[bool]]:
    """The cadence's runs that ended in the range (an agent's: those sent as them)."""
    r = ActionRunRow
    where = [r.cadence_id == scope.cadence_id, r.completed_at >= scope.since, r.completed_at < scope.until]
    if scope.agent_id is not None:
        where.append(r.owner_id == scope.agent_id)
    return where


def _ms(seconds: float | None) -> float | None:
    """To the millisecond, as durations are stored: sums and interpolations add float noise."""
    return None if seconds is None else round(float(seconds), 3)


def interpolate(values: dict[int, float], count: int, fraction: float) -> float:
    """``percentile_cont(fraction)`` from the sorted values at the positions either side of
    ``fraction * (count - 1)`` (0-based)."""
    position = fraction * (count - 1)
    low = math.floor(position)
    high = min(low + 1, count - 1)
    return values[low] + (values[high] - values[low]) * (position - low)


class SqlAnalytics:
    def __init__(self, session: Session) -> None:
        self._s = session

    def lead_steps(self, scope: AnalyticsScope) -> list[StepCount]:
        e = EnrollmentRow
        # One group per step, a count per state: grouping by both costs SQLite twice as much.
        states = list(EnrollmentState)
        query = (select(e.current_step, *(func.count().filter(e.state == s.value) for s in states))
                 .where(*_cohort(scope)).group_by(e.current_step))
        return [StepCount(row[0], state, n) for row in self._s.execute(query)
                for state, n in zip(states, row[1:], strict=True) if n]

    def speed_to_lead(self, scope: AnalyticsScope) -> LeadTimes:
        e = EnrollmentRow
        touched = [*_cohort(scope), e.first_touch_s.is_not(None)]
        if is_postgres(self._s):
            count, median, p90 = self._s.execute(select(
                func.count(), *(func.percentile_cont(f).within_group(e.first_touch_s) for f in _PERCENTILES)
            ).where(*touched)).one()
            return LeadTimes(count, _ms(median), _ms(p90))
        count = self._s.execute(select(func.count()).where(*touched)).scalar_one()
        if not count:
            return LeadTimes(0, None, None)
        leads = indexed_by(EnrollmentRow.__table__, "ix_enrollments_cadence_speed")  # type: ignore[arg-type]
        speed = leads.c.first_touch_s
        values: dict[int, float] = {}
        for fraction in _PERCENTILES:
            low = math.floor(fraction * (count - 1))
            read = (select(speed).select_from(leads).where(speed.is_not(None), *_cohort(scope, leads.c))
                    .order_by(speed).limit(2).offset(low))
            for n, value in enumerate(self._s.execute(read).scalars()):
                values[low + n] = value
        median, p90 = (interpolate(values, count, f) for f in _PERCENTILES)
        return LeadTimes(count, _ms(median), _ms(p90))

    def dispositions(self, scope: AnalyticsScope) -> list[DispositionCount]:
        r, d = ActionRunRow, DispositionRow
        grouped = (select(r.disposition_id, func.count().label("calls")).where(*_dispositioned(scope))
                   .group_by(r.disposition_id).subquery())
        query = (select(d.id, d.name, d.counts_as_connected, grouped.c.calls)
                 .join(grouped, grouped.c.disposition_id == d.id).order_by(d.position, d.id))
        return [DispositionCount(DispositionId(i), name, bool(connected), calls)
                for i, name, connected, calls in self._s.execute(query)]

    def texts(self, scope: AnalyticsScope) -> SmsFigures:
        r = ActionRunRow
        # Literal, like the partial index's predicate: a bound 'sms' would keep SQLite off it.
        query = (select(r.status, func.count())
                 .where(r.type == literal_column("'sms'"), text(FINAL_PREDICATE), r.status.in_(_TEXT_STATUSES),
                        *_ended(scope))
                 .group_by(r.status))
        by_status = {status: n for status, n in self._s.execute(query)}
        opted_out = self._s.execute(select(func.count()).where(text(OPTED_OUT_PREDICATE), *_ended(scope))).scalar_one()
        return SmsFigures(sent=by_status.get(ActionStatus.COMPLETED.value, 0),
                          failed=by_status.get(ActionStatus.FAILED.value, 0),
                          unknown=by_status.get(ActionStatus.UNKNOWN.value, 0), opted_out=opted_out)

    def agents(self, scope: AnalyticsScope) -> list[AgentFigures]:
        r, d, c, u = ActionRunRow, DispositionRow, CallRecordRow, UserRow
        grouped = (select(r.accepted_by.label("user_id"), func.count().label("calls"),
                          func.count().filter(d.counts_as_connected).label("connects"),
                          func.sum(c.talk_s).label("talk_s"), func.count(c.talk_s).label("talked"),
                          func.sum(c.wrap_up_s).label("wrap_s"), func.count(c.wrap_up_s).label("wrapped"))
                   .select_from(r).join(d, d.id == r.disposition_id)
                   # The record the disposition was saved on: one per dispositioned call.
                   .outerjoin(c, and_(c.action_run_id == r.id, c.disposition_id.is_not(None)))
                   .where(*_dispositioned(scope)).group_by(r.accepted_by).subquery())
        query = (select(grouped, u.first_name, u.last_name).outerjoin(u, u.id == grouped.c.user_id)
                 .order_by(u.first_name, u.last_name, grouped.c.user_id))
        return [AgentFigures(UserId(g.user_id), f"{g.first_name or ''} {g.last_name or ''}".strip(), g.calls,
                             g.connects, _ms(g.talk_s) or 0.0, g.talked, _ms(g.wrap_s) or 0.0, g.wrapped)
                for g in self._s.execute(query)]
