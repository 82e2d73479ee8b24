"""The lead a person has selected, as the per-lead controls need it, from an Inflight or
Completed row or from one of a contact's enrollments; and what applies to it.

What applies is the services' own rule (``services/leads/lead_access.available``), so a
button is enabled exactly when the service would do it (the service still checks).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from kixie_desktop.domain.action_table import ActionTableRow
from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.history import EnrollmentEntry
from kixie_desktop.domain.ids import ActionRunId, EnrollmentId, UserId
from kixie_desktop.domain.lead_control import LeadAction
from kixie_desktop.domain.roles import Actor
from kixie_desktop.domain.statuses import ActionStatus, EnrollmentState
from kixie_desktop.services.leads.lead_access import available


@dataclass(frozen=True)
class LeadTarget:
    enrollment_id: EnrollmentId
    enrollment_state: EnrollmentState
    owner_id: UserId | None
    who: str  # the contact's name, or the number when it has none
    cadence: str
    # The action "Run now" would move: the row's own, or the enrollment's next.
    run_id: ActionRunId | None = None
    run_status: ActionStatus | None = None
    run_type: ActionType | None = None
    due_at: datetime | None = None
    unknown_sms: ActionRunId | None = None  # a text nobody knows went out, to decide

    @classmethod
    def of_row(cls, row: ActionTableRow) -> LeadTarget:
        base = cls(row.enrollment_id, row.enrollment_state, row.owner_id, row.contact_name or row.phone,
                   row.cadence_name)
        if row.type is ActionType.SMS and row.status is ActionStatus.UNKNOWN:
            return replace(base, unknown_sms=row.id)
        if row.status.is_inflight:
            return replace(base, run_id=row.id, run_status=row.status, run_type=row.type, due_at=row.scheduled_at)
        return base

    @classmethod
    def of_entry(cls, entry: EnrollmentEntry, who: str) -> LeadTarget:
        base = cls(entry.id, entry.state, entry.owner_id, who, entry.cadence, unknown_sms=entry.unknown_sms)
        n = entry.next_action
        if n is None:
            return base
        return replace(base, run_id=n.run_id, run_status=n.status, run_type=n.type, due_at=n.due_at)


def applicable(actor: Actor, target: LeadTarget | None) -> frozenset[LeadAction]:
    if target is None:
        return frozenset()
    found = available(actor, owner_id=target.owner_id, enrollment=target.enrollment_state,
                      status=target.run_status, type=target.run_type)
    if target.unknown_sms is not None:
        found |= available(actor, owner_id=target.owner_id, enrollment=target.enrollment_state,
                           status=ActionStatus.UNKNOWN, type=ActionType.SMS)
    return found
