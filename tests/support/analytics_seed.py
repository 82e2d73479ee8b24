"""A cadence's worth of history for the Analytics tests, made by the real services and engine
(enroll, tick, accept, call, disposition, STOP, unenroll, a crash mid-send) on a fake clock,
small enough to count by hand. ``HAND_COUNT`` below is that count.

The account's zone is America/Los_Angeles. "Speed to lead" is SMS → Call a day later → SMS;
Interested stops it, Not Interested forwards to "Nurture". Agents: Agent Tester (``ws.agent``),
Bea and Cam (never available). ``E`` = Mon 2026-03-02 15:00 UTC (07:00 in Los Angeles).

| lead | owner | what happens | ends |
|---|---|---|---|
| Harper | Cam | enrolled Fri Feb 27, texted 30 s later, unenrolled | outside Mar 2–3 |
| Ava | Cam | E: the engine dies handing her text over → Unknown (E+3 min); Tue her call finds nobody → missed; her last text is sent at T2 = E+1 d 10 min | completed, step 3 |
| Olivia | Agent | text sent E+3 min; T2: called, connected 60 s, 20 s wrap-up, Interested | stopped, step 2 |
| Liam | Bea | text sent E+3 min; called, no answer (30 s ring), 10 s wrap-up, No Answer; last text sent | completed, step 3 |
| Emma | Agent | her text fails (E+3 min); called, 120 s talk, 30 s wrap-up, Not Interested | forwarded, step 2 |
| Noah | Bea | replied STOP before enrolling: text skipped (opted out); called, 30 s talk, 5 s wrap-up, Connected; last text skipped (opted out) | completed, step 3 |
| Mia | Bea | enrolled at E, unenrolled at once | unenrolled, step 1 |
| Lucas | Agent | enrolled Tue after everything else, waiting | in progress, step 1 |

Calls on Tue (T2 onwards, one after the other): Olivia placed T2, Liam T2+85 s, Emma T2+125 s,
Noah T2+280 s. First touches, seconds after enrolment: Olivia and Liam 180, Ava 87,000 (T2),
Emma 87,125, Noah 87,280.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

from kixie_desktop.domain.analytics import AnalyticsQuery
from kixie_desktop.domain.cadence import CallAction, DispositionRule, RuleAction, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult
from kixie_desktop.domain.powercall import CallEnd
from kixie_desktop.domain.roles import Actor, Availability, Role
from kixie_desktop.services.administration.accounts import AccountService, actor_for
from kixie_desktop.services.calls.powercall import PowerCallService
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.services.leads.unenroll import UnenrollService
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from tests.support.gateways import Crash, RecordingGateway
from tests.support.workspace import Workspace

E = datetime(2026, 3, 2, 15, 0, tzinfo=timezone.utc)
T2 = E + timedelta(days=1, minutes=10)
MONDAY, TUESDAY = date(2026, 3, 2), date(2026, 3, 3)


@dataclass
class SeededAnalytics:
    cadence_id: CadenceId
    nurture_id: CadenceId
    agent: Actor  # Agent Tester
    bea: Actor
    cam: Actor

    def query(self, first: date = MONDAY, last: date = TUESDAY, agent: Actor | None = None) -> AnalyticsQuery:
        return AnalyticsQuery(self.cadence_id, first, last, agent.user_id if agent else None)


def _lead(first: str, n: int, owner: Actor) -> NewContact:
    return NewContact(phone=f"+1 512 555 01{n:02d}", first_name=first, last_name="Lead",
                      owner_email=f"{owner.name.split()[0].lower()}@acme.test")


def seed_analytics(ws: Workspace) -> SeededAnalytics:
    admin, manager = ws.admin, ws.manager
    # Each agent takes their calls one after another: their prompts must outlast the others' calls.
    AccountService(ws.store, ws.clock).update(admin, prompt_timeout_s=600)
    bea = actor_for(ws.directory.add_user(admin, "Bea", "Two", "bea@acme.test", Role.AGENT))
    cam = actor_for(ws.directory.add_user(admin, "Cam", "Three", "cam@acme.test", Role.AGENT))
    agent = ws.agent
    team = ws.directory.add_team(admin, "Sales", [agent.user_id, bea.user_id, cam.user_id])  # type: ignore[list-item]
    queue = ws.directory.add_queue(admin, "Sales", [team.id])
    by_name = {d.name: d.id for d in ws.dispositions.list(admin)}
    nurture = ws.cadences.create(manager, replace(ws.definition("Nurture"), actions=(
        SmsAction(template_id=ws.template.id, after=timedelta(days=7)),)))
    base = ws.definition("Speed to lead")
    version = ws.cadences.create(manager, replace(
        base, settings=replace(base.settings, queue_id=queue.id),
        actions=(SmsAction(template_id=ws.template.id), CallAction(after=timedelta(days=1)),
                 SmsAction(template_id=ws.template.id)),
        disposition_rules=(DispositionRule(by_name["Interested"], RuleAction.STOP),
                           DispositionRule(by_name["Not Interested"], RuleAction.FORWARD, nurture.cadence_id))))
    for cadence in (version.cadence_id, nurture.cadence_id):
        ws.cadences.set_active(manager, cadence, True)
    enroll, unenroll = ws.enrollment, UnenrollService(ws.store, ws.clock)

    # Friday: Harper, outside the Monday-Tuesday range.
    ws.clock.now = datetime(2026, 2, 27, 17, 0, tzinfo=timezone.utc)
    harper = enroll.enroll(manager, version.cadence_id, _lead("Harper", 6, cam))
    ws.clock.advance(seconds=30)
    Engine(ws.store, ws.clock, RecordingGateway(), "friday").tick()
    unenroll.unenroll(ws.supervisor, harper.enrollment.id)

    # Monday, E.
    ws.clock.now = E
    ws.contacts.upsert(manager, _lead("Noah", 3, bea))
    ws.inbound_sms.receive(agent.account_id, "+15125550103", None, "STOP")
    enroll.enroll(manager, version.cadence_id, _lead("Ava", 4, cam))

    def crash(_: OutboundSms) -> SmsResult:
        raise Crash

    try:
        Engine(ws.store, ws.clock, RecordingGateway(crash), "dead").tick()
    except Crash:
        pass  # the engine died with Ava's text handed over and nothing written about it
    for n, (first, owner) in enumerate((("Olivia", agent), ("Liam", bea), ("Emma", agent), ("Noah", bea))):
        enroll.enroll(manager, version.cadence_id, _lead(first, n, owner))
    mia = enroll.enroll(manager, version.cadence_id, _lead("Mia", 5, bea))
    unenroll.unenroll(ws.supervisor, mia.enrollment.id)

    def gateway(msg: OutboundSms) -> SmsResult:
        if msg.to == "+15125550102":  # Emma's number is no mobile
            return SmsResult(SmsOutcome.PERMANENT_FAILURE, None, "Not a mobile number")
        return SmsResult(SmsOutcome.ACCEPTED, f"SM-{msg.idempotency_key}", "Sent")

    engine = Engine(ws.store, ws.clock, RecordingGateway(gateway, can_lookup=False), "e2")
    ws.clock.advance(minutes=3)
    engine.tick()  # Ava → Unknown; Olivia, Liam sent; Emma failed; Noah skipped

    # Tuesday, T2: the calls.
    ws.clock.now = T2
    for person in (agent, bea):
        ws.directory.set_availability(person, person.user_id, Availability.AVAILABLE)  # type: ignore[arg-type]
    engine.tick()  # calls offered; Ava's finds nobody (Cam is offline), her last text goes
    powercall = PowerCallService(ws.store, ws.clock, enroll, CrmJobs(enabled=False))
    calls = (("Olivia", agent, "Interested", 5, 60, 20), ("Liam", bea, "No Answer", 30, 0, 10),
             ("Emma", agent, "Not Interested", 5, 120, 30), ("Noah", bea, "Connected", 5, 30, 5))
    for first, who, outcome, ring, talk, wrap in calls:
        prompt = next(p for p in powercall.prompts(who) if p.contact.first_name == first)
        task = powercall.accept(who, prompt.run_id)
        record = powercall.call_placed(who, task.run_id, task.contact.phone, task.caller_id)
        ws.clock.advance(seconds=ring)
        connected_at = ws.clock.now if talk else None
        end = CallEnd(200 if talk else 487, None, connected_at, ws.clock.advance(seconds=talk))
        ws.clock.advance(seconds=wrap)
        powercall.finish_call(who, task.run_id, by_name[outcome], record_id=record, end=end)  # type: ignore[arg-type]
    engine.tick()  # Liam's last text sent, Noah's skipped
    ws.clock.advance(minutes=5)
    enroll.enroll(manager, version.cadence_id, _lead("Lucas", 7, agent))
    return SeededAnalytics(version.cadence_id, nurture.cadence_id, agent, bea, cam)
