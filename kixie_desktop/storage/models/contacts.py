"""Contacts, SMS templates and dispositions: what cadences act on and with."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column

from kixie_desktop.storage.models.base import Base


class ContactRow(Base):
    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("account_id", "phone"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    phone: Mapped[str] = mapped_column(String(20))  # E.164
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    company: Mapped[str | None] = mapped_column(String(200))
    timezone: Mapped[str | None] = mapped_column(String(64))  # explicit; else derived from phone
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    external_id: Mapped[str | None] = mapped_column(String(128))
    do_not_contact: Mapped[bool] = mapped_column(default=False)
    sms_opt_out: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


Index("ix_contacts_external_id", ContactRow.account_id, ContactRow.external_id)


class SmsTemplateRow(Base):
    __tablename__ = "sms_templates"
    __table_args__ = (UniqueConstraint("account_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    name: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(default=False)


class DispositionRow(Base):
    __tablename__ = "dispositions"
    __table_args__ = (UniqueConstraint("account_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    name: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(default=0)
    # Archived dispositions stay for history and old rules but are not offered.
    archived: Mapped[bool] = mapped_column(default=False)
    digit: Mapped[int | None]  # the key an agent presses for it, 1-9
    counts_as_connected: Mapped[bool] = mapped_column(default=False, server_default=false())


# A key means one outcome among those agents are offered; an archived one gives its key up.
Index(
    "uq_dispositions_active_digit",
    DispositionRow.account_id,
    DispositionRow.digit,
    unique=True,
    sqlite_where=text("digit IS NOT NULL AND NOT archived"),
    postgresql_where=text("digit IS NOT NULL AND NOT archived"),
)
