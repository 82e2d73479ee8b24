"""The audit log: who changed what, when."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from kixie_desktop.domain.ids import AccountId, UserId
from kixie_desktop.storage.models import AuditLogRow


class SqlAudit:
    def __init__(self, session: Session) -> None:
        self._s = session

    def record(self, account_id: AccountId, actor_user_id: UserId | None, actor_name: str,
               action: str, entity: str, entity_id: int | None, now: datetime,
               detail: dict[str, Any] | None = None) -> None:
        self._s.add(AuditLogRow(account_id=account_id, at=now, actor_user_id=actor_user_id,
                                actor_name=actor_name, action=action, entity=entity,
                                entity_id=entity_id, detail=detail or {}))
