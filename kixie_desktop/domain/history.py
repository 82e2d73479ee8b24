"""A contact's history as people read it: messages both ways, calls, cadence enrollments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.directory import Contact


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


@dataclass(frozen=True)
class EnrollmentEntry:
    at: datetime
    cadence: str
    state: str
    reason: str | None


@dataclass(frozen=True)
class ContactHistory:
    contact: Contact
    owner: str | None
    zones: tuple[str, ...]
    messages: tuple[MessageEntry, ...]
    calls: tuple[CallEntry, ...]
    enrollments: tuple[EnrollmentEntry, ...]
