"""Roles, enumerated: every service call that takes an actor is made as an agent and as a
supervisor, and each one either refuses them or is on a reviewed list of what that role may
do. The calls are discovered from the composition root, so a new service call cannot skip
this test: it refuses the role, or somebody adds it below and says why.

Arguments other than the actor are stand-ins that break on first use; the role check comes
first in every service call, so a call that gets past it with them fails on the stand-in,
which is how "not refused" is told apart from "refused". Nothing the sweep makes may reach
the database.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect as sql_inspect, select, table

from kixie_desktop.composition import Backend, Services, open_backend
from kixie_desktop.domain.errors import PermissionDenied
from kixie_desktop.domain.roles import Actor

# What everyone signed in may do: read the workspace, work calls, keep contacts current.
EVERYONE = {
    "accounts.get": "the account's name, zone and rules frame every screen",
    "directory.users": "who owns a lead, who took a call",
    "directory.teams": "read-only", "directory.queues": "read-only", "directory.queue_agents": "read-only",
    "templates.list": "read-only", "dispositions.list": "the agent picks one after each call",
    "templates.named": "read-only", "dispositions.named": "read-only",
    "templates.preview": "the read-only template page shows what a lead would receive; it writes nothing",
    "cadences.list": "read-only", "cadences.get": "read-only", "cadences.pending_actions": "read-only",
    "cadence_files.export": "a cadence as a file is what the read-only editor shows",
    "contacts.list": "read-only", "contacts.get": "read-only", "contact_history.search": "read-only",
    "contact_history.history": "read-only",
    "contacts.upsert": "agents keep their contacts' details current (MANAGE_CONTACTS)",
    "contacts.set_timezone": "an agent corrects a contact's zone before calling",
    "contact_import.run": "importing contacts without enrolling them is contact upkeep; enrolling is refused",
    "enrollment.inflight": "read-only",
    "action_table.count": "read-only", "action_table.fetch": "read-only",
    "action_export.to_file": "the tables' CSV export: what the agent can already see",
    "action_export.write": "the same export to a stream",
    "action_listing.page": "read-only",
    # Read-only; an agent gets their own leads and calls whatever they ask, and is refused
    # another agent's (decision 43; tests/services/supervision/test_analytics.py).
    "analytics.figures": "read-only: everyone's for supervisors and up, an agent's own for agents",
    "analytics.export": "the same figures as a CSV file",
    "webhooks.list": "read-only (no secrets: those are in the keyring)", "webhooks.deliveries": "read-only",
    "powercall.prompts": "an agent's own prompts", "powercall.accept": "taking a prompt",
    "powercall.skip": "passing a prompt on", "powercall.incoming": "an inbound call to this workstation",
    "powercall.call_placed": "their own call", "powercall.call_answered": "their own call",
    "powercall.call_ended": "their own call", "powercall.finish_call": "their own call's outcome",
    "pausing.detail": "read-only: where a lead stands", "unknown_sms.facts": "read-only: what an Unknown text said",
    "powercall.leave_voicemail": "their own call's outcome (a voicemail drop)",
    "greetings.greetings": "their own voicemail greetings", "greetings.import_wav": "their own greetings",
    "greetings.delete": "their own greetings", "greetings.start_recording": "their own greetings",
    "greetings.finish_recording": "their own greetings", "greetings.cancel_recording": "their own greetings",
    "recordings.notice": "the consent notice to read on their calls",
    "recordings.begin": "their own call, recorded when the account says so",
    "recordings.finish": "their own call's recording length",
    "recordings.playable": "a recording in a contact's history, which they can read",
}
# An agent pauses, resumes and runs now the leads they own; another's is refused once the lead
# is read (decision 36), which tests/services/leads/test_pausing.py and test_run_now.py hold.
OWN_LEADS = {
    "pausing.pause": "their own leads only", "pausing.resume": "their own leads only",
    "run_now.run_now": "their own leads' actions only",
}
AGENT_MAY = {**EVERYONE, **OWN_LEADS}
SUPERVISOR_MAY = {
    **EVERYONE,
    "enrollment.enroll": "supervisors enroll leads into cadences (ENROLL)",
    "idempotent_enrollment.enroll": "the same through the API",
    "unenroll.unenroll": "and take them out again",
    **OWN_LEADS,  # any lead's, for a supervisor
    "unknown_sms.mark_sent": "supervisors decide Unknown texts (decision 36)",
    "unknown_sms.send_again": "the same",
}


class StandIn:
    """An argument that is not one: any use of it fails."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"stand-in argument used ({name})")


def service_calls(services: Services) -> Iterator[tuple[str, Any]]:
    for field in dataclasses.fields(Services):
        service = getattr(services, field.name)
        for name, method in inspect.getmembers(service, inspect.ismethod):
            params = list(inspect.signature(method).parameters.values())
            if not name.startswith("_") and params and params[0].name == "actor":
                yield f"{field.name}.{name}", method


def call_as(actor: Actor, method: Any) -> bool:
    """True when ``method`` refused ``actor``."""
    params = list(inspect.signature(method).parameters.values())[1:]
    args = [StandIn() for p in params if p.default is p.empty and p.kind is p.POSITIONAL_OR_KEYWORD]
    kwargs = {p.name: StandIn() for p in params if p.default is p.empty and p.kind is p.KEYWORD_ONLY}
    try:
        method(actor, *args, **kwargs)
    except PermissionDenied:
        return True
    except Exception:  # noqa: BLE001 - got past the role check and broke on a stand-in
        return False
    return False


def row_counts(backend: Backend) -> dict[str, int]:
    with backend.db.read() as session:
        names = sql_inspect(session.connection()).get_table_names()
        return {name: session.scalar(select(func.count()).select_from(table(name))) or 0 for name in names}


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Backend]:
    backend = open_backend(f"sqlite:///{tmp_path / 'k.db'}")
    backend.seed_demo()
    yield backend
    backend.close()


@pytest.mark.parametrize(("email", "may"), [("alex@acme-solar.example", AGENT_MAY),
                                             ("sam.supervisor@acme-solar.example", SUPERVISOR_MAY)],
                         ids=["agent", "supervisor"])
def test_each_service_call_refuses_the_role_or_is_reviewed(demo: Backend, email: str, may: dict[str, str]) -> None:
    account = demo.accounts.current()
    assert account is not None
    actor = demo.accounts.actor_by_email(account.id, email)
    before = row_counts(demo)
    calls = dict(service_calls(demo))
    assert len(calls) > 50  # the discovery found the services

    allowed = {name for name, method in calls.items() if not call_as(actor, method)}

    assert sorted(allowed - may.keys()) == [], f"{actor.role.value}s get past these; refuse them or review them"
    assert sorted(may.keys() - calls.keys()) == [], "reviewed calls that no longer exist"
    assert sorted(may.keys() - allowed) == [], "reviewed as allowed but refused: take them off the list"
    assert row_counts(demo) == before  # nothing the sweep did was written
