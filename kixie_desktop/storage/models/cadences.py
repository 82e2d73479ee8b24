"""Cadences and their immutable versions (settings, actions, rules)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from kixie_desktop.storage.models.base import Base


class CadenceRow(Base):
    __tablename__ = "cadences"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    name: Mapped[str] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(default=False)
    current_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("cadence_versions.id", use_alter=True, name="fk_cadences_current_version")
    )
    created_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
    # Counters shown in the Cadences table; kept here so the table never scans history.
    invocations: Mapped[int] = mapped_column(default=0)
    tasks_run: Mapped[int] = mapped_column(default=0)
    last_triggered_at: Mapped[datetime | None]
    last_action_at: Mapped[datetime | None]


# A name is unique among live cadences; a deleted one frees its name.
Index(
    "uq_cadences_live_name",
    CadenceRow.account_id,
    CadenceRow.name,
    unique=True,
    sqlite_where=text("deleted_at IS NULL"),
    postgresql_where=text("deleted_at IS NULL"),
)


class CadenceVersionRow(Base):
    __tablename__ = "cadence_versions"
    __table_args__ = (UniqueConstraint("cadence_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cadence_id: Mapped[int] = mapped_column(ForeignKey("cadences.id"))
    version: Mapped[int]
    created_at: Mapped[datetime]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    name: Mapped[str] = mapped_column(String(120))
    queue_id: Mapped[int] = mapped_column(ForeignKey("queues.id"))
    assign_owner: Mapped[str] = mapped_column(String(16))
    use_contact_owner: Mapped[bool]
    allow_reenrollment: Mapped[bool]
    cadence_hours: Mapped[list[Any]] = mapped_column(JSON)
    target_hours: Mapped[list[Any]] = mapped_column(JSON)
    exclusive: Mapped[bool] = mapped_column(default=False)
    check_dnc: Mapped[bool] = mapped_column(default=True)
    reply_behavior: Mapped[str] = mapped_column(String(16), default="stop")
    reply_pause_s: Mapped[int] = mapped_column(default=86400)
    use_business_rules: Mapped[bool] = mapped_column(default=True)
    call_limit_count: Mapped[int | None]
    call_limit_amount: Mapped[int | None]
    call_limit_unit: Mapped[str | None] = mapped_column(String(8))
    sms_limit_count: Mapped[int | None]
    sms_limit_amount: Mapped[int | None]
    sms_limit_unit: Mapped[str | None] = mapped_column(String(8))


class CadenceActionRow(Base):
    __tablename__ = "cadence_actions"
    __table_args__ = (UniqueConstraint("version_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("cadence_versions.id", ondelete="CASCADE"))
    position: Mapped[int]
    type: Mapped[str] = mapped_column(String(8))
    after_s: Mapped[int] = mapped_column(default=0)
    retry: Mapped[bool] = mapped_column(default=False)
    attempts: Mapped[int] = mapped_column(default=0)
    min_between_s: Mapped[int] = mapped_column(default=0)
    template_id: Mapped[int | None] = mapped_column(ForeignKey("sms_templates.id"))
    customize: Mapped[bool] = mapped_column(default=False)
    body: Mapped[str | None] = mapped_column(Text)


class CadenceDispositionRuleRow(Base):
    __tablename__ = "cadence_disposition_rules"
    __table_args__ = (UniqueConstraint("version_id", "disposition_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("cadence_versions.id", ondelete="CASCADE"))
    position: Mapped[int]
    disposition_id: Mapped[int] = mapped_column(ForeignKey("dispositions.id"))
    action: Mapped[str] = mapped_column(String(8))
    target_cadence_id: Mapped[int | None] = mapped_column(ForeignKey("cadences.id"))
