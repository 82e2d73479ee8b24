"""Storage ports the HTTP API's use cases need: API tokens, idempotency records, action pages.

Kept apart from ``ports/storage.py`` so the API's repositories live in one place;
``UnitOfWork`` there names them (``api_tokens``, ``idempotency``, ``action_pages``).
Plain values in, plain values out, like every other repository; the values the GUI shows
too (``ApiTokenInfo``, ``ActionListItem``) live in the domain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from kixie_desktop.domain.action_table import ActionListItem
from kixie_desktop.domain.api_tokens import ApiTokenInfo
from kixie_desktop.domain.ids import AccountId, CadenceId
from kixie_desktop.domain.roles import Role


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
