"""A deactivated agent gets no new leads and no call prompts, on SQLite and PostgreSQL: the
queue's round robin passes them by, a lead they owned is assigned as if unowned, the
prompts they held go back to the queue at once, and their leads' calls and texts come
from the rest of the team and the account's default sender."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from kixie_desktop.domain.cadence import CallAction, OwnerAssignment, SmsAction
from kixie_desktop.domain.directory import NewContact, Queue
from kixie_desktop.domain.roles import Actor, Availability, Role
from kixie_desktop.services.administration.accounts import AccountService, actor_for
from kixie_desktop.services.calls.powercall import PowerCallService
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.storage.models import ActionRunRow, AuditLogRow, CallPromptRow, ContactRow, EnrollmentRow
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace

LEAD = NewContact(phone="+1 512 555 0100", first_name="Olivia")


def pair(ws: Workspace) -> tuple[Queue, Actor, Actor]:
    """A queue of two available agents: the workspace's agent (Alex here) and Bea."""
    bea = actor_for(ws.directory.add_user(ws.admin, "Bea", "Two", "bea@acme.test", Role.AGENT,
                                          sender_number="+14155550142"))
    team = ws.directory.add_team(ws.admin, "Pair", [ws.agent.user_id, bea.user_id])  # type: ignore[list-item]
    queue = ws.directory.add_queue(ws.admin, "Pair", [team.id])
    for agent in (ws.agent, bea):
        ws.directory.set_availability(agent, agent.user_id, Availability.AVAILABLE)  # type: ignore[arg-type]
    return queue, ws.agent, bea


def cadence(ws: Workspace, queue: Queue, *actions: object, **settings: object) -> int:
    base = ws.definition()
    version = ws.cadences.create(ws.manager, replace(
        base, settings=replace(base.settings, queue_id=queue.id, **settings),
        actions=actions or base.actions))  # type: ignore[arg-type]
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


def powercall(ws: Workspace) -> PowerCallService:
    return PowerCallService(ws.store, ws.clock, ws.enrollment, CrmJobs(enabled=False))


def test_round_robin_passes_a_deactivated_agent_by_until_they_are_back(ws: Workspace) -> None:
    queue, alex, bea = pair(ws)
    cid = cadence(ws, queue)
    ws.directory.deactivate_user(ws.manager, bea.user_id)  # type: ignore[arg-type]
    owners = [ws.enrollment.enroll(ws.manager, cid, replace(LEAD, phone=f"+1512555010{i}")).enrollment.owner_id
              for i in range(3)]
    assert owners == [alex.user_id] * 3
    ws.directory.reactivate_user(ws.manager, bea.user_id)  # type: ignore[arg-type]
    owners = [ws.enrollment.enroll(ws.manager, cid, replace(LEAD, phone=f"+1512555011{i}")).enrollment.owner_id
              for i in range(2)]
    assert sorted(owners) == sorted([alex.user_id, bea.user_id])  # type: ignore[type-var]


def test_a_lead_owned_by_a_deactivated_agent_is_assigned_as_if_unowned(ws: Workspace) -> None:
    queue, alex, bea = pair(ws)
    cid = cadence(ws, queue, use_contact_owner=True)
    ws.contacts.upsert(ws.manager, replace(LEAD, owner_email="bea@acme.test"))
    ws.directory.deactivate_user(ws.manager, bea.user_id)  # type: ignore[arg-type]
    assert ws.enrollment.enroll(ws.manager, cid, LEAD).enrollment.owner_id == alex.user_id
    # A CRM naming her as the owner of a new lead: the lead is kept and goes to the queue.
    result = ws.enrollment.enroll(ws.manager, cid, replace(LEAD, phone="+1 512 555 0111", owner_email="bea@acme.test"))
    assert result.enrollment.owner_id == alex.user_id and result.contact.owner_id == alex.user_id


def test_deactivating_an_agent_hands_their_prompt_to_the_others_it_went_to(ws: Workspace) -> None:
    queue, alex, bea = pair(ws)
    cid = cadence(ws, queue, CallAction(), assign_owner=OwnerAssignment.ON_ANSWER)
    calls = powercall(ws)
    ws.enrollment.enroll(ws.manager, cid, LEAD)
    Engine(ws.store, ws.clock, RecordingGateway(), "e").tick()
    assert len(calls.prompts(alex)) == len(calls.prompts(bea)) == 1

    ws.directory.deactivate_user(ws.manager, bea.user_id)  # type: ignore[arg-type]
    assert calls.prompts(bea) == [] and len(calls.prompts(alex)) == 1
    with ws.db.read() as s:
        states = dict(s.execute(select(CallPromptRow.user_id, CallPromptRow.state)).all())
        audit = s.scalars(select(AuditLogRow).where(AuditLogRow.action == "deactivate")).one()
    assert states == {alex.user_id: "offered", bea.user_id: "declined"}
    assert audit.detail["prompts_passed_on"] == 1


