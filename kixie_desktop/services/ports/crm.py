"""The CRM port: what the app asks of any CRM (HubSpot first, see ``integrations/crm``).

Adapters block on HTTP, so they run on the CRM worker's thread (``services.crm_sync``),
never on the Qt main thread or in the calling path. They raise
``IntegrationError(permanent=...)``: permanent failures (the CRM refused the data) are
not retried; anything else is retried from the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class CrmContactData:
    """The contact as Kixie knows it; ``phone`` is E.164."""

    phone: str
    first_name: str = ""
    last_name: str = ""
    email: str | None = None
    company: str | None = None


@dataclass(frozen=True)
class CrmContactRef:
    """A contact's record in the CRM."""

    crm_id: str
    created: bool = False


class CrmAdapter(Protocol):
    name: str

    def find_or_create_contact(self, contact: CrmContactData) -> CrmContactRef: ...

    def set_owner(self, contact: CrmContactRef, owner_email: str) -> None:
        """Make the CRM user with ``owner_email`` the contact's owner."""
        ...

    def log_call(self, contact: CrmContactRef, disposition: str | None, duration_s: int,
                 notes: str | None, at: datetime, *, direction: str = "outbound") -> str:
        """Log a call on the contact's timeline; returns the CRM's id for it."""
        ...

    def log_sms(self, contact: CrmContactRef, direction: str, body: str, at: datetime) -> str:
        """Log an SMS (``direction`` 'inbound' or 'outbound'); returns the CRM's id for it."""
        ...
