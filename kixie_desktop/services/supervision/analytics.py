"""Analytics for one cadence over whole days in the account's time zone: the step funnel,
the disposition mix and connect rate, speed to lead, what became of the texts, and each
agent's calls, connects, talk and wrap-up time (docs/analytics.md).

Read-only. Supervisors, managers and admins see everyone's figures, or one agent's; an agent
sees their own — the leads they own and the calls they took — whatever they ask for, and
asking for another agent's is refused (``Permission.VIEW_TEAM_FIGURES``, decision 43). Every
figure is an aggregate the database computes from an index (``services/ports/analytics.py``),
all in one read transaction, so the numbers agree with each other.
Blocking: call from a worker thread.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from kixie_desktop.domain.analytics import (
    AnalyticsQuery,
    AnalyticsScope,
    CadenceFigures,
    DispositionMix,
    SpeedToLead,
    day_range,
    funnel,
)
from kixie_desktop.domain.errors import NotFound, PermissionDenied
from kixie_desktop.domain.ids import UserId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.base import Service
from kixie_desktop.services.supervision.analytics_export import write_figures
from kixie_desktop.services.supervision.csv_export import replace_file


def whose(actor: Actor, asked: UserId | None) -> UserId | None:
    """Whose figures ``actor`` gets when asking for ``asked`` (None: everyone's)."""
    if actor.can(Permission.VIEW_TEAM_FIGURES):
        return asked
    if actor.user_id is None:
        raise PermissionDenied(f"{actor.name} ({actor.role.value}) may not {Permission.VIEW_TEAM_FIGURES.value}")
    if asked is not None and asked != actor.user_id:
        raise PermissionDenied(f"{actor.name} ({actor.role.value}) sees their own figures only")
    return actor.user_id


class AnalyticsService(Service):
    def figures(self, actor: Actor, query: AnalyticsQuery) -> CadenceFigures:
        require(actor, Permission.VIEW)
        agent_id = whose(actor, query.agent_id)
        with self._store.read() as uow:
            zone = uow.accounts.get(actor.account_id).timezone
            since, until = day_range(query.first_day, query.last_day, ZoneInfo(zone))
            cadence = next((c for c in uow.cadences.summaries(actor.account_id) if c.id == query.cadence_id), None)
            if cadence is None:
                raise NotFound("that cadence does not exist (any more)", field="cadence")
            agent_name = None
            if agent_id is not None:
                agent = uow.users.get(agent_id)
                if agent.account_id != actor.account_id:
                    raise NotFound("that person is not in this workspace", field="agent")
                agent_name = agent.full_name
            steps = [a.type for a in uow.cadences.current_version(cadence.id).definition.actions]
            scope = AnalyticsScope(actor.account_id, cadence.id, since, until, agent_id)
            repo = uow.analytics
            lead_funnel = funnel(repo.lead_steps(scope), steps)
            times = repo.speed_to_lead(scope)
            return CadenceFigures(
                query=query, cadence_name=cadence.name, zone=zone, since=since, until=until,
                agent_name=agent_name, funnel=lead_funnel,
                dispositions=DispositionMix(tuple(repo.dispositions(scope))),
                speed_to_lead=SpeedToLead(lead_funnel.enrolled, times.touched, times.median_s, times.p90_s),
                sms=repo.texts(scope), agents=tuple(repo.agents(scope)))

    def export(self, actor: Actor, query: AnalyticsQuery, path: Path) -> CadenceFigures:
        """The figures as a CSV file at ``path`` (replaced whole, or left as it was); returns them."""
        figures = self.figures(actor, query)
        replace_file(path, lambda out: write_figures(figures, out))
        return figures
