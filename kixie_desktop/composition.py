"""The composition root: builds every service once, with every collaborator it needs,
and hands them to the front ends (the desktop app, the CLI commands, the HTTP API) and
to the engine runtime, which take them from here and build none of their own.

``build_services`` wires the services over a store and a clock; ``open_backend`` does
the I/O first (paths, settings, keyring, database, schema upgrade). Whether CRM sync is
on is decided here, once, from the settings and the keyring, and given to every service
that queues CRM work — no service defaults to "off" on its own.

What only the engine runtime uses — the HTTP API's services, the HTTP SMS provider, the
webhook and CRM senders — is imported when the runtime asks for it, so that the desktop
app, which paints its window before it starts the runtime, does not wait for aiohttp and
requests to load.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kixie_desktop.config.greeting_files import GreetingDirectory
from kixie_desktop.config.paths import AppPaths, app_paths
from kixie_desktop.config.recording_files import RecordingDirectory
from kixie_desktop.config.secrets import HUBSPOT_TOKEN, KeyringSecrets
from kixie_desktop.config.settings import Settings, load
from kixie_desktop.config.sip_account import SipAccount, sip_account
from kixie_desktop.config.workstation_file import TomlWorkstationSettings
from kixie_desktop.domain.errors import Conflict, NotFound
from kixie_desktop.domain.roles import Actor, Role
from kixie_desktop.domain.workstation import SmsProviderSetup
from kixie_desktop.services.administration.accounts import AccountService, actor_for
from kixie_desktop.services.supervision.action_listing import ActionListing
from kixie_desktop.services.supervision.action_table import ActionTableService
from kixie_desktop.services.supervision.analytics import AnalyticsService
from kixie_desktop.services.administration.api_tokens import ApiTokenService
from kixie_desktop.services.authoring.cadence_files import CadenceFileService
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.clock import Clock, system_clock
from kixie_desktop.services.leads.contact_history import ContactHistoryService
from kixie_desktop.services.leads.contact_import import ContactImportService
from kixie_desktop.services.leads.contact_deletion import ContactDeletionService
from kixie_desktop.services.leads.contacts import ContactService
from kixie_desktop.services.outbox.crm_sync import CrmJobs, CrmWorker
from kixie_desktop.services.supervision.csv_export import ActionExport
from kixie_desktop.services.administration.demo import seed_demo
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.services.leads.enrollment import EnrollmentService
from kixie_desktop.services.leads.idempotent_enrollment import IdempotentEnrollment
from kixie_desktop.services.inbound.inbound_messages import InboundMessages
from kixie_desktop.services.inbound.inbound_sms import InboundSmsService
from kixie_desktop.services.ports.maintenance import Maintenance
from kixie_desktop.services.ports.secrets import SecretStore
from kixie_desktop.services.ports.storage import Store
from kixie_desktop.services.ports.telephony import SmsGateway
from kixie_desktop.services.calls.greetings import GreetingService
from kixie_desktop.services.calls.powercall import PowerCallService
from kixie_desktop.services.calls.recordings import CallRecordingService
from kixie_desktop.services.ports.recordings import CallRecordingFiles
from kixie_desktop.services.ports.greetings import GreetingFiles
from kixie_desktop.services.administration.dispositions import DispositionService
from kixie_desktop.services.administration.templates import TemplateService
from kixie_desktop.services.leads.pausing import PauseService
from kixie_desktop.services.leads.unenroll import UnenrollService
from kixie_desktop.services.supervision.run_now import RunNowService
from kixie_desktop.services.supervision.unknown_sms import UnknownSmsService
from kixie_desktop.services.outbox.webhook_dispatch import OutboxWorker, WebhookDispatcher
from kixie_desktop.services.outbox.webhooks import WebhookService
from kixie_desktop.services.administration.workspace import WorkspaceService
from kixie_desktop.services.ports.workstation import RunningPhone, WorkstationSettingsFile
from kixie_desktop.services.workstation.settings import WorkstationSettingsService
from kixie_desktop.storage.database import Database, sqlite_url
from kixie_desktop.storage.maintenance import SqlMaintenance
from kixie_desktop.storage.migrate import upgrade
from kixie_desktop.storage.store import SqlStore
from kixie_desktop.telephony.live_phone import LivePhone

if TYPE_CHECKING:
    from kixie_desktop.api.application import ApiServices

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    """Every use case, built once over one store and clock."""

    store: Store
    clock: Clock
    secrets: SecretStore
    crm_jobs: CrmJobs
    accounts: AccountService
    workspace: WorkspaceService
    directory: DirectoryService
    templates: TemplateService
    dispositions: DispositionService
    cadences: CadenceService
    cadence_files: CadenceFileService
    contacts: ContactService
    contact_deletion: ContactDeletionService
    enrollment: EnrollmentService
    idempotent_enrollment: IdempotentEnrollment
    unenroll: UnenrollService
    pausing: PauseService
    run_now: RunNowService
    unknown_sms: UnknownSmsService
    contact_import: ContactImportService
    contact_history: ContactHistoryService
    action_table: ActionTableService
    action_export: ActionExport
    action_listing: ActionListing
    analytics: AnalyticsService
    webhooks: WebhookService
    api_tokens: ApiTokenService
    powercall: PowerCallService
    greetings: GreetingService
    recordings: CallRecordingService
    inbound_sms: InboundSmsService
    workstation: WorkstationSettingsService

    def api(self, enrolled: Callable[[], None]) -> ApiServices:
        """What the HTTP API serves; ``enrolled`` wakes the engine after each new enrollment."""
        from kixie_desktop.api.application import ApiServices

        return ApiServices(tokens=self.api_tokens, accounts=self.accounts, cadences=self.cadences,
                           enrollments=self.idempotent_enrollment, actions=self.action_listing,
                           unenroll=self.unenroll, pausing=self.pausing, enrolled=enrolled)

    def engine(self, gateway: SmsGateway, engine_id: str, *, inflight_window: int,
               sole_engine: bool) -> Engine:
        """The cadence engine; the runtime builds it once its SMS gateway (the softphone) is up.
        ``sole_engine``: it holds the one-engine lock (SQLite), so every lease is a dead one's."""
        return Engine(self.store, self.clock, gateway, engine_id, inflight_window=inflight_window,
                      sole_engine=sole_engine, crm=self.crm_jobs)

    def inbound_messages(self, gateway: SmsGateway) -> InboundMessages:
        return InboundMessages(self.accounts, self.inbound_sms, gateway, self.clock)


