"""PowerCall through the services: prompts, exactly one winner, dispositions and their rules."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import select

from kixie_desktop.domain.cadence import CallAction, DispositionRule, OwnerAssignment, RuleAction, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.errors import Conflict, NotFound, ValidationError
from kixie_desktop.domain.powercall import CallEnd
from kixie_desktop.domain.roles import Availability, Role
from kixie_desktop.services.administration.accounts import actor_for
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.services.leads.enrollment import EnrollmentService
from kixie_desktop.services.calls.powercall import PowerCallService
from kixie_desktop.storage.models import (
    ActionRunRow,
    CallPromptRow,
    CallRecordRow,
    ContactRow,
    EnrollmentRow,
    TouchRow,
    WebhookOutboxRow,
)
from kixie_desktop.storage.models.base import Base
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace

LEAD = NewContact(phone="+1 512 555 0100", first_name="Olivia")


@pytest.fixture
def two_agents(ws: Workspace):  # type: ignore[no-untyped-def]
    bea = actor_for(ws.directory.add_user(ws.admin, "Bea", "Two", "bea@acme.test", Role.AGENT))
    team = ws.directory.add_team(ws.admin, "Pair", [ws.agent.user_id, bea.user_id])  # type: ignore[list-item]
    queue = ws.directory.add_queue(ws.admin, "Pair", [team.id])
    for a in (ws.agent, bea):
        ws.directory.set_availability(a, a.user_id, Availability.AVAILABLE)  # type: ignore[arg-type]
    return queue, ws.agent, bea


def cadence(ws: Workspace, queue_id: int, rules: tuple = (), name: str = "Call first", **settings: object) -> int:
    base = ws.definition(name)
    defn = replace(base, settings=replace(base.settings, queue_id=queue_id, **settings),
                   actions=(CallAction(), SmsAction(template_id=ws.template.id)), disposition_rules=rules)
    version = ws.cadences.create(ws.manager, defn)
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


def services(ws: Workspace) -> tuple[EnrollmentService, PowerCallService, Engine, RecordingGateway]:
    enrollment = ws.enrollment
    gateway = RecordingGateway()
    powercall = PowerCallService(ws.store, ws.clock, enrollment, CrmJobs(enabled=False))
    return enrollment, powercall, Engine(ws.store, ws.clock, gateway, "e"), gateway


def disposition(ws: Workspace, name: str) -> int:
    return next(d.id for d in ws.dispositions.list(ws.agent) if d.name == name)


def prompted_on_answer(ws: Workspace, two_agents):  # type: ignore[no-untyped-def]
    """An On Answer cadence's call prompt, offered to both agents; their prompts, the
    services and the gateway."""
    queue, alex, bea = two_agents
    cid = cadence(ws, queue.id, assign_owner=OwnerAssignment.ON_ANSWER)
    enrollment, powercall, engine, gateway = services(ws)
    enrollment.enroll(ws.manager, cid, LEAD)
    engine.tick()
    [p_alex], [p_bea] = powercall.prompts(alex), powercall.prompts(bea)
    return p_alex, p_bea, powercall, engine, gateway


def test_on_answer_prompts_everyone_and_the_first_to_accept_owns_the_contact(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    _, alex, bea = two_agents
    p_alex, p_bea, powercall, _, _ = prompted_on_answer(ws, two_agents)
    assert p_alex.run_id == p_bea.run_id and p_alex.contact.first_name == "Olivia"
    assert p_alex.cadence_name == "Call first"

    task = powercall.accept(bea, p_bea.run_id)
    assert task.contact.phone == "+15125550100"
    with pytest.raises(Conflict, match="another agent already took this call"):
        powercall.accept(alex, p_alex.run_id)
    assert powercall.prompts(alex) == []
    with ws.db.read() as s:
        assert s.scalar(select(EnrollmentRow.owner_id)) == bea.user_id
        assert s.scalar(select(ContactRow.owner_id)) == bea.user_id


def test_a_skip_passes_the_prompt_and_when_everyone_skips_the_call_is_unanswered_at_once(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    _, alex, bea = two_agents
    p_alex, p_bea, powercall, engine, gateway = prompted_on_answer(ws, two_agents)

    assert powercall.skip(alex, p_alex.prompt_id) is False  # Bea may still take it
    assert powercall.skip(alex, p_alex.prompt_id) is False  # a second skip changes nothing
    assert powercall.skip(alex, p_bea.prompt_id) is False  # nor does skipping someone else's
    assert powercall.prompts(alex) == [] and powercall.prompts(bea) == [p_bea]
    ws.clock.advance(seconds=5)
    engine.tick()
    with ws.db.read() as s:
        assert s.scalars(select(ActionRunRow.status).order_by(ActionRunRow.id)).first() == "processing"

    assert powercall.skip(bea, p_bea.prompt_id) is True  # the last one to pass
    ws.clock.advance(seconds=1)  # well inside the 60 s prompt timeout
    engine.tick()
    with ws.db.read() as s:
        call, sms = s.scalars(select(ActionRunRow).order_by(ActionRunRow.id)).all()
        states = sorted(s.scalars(select(CallPromptRow.state)).all())
    assert call.status == "missed" and sms.status == "completed"  # no retries: on to the SMS
    assert states == ["declined", "declined"]
    assert len(gateway.sent) == 1


def test_racing_accepts_have_exactly_one_winner(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    queue, alex, bea = two_agents
    cid = cadence(ws, queue.id, assign_owner=OwnerAssignment.ON_ANSWER)
    enrollment, powercall, engine, _ = services(ws)
    enrollment.enroll(ws.manager, cid, LEAD)
    engine.tick()
    run_id = powercall.prompts(alex)[0].run_id
    barrier, results = threading.Barrier(2), {}

    def take(agent) -> None:  # type: ignore[no-untyped-def]
        barrier.wait()
        try:
            results[agent.name] = powercall.accept(agent, run_id)
        except Conflict as exc:
            results[agent.name] = exc

    threads = [threading.Thread(target=take, args=(a,)) for a in (alex, bea)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [v for v in results.values() if not isinstance(v, Conflict)]
    assert len(winners) == 1
    with ws.db.read() as s:
        assert s.scalar(select(ActionRunRow.accepted_by).where(ActionRunRow.id == run_id)) in (alex.user_id, bea.user_id)


def test_call_record_and_disposition_continue(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    queue, alex, _ = two_agents
    cid = cadence(ws, queue.id)
    enrollment, powercall, engine, gateway = services(ws)
    enrollment.enroll(ws.manager, cid, LEAD)
    engine.tick()
    prompt = powercall.prompts(alex)[0]
    task = powercall.accept(alex, prompt.run_id)
    record = powercall.call_placed(alex, task.run_id, task.contact.phone, task.caller_id)
    connected = ws.clock.now
    ws.clock.advance(minutes=2)
    end = CallEnd(200, "Normal call clearing", connected, ws.clock.now)
    ws.clock.advance(seconds=30)  # the agent takes a while to choose: talk time is the call's
    said = powercall.finish_call(alex, task.run_id, disposition(ws, "No Answer"), "left no message", record, end)
    assert said == "Next action scheduled"
    engine.tick()
    assert len(gateway.sent) == 1  # the SMS after the call
    with ws.db.read() as s:
        call = s.scalars(select(CallRecordRow)).one()
        assert (call.sip_status, call.sip_reason, call.notes) == (200, "Normal call clearing", "left no message")
        assert (call.ended_at - call.connected_at).total_seconds() == 120
        assert s.scalar(select(TouchRow.kind).where(TouchRow.kind == "call")) == "call"
        first = s.scalars(select(ActionRunRow).order_by(ActionRunRow.id)).first()
        assert (first.status, first.outcome) == ("completed", "No Answer")


def everything(ws: Workspace) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: what a refused call must leave as it found it."""
    with ws.db.read() as s:
        return {t.name: sorted(map(tuple, s.execute(select(t)).all()), key=repr) for t in Base.metadata.sorted_tables}


