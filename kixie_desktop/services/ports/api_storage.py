"""Storage ports the HTTP API's use cases need: API tokens, idempotency records, action pages.

Kept apart from ``ports/storage.py`` so the API's values and repositories live in one
place; ``UnitOfWork`` there names them (``api_tokens``, ``idempotency``, ``action_pages``).
Plain values in, plain values out, like every other repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import (
    AccountId,
    ActionRunId,
    CadenceId,
    ContactId,
    EnrollmentId,
    UserId,
)
from kixie_desktop.domain.roles import Role
from kixie_desktop.domain.statuses import ActionStatus


@dataclass(frozen=True)
class ApiTokenInfo:
    """What may be shown about a token: never the token, never its hash."""

    name: str
    role: Role
    created_at: datetime
    revoked_at: datetime | None


@dataclass(frozen=True)
class ApiTokenCredential:
    """A live token's hash and what it acts as, for authentication only."""

    account_id: AccountId
    name: str
    token_hash: str
    role: Role


@dataclass(frozen=True)
class IdempotencyRecord:
    key: str
    request_hash: str
    status: int
    response: dict[str, Any]


@dataclass(frozen=True)
class ActionListItem:
    """One action run as the API lists it (Inflight or Completed)."""

    id: ActionRunId
    enrollment_id: EnrollmentId
    contact_id: ContactId
    cadence_id: CadenceId
    cadence_version: int
    step: int
    type: ActionType
    status: ActionStatus
    phone: str
    owner_id: UserId | None
    created_at: datetime
    scheduled_at: datetime
    completed_at: datetime | None
    reason: str | None
    outcome: str | None
    retry_count: int
    max_retries: int
    attempt: int
    held: bool


class ApiTokenRepository(Protocol):
    # ``live`` before ``list``: below it, ``list`` in an annotation would name the method.
    def live(self) -> list[ApiTokenCredential]: ...
    def add(self, account_id: AccountId, name: str, token_hash: str, role: Role,
            now: datetime) -> ApiTokenInfo: ...
    def list(self, account_id: AccountId) -> list[ApiTokenInfo]: ...
    def revoke(self, account_id: AccountId, name: str, now: datetime) -> bool:
        """True when this call revoked it; False when it already was. ``NotFound`` if unknown."""
        ...


class IdempotencyRepository(Protocol):
    def get(self, account_id: AccountId, key: str) -> IdempotencyRecord | None: ...
    def reserve(self, account_id: AccountId, key: str, request_hash: str, now: datetime) -> None:
        """Insert the key now (flushed), so a concurrent request with it waits or conflicts."""
        ...
    def complete(self, account_id: AccountId, key: str, status: int, response: dict[str, Any]) -> None: ...


class ActionPageRepository(Protocol):
    def page(self, account_id: AccountId, *, inflight: bool, cadence_id: CadenceId | None,
             after_id: int | None, limit: int) -> list[ActionListItem]:
        """Up to ``limit`` runs with id > ``after_id``, in id order (keyset pagination)."""
        ...
