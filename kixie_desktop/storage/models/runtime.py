"""What the engine writes while cadences run: enrollments, action runs, touches, prompts.

The indexes here are the engine's hot paths: due action runs by (status, due
time), and touches by (phone, kind, time) for harassment counting.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kixie_desktop.domain.keywords import OPTED_OUT_REASON
from kixie_desktop.storage.models.base import Base


class EnrollmentRow(Base):
    __tablename__ = "enrollments"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"))
    cadence_id: Mapped[int] = mapped_column(ForeignKey("cadences.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("cadence_versions.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(16))
    current_step: Mapped[int] = mapped_column(default=0)
    source: Mapped[str] = mapped_column(String(32), default="manual")
    created_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(Text)
    paused_until: Mapped[datetime | None]
    # Who paused it, by name as it was then (like the audit log); NULL for a reply's pause.
    paused_by: Mapped[str | None] = mapped_column(String(200))
    # The first call dialled or text sent to the lead by this enrollment, and how long after
    # the enrollment that was (speed to lead; written together, ``repositories/enrollments.py``).
    first_touch_at: Mapped[datetime | None]
    first_touch_s: Mapped[float | None]


Index("ix_enrollments_contact", EnrollmentRow.contact_id, EnrollmentRow.cadence_id)
# Analytics (storage/repositories/analytics.py). A cadence's leads enrolled in a date range,
# with all the funnel and the counts read (from the index alone): the engine rewrites an
# entry as a lead moves on a step, one more index write per action.
Index("ix_enrollments_cadence_created", EnrollmentRow.cadence_id, EnrollmentRow.created_at,
      EnrollmentRow.owner_id, EnrollmentRow.current_step, EnrollmentRow.state, EnrollmentRow.first_touch_s)
# The touched leads of a cadence in order of their speed to lead: a median is read at its
# position in the index, not sorted. Written once per lead, at its first touch.
TOUCHED_PREDICATE = "first_touch_s IS NOT NULL"
Index("ix_enrollments_cadence_speed", EnrollmentRow.cadence_id, EnrollmentRow.first_touch_s,
      EnrollmentRow.created_at, EnrollmentRow.owner_id,
      sqlite_where=text(TOUCHED_PREDICATE), postgresql_where=text(TOUCHED_PREDICATE))
# Never the same contact in the same cadence twice at once, even with racing engines.
Index(
    "uq_enrollments_open",
    EnrollmentRow.contact_id,
    EnrollmentRow.cadence_id,
    unique=True,
    sqlite_where=text("state IN ('active', 'paused')"),
    postgresql_where=text("state IN ('active', 'paused')"),
)


class ActionRunRow(Base):
    __tablename__ = "action_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollments.id"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id"), index=True)
    cadence_id: Mapped[int] = mapped_column(ForeignKey("cadences.id"))
    version_id: Mapped[int] = mapped_column(ForeignKey("cadence_versions.id"))
    step: Mapped[int]
    type: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12))
    target_phone: Mapped[str] = mapped_column(String(20))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    due_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]
    retry_count: Mapped[int] = mapped_column(default=0)
    max_retries: Mapped[int] = mapped_column(default=0)
    min_between_s: Mapped[int] = mapped_column(default=0)
    # Why it waits (inflight) or how it ended (completed), for people to read.
    reason: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(80))
    disposition_id: Mapped[int | None] = mapped_column(ForeignKey("dispositions.id"))
    # Held while its cadence is turned off: kept, not run, until it is on again.
    held: Mapped[bool] = mapped_column(default=False)
    # Which engine claimed or is sending an SMS, until when ('processing', 'sending'); or a
    # call's prompt deadline ('processing').
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_expires_at: Mapped[datetime | None]
    # The agent whose accepted prompt won this call action; exactly one, even across workstations.
    accepted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    attempt: Mapped[int] = mapped_column(default=0)


# Partial indexes keep the due-action scan proportional to what is due, not to history
# or to the backlog; the engine's queries repeat these predicates word for word.
DUE_PREDICATE = "status = 'scheduled' AND NOT held"
LEASED_PREDICATE = "status IN ('processing', 'sending')"
Index("ix_action_runs_due", ActionRunRow.due_at,
      sqlite_where=text(DUE_PREDICATE), postgresql_where=text(DUE_PREDICATE))
Index("ix_action_runs_leased", ActionRunRow.lease_expires_at,
      sqlite_where=text(LEASED_PREDICATE), postgresql_where=text(LEASED_PREDICATE))
Index("ix_action_runs_cadence", ActionRunRow.cadence_id, ActionRunRow.status)

# The supervisors' Inflight / Completed tables (storage/repositories/action_table.py): their
# queries spell the split exactly like this, so both databases can use the partial indexes.
INFLIGHT_PREDICATE = "status IN ('scheduled', 'processing', 'sending')"
FINAL_PREDICATE = "status NOT IN ('scheduled', 'processing', 'sending')"
# account_id leads each key: every query filters on it, and a count or a deep page then
# never leaves the index for the table.
Index("ix_action_runs_inflight_due", ActionRunRow.account_id, ActionRunRow.due_at, ActionRunRow.id,
      sqlite_where=text(INFLIGHT_PREDICATE), postgresql_where=text(INFLIGHT_PREDICATE))
Index("ix_action_runs_final_completed", ActionRunRow.account_id, ActionRunRow.completed_at,
      ActionRunRow.id, sqlite_where=text(FINAL_PREDICATE), postgresql_where=text(FINAL_PREDICATE))
Index("ix_action_runs_created", ActionRunRow.account_id, ActionRunRow.created_at, ActionRunRow.id)
Index("ix_action_runs_phone", ActionRunRow.account_id, ActionRunRow.target_phone, ActionRunRow.id)

# Analytics: a cadence's dispositioned calls, its finished texts by status, and its texts not
# sent because the lead had opted out, each in a date range and from its own small index (the
# counts from the index alone). The queries spell these predicates word for word, as the
# tables' queries do; the last one is the engine's own words for it (``OPTED_OUT_REASON``), so
# new words for it need a migration of this index.
DISPOSITIONED_PREDICATE = "disposition_id IS NOT NULL"
TEXTS_PREDICATE = "type = 'sms' AND " + FINAL_PREDICATE
OPTED_OUT_PREDICATE = f"reason = '{OPTED_OUT_REASON}'"
Index("ix_action_runs_dispositioned", ActionRunRow.cadence_id, ActionRunRow.completed_at,
      ActionRunRow.disposition_id, ActionRunRow.accepted_by,
      sqlite_where=text(DISPOSITIONED_PREDICATE), postgresql_where=text(DISPOSITIONED_PREDICATE))
# ``type`` closes the key though the predicate fixes it: SQLite checks the query's own
# ``type = 'sms'`` against the row, and finds it in the index rather than the table.
Index("ix_action_runs_texts", ActionRunRow.cadence_id, ActionRunRow.status, ActionRunRow.completed_at,
      ActionRunRow.owner_id, ActionRunRow.type,
      sqlite_where=text(TEXTS_PREDICATE), postgresql_where=text(TEXTS_PREDICATE))
Index("ix_action_runs_opted_out", ActionRunRow.cadence_id, ActionRunRow.completed_at, ActionRunRow.owner_id,
      sqlite_where=text(OPTED_OUT_PREDICATE), postgresql_where=text(OPTED_OUT_PREDICATE))


class TouchRow(Base):
    __tablename__ = "touches"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    phone: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(8))
    at: Mapped[datetime]
    source: Mapped[str] = mapped_column(String(16))  # cadence, manual, api
    action_run_id: Mapped[int | None] = mapped_column(ForeignKey("action_runs.id"))
    cadence_id: Mapped[int | None] = mapped_column(ForeignKey("cadences.id"))


Index("ix_touches_phone_kind_at", TouchRow.phone, TouchRow.kind, TouchRow.at)


class CallPromptRow(Base):
    """A prompt offered to one agent for one call action; the first accept wins."""

    __tablename__ = "call_prompts"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_run_id: Mapped[int] = mapped_column(ForeignKey("action_runs.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    attempt: Mapped[int] = mapped_column(default=0)
    state: Mapped[str] = mapped_column(String(12))  # offered, accepted, declined, expired, withdrawn
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]


Index("ix_call_prompts_user_state", CallPromptRow.user_id, CallPromptRow.state)
