"""The engine and a paused lead, on SQLite and PostgreSQL: nothing runs while paused, whatever
comes due; a call that ends while its lead is paused leaves the next action waiting for the
pause; the lead goes on after a resume, or by itself when a pause's end comes."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select

from kixie_desktop.domain.cadence import CallAction, SmsAction
from kixie_desktop.domain.roles import Availability
from kixie_desktop.services.calls.powercall import PowerCallService
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.services.leads.pausing import PauseService
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.storage.models import ActionRunRow, EnrollmentRow
from tests.services.leads.test_pausing import LEAD
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace


def three_texts(ws: Workspace) -> int:
    sms = SmsAction(template_id=ws.template.id)
    version = ws.cadences.create(ws.manager, replace(
        ws.definition(), actions=(sms, replace(sms, after=timedelta(hours=1)), replace(sms, after=timedelta(hours=1)))))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return ws.enrollment.enroll(ws.manager, version.cadence_id, LEAD).enrollment.id


def runs(ws: Workspace) -> list[ActionRunRow]:
    with ws.db.read() as s:
        return list(s.scalars(select(ActionRunRow).order_by(ActionRunRow.id)))


def test_nothing_runs_while_paused_and_it_goes_on_after_the_resume(ws: Workspace) -> None:
    enrollment_id = three_texts(ws)
    gateway = RecordingGateway()
    engine = Engine(ws.store, ws.clock, gateway, "e1")
    engine.tick()
    assert len(gateway.sent) == 1
    PauseService(ws.store, ws.clock).pause(ws.supervisor, enrollment_id)
    for _ in range(6):  # the second text falls due an hour in; days go by
        ws.clock.advance(hours=8)
        engine.tick()
    assert len(gateway.sent) == 1
    second = runs(ws)[1]
    assert (second.status, second.held, second.reason) == ("scheduled", True, "Paused by Supervisor Tester")

    PauseService(ws.store, ws.clock).resume(ws.supervisor, enrollment_id)
    engine.tick()
    assert len(gateway.sent) == 2  # due long ago: at once
    ws.clock.advance(hours=1)
    engine.tick()
    assert len(gateway.sent) == 3
    with ws.db.read() as s:
        assert s.scalar(select(EnrollmentRow.state)) == "completed"


def test_the_next_action_waits_when_a_call_ends_while_paused(ws: Workspace) -> None:
    """The agent was on the call when the supervisor paused: the call finishes, and the text
    that follows it waits for the resume, saying so from the start."""
    ws.directory.set_availability(ws.agent, ws.agent.user_id, Availability.AVAILABLE)  # type: ignore[arg-type]
    version = ws.cadences.create(ws.manager, replace(ws.definition(), actions=(
        CallAction(), SmsAction(template_id=ws.template.id))))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    enrollment_id = ws.enrollment.enroll(ws.manager, version.cadence_id, LEAD).enrollment.id
    gateway = RecordingGateway()
    engine = Engine(ws.store, ws.clock, gateway, "e1")
    engine.tick()
    powercall = PowerCallService(ws.store, ws.clock, ws.enrollment, CrmJobs(enabled=False))
    [prompt] = powercall.prompts(ws.agent)
    task = powercall.accept(ws.agent, prompt.run_id)
    PauseService(ws.store, ws.clock).pause(ws.supervisor, enrollment_id)
    assert runs(ws)[0].status == "processing"  # an agent is on it: left to finish
    with ws.store.read() as uow:
        [no_answer] = [d.id for d in uow.dispositions.list(ws.agent.account_id) if d.name == "No Answer"]
    powercall.finish_call(ws.agent, task.run_id, no_answer)
    call, sms = runs(ws)
    assert call.status == "completed"
    assert (sms.status, sms.held, sms.reason) == ("scheduled", True, "Paused by Supervisor Tester")
    ws.clock.advance(hours=5)
    engine.tick()
    assert gateway.sent == []

    PauseService(ws.store, ws.clock).resume(ws.supervisor, enrollment_id)
    engine.tick()
    assert [m.to for m in gateway.sent] == ["+15125550100"]


def test_a_pause_with_an_end_lifts_by_itself(ws: Workspace) -> None:
    enrollment_id = three_texts(ws)
    gateway = RecordingGateway()
    engine = Engine(ws.store, ws.clock, gateway, "e1")
    engine.tick()
    until = ws.clock.now + timedelta(days=1)
    PauseService(ws.store, ws.clock).pause(ws.supervisor, enrollment_id, until)
    ws.clock.advance(hours=2)
    engine.tick()
    assert len(gateway.sent) == 1
    second = runs(ws)[1]
    # Deferred to the pause's end; the Why in the account's zone (Los Angeles).
    assert (second.due_at, second.reason) == (until, "Paused by Supervisor Tester until Mar 3, 07:00")

    ws.clock.advance(hours=22)
    engine.tick()
    assert len(gateway.sent) == 2
    with ws.db.read() as s:
        row = s.get(EnrollmentRow, enrollment_id)
        assert row is not None and (row.state, row.paused_until, row.paused_by) == ("active", None, None)
