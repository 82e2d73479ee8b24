"""Builds the GUI-free part of the application: settings, database, store and services.

The CLI, the headless engine and the desktop app (``app.py``) all start here, so
each of them upgrades the schema on start and goes through the same services.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kixie_desktop.config.paths import AppPaths, app_paths
from kixie_desktop.config.secrets import HUBSPOT_TOKEN, KeyringSecrets
from kixie_desktop.config.settings import Settings, load
from kixie_desktop.domain.errors import Conflict, NotFound
from kixie_desktop.domain.roles import Actor, Role
from kixie_desktop.services.accounts import AccountService, actor_for
from kixie_desktop.services.cadences import CadenceService
from kixie_desktop.services.clock import Clock, system_clock
from kixie_desktop.services.contacts import ContactService
from kixie_desktop.services.crm_sync import CrmJobs
from kixie_desktop.services.demo import seed_demo
from kixie_desktop.services.directory import DirectoryService
from kixie_desktop.services.enrollment import EnrollmentService
from kixie_desktop.services.templates import DispositionService, TemplateService
from kixie_desktop.storage.database import Database, sqlite_url
from kixie_desktop.storage.maintenance import wipe_all
from kixie_desktop.storage.migrate import upgrade
from kixie_desktop.storage.store import SqlStore

log = logging.getLogger(__name__)


@dataclass
class Backend:
    paths: AppPaths
    settings: Settings
    db: Database
    store: SqlStore
    clock: Clock
    secrets: KeyringSecrets
    accounts: AccountService
    directory: DirectoryService
    templates: TemplateService
    dispositions: DispositionService
    cadences: CadenceService
    contacts: ContactService
    enrollment: EnrollmentService
    crm_jobs: CrmJobs

    def actor(self) -> Actor:
        """Who works at this workstation: the configured user, else the first admin."""
        account = self.accounts.current()
        if account is None:
            raise NotFound("the database has no account yet: run `kixie-desktop demo` to create one")
        if self.settings.user_email:
            return self.accounts.actor_by_email(account.id, self.settings.user_email)
        with self.store.read() as uow:
            admins = [u for u in uow.users.list(account.id) if u.role is Role.ADMIN]
        if not admins:
            raise NotFound("the account has no admin user")
        return actor_for(admins[0])

    def seed_demo(self, *, reset: bool = False) -> bool:
        """Seed the demo workspace; False when the database already had an account."""
        if reset:
            wipe_all(self.db)
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
    store = SqlStore(db)
    contacts = ContactService(store, clock)
    secrets = KeyringSecrets()
    # CRM work is queued only when a CRM is configured and its token is in the keyring.
    crm_jobs = CrmJobs(enabled=settings.crm == "hubspot" and secrets.get(HUBSPOT_TOKEN) is not None)
    return Backend(
        paths=paths, settings=settings, db=db, store=store, clock=clock, secrets=secrets,
        accounts=AccountService(store, clock), directory=DirectoryService(store, clock),
        templates=TemplateService(store, clock), dispositions=DispositionService(store, clock),
        cadences=CadenceService(store, clock), contacts=contacts,
        enrollment=EnrollmentService(store, clock, contacts, crm_jobs), crm_jobs=crm_jobs,
    )
