"""Run now through the service with the real engine, on SQLite and PostgreSQL: it only moves the
due time — every window, quiet hours and harassment limit still applies, and when one says no
the person is told when it will run, in words. Refusals write nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import select

from kixie_desktop.domain.cadence import CadenceHarassment, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.errors import NotFound, PermissionDenied
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.ids import ActionRunId
from kixie_desktop.domain.roles import Role
from kixie_desktop.domain.schedule import WeeklySchedule
from kixie_desktop.services.administration.accounts import actor_for
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.services.leads.pausing import PauseService
from kixie_desktop.services.supervision.run_now import NotRunnable, RunNowService
from kixie_desktop.storage.models import ActionRunRow, AuditLogRow
from tests.services.leads.test_pausing import LEAD, snapshot
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace

DAY_LATER = SmsAction(after=timedelta(days=1), template_id=0)


def cadence(ws: Workspace, name: str = "Speed to lead", *, target_hours: WeeklySchedule | None = None,
            **definition: Any) -> int:
    d = ws.definition(name)
    d = replace(d, actions=(replace(DAY_LATER, template_id=ws.template.id),), **definition)
    if target_hours is not None:
        d = replace(d, settings=replace(d.settings, target_hours=target_hours))
    version = ws.cadences.create(ws.manager, d)
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


def only_run(ws: Workspace) -> ActionRunRow:
    with ws.db.read() as s:
        [run] = s.scalars(select(ActionRunRow))
        return run


def service(ws: Workspace) -> RunNowService:
    return RunNowService(ws.store, ws.clock)


def test_run_now_makes_it_due_now_and_the_engine_sends_it(ws: Workspace) -> None:
    ws.enrollment.enroll(ws.manager, cadence(ws), LEAD)
    run = only_run(ws)
    assert run.due_at == ws.clock.now + timedelta(days=1)
    done = service(ws).run_now(ws.supervisor, ActionRunId(run.id))
    assert (done.at_once, done.due_at, done.message) == (True, ws.clock.now, "The text is due now.")
    run = only_run(ws)
    assert (run.due_at, run.reason, run.status) == (ws.clock.now, "Run now by Supervisor Tester", "scheduled")
    gateway = RecordingGateway()
    Engine(ws.store, ws.clock, gateway, "e1").tick()
    assert [m.to for m in gateway.sent] == ["+15125550100"]
    with ws.db.read() as s:
        assert s.scalar(select(AuditLogRow.action).order_by(AuditLogRow.id.desc())) == "run_now"


def test_closed_hours_still_apply_and_the_answer_says_when(ws: Workspace) -> None:
    # 15:00 UTC Monday is 09:00 in Chicago: target hours 10:00-12:00 open in an hour.
    ws.enrollment.enroll(ws.manager, cadence(ws, target_hours=WeeklySchedule.daily(600, 720)), LEAD)
    run = only_run(ws)
    done = service(ws).run_now(ws.supervisor, ActionRunId(run.id))
    opens = datetime(2026, 3, 2, 16, 0, tzinfo=timezone.utc)
    assert (done.at_once, done.due_at) == (False, opens)
    # In the account's zone (Los Angeles): 08:00.
    assert done.message == ("Not now: Target hours closed until 10:00 America/Chicago. "
                            "The text will go out Mar 2, 08:00.")
    run = only_run(ws)
    assert (run.due_at, run.reason) == (opens, "Target hours closed until 10:00 America/Chicago")
    gateway = RecordingGateway()
    Engine(ws.store, ws.clock, gateway, "e1").tick()
    assert gateway.sent == []


def test_the_harassment_limit_still_applies(ws: Workspace) -> None:
    rules = HarassmentRules(sms=RateLimit(1, 1, PeriodUnit.DAYS))
    ws.enrollment.enroll(ws.manager, cadence(ws, harassment=CadenceHarassment(False, rules)), LEAD)
    other = cadence(ws, "Nurture", harassment=CadenceHarassment(False, rules))
    ws.enrollment.enroll(ws.manager, other, LEAD)
    with ws.db.read() as s:
        first, second = s.scalars(select(ActionRunRow).order_by(ActionRunRow.id))
    service(ws).run_now(ws.supervisor, ActionRunId(first.id))
    Engine(ws.store, ws.clock, RecordingGateway(), "e1").tick()  # the number's one text of the day
    done = service(ws).run_now(ws.supervisor, ActionRunId(second.id))
    assert not done.at_once and done.due_at == ws.clock.now + timedelta(days=1)
    assert done.message.startswith("Not now: Harassment rule 1 SMS / 1 day: next slot")


@pytest.mark.parametrize("case", ["paused", "cadence_off", "dnc", "ended", "agent_not_owner", "missing"])
def test_refusals_say_why_and_write_nothing(ws: Workspace, case: str) -> None:
    cadence_id = cadence(ws)
    result = ws.enrollment.enroll(ws.manager, cadence_id, LEAD)
    run_id = ActionRunId(only_run(ws).id)
    actor = ws.supervisor
    if case == "paused":
        PauseService(ws.store, ws.clock).pause(ws.supervisor, result.enrollment.id)
    elif case == "cadence_off":
        ws.cadences.set_active(ws.manager, cadence_id, False)
    elif case == "dnc":
        with ws.store.write() as uow:  # as a Do Not Call disposition leaves it
            uow.contacts.update(replace(result.contact, do_not_contact=True), ws.clock.now)
    elif case == "ended":
        Engine(ws.store, ws.clock, RecordingGateway(), "e1").tick()
        service(ws).run_now(ws.supervisor, run_id)
        ws.clock.advance(seconds=1)
        Engine(ws.store, ws.clock, RecordingGateway(), "e1").tick()
    elif case == "agent_not_owner":
        actor = actor_for(ws.directory.add_user(ws.admin, "Bea", "Two", "bea@acme.test", Role.AGENT))
    before = snapshot(ws)
    expected: dict[str, tuple[type[Exception], str]] = {
        "paused": (NotRunnable, "The lead is paused: resume it first"),
        "cadence_off": (NotRunnable, "The cadence is turned off"),
        "dnc": (NotRunnable, "Not run: Contact is Do Not Contact"),
        "ended": (NotRunnable, "This action has already ended"),
        "agent_not_owner": (PermissionDenied, "may only run now the actions of leads they own"),
        "missing": (NotFound, "does not exist"),
    }
    error, words = expected[case]
    with pytest.raises(error, match=words):
        service(ws).run_now(actor, ActionRunId(run_id + 1000) if case == "missing" else run_id)
    assert snapshot(ws) == before


def test_an_agent_may_run_now_the_leads_they_own(ws: Workspace) -> None:
    result = ws.enrollment.enroll(ws.manager, cadence(ws), NewContact(phone="+1 512 555 0100"))
    assert result.enrollment.owner_id == ws.agent.user_id
    assert service(ws).run_now(ws.agent, ActionRunId(only_run(ws).id)).at_once
