"""The demo workspace: an account a newcomer can click through on a fresh machine.

Built only through the services, so it obeys every rule a real user would:
users of every role, two teams, two queues, SMS templates, the default
dispositions, three cadences that together use every action and rule type, and
50 contacts spread over several time zones (fictional 555-01xx numbers).
"""

from __future__ import annotations

from datetime import timedelta

from kixie_desktop.domain.cadence import (
    CadenceDefinition,
    CadenceHarassment,
    CadenceSettings,
    CallAction,
    DispositionRule,
    OwnerAssignment,
    ReplyBehavior,
    RuleAction,
    SmsAction,
)
from kixie_desktop.domain.directory import Account, NewContact, User
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Role
from kixie_desktop.domain.schedule import WeeklySchedule
from kixie_desktop.services.administration.accounts import AccountService, actor_for
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.leads.contacts import ContactService
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.leads.enrollment import EnrollmentService
from kixie_desktop.services.administration.dispositions import DispositionService
from kixie_desktop.services.administration.templates import TemplateService

DEMO_ACCOUNT = "Acme Solar (demo)"
ADMIN_EMAIL = "ada.admin@acme-solar.example"

PEOPLE = [
    ("Ada", "Lovelace", ADMIN_EMAIL, Role.ADMIN),
    ("Grace", "Hopper", "grace.manager@acme-solar.example", Role.MANAGER),
    ("Sam", "Supervisor", "sam.supervisor@acme-solar.example", Role.SUPERVISOR),
    ("Alex", "Rivera", "alex@acme-solar.example", Role.AGENT),
    ("Jordan", "Lee", "jordan@acme-solar.example", Role.AGENT),
    ("Priya", "Patel", "priya@acme-solar.example", Role.AGENT),
    ("Marcus", "Chen", "marcus@acme-solar.example", Role.AGENT),
]

FIRST = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas",
         "Mia", "Mateo", "Amelia", "Levi", "Harper", "Ethan", "Evelyn", "Aiden", "Luna", "Leo",
         "Camila", "Jack", "Gianna", "Henry", "Aria"]
LAST = ["Garcia", "Smith", "Nguyen", "Johnson", "Okafor", "Williams", "Brown", "Kowalski", "Jones",
        "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson",
        "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez"]
COMPANIES = ["Sunrise Homes", "Blue Ridge Roofing", "Pinecrest HOA", "Harbor Dental", "Nova Labs",
             "Cedar Builders", "Lakeside Realty", "Summit Fitness", None, None]
# (area code or prefix, explicit zone or None) — a spread of zones, with and without DST.
NUMBERS = [("+1212", None), ("+1312", None), ("+1303", None), ("+1415", None), ("+1602", None),
           ("+1808", None), ("+1416", None), ("+1305", None), ("+1512", None),
           ("+1907", "America/Anchorage")]

WEEKDAYS_9_TO_6 = WeeklySchedule.daily(9 * 60, 18 * 60, range(5))


def _demo_contacts() -> list[NewContact]:
    out = []
    for n in range(50):
        prefix, zone = NUMBERS[n % len(NUMBERS)]
        first, last = FIRST[n % len(FIRST)], LAST[(n * 7) % len(LAST)]
        company = COMPANIES[n % len(COMPANIES)]
        out.append(NewContact(
            phone=f"{prefix}55501{n:02d}", first_name=first, last_name=last,
            email=f"{first.lower()}.{last.lower()}@example.com", company=company, timezone=zone,
            external_id=f"demo-{n + 1:03d}",
        ))
    return out