def http_sms_gateway(provider: SmsProviderSetup, token: str) -> SmsGateway:
    """The one way an HTTP SMS provider is reached: the engine's texts and a test text alike."""
    from kixie_desktop.integrations.twilio_sms import DEFAULT_BASE_URL as TWILIO_BASE_URL
    from kixie_desktop.integrations.twilio_sms import TwilioSmsGateway

    return TwilioSmsGateway(provider.account_id, token, provider.from_number,
                            base_url=provider.base_url or TWILIO_BASE_URL)


def build_services(store: Store, clock: Clock, secrets: SecretStore, crm_jobs: CrmJobs,
                   maintenance: Maintenance, settings_file: WorkstationSettingsFile,
                   phone: RunningPhone, greeting_files: GreetingFiles,
                   recording_files: CallRecordingFiles) -> Services:
    contacts = ContactService(store, clock)
    accounts = AccountService(store, clock)
    cadences = CadenceService(store, clock)
    enrollment = EnrollmentService(store, clock, contacts, crm_jobs)
    return Services(
        store=store, clock=clock, secrets=secrets, crm_jobs=crm_jobs,
        accounts=accounts, workspace=WorkspaceService(store, clock, accounts, maintenance),
        directory=DirectoryService(store, clock),
        templates=TemplateService(store, clock), dispositions=DispositionService(store, clock),
        cadences=cadences, cadence_files=CadenceFileService(store, clock, cadences), contacts=contacts,
        contact_deletion=ContactDeletionService(store, clock, recording_files),
        enrollment=enrollment,
        idempotent_enrollment=IdempotentEnrollment(store, clock, enrollment),
        unenroll=UnenrollService(store, clock), pausing=PauseService(store, clock),
        run_now=RunNowService(store, clock), unknown_sms=UnknownSmsService(store, clock, crm_jobs),
        contact_import=ContactImportService(store, clock, enrollment),
        contact_history=ContactHistoryService(store, clock),
        action_table=ActionTableService(store, clock), action_export=ActionExport(store, clock),
        action_listing=ActionListing(store, clock), analytics=AnalyticsService(store, clock),
        webhooks=WebhookService(store, clock, secrets),
        api_tokens=ApiTokenService(store, clock),
        powercall=PowerCallService(store, clock, enrollment, crm_jobs),
        greetings=GreetingService(store, clock, greeting_files, phone),
        recordings=CallRecordingService(store, clock, recording_files),
        inbound_sms=InboundSmsService(store, clock, crm_jobs),
        workstation=WorkstationSettingsService(store, clock, settings_file, secrets, phone, http_sms_gateway),
    )


