"""Account, users, teams and queues: who works the cadences."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kixie_desktop.storage.models.base import Base

team_members = Table(
    "team_members",
    Base.metadata,
    Column("team_id", ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)

queue_teams = Table(
    "queue_teams",
    Base.metadata,
    Column("queue_id", ForeignKey("queues.id", ondelete="CASCADE"), primary_key=True),
    Column("team_id", ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True),
)


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    default_region: Mapped[str] = mapped_column(String(2), default="US")
    default_sender: Mapped[str | None] = mapped_column(String(32))
    quiet_hours_guard: Mapped[bool] = mapped_column(default=True)
    compliance_profiles: Mapped[bool] = mapped_column(default=True)
    prompt_timeout_s: Mapped[int] = mapped_column(default=60)
    recording_consent: Mapped[bool] = mapped_column(default=False)
    # Business harassment rules; NULL count = no limit.
    call_limit_count: Mapped[int | None]
    call_limit_amount: Mapped[int | None]
    call_limit_unit: Mapped[str | None] = mapped_column(String(8))
    sms_limit_count: Mapped[int | None]
    sms_limit_amount: Mapped[int | None]
    sms_limit_unit: Mapped[str | None] = mapped_column(String(8))
    holidays: Mapped[list[Any]] = mapped_column(JSON, default=list)
    caller_id_pool: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime]


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("account_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(16))
    sip_uri: Mapped[str | None] = mapped_column(String(254))
    sender_number: Mapped[str | None] = mapped_column(String(32))
    availability: Mapped[str] = mapped_column(String(16), default="offline")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]


class TeamRow(Base):
    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("account_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))


class QueueRow(Base):
    __tablename__ = "queues"
    __table_args__ = (UniqueConstraint("account_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    # Round-robin cursor: the id of the agent assigned last. Updated under a row
    # lock so concurrent enrollments and engines take turns fairly.
    rr_last_user_id: Mapped[int | None]


Index("ix_team_members_user", team_members.c.user_id)
