"""Deciding an Unknown SMS (the engine died mid-send and the gateway cannot tell) through the
service, with the real engine, on SQLite and PostgreSQL: Mark as sent completes it and sends
nothing; Send again sends it once more, under a new idempotency key, without moving the
cadence on a second time, inside the harassment rule. Only supervisors and up decide."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from kixie_desktop.domain.cadence import CadenceHarassment, CallAction, SmsAction
from kixie_desktop.domain.errors import NotFound, PermissionDenied
from kixie_desktop.domain.harassment import HarassmentRules, NewTouch, PeriodUnit, RateLimit, TouchKind
from kixie_desktop.domain.ids import ActionRunId
from kixie_desktop.domain.messaging import OutboundSms, SmsResult
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.services.leads.unenroll import UnenrollService
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.services.supervision.run_now import NotRunnable
from kixie_desktop.services.supervision.unknown_sms import NotUnknown, UnknownSmsService
from kixie_desktop.storage.models import (
    ActionRunRow,
    AuditLogRow,
    CadenceRow,
    EnrollmentRow,
    SmsMessageRow,
    TouchRow,
    WebhookOutboxRow,
)
from tests.services.leads.test_pausing import LEAD, snapshot
from tests.support.gateways import Crash, RecordingGateway
from tests.support.workspace import Workspace

TWO_A_DAY = CadenceHarassment(False, HarassmentRules(sms=RateLimit(2, 1, PeriodUnit.DAYS)))


def unknown_sms(ws: Workspace, *, then_call: bool = True) -> tuple[int, ActionRunId]:
    """A cadence (an SMS, then a call a day later) whose SMS went Unknown: the engine died
    while handing it over, and the gateway that took over cannot tell."""
    actions: tuple[SmsAction | CallAction, ...] = (SmsAction(template_id=ws.template.id),)
    if then_call:
        actions += (CallAction(after=timedelta(days=1)),)
    version = ws.cadences.create(ws.manager, replace(ws.definition(), actions=actions, harassment=TWO_A_DAY))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    ws.enrollment.enroll(ws.manager, version.cadence_id, LEAD)

    def crash(_: OutboundSms) -> SmsResult:
        raise Crash

    with pytest.raises(Crash):
        Engine(ws.store, ws.clock, RecordingGateway(crash), "dead").tick()
    ws.clock.advance(minutes=3)
    Engine(ws.store, ws.clock, RecordingGateway(can_lookup=False), "e2").tick()
    with ws.db.read() as s:
        first = s.scalars(select(ActionRunRow).order_by(ActionRunRow.id)).first()
        assert first is not None and first.status == "unknown"
        return version.cadence_id, ActionRunId(first.id)


def rows(ws: Workspace) -> list[ActionRunRow]:
    with ws.db.read() as s:
        return list(s.scalars(select(ActionRunRow).order_by(ActionRunRow.id)))


def service(ws: Workspace, *, crm: bool = False) -> UnknownSmsService:
    return UnknownSmsService(ws.store, ws.clock, CrmJobs(enabled=crm))


def test_the_facts_count_the_numbers_texts_against_its_rule(ws: Workspace) -> None:
    _, run_id = unknown_sms(ws)
    facts = service(ws).facts(ws.supervisor, run_id)
    assert (facts.who, facts.phone, facts.cadence_name) == ("Olivia Garcia", "+15125550100", "Speed to lead")
    assert facts.body == "Hi Olivia, it's Agent from Acme Solar."
    assert facts.touches == "1 of 2 texts in the last day"  # the lost attempt counts (decision 10)
    assert facts.enrollment_state is EnrollmentState.ACTIVE


def test_mark_as_sent_completes_it_and_sends_nothing(ws: Workspace) -> None:
    cadence_id, run_id = unknown_sms(ws)
    service(ws, crm=True).mark_sent(ws.supervisor, run_id)
    sms, call = rows(ws)
    assert (sms.status, sms.outcome, sms.reason) == ("completed", "sent", "Marked as sent by Supervisor Tester")
    assert sms.completed_at == ws.clock.now
    assert (call.type, call.status) == ("call", "scheduled")  # the cadence had moved on; it stays so
    with ws.db.read() as s:
        assert s.scalar(select(SmsMessageRow.status)) == "sent"
        assert s.get(CadenceRow, cadence_id).tasks_run == 1  # type: ignore[union-attr]
        assert s.scalar(select(AuditLogRow.action).order_by(AuditLogRow.id.desc())) == "mark_sent"
        # Logged to the CRM like any text sent, with what it said.
        [crm] = s.scalars(select(WebhookOutboxRow).where(WebhookOutboxRow.event_type == "crm.log_sms"))
        assert crm.payload["body"] == "Hi Olivia, it's Agent from Acme Solar."
    before = snapshot(ws)
    with pytest.raises(NotUnknown):  # decided already: a second decision writes nothing
        service(ws).send_again(ws.supervisor, run_id)
    assert snapshot(ws) == before


def test_send_again_sends_it_once_more_and_the_cadence_moves_on_once(ws: Workspace) -> None:
    _, run_id = unknown_sms(ws)
    done = service(ws).send_again(ws.supervisor, run_id)
    assert (done.at_once, done.message) == (True, "The text is due now.")
    sms = rows(ws)[0]
    assert (sms.status, sms.attempt, sms.completed_at, sms.outcome) == ("scheduled", 1, None, None)
    assert sms.reason == "Sending again, as Supervisor Tester decided"
    gateway = RecordingGateway()
    Engine(ws.store, ws.clock, gateway, "e2").tick()
    [again] = gateway.sent
    assert again.idempotency_key == f"kx-ar{run_id}-a1"  # a new key: the provider tells them apart
    sms, call = rows(ws)  # still one call: the cadence was not moved on a second time
    assert (sms.status, sms.outcome, call.status) == ("completed", "sent", "scheduled")
    with ws.db.read() as s:
        assert s.scalar(select(func.count()).select_from(TouchRow)) == 2  # the lost attempt still counts
        assert sorted(s.scalars(select(SmsMessageRow.status))) == ["sent", "unknown"]


def test_send_again_after_the_cadence_completed_sends_and_completes_nothing_more(ws: Workspace) -> None:
    _, run_id = unknown_sms(ws, then_call=False)
    with ws.db.read() as s:
        assert s.scalar(select(EnrollmentRow.state)) == "completed"  # the Unknown was its last step
    service(ws).send_again(ws.supervisor, run_id)
    gateway = RecordingGateway()
    Engine(ws.store, ws.clock, gateway, "e2").tick()
    assert len(gateway.sent) == 1
    [sms] = rows(ws)
    assert (sms.status, sms.outcome) == ("completed", "sent")
    with ws.db.read() as s:
        assert s.scalar(select(EnrollmentRow.state)) == "completed"


def test_send_again_waits_for_the_harassment_rule_and_says_when(ws: Workspace) -> None:
    _, run_id = unknown_sms(ws)
    with ws.store.write() as uow:  # a manual text today: the number is at 2 of 2
        uow.touches.add_many(ws.agent.account_id, [NewTouch("+15125550100", TouchKind.SMS, ws.clock.now,
                                                            "manual", None, None)])
    assert service(ws).facts(ws.supervisor, run_id).touches == "2 of 2 texts in the last day"
    done = service(ws).send_again(ws.supervisor, run_id)
    assert not done.at_once and done.due_at > ws.clock.now
    assert done.message.startswith("Not now: Harassment rule 2 SMS / 1 day: next slot")
    gateway = RecordingGateway()
    Engine(ws.store, ws.clock, gateway, "e2").tick()
    assert gateway.sent == []


@pytest.mark.parametrize("case", ["agent", "missing", "unenrolled", "not_unknown"])
def test_refusals_write_nothing(ws: Workspace, case: str) -> None:
    _, run_id = unknown_sms(ws)
    actor = ws.supervisor
    target = run_id
    if case == "agent":
        actor = ws.agent  # even though the lead is theirs
    elif case == "missing":
        actor, target = ws.manager, ActionRunId(run_id + 1000)
    elif case == "unenrolled":
        UnenrollService(ws.store, ws.clock).unenroll(ws.supervisor, rows(ws)[0].enrollment_id)  # type: ignore[arg-type]
    elif case == "not_unknown":
        target = ActionRunId(rows(ws)[1].id)  # the call
    before = snapshot(ws)
    if case == "unenrolled":
        with pytest.raises(NotRunnable, match="no longer in this cadence"):
            service(ws).send_again(actor, target)
        assert snapshot(ws) == before
        service(ws).mark_sent(actor, target)  # still possible: it records what happened
        return
    error = {"agent": PermissionDenied, "missing": NotFound, "not_unknown": NotUnknown}[case]
    for decide in (service(ws).mark_sent, service(ws).send_again):
        with pytest.raises(error):
            decide(actor, target)
    assert snapshot(ws) == before
