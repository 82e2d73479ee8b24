"""The storage port behind the Analytics tab: grouped counts, sums and percentiles over one
cadence and date range, computed by the database (indexed aggregates), never by reading the
rows into Python. Its values live in ``domain/analytics.py``.

Each call answers over an ``AnalyticsScope``: with ``agent_id`` set, the leads that agent
owns (funnel, speed to lead), the texts sent as them, and the calls they took.
"""

from __future__ import annotations

from typing import Protocol

from kixie_desktop.domain.analytics import (
    AgentFigures,
    AnalyticsScope,
    DispositionCount,
    LeadTimes,
    SmsFigures,
    StepCount,
)


class AnalyticsRepository(Protocol):
    def lead_steps(self, scope: AnalyticsScope) -> list[StepCount]:
        """Leads enrolled in the range, counted by the step they stand at and their state."""
        ...

    def speed_to_lead(self, scope: AnalyticsScope) -> LeadTimes:
        """Over the leads enrolled in the range that were touched: enrollment → first touch."""
        ...

    def dispositions(self, scope: AnalyticsScope) -> list[DispositionCount]:
        """Calls whose disposition was saved in the range, by disposition, in the account's order."""
        ...

    def texts(self, scope: AnalyticsScope) -> SmsFigures:
        """The cadence's texts that ended in the range: sent, failed, unknown, not sent (opted out)."""
        ...

    def agents(self, scope: AnalyticsScope) -> list[AgentFigures]:
        """Per agent, the calls whose disposition they saved in the range, by name."""
        ...