def seed_demo(accounts: AccountService, directory: DirectoryService, templates: TemplateService,
              dispositions: DispositionService, cadences: CadenceService,
              contacts: ContactService, enrollment: EnrollmentService) -> tuple[Account, User]:
    """Seed an empty database. Raises ``Conflict`` when it already has an account.

    Ada (the admin a fresh workstation signs in as) is also on the Closers team, so
    she receives call prompts once she sets herself Available, and a dozen contacts
    are already enrolled, so the Inflight and Completed tables have something to show.
    """
    account, admin_user = accounts.bootstrap(DEMO_ACCOUNT, "America/Los_Angeles", "Ada", ADMIN_EMAIL,
                                             admin_last_name="Lovelace")
    admin = actor_for(admin_user)
    accounts.update(
        admin, default_sender="+14155550100",
        harassment=HarassmentRules(calls=RateLimit(3, 1, PeriodUnit.DAYS),
                                   sms=RateLimit(2, 1, PeriodUnit.DAYS)),
    )
    users = {p[2]: directory.add_user(admin, p[0], p[1], p[2], p[3], sender_number=f"+1415555{i:04d}")
             for i, p in enumerate(PEOPLE[1:], start=1)}
    agents = [u for u in users.values() if u.role is Role.AGENT]
    closers = directory.add_team(admin, "Closers", [admin_user.id, agents[0].id, agents[1].id])
    nurture_team = directory.add_team(admin, "Nurture", [agents[2].id, agents[3].id])
    inbound = directory.add_queue(admin, "Inbound Leads", [closers.id])
    follow_up = directory.add_queue(admin, "Follow-up", [closers.id, nurture_team.id])

    # Fallbacks: a lead without a first name, or texted before an agent owns them, never
    # reads "Hi , this is  from Acme Solar".
    welcome = templates.create(admin, "Welcome", "Hi {{contact.first_name|there}}, this is "
                               "{{agent.first_name|the team}} from {{account.name}}. Thanks for your interest! "
                               "When is a good time to talk?")
    missed = templates.create(admin, "Sorry we missed you", "Hi {{contact.first_name|there}}, "
                              "{{agent.first_name|the team}} from {{account.name}} here. I tried to call about "
                              "your solar quote. Reply with a good time!")
    nudge = templates.create(admin, "Monthly nudge", "Hi {{contact.first_name|there}}, {{account.name}} has new "
                             "savings in your area this month. Want an updated quote?")

    by_name = {d.name: d.id for d in dispositions.list(admin)}
    manager = actor_for(users["grace.manager@acme-solar.example"])
    nurture = cadences.create(manager, CadenceDefinition(
        settings=CadenceSettings(
            name="Long-term Nurture", queue_id=follow_up.id, assign_owner=OwnerAssignment.ROUND_ROBIN,
            use_contact_owner=True, allow_reenrollment=True, cadence_hours=WEEKDAYS_9_TO_6,
            target_hours=WeeklySchedule.daily(10 * 60, 17 * 60, range(5)),
            reply_behavior=ReplyBehavior.PAUSE, reply_pause=timedelta(days=3),
        ),
        actions=(
            SmsAction(template_id=nudge.id, after=timedelta(days=2)),
            CallAction(after=timedelta(days=7), retry=False),
            SmsAction(template_id=nudge.id, after=timedelta(days=30), customize=True,
                      body="Hi {{contact.first_name|there}}, checking in one last time from {{account.name}}. "
                           "Reply STOP to opt out."),
        ),
        disposition_rules=(
            DispositionRule(by_name["Not Interested"], RuleAction.STOP),
            DispositionRule(by_name["Wrong Number"], RuleAction.STOP),
        ),
        harassment=CadenceHarassment(use_business_rules=False, rules=HarassmentRules(
            calls=RateLimit(1, 1, PeriodUnit.DAYS), sms=RateLimit(1, 7, PeriodUnit.DAYS))),
    ))
    speed = cadences.create(manager, CadenceDefinition(
        settings=CadenceSettings(
            name="Speed to Lead", queue_id=inbound.id, assign_owner=OwnerAssignment.ON_ANSWER,
            use_contact_owner=True, allow_reenrollment=False, cadence_hours=WeeklySchedule.daily(7 * 60, 20 * 60),
            target_hours=WeeklySchedule.daily(8 * 60, 20 * 60),
        ),
        actions=(
            SmsAction(template_id=welcome.id),
            CallAction(retry=True, attempts=3, min_between=timedelta(minutes=10)),
            SmsAction(template_id=missed.id, after=timedelta(minutes=30)),
            CallAction(after=timedelta(hours=4), retry=True, attempts=2, min_between=timedelta(minutes=30)),
        ),
        disposition_rules=(
            DispositionRule(by_name["Interested"], RuleAction.STOP),
            DispositionRule(by_name["Not Interested"], RuleAction.FORWARD, nurture.cadence_id),
            DispositionRule(by_name["Left Voicemail"], RuleAction.FORWARD, nurture.cadence_id),
        ),
    ))
    webinar = cadences.create(manager, CadenceDefinition(
        settings=CadenceSettings(
            name="Webinar Follow-up", queue_id=follow_up.id, assign_owner=OwnerAssignment.ROUND_ROBIN,
            use_contact_owner=False, allow_reenrollment=False, cadence_hours=WEEKDAYS_9_TO_6,
            target_hours=WEEKDAYS_9_TO_6, exclusive=True,
        ),
        actions=(
            CallAction(after=timedelta(hours=1), retry=True, attempts=1, min_between=timedelta(hours=2)),
            SmsAction(template_id=missed.id, after=timedelta(minutes=5)),
        ),
        disposition_rules=(DispositionRule(by_name["Interested"], RuleAction.FORWARD, speed.cadence_id),),
    ))
    for cadence_id in (speed.cadence_id, nurture.cadence_id, webinar.cadence_id):
        cadences.set_active(manager, CadenceId(cadence_id), True)
    leads = _demo_contacts()
    for contact in leads:
        contacts.upsert(admin, contact)
    for contact in leads[:6]:
        enrollment.enroll(manager, nurture.cadence_id, contact, source="demo")
    for contact in leads[6:12]:
        enrollment.enroll(manager, webinar.cadence_id, contact, source="demo")
    return account, admin_user

