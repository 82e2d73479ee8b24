"""API tokens as they may be shown: a name, a role and its dates, never the token or its hash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.roles import Role


@dataclass(frozen=True)
class ApiTokenInfo:
    """What may be shown about a token: never the token, never its hash."""

    name: str
    role: Role
    created_at: datetime
    revoked_at: datetime | None
