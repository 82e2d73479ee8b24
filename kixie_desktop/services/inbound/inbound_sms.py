"""Inbound SMS: store the message, honour STOP/START at once, and apply the cadence's
reply rule (stop, pause for a while, or continue) to the sender's enrollments.

Opt-out is immediate and everywhere: the contact is flagged ``sms_opt_out`` and
every pending SMS action of every enrollment is cancelled in the same
transaction, so no engine on any workstation sends another. At most one
confirmation text is returned for the caller to send, only on the change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from kixie_desktop.domain import phone_numbers
from kixie_desktop.domain.cadence import ActionType, ReplyBehavior
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import AccountId
from kixie_desktop.domain.inbound_text import InboundText, from_text, storable
from kixie_desktop.domain.keywords import OPTED_OUT_REASON, Keyword, classify
from kixie_desktop.domain.messaging import InboundSms
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.services.ports.storage import Store
from kixie_desktop.services.execution.version_cache import VersionCache
from kixie_desktop.services.outbox.webhooks import record_sms_received

OPT_OUT_CONFIRMATION = ("You have been unsubscribed from {account} messages and will not receive more. "
                        "Reply START to subscribe again.")


@dataclass(frozen=True)
class InboundResult:
    keyword: Keyword
    contact_known: bool
    stopped: int = 0  # enrollments ended by the reply rule
    paused: int = 0
    confirmation: str | None = None  # text to send back, at most one per opt-out


class InboundSmsService(Service):
    """Called by the telephony bridge for every SIP MESSAGE / provider webhook received."""

    def __init__(self, store: Store, clock: Clock, crm: CrmJobs) -> None:
        super().__init__(store, clock)
        self._versions = VersionCache()
        self._crm = crm

    def receive(self, account_id: AccountId, from_number: str, to_number: str | None,
                body: str | InboundText, at: datetime | None = None) -> InboundResult:
        """``body`` as decoded text (``InboundText``, from the gateway that knows the bytes and
        charset) or as a ``str`` — which may carry undecodable bytes as surrogate escapes and is
        made storable here: no byte sequence may stop a message, least of all a STOP, from landing."""
        now = at or self._clock()
        text = body if isinstance(body, InboundText) else from_text(body)
        body = text.text
        from_number, to_number = storable(from_number), storable(to_number or "")
        with self._store.write() as uow:
            account = uow.accounts.get(account_id)
            try:
                phone = phone_numbers.normalise(from_number, account.default_region, field="from")
            except ValidationError:
                phone = from_number.strip()[:64]
            contact = uow.contacts.by_phone(account_id, phone)
            keyword = classify(body)
            uow.messages.add_inbound(InboundSms(account_id, contact.id if contact else None, phone,
                                                to_number[:64], text, now))
            record_sms_received(uow, account_id, contact=contact, from_number=phone, to_number=to_number or "",
                                body=body, at=now)
            if contact is None:
                return InboundResult(keyword, False)
            self._crm.log_sms(uow, account_id, contact, direction="inbound", body=body, at=now)
            open_enrollments = uow.enrollments.open_for_contact(contact.id)
            if keyword is Keyword.OPT_OUT:
                changed = not contact.sms_opt_out
                uow.contacts.update(replace(contact, sms_opt_out=True), now)
                uow.runs.cancel_for_enrollments([e.id for e in open_enrollments], OPTED_OUT_REASON,
                                                now, only_type=ActionType.SMS)
                confirmation = OPT_OUT_CONFIRMATION.format(account=account.name) if changed else None
                return InboundResult(keyword, True, confirmation=confirmation)
            if keyword is Keyword.OPT_IN:
                if contact.sms_opt_out:
                    uow.contacts.update(replace(contact, sms_opt_out=False), now)
                return InboundResult(keyword, True)
            stopped, paused = [], 0
            for enrollment in open_enrollments:
                settings = self._versions.get(uow, enrollment.version_id).definition.settings
                if settings.reply_behavior is ReplyBehavior.STOP:
                    stopped.append(enrollment.id)
                elif settings.reply_behavior is ReplyBehavior.PAUSE:
                    paused += uow.enrollments.set_paused(enrollment.id, now + settings.reply_pause)
            uow.runs.cancel_for_enrollments(stopped, "The contact replied", now)
            uow.enrollments.end(stopped, EnrollmentState.STOPPED, "The contact replied", now)
            return InboundResult(keyword, True, stopped=len(stopped), paused=paused)
