"""Contacts, SMS templates and dispositions over SQLAlchemy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kixie_desktop.domain.directory import Contact, Disposition, SmsTemplate
from kixie_desktop.domain.errors import NotFound
from kixie_desktop.domain.ids import AccountId, ContactId, DispositionId, TemplateId, UserId
from kixie_desktop.storage.database import is_postgres
from kixie_desktop.storage.models import ContactRow, DispositionRow, SmsTemplateRow
from kixie_desktop.storage.one_of import one_of

_CONTACT_FIELDS = ("phone", "first_name", "last_name", "email", "company", "timezone",
                   "owner_id", "external_id", "do_not_contact", "sms_opt_out")


def contact_value(row: ContactRow | Any) -> Contact:
    return Contact(
        id=ContactId(row.id), phone=row.phone, first_name=row.first_name, last_name=row.last_name,
        email=row.email, company=row.company, timezone=row.timezone,
        owner_id=UserId(row.owner_id) if row.owner_id is not None else None,
        external_id=row.external_id, do_not_contact=row.do_not_contact, sms_opt_out=row.sms_opt_out,
    )


# In Contact's field order: ``get_many`` builds the engine's contacts positionally.
_VALUE_COLUMNS = tuple(ContactRow.__table__.c[f.name] for f in fields(Contact))


class SqlContacts:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._postgres = is_postgres(session)

    def get(self, contact_id: ContactId) -> Contact:
        row = self._s.get(ContactRow, contact_id)
        if row is None:
            raise NotFound(f"contact {contact_id} does not exist")
        return contact_value(row)

    def get_many(self, ids: Iterable[ContactId]) -> dict[ContactId, Contact]:
        wanted = list(set(ids))
        if not wanted:
            return {}
        rows = self._s.connection().execute(
            select(*_VALUE_COLUMNS).where(one_of(ContactRow.id, wanted, postgres=self._postgres)))
        return {r[0]: Contact(*r) for r in rows}

    def by_phone(self, account_id: AccountId, phone: str) -> Contact | None:
        row = self._s.scalars(
            select(ContactRow).where(ContactRow.account_id == account_id, ContactRow.phone == phone)
        ).first()
        return contact_value(row) if row else None

    def list(self, account_id: AccountId, limit: int = 1000) -> list[Contact]:
        rows = self._s.scalars(
            select(ContactRow).where(ContactRow.account_id == account_id)
            .order_by(ContactRow.last_name, ContactRow.first_name, ContactRow.id).limit(limit)
        )
        return [contact_value(r) for r in rows]

    def count(self, account_id: AccountId) -> int:
        return self._s.scalar(
            select(func.count()).select_from(ContactRow).where(ContactRow.account_id == account_id)
        ) or 0

    def add(self, account_id: AccountId, contact: Contact, now: datetime) -> Contact:
        row = ContactRow(account_id=account_id, created_at=now, updated_at=now,
                         **{f: getattr(contact, f) for f in _CONTACT_FIELDS})
        self._s.add(row)
        self._s.flush()
        return contact_value(row)

    def update(self, contact: Contact, now: datetime) -> None:
        row = self._s.get(ContactRow, contact.id)
        if row is None:
            raise NotFound(f"contact {contact.id} does not exist")
        for f in _CONTACT_FIELDS:
            setattr(row, f, getattr(contact, f))
        row.updated_at = now


class SqlTemplates:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self, account_id: AccountId) -> list[SmsTemplate]:
        rows = self._s.scalars(
            select(SmsTemplateRow)
            .where(SmsTemplateRow.account_id == account_id, SmsTemplateRow.archived.is_(False))
            .order_by(SmsTemplateRow.name)
        )
        return [SmsTemplate(TemplateId(r.id), r.name, r.body) for r in rows]

    def get(self, template_id: TemplateId) -> SmsTemplate:
        row = self._s.get(SmsTemplateRow, template_id)
        if row is None:
            raise NotFound(f"SMS template {template_id} does not exist", field="template")
        return SmsTemplate(TemplateId(row.id), row.name, row.body)

    def add(self, account_id: AccountId, name: str, body: str) -> SmsTemplate:
        row = SmsTemplateRow(account_id=account_id, name=name, body=body)
        self._s.add(row)
        self._s.flush()
        return SmsTemplate(TemplateId(row.id), name, body)

    def update(self, template: SmsTemplate) -> None:
        row = self._s.get(SmsTemplateRow, template.id)
        if row is None:
            raise NotFound(f"SMS template {template.id} does not exist", field="template")
        row.name, row.body = template.name, template.body

    def name_taken(self, account_id: AccountId, name: str, exclude: TemplateId | None = None) -> bool:
        query = select(SmsTemplateRow.id).where(
            SmsTemplateRow.account_id == account_id, SmsTemplateRow.name == name
        )
        if exclude is not None:
            query = query.where(SmsTemplateRow.id != exclude)
        return self._s.scalar(query) is not None


def _disposition(row: DispositionRow) -> Disposition:
    return Disposition(DispositionId(row.id), row.name, row.position, row.archived, row.digit,
                       row.counts_as_connected)


class SqlDispositions:
    def __init__(self, session: Session) -> None:
        self._s = session

    def list(self, account_id: AccountId, include_archived: bool = False) -> list[Disposition]:
        query = select(DispositionRow).where(DispositionRow.account_id == account_id)
        if not include_archived:
            query = query.where(DispositionRow.archived.is_(False))
        rows = self._s.scalars(query.order_by(DispositionRow.position, DispositionRow.id))
        return [_disposition(r) for r in rows]

    def get(self, disposition_id: DispositionId) -> Disposition:
        return _disposition(self._row(disposition_id))

    def by_name(self, account_id: AccountId, name: str) -> Disposition | None:
        row = self._s.scalars(
            select(DispositionRow).where(
                DispositionRow.account_id == account_id, func.lower(DispositionRow.name) == name.lower()
            )
        ).first()
        return _disposition(row) if row else None

    def add(self, account_id: AccountId, name: str, position: int, *, digit: int | None = None,
            counts_as_connected: bool = False) -> Disposition:
        row = DispositionRow(account_id=account_id, name=name, position=position, digit=digit,
                             counts_as_connected=counts_as_connected)
        self._s.add(row)
        self._s.flush()
        return _disposition(row)

    def update(self, disposition: Disposition) -> None:
        row = self._row(disposition.id)
        row.name, row.position, row.archived = disposition.name, disposition.position, disposition.archived
        row.digit, row.counts_as_connected = disposition.digit, disposition.counts_as_connected
        # Written now, so a clash with another disposition's key is this operation's error.
        self._s.flush()

    def _row(self, disposition_id: DispositionId) -> DispositionRow:
        row = self._s.get(DispositionRow, disposition_id)
        if row is None:
            raise NotFound(f"disposition {disposition_id} does not exist", field="disposition")
        return row