@dataclass(frozen=True)
class Backend(Services):
    """The services plus what they were built over: this workstation's paths, settings (as
    they were when it opened), database, and the phone the engine runtime attaches its
    softphone to."""

    paths: AppPaths
    settings: Settings
    db: Database
    live_phone: LivePhone

    def actor(self) -> Actor:
        """Who works at this workstation: the configured user, else the first active admin."""
        account = self.accounts.current()
        if account is None:
            raise NotFound("the database has no workspace yet: run `kixie-desktop workspace create …` "
                           "(or `kixie-desktop demo` to explore)")
        if self.settings.user_email:
            return self.accounts.actor_by_email(account.id, self.settings.user_email)
        with self.store.read() as uow:
            admins = [u for u in uow.users.list(account.id) if u.role is Role.ADMIN and u.active]
        if not admins:
            raise NotFound("the account has no active admin user")
        return actor_for(admins[0])

    def sip_account(self) -> SipAccount | None:
        """The configured SIP account with its password; None means the demo line."""
        return sip_account(self.settings.sip, self.secrets)

    def http_sms_gateway(self) -> SmsGateway | None:
        """The HTTP SMS provider when the settings choose it; None: texts go as SIP MESSAGE
        over the SIP account (or the demo line), which the runtime builds with the softphone."""
        return self.workstation.sms_gateway()

    def outbox_workers(self) -> dict[str, OutboxWorker]:
        """The outbox lanes to run, by thread name: webhook deliveries always (they idle when
        nobody subscribed), CRM sync when a CRM is configured."""
        from kixie_desktop.integrations.crm.hubspot import HubSpotAdapter
        from kixie_desktop.integrations.webhook_delivery import RequestsWebhookSender

        sender = RequestsWebhookSender()
        workers: dict[str, OutboxWorker] = {
            "kixie-webhooks": WebhookDispatcher(self.store, self.clock, sender, self.secrets)}
        if self.crm_jobs.enabled:
            token = self.secrets.get(HUBSPOT_TOKEN) or ""
            base = self.settings.crm_base_url
            adapter = HubSpotAdapter(token, base_url=base) if base else HubSpotAdapter(token)
            workers["kixie-crm"] = CrmWorker(self.store, self.clock, adapter)
        return workers

    def seed_demo(self) -> bool:
        """Seed the demo workspace; False when the database already had an account."""
        try:
            seed_demo(self.accounts, self.directory, self.templates, self.dispositions,
                      self.cadences, self.contacts, self.enrollment)
        except Conflict:
            return False
        return True

    def close(self) -> None:
        self.db.dispose()


def open_backend(database_url: str | None = None, *, clock: Clock = system_clock) -> Backend:
    paths = app_paths().ensure()
    settings = load(paths.config_file)
    url = database_url or settings.database_url or sqlite_url(paths.database_file)
    db = Database(url)
    if upgrade(db):
        log.info("schema of %s brought up to date", db.safe_url)
    secrets = KeyringSecrets()
    # CRM work is queued only when a CRM is configured and its token is in the keyring.
    crm_jobs = CrmJobs(enabled=settings.crm == "hubspot" and secrets.get(HUBSPOT_TOKEN) is not None)
    live_phone = LivePhone()
    services = build_services(SqlStore(db), clock, secrets, crm_jobs, SqlMaintenance(db),
                              TomlWorkstationSettings(paths.config_file), live_phone,
                              GreetingDirectory(paths.data_dir), RecordingDirectory(paths.data_dir))
    return Backend(**vars(services), paths=paths, settings=settings, db=db, live_phone=live_phone)


@contextmanager
def opened_backend(database_url: str | None = None) -> Iterator[Backend]:
    """``open_backend`` for one command: closed however the command ends."""
    backend = open_backend(database_url)
    try:
        yield backend
    finally:
        backend.close()
