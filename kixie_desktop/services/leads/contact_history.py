"""The Contacts tab's reads: find contacts, and everything that happened with one of them."""

from __future__ import annotations

from dataclasses import replace

from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.history import ContactHistory, EnrollmentEntry
from kixie_desktop.domain.ids import ContactId, EnrollmentId
from kixie_desktop.domain.lead_control import NextAction
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.engine.due_time import contact_zones
from kixie_desktop.services.base import Service
from kixie_desktop.services.ports.storage import UnitOfWork


class ContactHistoryService(Service):
    def search(self, actor: Actor, text: str = "", limit: int = 200) -> list[Contact]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.contact_history.search(actor.account_id, text, limit)

    def history(self, actor: Actor, contact_id: ContactId) -> ContactHistory:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            contact = uow.contacts.get(contact_id)
            owner = uow.users.get(contact.owner_id).full_name if contact.owner_id is not None else None
            zones, _ = contact_zones(contact.phone, contact.timezone)
            return ContactHistory(
                contact=contact, owner=owner, zones=zones,
                messages=tuple(uow.contact_history.messages(contact_id)),
                calls=tuple(uow.contact_history.calls(contact_id)),
                enrollments=tuple(self._with_actions(uow, contact_id)),
            )

    @staticmethod
    def _with_actions(uow: UnitOfWork, contact_id: ContactId) -> list[EnrollmentEntry]:
        """Each enrollment with its next action and its latest Unknown text, to act on."""
        entries = uow.contact_history.enrollments(contact_id)
        following: dict[EnrollmentId, NextAction] = {}
        for run in uow.runs.inflight_for_enrollments([e.id for e in entries if e.state.is_open]):
            following.setdefault(run.enrollment_id, NextAction(run.id, run.step, run.type, run.status,
                                                               run.due_at, run.reason))  # soonest first
        unknown = uow.contact_history.unknown_sms(contact_id)
        return [replace(e, next_action=following.get(e.id), unknown_sms=unknown.get(e.id)) for e in entries]