def test_finish_call_closes_the_record_and_saves_the_disposition_in_one_transaction(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    from kixie_desktop.config.secrets import KeyringSecrets
    from kixie_desktop.services.outbox.webhooks import WebhookService

    queue, alex, bea = two_agents
    WebhookService(ws.store, ws.clock, KeyringSecrets()).create(
        ws.admin, "https://hooks.example.com/kixie", ["call.dispositioned"])
    cid = cadence(ws, queue.id)
    enrollment, powercall, engine, _ = services(ws)
    enrollment.enroll(ws.manager, cid, LEAD)
    engine.tick()
    task = powercall.accept(alex, powercall.prompts(alex)[0].run_id)
    record = powercall.call_placed(alex, task.run_id, task.contact.phone, task.caller_id)
    end = CallEnd(200, "Normal call clearing", ws.clock.now, ws.clock.advance(seconds=75))
    before = everything(ws)

    # Refused after the record was closed inside the transaction: the close is rolled back too.
    with pytest.raises(NotFound):
        powercall.finish_call(alex, task.run_id, 999_999, "gone", record, end)  # type: ignore[arg-type]
    assert everything(ws) == before
    with pytest.raises(Conflict, match="another agent"):
        powercall.finish_call(bea, task.run_id, disposition(ws, "Interested"), "", record, end)
    assert everything(ws) == before

    said = powercall.finish_call(alex, task.run_id, disposition(ws, "Interested"), " Call back Friday ", record, end)
    assert said == "Next action scheduled"
    with ws.db.read() as s:
        call = s.get(CallRecordRow, record)
        run = s.get(ActionRunRow, task.run_id)
        hooks = s.scalars(select(WebhookOutboxRow.payload)).all()
    assert (call.sip_status, call.sip_reason, call.notes) == (200, "Normal call clearing", "Call back Friday")
    assert call.disposition_id == disposition(ws, "Interested") and call.ended_at is not None
    assert (run.status, run.outcome) == ("completed", "Interested")
    assert [h["duration_s"] for h in hooks] == [75]  # talk time read from the record closed just before


def test_a_voicemail_drop_saves_left_voicemail_while_the_call_still_plays(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    queue, alex, _ = two_agents
    cid = cadence(ws, queue.id)
    enrollment, powercall, engine, gateway = services(ws)
    enrollment.enroll(ws.manager, cid, LEAD)
    engine.tick()
    task = powercall.accept(alex, powercall.prompts(alex)[0].run_id)
    record = powercall.call_placed(alex, task.run_id, task.contact.phone, task.caller_id)
    # Archived, the disposition cannot be saved: refused in words, nothing written.
    left_voicemail = disposition(ws, "Left Voicemail")
    ws.dispositions.archive(ws.manager, left_voicemail)
    with pytest.raises(ValidationError, match="no Left Voicemail disposition.*Settings ▸ Dispositions") as refused:
        powercall.leave_voicemail(alex, task.run_id, record)
    assert refused.value.field == "voicemail"
    with ws.db.read() as s:
        assert s.scalars(select(ActionRunRow.status).order_by(ActionRunRow.id)).first() == "processing"
        assert s.scalars(select(CallRecordRow.disposition_id)).one() is None
    ws.dispositions.unarchive(ws.manager, left_voicemail)

    connected = ws.clock.now
    assert powercall.leave_voicemail(alex, task.run_id, record) == "Next action scheduled"
    # The greeting ends, the softphone hangs up: the record closes then.
    powercall.call_ended(alex, record, CallEnd(200, "Normal call clearing", connected, ws.clock.advance(seconds=25)))
    engine.tick()
    assert len(gateway.sent) == 1  # the cadence went on to its SMS
    with ws.db.read() as s:
        call = s.scalars(select(CallRecordRow)).one()
        assert call.disposition_id == left_voicemail and call.ended_at is not None
        first = s.scalars(select(ActionRunRow).order_by(ActionRunRow.id)).first()
        assert (first.status, first.outcome) == ("completed", "Left Voicemail")


def test_stop_rule_ends_the_enrollment(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    queue, alex, _ = two_agents
    interested = disposition(ws, "Interested")
    cid = cadence(ws, queue.id, rules=(DispositionRule(interested, RuleAction.STOP),))
    enrollment, powercall, engine, gateway = services(ws)
    enrollment.enroll(ws.manager, cid, LEAD)
    engine.tick()
    task = powercall.accept(alex, powercall.prompts(alex)[0].run_id)
    assert powercall.finish_call(alex, task.run_id, interested) == "Cadence stopped for this contact"
    engine.tick()
    assert gateway.sent == []
    with ws.db.read() as s:
        assert s.scalar(select(EnrollmentRow.state)) == "stopped"


def test_forward_rule_enrolls_in_the_target_and_records_a_refusal(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    queue, alex, bea = two_agents
    nurture = cadence(ws, queue.id, name="Nurture", exclusive=True)
    not_interested = disposition(ws, "Not Interested")
    main = cadence(ws, queue.id, rules=(DispositionRule(not_interested, RuleAction.FORWARD, nurture),))
    enrollment, powercall, engine, _ = services(ws)
    enrollment.enroll(ws.manager, main, LEAD)
    engine.tick()
    task = powercall.accept(alex, powercall.prompts(alex)[0].run_id)
    assert powercall.finish_call(alex, task.run_id, not_interested) == "Forwarded to Nurture"
    with ws.db.read() as s:
        states = dict(s.execute(select(EnrollmentRow.cadence_id, EnrollmentRow.state)).all())
    assert states == {main: "forwarded", nurture: "active"}

    # Forwarding into a cadence that is off is refused, and the refusal is kept.
    ws.cadences.set_active(ws.manager, nurture, False)
    enrollment.enroll(ws.manager, main, replace(LEAD, phone="+1 512 555 0177"))
    engine.tick()
    task = powercall.accept(bea, powercall.prompts(bea)[0].run_id)  # round robin's turn
    said = powercall.finish_call(bea, task.run_id, not_interested)
    assert said.startswith("Forward refused:") and "turned off" in said
    with ws.db.read() as s:
        run = s.get(ActionRunRow, task.run_id)
        assert "refused" in run.reason


def test_do_not_call_marks_the_contact_and_stops_every_enrollment(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    queue, alex, _ = two_agents
    first, second = cadence(ws, queue.id), cadence(ws, queue.id, name="Other")
    enrollment, powercall, engine, gateway = services(ws)
    enrollment.enroll(ws.manager, first, LEAD)
    engine.tick()
    enrollment.enroll(ws.manager, second, LEAD)
    task = powercall.accept(alex, powercall.prompts(alex)[0].run_id)
    powercall.finish_call(alex, task.run_id, disposition(ws, "Do Not Call"))
    engine.tick()
    assert gateway.sent == []
    with ws.db.read() as s:
        assert s.scalar(select(ContactRow.do_not_contact)) is True
        assert set(s.scalars(select(EnrollmentRow.state))) == {"stopped"}
        assert not s.scalars(select(ActionRunRow).where(ActionRunRow.status.in_(["scheduled", "processing"]))).all()


def test_inbound_calls_ring_the_owner_first(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    _, alex, bea = two_agents
    _, powercall, _, _ = services(ws)
    contact, _ = ws.contacts.upsert(ws.admin, replace(LEAD, owner_email="agent@acme.test"))
    assert contact.owner_id == alex.user_id
    assert powercall.incoming(alex, "(512) 555-0100").ring
    for_bea = powercall.incoming(bea, "+15125550100")
    assert not for_bea.ring and "owner" in for_bea.reason
    ws.directory.set_availability(alex, alex.user_id, Availability.AWAY)  # type: ignore[arg-type]
    assert powercall.incoming(bea, "+15125550100").ring  # the owner is away: someone must answer
    stranger = powercall.incoming(bea, "+15125559999")
    assert stranger.ring and stranger.contact is None


def test_an_answered_inbound_call_is_recorded_for_its_contact_but_is_no_touch(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    _, alex, bea = two_agents
    _, powercall, _, _ = services(ws)
    contact, _ = ws.contacts.upsert(ws.admin, LEAD)
    known = powercall.call_answered(alex, "(512) 555-0100", "+15125550000")
    unknown = powercall.call_answered(bea, "anonymous", "+15125550000")
    powercall.call_ended(alex, known, CallEnd(200, "OK", None, ws.clock.now))
    with ws.db.read() as s:
        rows = {r.id: r for r in s.scalars(select(CallRecordRow))}
        touches = s.scalars(select(TouchRow)).all()
    assert (rows[known].direction, rows[known].contact_id, rows[known].user_id, rows[known].from_number,
            rows[known].to_number, rows[known].action_run_id) == ("in", contact.id, alex.user_id, "+15125550100",
                                                                  "+15125550000", None)
    assert rows[known].ended_at is not None and rows[known].sip_status == 200
    assert (rows[unknown].contact_id, rows[unknown].from_number, rows[unknown].user_id) == (None, "anonymous", bea.user_id)
    assert touches == []


def test_subscribers_hear_of_dispositions_and_replies(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    from kixie_desktop.config.secrets import KeyringSecrets
    from kixie_desktop.services.outbox.webhooks import WebhookService
    from kixie_desktop.storage.models import WebhookOutboxRow

    queue, alex, _ = two_agents
    WebhookService(ws.store, ws.clock, KeyringSecrets()).create(
        ws.admin, "https://hooks.example.com/kixie", ["call.dispositioned", "sms.received"])
    enrollment, powercall, engine, _ = services(ws)
    enrollment.enroll(ws.manager, cadence(ws, queue.id), LEAD)
    engine.tick()
    task = powercall.accept(alex, powercall.prompts(alex)[0].run_id)
    powercall.finish_call(alex, task.run_id, disposition(ws, "Interested"), "call back Friday")
    ws.inbound_sms.receive(ws.admin.account_id, "+15125550100", None, "Friday works")
    with ws.db.read() as s:
        events = {r.event_type: r.payload for r in s.scalars(select(WebhookOutboxRow))}
    assert events["call.dispositioned"]["disposition"] == "Interested"
    assert events["call.dispositioned"]["notes"] == "call back Friday"
    assert events["call.dispositioned"]["contact"]["phone"] == "+15125550100"
    assert events["sms.received"]["body"] == "Friday works"


def test_the_call_record_keeps_its_talk_and_wrap_up_time(ws: Workspace, two_agents) -> None:  # type: ignore[no-untyped-def]
    """Talk: answered → hung up (none for a call nobody answered). Wrap-up: hung up → the
    disposition saved. Analytics sums them (docs/analytics.md)."""
    queue, alex, bea = two_agents
    cid = cadence(ws, queue.id)
    enrollment, powercall, engine, _ = services(ws)
    for n, phone in enumerate(("+1 512 555 0100", "+1 512 555 0101")):
        enrollment.enroll(ws.manager, cid, NewContact(phone=phone, first_name=f"Lead{n}"))
    engine.tick()
    offered = [(who, p) for who in (alex, bea) for p in powercall.prompts(who)]
    records = []
    for (who, prompt), answered_after, talk, wrap in zip(offered, (5, None), (42, 0), (13, 7), strict=True):
        task = powercall.accept(who, prompt.run_id)
        record = powercall.call_placed(who, task.run_id, task.contact.phone, None)
        answered = ws.clock.advance(seconds=answered_after) if answered_after is not None else None
        hung_up = ws.clock.advance(seconds=talk or 30)
        ws.clock.advance(seconds=wrap)
        end = CallEnd(200 if answered else 487, None, answered, hung_up)
        powercall.finish_call(who, task.run_id, disposition(ws, "Connected" if answered else "No Answer"), "",
                              record, end)
        records.append(record)

    with ws.db.read() as s:
        rows = {i: (talk, wrap) for i, talk, wrap in s.execute(
            select(CallRecordRow.id, CallRecordRow.talk_s, CallRecordRow.wrap_up_s))}
    assert rows == {records[0]: (42.0, 13.0), records[1]: (None, 7.0)}
