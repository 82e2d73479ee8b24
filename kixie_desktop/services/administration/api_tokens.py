"""API tokens: create (shown once), revoke, list, and authenticate a bearer token.

Only a SHA-256 hash of each token is stored. A token acts as a named system
principal ("API token <name>") with the role it was created with (manager by
default). ``authenticate`` compares the presented token's hash with every live
hash using ``hmac.compare_digest`` and no early exit, so the time it takes says
nothing about which stored hash came close. Blocking: call it from a worker
thread (the HTTP API runs it in an executor), never on an event loop.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from kixie_desktop.domain.api_tokens import ApiTokenInfo
from kixie_desktop.domain.errors import UserFacingError, ValidationError
from kixie_desktop.domain.roles import Actor, Permission, Role, require
from kixie_desktop.services.base import Service

TOKEN_PREFIX = "kx_"
MAX_NAME = 80
# Longer than any token we issue; refuse early instead of hashing megabytes.
MAX_TOKEN_LENGTH = 200


class InvalidToken(UserFacingError):
    """No token, or one that is unknown or revoked (HTTP 401)."""


@dataclass(frozen=True)
class IssuedToken:
    """A new token: ``token`` is shown to the person once and never stored."""

    info: ApiTokenInfo
    token: str


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def principal_name(token_name: str) -> str:
    return f"API token {token_name}"


def _clean_name(name: str) -> str:
    text = name.strip()
    if not text:
        raise ValidationError("a token needs a name", field="name")
    if len(text) > MAX_NAME:
        raise ValidationError(f"longer than {MAX_NAME} characters", field="name")
    if not text.isprintable():
        raise ValidationError("only printable characters, please", field="name")
    return text


class ApiTokenService(Service):
    def create(self, actor: Actor, name: str, role: Role = Role.MANAGER) -> IssuedToken:
        """Admins only. Returns the token once; only its hash is kept."""
        require(actor, Permission.MANAGE_ACCOUNT)
        clean = _clean_name(name)
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._store.write() as uow:
            info = uow.api_tokens.add(actor.account_id, clean, hash_token(token), Role(role), self._clock())
            self._audit(uow, actor, "create", "api_token", None, name=clean, role=info.role.value)
        return IssuedToken(info, token)

    def revoke(self, actor: Actor, name: str) -> bool:
        """Revoke at once (the next request with it gets 401); False if it already was."""
        require(actor, Permission.MANAGE_ACCOUNT)
        with self._store.write() as uow:
            revoked = uow.api_tokens.revoke(actor.account_id, name.strip(), self._clock())
            if revoked:
                self._audit(uow, actor, "revoke", "api_token", None, name=name.strip())
            return revoked

    def list(self, actor: Actor) -> list[ApiTokenInfo]:
        require(actor, Permission.MANAGE_ACCOUNT)
        with self._store.read() as uow:
            return uow.api_tokens.list(actor.account_id)

    def authenticate(self, token: str | None) -> Actor:
        """The principal a bearer token acts as; ``InvalidToken`` if missing, wrong or revoked."""
        if not token:
            raise InvalidToken("an API token is required: send 'Authorization: Bearer <token>'")
        if len(token) > MAX_TOKEN_LENGTH:
            raise InvalidToken("the API token is not valid")
        presented = hash_token(token)
        with self._store.read() as uow:
            live = uow.api_tokens.live()
        match = None
        for credential in live:
            # Every hash is compared, even after a match: no early exit to time.
            if hmac.compare_digest(credential.token_hash.encode("ascii"), presented.encode("ascii")):
                match = credential
        if match is None:
            raise InvalidToken("the API token is not valid (unknown or revoked)")
        return Actor(match.account_id, None, match.role, principal_name(match.name))
