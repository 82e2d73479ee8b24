"""Pausing and resuming one lead through the service, with the real engine, on SQLite and
PostgreSQL: while paused the engine runs nothing for it and its Why says who paused it and
until when; roles are checked (an agent only on the leads they own), refusals write nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kixie_desktop.domain.cadence import CallAction, ReplyBehavior, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from kixie_desktop.domain.harassment import TouchKind
from kixie_desktop.domain.roles import Actor, Availability, Role
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.services.administration.accounts import actor_for
from kixie_desktop.services.calls.powercall import PowerCallService
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.services.execution.engine_batch import Batch
from kixie_desktop.services.execution.version_cache import VersionCache
from kixie_desktop.services.leads.pausing import AlreadyPaused, NotPaused, PauseService
from kixie_desktop.services.leads.unenroll import NotEnrolled, UnenrollService
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.storage.models import ActionRunRow, AuditLogRow, CallPromptRow, EnrollmentRow, TouchRow
from kixie_desktop.storage.models.base import Base
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace

LEAD = NewContact(phone="+1 512 555 0100", first_name="Olivia", last_name="Garcia")


def cadence(ws: Workspace, *actions: Any) -> int:
    definition = ws.definition()
    if actions:
        definition = replace(definition, actions=actions)
    version = ws.cadences.create(ws.manager, definition)
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


def enroll(ws: Workspace, *actions: Any) -> int:
    result = ws.enrollment.enroll(ws.manager, cadence(ws, *actions), LEAD)
    assert result.enrollment.owner_id == ws.agent.user_id  # round robin: the queue's one agent
    return result.enrollment.id


def runs(ws: Workspace) -> list[ActionRunRow]:
    with ws.db.read() as s:
        return list(s.scalars(select(ActionRunRow).order_by(ActionRunRow.id)))


def enrollment(ws: Workspace, enrollment_id: int) -> EnrollmentRow:
    with ws.db.read() as s:
        row = s.get(EnrollmentRow, enrollment_id)
        assert row is not None
        return row


def audit(ws: Workspace) -> list[tuple[str, str]]:
    with ws.db.read() as s:
        return [(r.action, r.actor_name) for r in s.scalars(select(AuditLogRow).order_by(AuditLogRow.id))]


def snapshot(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: what a refusal must leave exactly as it was."""
    with ws.db.engine.connect() as conn:
        return {t.name: sorted(map(tuple, conn.execute(select(t)).all()), key=repr)
                for t in Base.metadata.sorted_tables}


def service(ws: Workspace) -> PauseService:
    return PauseService(ws.store, ws.clock)


def engine(ws: Workspace, gateway: RecordingGateway) -> Engine:
    return Engine(ws.store, ws.clock, gateway, "e1")


def test_a_pause_with_an_end_runs_nothing_until_then_and_says_who_paused_it(ws: Workspace) -> None:
    enrollment_id = enroll(ws)
    until = ws.clock.now + timedelta(days=2)
    detail = service(ws).pause(ws.supervisor, enrollment_id, until)
    # The account's zone is Los Angeles: 15:00 UTC on Monday is 07:00 there.
    why = "Paused by Supervisor Tester until Mar 4, 07:00"
    assert (detail.state, detail.paused_until, detail.paused_by) == (EnrollmentState.PAUSED, until,
                                                                     "Supervisor Tester")
    assert detail.next_action is not None and detail.next_action.reason == why
    row = enrollment(ws, enrollment_id)
    assert (row.state, row.paused_until, row.paused_by) == ("paused", until, "Supervisor Tester")
    [sms] = runs(ws)
    assert (sms.status, sms.reason, sms.due_at, sms.held) == ("scheduled", why, ws.clock.now, False)

    gateway = RecordingGateway()
    engine(ws, gateway).tick()
    ws.clock.advance(days=1)
    engine(ws, gateway).tick()
    assert gateway.sent == []
    [sms] = runs(ws)
    assert (sms.status, sms.due_at, sms.reason) == ("scheduled", until, why)  # the engine deferred it there

    ws.clock.advance(days=1)  # the pause's end: it lifts by itself
    engine(ws, gateway).tick()
    assert [m.to for m in gateway.sent] == ["+15125550100"]
    row = enrollment(ws, enrollment_id)
    assert (row.state, row.paused_until, row.paused_by) == ("active", None, None)
    assert audit(ws)[-1] == ("pause", "Supervisor Tester")


