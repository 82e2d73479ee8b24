"""API tokens through the service, on SQLite and PostgreSQL: shown once, stored as a
SHA-256 hash, admins only, revoked at once, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from sqlalchemy import select

from kixie_desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from kixie_desktop.domain.roles import Role
from kixie_desktop.services.administration import api_tokens
from kixie_desktop.services.administration.api_tokens import ApiTokenService, InvalidToken
from kixie_desktop.storage.models import ApiTokenRow, AuditLogRow
from tests.support.workspace import Workspace


def service(ws: Workspace) -> ApiTokenService:
    return ApiTokenService(ws.store, ws.clock)


def test_create_shows_the_token_once_and_stores_only_its_hash(ws: Workspace) -> None:
    issued = service(ws).create(ws.admin, "  zapier  ")
    assert issued.token.startswith("kx_") and len(issued.token) >= 3 + 43
    assert (issued.info.name, issued.info.role, issued.info.created_at) == ("zapier", Role.MANAGER, ws.clock.now)
    with ws.db.read() as s:
        row = s.scalar(select(ApiTokenRow))
        assert row is not None
        assert row.token_hash == hashlib.sha256(issued.token.encode()).hexdigest()
        assert issued.token not in {row.name, row.token_hash, row.role}
        audit = s.scalar(select(AuditLogRow).where(AuditLogRow.entity == "api_token"))
        assert audit is not None and issued.token not in str(audit.detail)
    assert service(ws).create(ws.admin, "other").token != issued.token


def test_the_token_acts_as_a_named_principal_with_its_role(ws: Workspace) -> None:
    manager = service(ws).create(ws.admin, "zapier").token
    agent = service(ws).create(ws.admin, "dashboard", Role.AGENT).token
    actor = service(ws).authenticate(manager)
    assert (actor.account_id, actor.user_id, actor.role, actor.name) == (
        ws.admin.account_id, None, Role.MANAGER, "API token zapier")
    assert service(ws).authenticate(agent).role is Role.AGENT


@pytest.mark.parametrize("who", ["manager", "supervisor", "agent"])
def test_only_admins_manage_tokens(ws: Workspace, who: str) -> None:
    actor = getattr(ws, who)
    for call in (lambda: service(ws).create(actor, "x"), lambda: service(ws).list(actor),
                 lambda: service(ws).revoke(actor, "x")):
        with pytest.raises(PermissionDenied):
            call()


def test_names_are_checked_and_unique(ws: Workspace) -> None:
    for bad in ("", "   ", "x" * 81, "tab\there"):
        with pytest.raises(ValidationError):
            service(ws).create(ws.admin, bad)
    service(ws).create(ws.admin, "zapier")
    with pytest.raises(Conflict, match="already exists"):
        service(ws).create(ws.admin, "zapier")


def test_revoke_then_list_never_shows_tokens(ws: Workspace) -> None:
    token = service(ws).create(ws.admin, "zapier").token
    service(ws).create(ws.admin, "hubspot")
    ws.clock.advance(hours=1)
    assert service(ws).revoke(ws.admin, "zapier") is True
    assert service(ws).revoke(ws.admin, "zapier") is False
    with pytest.raises(NotFound):
        service(ws).revoke(ws.admin, "nope")
    with pytest.raises(InvalidToken, match="revoked"):
        service(ws).authenticate(token)
    listed = service(ws).list(ws.admin)
    assert [(t.name, t.revoked_at) for t in listed] == [("hubspot", None), ("zapier", ws.clock.now)]
    assert token not in repr(listed)


@pytest.mark.parametrize("presented", [None, "", "kx_wrong", "x" * 10_000])
def test_missing_or_wrong_tokens_are_refused(ws: Workspace, presented: str | None) -> None:
    service(ws).create(ws.admin, "zapier")
    with pytest.raises(InvalidToken):
        service(ws).authenticate(presented)


def test_hashes_are_compared_in_constant_time_with_no_early_exit(
        ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = [service(ws).create(ws.admin, f"t{n}").token for n in range(3)]
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(api_tokens.hmac, "compare_digest", spy)
    # The first stored token matches, and every other stored hash is still compared.
    assert service(ws).authenticate(tokens[0]).name == "API token t0"
    assert len(calls) == 3
    calls.clear()
    with pytest.raises(InvalidToken):
        service(ws).authenticate("kx_" + "A" * 43)
    assert len(calls) == 3
