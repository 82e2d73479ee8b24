"""Deleting a contact: the person and everything recorded about them — their enrollments and
actions, call records and texts, and the recordings of their calls — for a lead who asks to be
forgotten, or one added by mistake. Admins and managers; audited (by id: the point is to keep
no trace of the person). Refused while an agent is on a call with them.

Recordings on this computer go with the transaction; those made on other workstations go when
those start next (``CallRecordingService.sweep``), since no computer can reach another's disk.
"""

from __future__ import annotations

from kixie_desktop.domain.errors import Conflict
from kixie_desktop.domain.ids import ContactId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.recordings import CallRecordingFiles
from kixie_desktop.services.ports.storage import Store


class ContactDeletionService(Service):
    def __init__(self, store: Store, clock: Clock, recordings: CallRecordingFiles) -> None:
        super().__init__(store, clock)
        self._recordings = recordings

    def delete(self, actor: Actor, contact_id: ContactId) -> str:
        """Delete the contact and their history; returns what was deleted, in words."""
        require(actor, Permission.DELETE_CONTACTS)
        with self._store.write() as uow:
            contact = uow.contacts.get(contact_id)  # one account per database (decision 1)
            if uow.contact_erasure.on_a_call(contact_id):
                raise Conflict("an agent is on a call with this contact: delete them once the call is "
                               "dispositioned", field="contact")
            recordings = uow.calls.recording_files_of_contact(contact_id)
            uow.contact_erasure.delete(contact_id)
            self._audit(uow, actor, "delete", "contact", contact_id, recordings=len(recordings))
        for name in recordings:  # after the commit: a refused deletion keeps its files
            self._recordings.delete(name)
        who = contact.full_name or contact.phone
        kept = f" and {len(recordings)} call recording{'s' if len(recordings) != 1 else ''}" if recordings else ""
        return f"{who} deleted, with their history{kept}"