def owned_by_bea(ws: Workspace, queue: Queue, *actions: object) -> int:
    """A lead Bea owns, enrolled in a cadence of ``actions``; the enrollment's id."""
    AccountService(ws.store, ws.clock).update(ws.admin, default_sender="+14155550100")
    ws.contacts.upsert(ws.manager, replace(LEAD, owner_email="bea@acme.test"))
    enrolled = ws.enrollment.enroll(ws.manager, cadence(ws, queue, *actions), LEAD).enrollment
    assert enrolled.owner_id is not None
    return enrolled.id


def test_a_deactivated_owners_call_goes_to_the_queue_and_the_taker_owns_the_lead(ws: Workspace) -> None:
    queue, alex, bea = pair(ws)
    enrollment_id = owned_by_bea(ws, queue, CallAction(retry=True, attempts=2),
                                 SmsAction(template_id=ws.template.id))
    engine, calls = Engine(ws.store, ws.clock, RecordingGateway(), "e"), powercall(ws)
    engine.tick()
    [prompt] = calls.prompts(bea)
    assert calls.prompts(alex) == []  # the owner's call

    # Bea leaves with the prompt on her screen: the call counts unanswered at once, not
    # after the prompt timeout, and its retry goes to the queue's available agents.
    ws.directory.deactivate_user(ws.manager, bea.user_id)  # type: ignore[arg-type]
    ws.clock.advance(seconds=1)  # well inside the 60 s prompt timeout
    engine.tick()
    with ws.db.read() as s:
        assert s.get(ActionRunRow, prompt.run_id).retry_count == 1  # type: ignore[union-attr]
    ws.clock.advance(minutes=30)  # past the retry's minimum gap
    engine.tick()
    [retry] = calls.prompts(alex)
    with ws.db.read() as s:
        reason = s.get(ActionRunRow, retry.run_id).reason  # type: ignore[union-attr]
    assert reason.startswith("Waiting for 1 available agent (first to accept becomes owner)")

    task = calls.accept(alex, retry.run_id)
    calls.finish_call(alex, task.run_id, next(
        d.id for d in ws.dispositions.list(alex) if d.name == "No Answer"))
    with ws.db.read() as s:
        assert s.get(EnrollmentRow, enrollment_id).owner_id == alex.user_id  # type: ignore[union-attr]
        assert s.scalar(select(ContactRow.owner_id).where(ContactRow.phone == "+15125550100")) == alex.user_id

    # Alex owns the lead now: the text after the call is his.
    gateway = RecordingGateway()
    Engine(ws.store, ws.clock, gateway, "e").tick()
    [sms] = gateway.sent
    assert sms.body == "Hi Olivia, it's Agent from Acme Solar."


def test_a_deactivated_owners_texts_come_from_the_default_sender(ws: Workspace) -> None:
    queue, _, bea = pair(ws)
    owned_by_bea(ws, queue, SmsAction(template_id=ws.template.id))
    ws.directory.deactivate_user(ws.manager, bea.user_id)  # type: ignore[arg-type]
    gateway = RecordingGateway()
    Engine(ws.store, ws.clock, gateway, "e").tick()
    [sms] = gateway.sent
    assert sms.sender == "+14155550100" and "Bea" not in sms.body


def test_a_deactivated_owners_lead_calling_in_rings_everyone(ws: Workspace) -> None:
    _, alex, bea = pair(ws)
    ws.contacts.upsert(ws.manager, replace(LEAD, owner_email="bea@acme.test"))
    calls = powercall(ws)
    assert calls.incoming(alex, "+15125550100").ring is False  # Bea is available: it rings her
    ws.directory.deactivate_user(ws.manager, bea.user_id)  # type: ignore[arg-type]
    ring = calls.incoming(alex, "+15125550100")
    assert (ring.ring, ring.reason) == (True, "Bea Two (owner) is deactivated")
