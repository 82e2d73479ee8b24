"""Outbound webhook subscriptions, the delivery log, and the event producers others call.

Use cases for the settings UI, the CLI and the HTTP API (any thread; each call is one
short transaction). A subscription's signing secret is generated here, stored in the
keyring through the ``SecretStore`` port and shown once; the database keeps only its
keyring name. Delivery itself is ``services.webhook_dispatch.WebhookDispatcher``.

``record_call_dispositioned`` and ``record_sms_received`` are for the code that saves a
disposition or an inbound SMS: called inside that transaction, they write the event to
the outbox only when an active subscription wants it, like the engine does for its own.
"""

from __future__ import annotations

import builtins
import ipaddress
import logging
import secrets
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.errors import KixieError, ValidationError
from kixie_desktop.domain.ids import AccountId, UserId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.runs import OutboxEvent
from kixie_desktop.domain.webhooks import (
    EVENT_TYPES,
    Delivery,
    DeliveryStatus,
    Lane,
    WebhookSubscription,
)
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.secrets import SecretStore
from kixie_desktop.services.ports.storage import Store, UnitOfWork

log = logging.getLogger(__name__)

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


@dataclass(frozen=True)
class CreatedSubscription:
    subscription: WebhookSubscription
    secret: str  # shown once, to configure the receiver; afterwards only in the keyring


def validate_url(url: str) -> str:
    """An absolute https URL (plain http only to this machine, for local receivers), with
    no user name or password in it (it would be stored in the database)."""
    text = url.strip()
    if not text or len(text) > 2000:
        raise ValidationError("a URL of at most 2000 characters is required", field="url")
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationError(f"{text!r} is not an absolute http(s) URL", field="url")
    if parts.username or parts.password:
        raise ValidationError("put no credentials in the URL: receivers check the signature", field="url")
    if parts.fragment:
        raise ValidationError("the URL must not have a #fragment", field="url")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValidationError("use https (plain http is allowed only for localhost)", field="url")
    try:
        parts.port  # noqa: B018 - raises on an out-of-range port
    except ValueError:
        raise ValidationError(f"{text!r} has an invalid port", field="url") from None
    return text


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_events(events: Iterable[str]) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(e.strip() for e in events if e.strip()))
    if not wanted:
        raise ValidationError(f"choose at least one event of {', '.join(EVENT_TYPES)}", field="events")
    unknown = [e for e in wanted if e not in EVENT_TYPES]
    if unknown:
        raise ValidationError(f"unknown event {unknown[0]!r}; events are {', '.join(EVENT_TYPES)}",
                              field="events")
    return wanted


class WebhookService(Service):
    def __init__(self, store: Store, clock: Clock, secrets_port: SecretStore) -> None:
        super().__init__(store, clock)
        self._secrets = secrets_port

    def create(self, actor: Actor, url: str, events: Iterable[str]) -> CreatedSubscription:
        require(actor, Permission.MANAGE_ACCOUNT)
        clean_url, clean_events = validate_url(url), validate_events(events)
        secret = "whsec_" + secrets.token_hex(32)
        ref = f"webhook.{uuid.uuid4().hex}"
        # Keyring first: without a safe keyring nothing reaches the database.
        self._secrets.set(ref, secret)
        try:
            with self._store.write() as uow:
                sub = uow.webhooks.add_subscription(actor.account_id, clean_url, clean_events, ref, self._clock())
                self._audit(uow, actor, "create_webhook", "webhook_subscription", sub.id, url=clean_url,
                            events=list(clean_events))
        except BaseException:
            self._secrets.delete(ref)
            raise
        log.info("webhook subscription %d created for %s", sub.id, ", ".join(clean_events))
        return CreatedSubscription(sub, secret)

    def list(self, actor: Actor, *, include_inactive: bool = False) -> builtins.list[WebhookSubscription]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.webhooks.subscriptions(actor.account_id, include_inactive=include_inactive)

    def deactivate(self, actor: Actor, subscription_id: int) -> int:
        """Stop deliveries for good; undelivered rows become dead. Returns how many."""
        require(actor, Permission.MANAGE_ACCOUNT)
        with self._store.write() as uow:
            sub = uow.webhooks.subscription(subscription_id)
            if sub.account_id != actor.account_id:
                raise ValidationError(f"webhook subscription {subscription_id} does not exist",
                                      field="subscription")
            dropped = uow.webhooks.deactivate(subscription_id, "subscription deactivated", self._clock())
            self._audit(uow, actor, "deactivate_webhook", "webhook_subscription", subscription_id,
                        dropped=dropped)
        try:
            self._secrets.delete(sub.secret_ref)
        except KixieError:
            log.warning("could not delete the secret of webhook %d", subscription_id, exc_info=True)
        return dropped

    def deliveries(self, actor: Actor, *, subscription_id: int | None = None,
                   status: DeliveryStatus | None = None, lane: Lane = "webhook",
                   limit: int = 100) -> builtins.list[Delivery]:
        """The delivery log, newest first (``lane='crm'`` for CRM jobs)."""
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.webhooks.log(actor.account_id, lane=lane, subscription_id=subscription_id,
                                    status=status, limit=limit)

    def retry_now(self, actor: Actor, row_id: int) -> bool:
        """Try a dead (or waiting) delivery again at the dispatcher's next pass."""
        require(actor, Permission.MANAGE_ACCOUNT)
        with self._store.write() as uow:
            return uow.webhooks.retry_now(actor.account_id, row_id, self._clock())


# --- producers for events the engine does not write -------------------------------------

def _contact_json(contact: Contact | None) -> dict[str, object] | None:
    if contact is None:
        return None
    return {"id": contact.id, "phone": contact.phone, "external_id": contact.external_id,
            "first_name": contact.first_name, "last_name": contact.last_name, "owner_id": contact.owner_id}


def record_call_dispositioned(uow: UnitOfWork, account_id: AccountId, *, contact: Contact, call_id: int | None,
                              disposition: str, duration_s: int, notes: str | None, user_id: UserId | None,
                              action_id: int | None, at: datetime) -> bool:
    """Queue ``call.dispositioned`` in the caller's transaction; False when nobody wants it."""
    if "call.dispositioned" not in uow.outbox.subscribed_types(account_id):
        return False
    uow.outbox.add_many(account_id, [OutboxEvent("call.dispositioned", {
        "call_id": call_id, "disposition": disposition, "duration_s": duration_s, "notes": notes,
        "user_id": user_id, "action_id": action_id, "at": at.isoformat(), "contact": _contact_json(contact),
    }, contact.id)], at)
    return True


def record_sms_received(uow: UnitOfWork, account_id: AccountId, *, contact: Contact | None, from_number: str,
                        to_number: str, body: str, at: datetime) -> bool:
    """Queue ``sms.received`` in the caller's transaction; False when nobody wants it."""
    if "sms.received" not in uow.outbox.subscribed_types(account_id):
        return False
    uow.outbox.add_many(account_id, [OutboxEvent("sms.received", {
        "from": from_number, "to": to_number, "body": body, "at": at.isoformat(),
        "contact": _contact_json(contact),
    }, contact.id if contact else None)], at)
    return True
