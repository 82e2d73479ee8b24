"""The demo's own texts never reach a lead with a hole in them ("Hi , this is  from …"):
every template and every customized SMS of the demo cadences, rendered as the engine
renders it for a lead with nothing but a phone number, before an agent owns them — and
the Speed to Lead welcome as the engine really sends it."""

from __future__ import annotations

from sqlalchemy import select

from kixie_desktop.domain.cadence import SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.templates import BARE_CONTACT, FIELD_RE
from kixie_desktop.services.administration.demo import seed_demo
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import CadenceRow
from kixie_desktop.storage.store import SqlStore
from tests.support.clock import FakeClock
from tests.support.gateways import RecordingGateway
from tests.support.workspace import services_over

HOLES = ("  ", " ,", "Hi ,", "this is  from", "{{", "}}")


def test_no_demo_text_renders_a_blank_merge_field(database: Database) -> None:
    services = services_over(SqlStore(database), FakeClock())
    _, admin_user = seed_demo(services.accounts, services.directory, services.templates, services.dispositions,
                              services.cadences, services.contacts, services.enrollment)
    admin = services.accounts.actor_by_email(admin_user.account_id, admin_user.email)
    bodies = {f"template {t.name!r}": t.body for t in services.templates.list(admin)}
    for cadence in services.cadences.list(admin):
        definition = services.cadences.get(admin, cadence.id).definition
        bodies |= {f"{cadence.name!r} action {i + 1}": a.body for i, a in enumerate(definition.actions)
                   if isinstance(a, SmsAction) and a.customize and a.body}
    assert len(bodies) == 4  # three templates and the nurture cadence's own last text

    for where, body in bodies.items():
        bare = services.templates.preview(admin, body).bare  # BARE_CONTACT, no owner yet
        for field in FIELD_RE.finditer(body):
            assert services.templates.preview(admin, field.group(0)).bare.strip(), (where, field.group(0))
        assert not any(hole in bare for hole in HOLES), (where, bare)


def test_speed_to_lead_welcomes_a_lead_without_a_name_in_whole_words(database: Database) -> None:
    clock = FakeClock()  # Monday 07:00 in Los Angeles: Speed to Lead's hours are open
    services = services_over(SqlStore(database), clock)
    _, admin_user = seed_demo(services.accounts, services.directory, services.templates, services.dispositions,
                              services.cadences, services.contacts, services.enrollment)
    manager = services.accounts.actor_by_email(admin_user.account_id, "grace.manager@acme-solar.example")
    with database.read() as s:
        speed = s.scalar(select(CadenceRow.id).where(CadenceRow.name == "Speed to Lead"))
    services.enrollment.enroll(manager, speed, NewContact(phone=BARE_CONTACT.phone), source="api")
    gateway = RecordingGateway()
    Engine(services.store, clock, gateway, "e1").tick()
    [welcome] = gateway.sent
    assert welcome.body == ("Hi there, this is the team from Acme Solar (demo). Thanks for your interest! "
                            "When is a good time to talk?")
    assert welcome.sender == "+14155550100"  # the account's default sender: nobody owns the lead yet