def test_a_pause_with_no_end_holds_until_someone_resumes(ws: Workspace) -> None:
    enrollment_id = enroll(ws)
    service(ws).pause(ws.supervisor, enrollment_id)
    [sms] = runs(ws)
    assert (sms.status, sms.held, sms.reason) == ("scheduled", True, "Paused by Supervisor Tester")
    gateway = RecordingGateway()
    ws.clock.advance(days=30)
    engine(ws, gateway).tick()
    assert gateway.sent == []

    detail = service(ws).resume(ws.manager, enrollment_id)
    assert (detail.state, detail.paused_until, detail.paused_by) == (EnrollmentState.ACTIVE, None, None)
    [sms] = runs(ws)
    # It was due a month ago: due now, and the Why says who let it go.
    assert (sms.held, sms.due_at, sms.reason) == (False, ws.clock.now, "Resumed by Manager Tester")
    engine(ws, gateway).tick()
    assert [m.to for m in gateway.sent] == ["+15125550100"]
    assert [a for a, _ in audit(ws)][-2:] == ["pause", "resume"]


def test_a_resume_before_the_due_time_keeps_it(ws: Workspace) -> None:
    enrollment_id = enroll(ws, SmsAction(template_id=ws.template.id, after=timedelta(hours=5)))
    [sms] = runs(ws)
    due = sms.due_at
    service(ws).pause(ws.supervisor, enrollment_id, ws.clock.now + timedelta(days=1))
    ws.clock.advance(hours=1)
    service(ws).resume(ws.supervisor, enrollment_id)
    [sms] = runs(ws)
    assert (sms.due_at, sms.reason) == (due, "Resumed by Supervisor Tester")  # not sooner than planned


def test_a_call_offered_to_agents_is_taken_back_and_offered_again_after_the_resume(ws: Workspace) -> None:
    ws.directory.set_availability(ws.agent, ws.agent.user_id, Availability.AVAILABLE)  # type: ignore[arg-type]
    enrollment_id = enroll(ws, CallAction())
    gateway = RecordingGateway()
    engine(ws, gateway).tick()
    powercall = PowerCallService(ws.store, ws.clock, ws.enrollment, CrmJobs(enabled=False))
    [prompt] = powercall.prompts(ws.agent)

    service(ws).pause(ws.supervisor, enrollment_id)
    [call] = runs(ws)
    assert (call.status, call.held, call.lease_expires_at, call.reason) == (
        "scheduled", True, None, "Paused by Supervisor Tester")
    assert powercall.prompts(ws.agent) == []  # gone from the agent's panel
    with ws.db.read() as s:
        assert list(s.scalars(select(CallPromptRow.state))) == ["expired"]

    service(ws).resume(ws.supervisor, enrollment_id)
    engine(ws, gateway).tick()
    [call] = runs(ws)
    assert call.status == "processing" and call.retry_count == 0  # the attempt was not spent
    assert [p.run_id for p in powercall.prompts(ws.agent)] == [prompt.run_id]


def test_a_claimed_text_is_taken_back_and_its_touch_with_it(ws: Workspace) -> None:
    """An SMS an engine claimed (checked, touch counted) but has not handed over yet."""
    enrollment_id = enroll(ws, SmsAction(template_id=ws.template.id))
    with ws.store.write() as uow:  # what the engine's first transaction does with a due SMS
        [run] = uow.runs.claim_due(ws.clock.now, 10)
        batch = Batch.load(uow, ws.clock.now, VersionCache(), [run])
        batch.touch(run, TouchKind.SMS)
        batch.claim_for_sending(run, "e1", ws.clock.now + timedelta(minutes=2))
        batch.flush()
    service(ws).pause(ws.supervisor, enrollment_id, ws.clock.now + timedelta(hours=3))
    [sms] = runs(ws)
    assert (sms.status, sms.lease_owner, sms.due_at) == ("scheduled", None, ws.clock.now + timedelta(hours=3))
    with ws.db.read() as s:
        assert list(s.scalars(select(TouchRow))) == []
    with ws.store.write() as uow:  # the engine's window refuses what is no longer claimed
        assert uow.runs.start_sending([sms.id], "e1", ws.clock.now + timedelta(minutes=2), "Sending") == set()


