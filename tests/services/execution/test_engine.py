"""The engine end to end through the services, on SQLite and PostgreSQL: enrollment,
scheduling windows, harassment deferral, SMS at most once, calls, prompts, retries."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from kixie_desktop.domain.cadence import CadenceHarassment, CallAction, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult
from kixie_desktop.domain.roles import Availability
from kixie_desktop.domain.schedule import WeeklySchedule
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.services.leads.enrollment import EnrollmentRefused, EnrollmentService
from kixie_desktop.storage.models import ActionRunRow, CadenceRow, CallPromptRow, EnrollmentRow, SmsMessageRow, TouchRow
from tests.support.gateways import Crash, RecordingGateway
from tests.support.workspace import Workspace

LEAD = NewContact(phone="+1 512 555 0100", first_name="Olivia", last_name="Garcia")


def enrollments(ws: Workspace) -> EnrollmentService:
    return ws.enrollment


def runs(ws: Workspace) -> list[ActionRunRow]:
    with ws.db.read() as s:
        return list(s.scalars(select(ActionRunRow).order_by(ActionRunRow.id)))


def active_cadence(ws: Workspace, **kw: object) -> int:
    defn = ws.definition(**{k: v for k, v in kw.items() if k not in ("actions", "harassment")})
    if "actions" in kw:
        defn = replace(defn, actions=kw["actions"])  # type: ignore[arg-type]
    if "harassment" in kw:
        defn = replace(defn, harassment=kw["harassment"])  # type: ignore[arg-type]
    version = ws.cadences.create(ws.manager, defn)
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


def test_enrollment_sends_the_first_sms_and_schedules_the_call(ws: Workspace) -> None:
    cadence = active_cadence(ws)
    result = enrollments(ws).enroll(ws.manager, cadence, LEAD, source="api")
    assert result.first_action is not None and result.first_action.due_at == ws.clock.now
    gateway = RecordingGateway()
    report = Engine(ws.store, ws.clock, gateway, "e1").tick()

    assert report.executed == 2  # the SMS, then the call it made due at once
    [sms] = gateway.sent
    assert sms.to == "+15125550100"
    assert sms.body == "Hi Olivia, it's Agent from Acme Solar."  # round robin gave the queue's agent
    assert sms.idempotency_key == f"kx-ar{runs(ws)[0].id}-a0"
    first, second = runs(ws)
    assert (first.status, first.outcome, first.completed_at) == ("completed", "sent", ws.clock.now)
    # Nobody in the queue is available yet: the call waits for its first retry.
    assert (second.type, second.status, second.step, second.retry_count) == ("call", "scheduled", 1, 1)
    assert second.reason == "Waiting for an available agent (attempt 2 of 3)"
    with ws.db.read() as s:
        assert s.scalar(select(func.count()).select_from(TouchRow).where(TouchRow.kind == "sms")) == 1
        assert s.scalar(select(SmsMessageRow.status)) == "sent"
        cad = s.get(CadenceRow, cadence)
        assert (cad.invocations, cad.tasks_run, cad.last_action_at) == (1, 1, ws.clock.now)


def test_enrollment_rules(ws: Workspace) -> None:
    cadence = active_cadence(ws)
    service = enrollments(ws)
    service.enroll(ws.manager, cadence, LEAD)
    with pytest.raises(EnrollmentRefused) as twice:
        service.enroll(ws.manager, cadence, LEAD)
    assert twice.value.code == "already_enrolled"
    with ws.store.write() as uow:
        uow.enrollments.end(uow.enrollments.open_for_cadence(cadence), __import__(
            "kixie_desktop.domain.statuses", fromlist=["EnrollmentState"]).EnrollmentState.COMPLETED, "done", ws.clock.now)
    with pytest.raises(EnrollmentRefused) as again:
        service.enroll(ws.manager, cadence, LEAD)
    assert again.value.code == "reenrollment_refused"
    ws.cadences.set_active(ws.manager, cadence, False)
    with pytest.raises(EnrollmentRefused) as off:
        service.enroll(ws.manager, cadence, replace(LEAD, phone="+1 512 555 0101"))
    assert off.value.code == "inactive"
    with ws.db.read() as s:
        assert s.scalar(select(func.count()).select_from(EnrollmentRow)) == 1


def test_round_robin_takes_turns(ws: Workspace) -> None:
    second_agent = ws.directory.add_user(ws.admin, "Bea", "Two", "bea@acme.test", ws.agent.role)
    team = ws.directory.add_team(ws.admin, "Both", [ws.agent.user_id, second_agent.id])  # type: ignore[list-item]
    queue = ws.directory.add_queue(ws.admin, "Both", [team.id])
    version = ws.cadences.create(ws.manager, replace(ws.definition(), settings=replace(
        ws.definition().settings, queue_id=queue.id)))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    owners = [enrollments(ws).enroll(ws.manager, version.cadence_id,
                                     replace(LEAD, phone=f"+1512555010{i}")).enrollment.owner_id for i in range(4)]
    assert owners == [ws.agent.user_id, second_agent.id, ws.agent.user_id, second_agent.id]


def test_target_hours_defer_with_a_reason(ws: Workspace) -> None:
    # 15:00 UTC Monday = 09:00 in Chicago: target hours 10:00-12:00 are closed for an hour.
    cadence = active_cadence(ws, target_hours=WeeklySchedule.daily(600, 720))
    result = enrollments(ws).enroll(ws.manager, cadence, LEAD)
    assert result.first_action is not None
    assert result.first_action.due_at == datetime(2026, 3, 2, 16, 0, tzinfo=timezone.utc)
    assert result.first_action.reason == "Target hours closed until 10:00 America/Chicago"
    assert Engine(ws.store, ws.clock, RecordingGateway(), "e1").tick().executed == 0
    ws.clock.advance(hours=1)
    gateway = RecordingGateway()
    Engine(ws.store, ws.clock, gateway, "e1").tick()
    assert [m.to for m in gateway.sent] == ["+15125550100"]


def test_harassment_limit_defers_and_never_drops(ws: Workspace) -> None:
    sms = SmsAction(template_id=ws.template.id)
    cadence = active_cadence(ws, actions=(sms, sms, sms), harassment=CadenceHarassment(
        use_business_rules=False, rules=HarassmentRules(sms=RateLimit(2, 1, PeriodUnit.DAYS))))
    enrollments(ws).enroll(ws.manager, cadence, LEAD)
    gateway = RecordingGateway()
    engine = Engine(ws.store, ws.clock, gateway, "e1")
    for _ in range(3):
        engine.tick()
    assert len(gateway.sent) == 2
    third = runs(ws)[-1]
    assert third.status == "scheduled"
    assert third.due_at == datetime(2026, 3, 3, 15, 0, tzinfo=timezone.utc)
    assert third.reason.startswith("Harassment rule 2 SMS / 1 day: next slot")
    ws.clock.advance(days=1)
    engine.tick()
    assert len(gateway.sent) == 3


def test_unanswered_call_retries_then_misses_and_moves_on(ws: Workspace) -> None:
    call = CallAction(retry=True, attempts=1, min_between=timedelta(minutes=10))
    cadence = active_cadence(ws, actions=(call, SmsAction(template_id=ws.template.id)))
    ws.directory.set_availability(ws.agent, ws.agent.user_id, Availability.AVAILABLE)  # type: ignore[arg-type]
    enrollments(ws).enroll(ws.manager, cadence, LEAD)
    gateway = RecordingGateway()
    engine = Engine(ws.store, ws.clock, gateway, "e1")
    engine.tick()
    run = runs(ws)[0]
    assert (run.status, run.reason) == ("processing", "Waiting for the contact owner to accept (attempt 1 of 2)")
    with ws.db.read() as s:
        assert s.scalar(select(CallPromptRow.user_id)) == ws.agent.user_id
    ws.clock.advance(seconds=61)  # the account's 60 s prompt timeout
    engine.tick()
    run = runs(ws)[0]
    assert (run.status, run.retry_count) == ("scheduled", 1)
    assert run.due_at == ws.clock.now + timedelta(minutes=10)
    ws.directory.set_availability(ws.agent, ws.agent.user_id, Availability.AWAY)  # type: ignore[arg-type]
    ws.clock.advance(minutes=10)
    engine.tick()
    first, second = runs(ws)
    assert (first.status, first.outcome) == ("missed", "missed")
    assert "no agent was available" in first.reason
    assert second.type == "sms" and second.status == "completed"
    assert len(gateway.sent) == 1


def test_crash_while_sending_is_never_resent(ws: Workspace) -> None:
    cadence = active_cadence(ws, actions=(SmsAction(template_id=ws.template.id),))
    enrollments(ws).enroll(ws.manager, cadence, LEAD)

    def crash(_: OutboundSms) -> SmsResult:
        raise Crash

    with pytest.raises(Crash):
        Engine(ws.store, ws.clock, RecordingGateway(crash), "dead").tick()
    assert runs(ws)[0].status == "sending"

    survivor = RecordingGateway(can_lookup=False)
    engine = Engine(ws.store, ws.clock, survivor, "e2")
    assert engine.tick().total == 0  # the dead engine's lease still holds
    ws.clock.advance(minutes=3)
    assert engine.tick().reconciled == 1
    run = runs(ws)[0]
    assert (run.status, run.outcome) == ("unknown", "unknown")
    assert "Not re-sent" in run.reason
    assert survivor.sent == []


def test_crash_reconciled_with_a_gateway_that_knows(ws: Workspace) -> None:
    cadence = active_cadence(ws, actions=(SmsAction(template_id=ws.template.id),))
    enrollments(ws).enroll(ws.manager, cadence, LEAD)
    gateway = RecordingGateway()
    accepted = SmsResult(SmsOutcome.ACCEPTED, "SM1", "Sent")

    def accept_then_crash(msg: OutboundSms) -> SmsResult:
        gateway._by_key[msg.idempotency_key] = accepted  # the provider took it...
        raise Crash  # ...and we died before writing that down

    with pytest.raises(Crash):
        Engine(ws.store, ws.clock, RecordingGateway(accept_then_crash), "dead").tick()
    ws.clock.advance(minutes=3)
    Engine(ws.store, ws.clock, gateway, "e2").tick()
    assert (runs(ws)[0].status, runs(ws)[0].outcome) == ("completed", "sent")
    assert gateway.sent == []


def test_permanent_failure_fails_and_moves_on(ws: Workspace) -> None:
    cadence = active_cadence(ws)
    enrollments(ws).enroll(ws.manager, cadence, LEAD)
    refused = SmsResult(SmsOutcome.PERMANENT_FAILURE, None, "21211 invalid To", "This number cannot take texts")
    Engine(ws.store, ws.clock, RecordingGateway(lambda m: refused), "e").tick()
    first, second = runs(ws)
    # The Why is the gateway's words; the provider's own code stays with the message, for diagnosis.
    assert (first.status, first.reason) == ("failed", "This number cannot take texts")
    with ws.db.read() as s:
        assert s.scalar(select(SmsMessageRow.detail)) == "21211 invalid To"
    assert second.type == "call"


def test_turning_off_holds_and_deleting_cancels(ws: Workspace) -> None:
    cadence = active_cadence(ws)
    enrollments(ws).enroll(ws.manager, cadence, LEAD)
    ws.cadences.set_active(ws.manager, cadence, False)
    gateway = RecordingGateway()
    Engine(ws.store, ws.clock, gateway, "e").tick()
    assert gateway.sent == [] and runs(ws)[0].status == "scheduled"
    ws.cadences.set_active(ws.manager, cadence, True)
    Engine(ws.store, ws.clock, gateway, "e").tick()
    assert len(gateway.sent) == 1
    ws.cadences.delete(ws.manager, cadence)
    assert [r.status for r in runs(ws)] == ["completed", "cancelled"]
    with ws.db.read() as s:
        assert s.scalar(select(EnrollmentRow.state)) == "cancelled"


def test_unknown_time_zone_waits_until_someone_sets_it(ws: Workspace) -> None:
    # A toll-free number maps to 42 zones from Guam to Adak: weekday 09:00-17:00 never
    # opens in all of them at once.
    cadence = active_cadence(ws, target_hours=WeeklySchedule.daily(540, 1020, range(5)))
    result = enrollments(ws).enroll(ws.manager, cadence, NewContact(phone="+1 800 555 0100", first_name="Toll"))
    assert result.first_action is not None
    assert result.first_action.reason == "Time zone unknown: set the contact's time zone"
    gateway = RecordingGateway()
    engine = Engine(ws.store, ws.clock, gateway, "e")
    engine.tick()
    assert gateway.sent == [] and runs(ws)[0].held
    ws.contacts.set_timezone(ws.manager, result.contact.id, "America/Chicago")
    engine.tick()
    assert [m.to for m in gateway.sent] == ["+18005550100"]
