"""A contact's history as people read it: messages both ways, calls, cadence enrollments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.ids import ActionRunId, EnrollmentId, UserId
from kixie_desktop.domain.lead_control import NextAction
from kixie_desktop.domain.statuses import EnrollmentState


@dataclass(frozen=True)
class MessageEntry:
    at: datetime
    direction: str  # "in" or "out"
    body: str
    status: str  # received, sending, sent, failed, unknown, retrying


@dataclass(frozen=True)
class CallEntry:
    at: datetime
    direction: str
    agent: str | None
    sip_status: int | None
    sip_reason: str | None
    disposition: str | None
    notes: str | None
    talk_seconds: int
    record_id: int = 0
    recording_file: str | None = None  # recorded: the WAV's name on the computer that made it
    recording_seconds: float | None = None


@dataclass(frozen=True)
class EnrollmentEntry:
    """One of the contact's enrollments, with what a person can act on: its next action, and
    the latest text of it nobody knows went out (``unknown_sms``), to decide."""

    at: datetime
    cadence: str
    state: EnrollmentState
    reason: str | None
    id: EnrollmentId
    owner_id: UserId | None
    paused_until: datetime | None
    paused_by: str | None
    next_action: NextAction | None = None
    unknown_sms: ActionRunId | None = None


@dataclass(frozen=True)
class ContactHistory:
    contact: Contact
    owner: str | None
    zones: tuple[str, ...]
    messages: tuple[MessageEntry, ...]
    calls: tuple[CallEntry, ...]
    enrollments: tuple[EnrollmentEntry, ...]