def test_an_agent_may_pause_and_resume_only_the_leads_they_own(ws: Workspace) -> None:
    enrollment_id = enroll(ws)
    other = actor_for(ws.directory.add_user(ws.admin, "Bea", "Two", "bea@acme.test", Role.AGENT))
    before = snapshot(ws)
    with pytest.raises(PermissionDenied, match="may only pause leads they own"):
        service(ws).pause(other, enrollment_id)
    with pytest.raises(PermissionDenied):
        UnenrollService(ws.store, ws.clock).unenroll(ws.agent, enrollment_id)  # not even their own
    assert snapshot(ws) == before

    service(ws).pause(ws.agent, enrollment_id)
    with pytest.raises(PermissionDenied, match="may only resume leads they own"):
        service(ws).resume(other, enrollment_id)
    service(ws).resume(ws.agent, enrollment_id)
    assert [(a, who) for a, who in audit(ws)][-2:] == [("pause", "Agent Tester"), ("resume", "Agent Tester")]


def test_an_api_token_with_the_agent_role_owns_no_lead(ws: Workspace) -> None:
    enrollment_id = enroll(ws)
    token = Actor(ws.agent.account_id, None, Role.AGENT, "API token dashboard")
    before = snapshot(ws)
    with pytest.raises(PermissionDenied):
        service(ws).pause(token, enrollment_id)
    assert snapshot(ws) == before
    assert service(ws).detail(token, enrollment_id).state is EnrollmentState.ACTIVE  # reading is fine


@pytest.mark.parametrize("case", ["twice", "resume_active", "past", "naive", "ended", "missing"])
def test_refusals_write_nothing(ws: Workspace, case: str) -> None:
    enrollment_id = enroll(ws)
    pausing = service(ws)
    if case == "twice":
        pausing.pause(ws.supervisor, enrollment_id)
    if case == "ended":
        UnenrollService(ws.store, ws.clock).unenroll(ws.supervisor, enrollment_id)
    before = snapshot(ws)
    now = ws.clock.now
    attempts = {
        "twice": (AlreadyPaused, lambda: pausing.pause(ws.supervisor, enrollment_id, now + timedelta(days=1))),
        "resume_active": (NotPaused, lambda: pausing.resume(ws.supervisor, enrollment_id)),
        "past": (ValidationError, lambda: pausing.pause(ws.supervisor, enrollment_id, now)),
        "naive": (ValidationError, lambda: pausing.pause(ws.supervisor, enrollment_id,
                                                         (now + timedelta(days=1)).replace(tzinfo=None))),
        "ended": (NotEnrolled, lambda: pausing.pause(ws.supervisor, enrollment_id)),
        "missing": (NotFound, lambda: pausing.pause(ws.supervisor, enrollment_id + 1000)),
    }
    error, attempt = attempts[case]
    with pytest.raises(error) as raised:
        attempt()
    if case in ("past", "naive"):
        assert raised.value.field == "until"  # type: ignore[attr-defined]
    assert snapshot(ws) == before


def test_a_reply_never_shortens_a_persons_pause(ws: Workspace) -> None:
    """The cadence's reply rule pauses for a while; a person's pause with no end stays so."""
    version = ws.cadences.create(ws.manager, replace(ws.definition(), settings=replace(
        ws.definition().settings, reply_behavior=ReplyBehavior.PAUSE, reply_pause=timedelta(days=1))))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    enrollment_id = ws.enrollment.enroll(ws.manager, version.cadence_id, LEAD).enrollment.id
    service(ws).pause(ws.supervisor, enrollment_id)
    ws.inbound_sms.receive(ws.agent.account_id, "+15125550100", None, "call me next week")
    row = enrollment(ws, enrollment_id)
    assert (row.state, row.paused_until, row.paused_by) == ("paused", None, "Supervisor Tester")
