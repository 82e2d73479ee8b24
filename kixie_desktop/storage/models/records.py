"""History and integration tables: calls, SMS, audit log, webhooks, API tokens."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kixie_desktop.storage.models.base import Base


class CallRecordRow(Base):
    __tablename__ = "call_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action_run_id: Mapped[int | None] = mapped_column(ForeignKey("action_runs.id"), index=True)
    direction: Mapped[str] = mapped_column(String(8))
    from_number: Mapped[str | None] = mapped_column(String(64))
    to_number: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime]
    connected_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    sip_status: Mapped[int | None]
    sip_reason: Mapped[str | None] = mapped_column(String(200))
    disposition_id: Mapped[int | None] = mapped_column(ForeignKey("dispositions.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    # Seconds from answered to hung up (NULL: never answered), and from hung up to the
    # disposition saved (0 when it was saved during the call; NULL: no disposition, or no
    # known end). Written as each happens, so Analytics sums them (docs/analytics.md).
    talk_s: Mapped[float | None]
    wrap_up_s: Mapped[float | None]
    # The call's recording: a WAV under the recordings folder of the computer it was made on,
    # by its name there ("3-7/ab12….wav"), and its length once the call ended.
    recording_file: Mapped[str | None] = mapped_column(String(300))
    recording_seconds: Mapped[float | None] = mapped_column(Float)


class SmsMessageRow(Base):
    __tablename__ = "sms_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    action_run_id: Mapped[int | None] = mapped_column(ForeignKey("action_runs.id"))
    direction: Mapped[str] = mapped_column(String(8))
    from_number: Mapped[str | None] = mapped_column(String(64))
    to_number: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)
    # Inbound only: the bytes as received, when ``body`` (decoded with replacement) differs.
    raw_body: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16))
    idempotency_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    provider_id: Mapped[str | None] = mapped_column(String(128))
    detail: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class AuditLogRow(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    at: Mapped[datetime]
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None]
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


Index("ix_audit_log_entity", AuditLogRow.entity, AuditLogRow.entity_id)


class WebhookSubscriptionRow(Base):
    __tablename__ = "webhook_subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    url: Mapped[str] = mapped_column(String(2000))
    events: Mapped[list[Any]] = mapped_column(JSON)
    # The signing secret lives in the keyring under this name, never here.
    secret_ref: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]


class WebhookOutboxRow(Base):
    __tablename__ = "webhook_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    event_type: Mapped[str] = mapped_column(String(40))
    subscription_id: Mapped[int | None] = mapped_column(ForeignKey("webhook_subscriptions.id"))
    contact_id: Mapped[int | None]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]


Index("ix_webhook_outbox_pending", WebhookOutboxRow.status, WebhookOutboxRow.next_attempt_at)


class ApiTokenRow(Base):
    __tablename__ = "api_tokens"
    __table_args__ = (UniqueConstraint("account_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="manager")
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class IdempotencyRecordRow(Base):
    """The first answer to an API request with an Idempotency-Key, replayed on retry."""

    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("account_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    key: Mapped[str] = mapped_column(String(200))
    request_hash: Mapped[str] = mapped_column(String(64))
    status: Mapped[int]
    response: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime]
