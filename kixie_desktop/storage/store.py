"""The SQL unit of work: one transaction, with every repository bound to it.

Constraint violations that slip past the services' own checks (two editors
racing for one name) become a ``Conflict`` a person can read; the transaction
is rolled back so nothing is half-written.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kixie_desktop.domain.errors import Conflict
from kixie_desktop.storage.database import Database, is_postgres
from kixie_desktop.storage.notifications import CHANNEL
from kixie_desktop.storage.repositories.action_pages import SqlActionPages
from kixie_desktop.storage.repositories.action_table import SqlActionTable
from kixie_desktop.storage.repositories.analytics import SqlAnalytics
from kixie_desktop.storage.repositories.api_tokens import SqlApiTokens, SqlIdempotencyRecords
from kixie_desktop.storage.repositories.audit import SqlAudit
from kixie_desktop.storage.repositories.cadences import SqlCadences
from kixie_desktop.storage.repositories.calls import SqlCalls
from kixie_desktop.storage.repositories.contact_batches import SqlContactBatches
from kixie_desktop.storage.repositories.contact_erasure import SqlContactErasure
from kixie_desktop.storage.repositories.contact_history import SqlContactHistory
from kixie_desktop.storage.repositories.contacts import SqlContacts, SqlDispositions, SqlTemplates
from kixie_desktop.storage.repositories.directory import SqlAccounts, SqlQueues, SqlTeams, SqlUsers
from kixie_desktop.storage.repositories.enrollments import SqlEnrollments
from kixie_desktop.storage.repositories.runs import SqlRuns
from kixie_desktop.storage.repositories.touches import (
    SqlMessages,
    SqlOutbox,
    SqlPrompts,
    SqlTouches,
)
from kixie_desktop.storage.repositories.webhooks import SqlWebhooks

# Which unique index means what, in words a person can act on.
_CONFLICTS = {
    "uq_cadences_live_name": ("a cadence with that name already exists", "name"),
    "uq_contacts_account_id_phone": ("a contact with that phone number already exists", "phone"),
    "uq_sms_templates_account_id_name": ("a template with that name already exists", "name"),
    "uq_dispositions_account_id_name": ("a disposition with that name already exists", "name"),
    "uq_dispositions_active_digit": ("another disposition has that key", "digit"),
    "uq_teams_account_id_name": ("a team with that name already exists", "name"),
    "uq_queues_account_id_name": ("a queue with that name already exists", "name"),
    "uq_users_account_id_email": ("a user with that email already exists", "email"),
    "uq_enrollments_open": ("the contact is already in this cadence", "cadence"),
    "uq_api_tokens_account_id_name": ("a token with that name already exists", "name"),
    "uq_idempotency_records_account_id_key": ("that Idempotency-Key is already in use", "idempotency_key"),
}
# SQLite names columns, not indexes, in its message.
_SQLITE_COLUMNS = {
    "cadences.account_id, cadences.name": "uq_cadences_live_name",
    "contacts.account_id, contacts.phone": "uq_contacts_account_id_phone",
    "sms_templates.account_id, sms_templates.name": "uq_sms_templates_account_id_name",
    "dispositions.account_id, dispositions.name": "uq_dispositions_account_id_name",
    "dispositions.account_id, dispositions.digit": "uq_dispositions_active_digit",
    "teams.account_id, teams.name": "uq_teams_account_id_name",
    "queues.account_id, queues.name": "uq_queues_account_id_name",
    "users.account_id, users.email": "uq_users_account_id_email",
    "enrollments.contact_id, enrollments.cadence_id": "uq_enrollments_open",
    "api_tokens.account_id, api_tokens.name": "uq_api_tokens_account_id_name",
    "idempotency_records.account_id, idempotency_records.key": "uq_idempotency_records_account_id_key",
}


def conflict_from(exc: IntegrityError) -> Conflict | None:
    text = str(exc.orig)
    for columns, index in _SQLITE_COLUMNS.items():
        if columns in text:
            text = index
    for index, (message, field) in _CONFLICTS.items():
        if index in text:
            return Conflict(message, field=field)
    return None


class SqlUnitOfWork:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.accounts = SqlAccounts(session)
        self.users = SqlUsers(session)
        self.teams = SqlTeams(session)
        self.queues = SqlQueues(session)
        self.contacts = SqlContacts(session)
        self.templates = SqlTemplates(session)
        self.dispositions = SqlDispositions(session)
        self.cadences = SqlCadences(session)
        self.audit = SqlAudit(session)
        self.enrollments = SqlEnrollments(session)
        self.runs = SqlRuns(session)
        self.touches = SqlTouches(session)
        self.messages = SqlMessages(session)
        self.prompts = SqlPrompts(session)
        self.outbox = SqlOutbox(session)
        self.api_tokens = SqlApiTokens(session)
        self.idempotency = SqlIdempotencyRecords(session)
        self.action_pages = SqlActionPages(session)
        self.action_table = SqlActionTable(session)
        self.analytics = SqlAnalytics(session)
        self.calls = SqlCalls(session)
        self.contact_history = SqlContactHistory(session)
        self.contact_erasure = SqlContactErasure(session)
        self.contact_batches = SqlContactBatches(session)
        self.webhooks = SqlWebhooks(session)

    def signal_due(self) -> None:
        """Wake engines on other workstations when this transaction commits (PostgreSQL
        NOTIFY is delivered at commit, and only then); SQLite engines poll."""
        if is_postgres(self.session):
            self.session.execute(text("SELECT pg_notify(:c, '')"), {"c": CHANNEL})

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: an error inside undoes only what the block wrote."""
        with self.session.begin_nested():
            yield


class SqlStore:
    """Implements ``services.ports.storage.Store`` on a ``Database``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def write(self) -> Iterator[SqlUnitOfWork]:
        try:
            with self.db.write() as session:
                yield SqlUnitOfWork(session)
        except IntegrityError as exc:
            conflict = conflict_from(exc)
            if conflict is None:
                raise
            raise conflict from exc

    @contextmanager
    def read(self) -> Iterator[SqlUnitOfWork]:
        with self.db.read() as session:
            yield SqlUnitOfWork(session)
