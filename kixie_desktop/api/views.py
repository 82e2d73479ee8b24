"""The JSON shapes the API answers with, built from the services' values.

Instants are ISO 8601 in UTC; absent values are ``null``, never missing keys, so
clients (and the OpenAPI schemas in ``openapi.py``) see one shape per resource.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kixie_desktop.domain.action_table import ActionListItem
from kixie_desktop.domain.cadence import CallAction, SmsAction
from kixie_desktop.domain.cadence_views import CadenceSummary, CadenceVersion
from kixie_desktop.domain.lead_control import EnrollmentDetail
from kixie_desktop.services.supervision.action_listing import ActionPage
from kixie_desktop.services.leads.idempotent_enrollment import Enrolled
from kixie_desktop.services.leads.unenroll import Unenrolled


def instant(at: datetime | None) -> str | None:
    return at.isoformat() if at is not None else None


def enrollment(e: Enrolled) -> dict[str, Any]:
    c, first = e.contact, e.first_action
    return {
        "id": e.enrollment.id,
        "state": e.enrollment.state.value,
        "cadence_id": e.enrollment.cadence_id,
        "cadence_version": e.cadence_version,
        "contact_id": c.id,
        "created_at": instant(e.enrollment.created_at),
        "contact": {
            "id": c.id, "phone": c.phone, "first_name": c.first_name, "last_name": c.last_name,
            "email": c.email, "timezone": c.timezone, "external_id": c.external_id,
            "created": e.created_contact,
        },
        "owner": None if e.owner is None else {
            "id": e.owner.id, "name": e.owner.full_name, "email": e.owner.email,
        },
        "first_action": None if first is None else {
            "id": first.id, "step": first.step + 1, "type": first.type.value,
            "status": first.status.value, "scheduled_at": instant(first.due_at), "reason": first.reason,
        },
    }


def cadence_summary(s: CadenceSummary) -> dict[str, Any]:
    return {
        "id": s.id, "name": s.name, "active": s.active, "version": s.version, "actions": s.actions,
        "disposition_rules": s.disposition_rules, "invocations": s.invocations,
        "tasks_run": s.tasks_run, "last_triggered_at": instant(s.last_triggered_at),
        "last_action_at": instant(s.last_action_at), "created_at": instant(s.created_at),
    }


def cadence_detail(s: CadenceSummary, v: CadenceVersion) -> dict[str, Any]:
    settings = v.definition.settings
    steps: list[dict[str, Any]] = []
    for n, action in enumerate(v.definition.actions, start=1):
        step: dict[str, Any] = {"step": n, "type": action.type.value,
                                "after_seconds": int(action.after.total_seconds())}
        if isinstance(action, CallAction):
            step.update(retry=action.retry, attempts=action.attempts,
                        min_between_seconds=int(action.min_between.total_seconds()))
        elif isinstance(action, SmsAction):
            step.update(template_id=action.template_id)
        steps.append(step)
    return {
        **cadence_summary(s),
        "settings": {
            "assign_owner": settings.assign_owner.value, "use_contact_owner": settings.use_contact_owner,
            "allow_reenrollment": settings.allow_reenrollment, "exclusive": settings.exclusive,
            "check_dnc": settings.check_dnc, "reply_behavior": settings.reply_behavior.value,
        },
        "steps": steps,
    }


def action(a: ActionListItem) -> dict[str, Any]:
    return {
        "id": a.id, "enrollment_id": a.enrollment_id, "contact_id": a.contact_id,
        "cadence_id": a.cadence_id, "cadence_version": a.cadence_version, "step": a.step + 1,
        "type": a.type.value, "status": a.status.value, "phone": a.phone, "owner_id": a.owner_id,
        "created_at": instant(a.created_at), "scheduled_at": instant(a.scheduled_at),
        "completed_at": instant(a.completed_at), "reason": a.reason, "outcome": a.outcome,
        "retry_count": a.retry_count, "max_retries": a.max_retries, "attempt": a.attempt,
        "held": a.held,
    }


def action_page(page: ActionPage) -> dict[str, Any]:
    return {"items": [action(a) for a in page.items], "next_cursor": page.next_cursor}


def unenrolled(u: Unenrolled) -> dict[str, Any]:
    return {"id": u.enrollment_id, "state": u.state.value, "cancelled_actions": u.cancelled_actions}


def enrollment_detail(d: EnrollmentDetail) -> dict[str, Any]:
    c, n = d.contact, d.next_action
    return {
        "id": d.id, "state": d.state.value, "cadence_id": d.cadence_id, "cadence_name": d.cadence_name,
        "cadence_version": d.cadence_version, "created_at": instant(d.created_at),
        "contact": {"id": c.id, "phone": c.phone, "first_name": c.first_name, "last_name": c.last_name},
        "owner": None if d.owner is None else {
            "id": d.owner.id, "name": d.owner.full_name, "email": d.owner.email,
        },
        "paused_until": instant(d.paused_until), "paused_by": d.paused_by,
        "next_action": None if n is None else {
            "id": n.run_id, "step": n.step + 1, "type": n.type.value, "status": n.status.value,
            "scheduled_at": instant(n.due_at), "reason": n.reason,
        },
    }
