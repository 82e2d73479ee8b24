"""Contacts: create or update by E.164 phone, with validated zone and owner."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kixie_desktop.domain import phone_numbers
from kixie_desktop.domain.directory import Contact, NewContact
from kixie_desktop.domain.email_addresses import MAX_LENGTH, normalise_email
from kixie_desktop.domain.errors import NotFound, ValidationError
from kixie_desktop.domain.ids import ContactId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.zones import validate_zone
from kixie_desktop.services.base import Service
from kixie_desktop.services.ports.storage import UnitOfWork


def _optional(text: str | None, limit: int, field: str) -> str | None:
    value = (text or "").strip()
    if len(value) > limit:
        raise ValidationError(f"longer than {limit} characters", field=field)
    return value or None


class ContactService(Service):
    def list(self, actor: Actor, limit: int = 1000) -> list[Contact]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.contacts.list(actor.account_id, limit)

    def get(self, actor: Actor, contact_id: ContactId) -> Contact:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.contacts.get(contact_id)

    def upsert(self, actor: Actor, new: NewContact) -> tuple[Contact, bool]:
        """Create the contact, or update the one with the same phone; True when created."""
        require(actor, Permission.MANAGE_CONTACTS)
        with self._store.write() as uow:
            return self.upsert_in(uow, actor, new)

    def upsert_in(self, uow: UnitOfWork, actor: Actor, new: NewContact) -> tuple[Contact, bool]:
        """The same inside a caller's transaction (enrollment, CSV import)."""
        account = uow.accounts.get(actor.account_id)
        phone = phone_numbers.normalise(new.phone, account.default_region)
        zone = validate_zone(new.timezone) if new.timezone and new.timezone.strip() else None
        email = _optional(new.email, MAX_LENGTH, "email")
        owner_id = None
        if (new.owner_email or "").strip():
            owner = uow.users.by_email(actor.account_id, new.owner_email or "")
            if owner is None:
                raise NotFound(f"no user with email {new.owner_email!r}", field="owner_email")
            # A CRM may still name a rep who has left: the lead is kept, and assigned as unowned.
            owner_id = owner.id if owner.active else None
        fields: dict[str, Any] = {
            "first_name": _optional(new.first_name, 100, "first_name") or "",
            "last_name": _optional(new.last_name, 100, "last_name") or "",
            "email": normalise_email(email) if email else None,
            "company": _optional(new.company, 200, "company"),
            "timezone": zone,
            "external_id": _optional(new.external_id, 128, "external_id"),
        }
        existing = uow.contacts.by_phone(actor.account_id, phone)
        now = self._clock()
        if existing is None:
            contact = uow.contacts.add(
                actor.account_id, Contact(id=ContactId(0), phone=phone, owner_id=owner_id, **fields), now
            )
            return contact, True
        # An update keeps what the new data leaves blank.
        changes: dict[str, Any] = {k: v for k, v in fields.items() if v}
        if owner_id is not None:
            changes["owner_id"] = owner_id
        updated = replace(existing, **changes)
        if updated != existing:
            uow.contacts.update(updated, now)
        return updated, False

    def set_timezone(self, actor: Actor, contact_id: ContactId, zone: str | None) -> Contact:
        require(actor, Permission.MANAGE_CONTACTS)
        clean = validate_zone(zone) if zone else None
        with self._store.write() as uow:
            contact = replace(uow.contacts.get(contact_id), timezone=clean)
            now = self._clock()
            uow.contacts.update(contact, now)
            # Actions waiting because the zone was unknown get looked at again by the engine.
            uow.runs.release_for_contact(contact_id, now)
            self._audit(uow, actor, "set_timezone", "contact", contact_id, timezone=clean)
            return contact
