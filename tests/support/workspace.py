"""A small workspace built through the services: an account, one user of each role,
a team, a queue, a template. Tests add what they need on top."""

from __future__ import annotations

from dataclasses import dataclass

from kixie_desktop.composition import Services, build_services
from kixie_desktop.config.greeting_files import GreetingDirectory
from kixie_desktop.config.paths import app_paths
from kixie_desktop.config.recording_files import RecordingDirectory
from kixie_desktop.config.secrets import KeyringSecrets
from kixie_desktop.config.workstation_file import TomlWorkstationSettings
from kixie_desktop.domain.cadence import CadenceDefinition, CadenceSettings, CallAction, SmsAction
from kixie_desktop.domain.directory import Queue, SmsTemplate
from kixie_desktop.domain.roles import Actor, Role
from kixie_desktop.services.administration.accounts import AccountService, actor_for
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.leads.contacts import ContactService
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.leads.enrollment import EnrollmentService
from kixie_desktop.services.inbound.inbound_sms import InboundSmsService
from kixie_desktop.services.ports.storage import Store
from kixie_desktop.services.administration.dispositions import DispositionService
from kixie_desktop.services.administration.templates import TemplateService
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.maintenance import SqlMaintenance
from kixie_desktop.storage.store import SqlStore
from kixie_desktop.telephony.live_phone import LivePhone
from tests.support.clock import FakeClock


@dataclass
class Workspace:
    db: Database
    store: SqlStore
    clock: FakeClock
    admin: Actor
    manager: Actor
    supervisor: Actor
    agent: Actor
    queue: Queue
    template: SmsTemplate

    def service(self, cls: type) -> object:
        return cls(self.store, self.clock)

    @property
    def cadences(self) -> CadenceService:
        return CadenceService(self.store, self.clock)

    @property
    def contacts(self) -> ContactService:
        return ContactService(self.store, self.clock)

    @property
    def directory(self) -> DirectoryService:
        return DirectoryService(self.store, self.clock)

    @property
    def templates(self) -> TemplateService:
        return TemplateService(self.store, self.clock)

    @property
    def dispositions(self) -> DispositionService:
        return DispositionService(self.store, self.clock)

    @property
    def enrollment(self) -> EnrollmentService:
        """With CRM sync off, as on a workstation with no CRM configured."""
        return EnrollmentService(self.store, self.clock, self.contacts, CrmJobs(enabled=False))

    @property
    def inbound_sms(self) -> InboundSmsService:
        """With CRM sync off, as on a workstation with no CRM configured."""
        return InboundSmsService(self.store, self.clock, CrmJobs(enabled=False))

    def definition(self, name: str = "Speed to lead", **settings: object) -> CadenceDefinition:
        return CadenceDefinition(
            settings=CadenceSettings(name=name, queue_id=self.queue.id, **settings),  # type: ignore[arg-type]
            actions=(SmsAction(template_id=self.template.id), CallAction(retry=True, attempts=2)),
        )


def services_over(store: Store, clock: Clock, *, crm: bool = False, phone: LivePhone | None = None) -> Services:
    """Every service wired as the composition root wires them, over a test's store;
    ``crm`` turns CRM sync on, as a configured HubSpot token would. The workstation's settings
    file is the test's own (``KIXIE_HOME``); its phone is ``phone``, else one no softphone
    is attached to."""
    return build_services(store, clock, KeyringSecrets(), CrmJobs(enabled=crm),
                          SqlMaintenance(store.db),  # type: ignore[attr-defined]  # a SqlStore, or one wrapping it
                          TomlWorkstationSettings(app_paths().config_file), phone or LivePhone(),
                          GreetingDirectory(app_paths().data_dir), RecordingDirectory(app_paths().data_dir))


def build_workspace(db: Database) -> Workspace:
    store, clock = SqlStore(db), FakeClock()
    _, admin_user = AccountService(store, clock).bootstrap("Acme Solar", "America/Los_Angeles", "Ada", "ada@acme.test")
    admin = actor_for(admin_user)
    directory = DirectoryService(store, clock)
    people = {
        role: actor_for(directory.add_user(admin, role.value.title(), "Tester", f"{role.value}@acme.test", role))
        for role in (Role.MANAGER, Role.SUPERVISOR, Role.AGENT)
    }
    team = directory.add_team(admin, "Closers", [people[Role.AGENT].user_id])  # type: ignore[list-item]
    queue = directory.add_queue(admin, "Inbound leads", [team.id])
    template = TemplateService(store, clock).create(admin, "Welcome", "Hi {{contact.first_name}}, it's {{agent.first_name}} from {{account.name}}.")
    return Workspace(db, store, clock, admin, people[Role.MANAGER], people[Role.SUPERVISOR],
                     people[Role.AGENT], queue, template)
