"""API tokens and idempotency records over SQLAlchemy.

Only token hashes are stored (the token itself is shown once, by the service).
An idempotency key is inserted and flushed before the work it guards, inside
the same transaction, so a second request with the same key blocks on the
unique index (PostgreSQL) or on the write lock (SQLite) until the first one
commits or rolls back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kixie_desktop.domain.api_tokens import ApiTokenInfo
from kixie_desktop.domain.errors import NotFound
from kixie_desktop.domain.ids import AccountId
from kixie_desktop.domain.roles import Role
from kixie_desktop.services.ports.api_storage import ApiTokenCredential, IdempotencyRecord
from kixie_desktop.storage.models import ApiTokenRow, IdempotencyRecordRow


def _info(row: ApiTokenRow) -> ApiTokenInfo:
    return ApiTokenInfo(name=row.name, role=Role(row.role), created_at=row.created_at,
                        revoked_at=row.revoked_at)


class SqlApiTokens:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, account_id: AccountId, name: str, token_hash: str, role: Role,
            now: datetime) -> ApiTokenInfo:
        row = ApiTokenRow(account_id=account_id, name=name, token_hash=token_hash, role=role.value,
                          created_at=now)
        self._s.add(row)
        self._s.flush()  # a duplicate name fails here, as a Conflict from the unit of work
        return _info(row)

    def list(self, account_id: AccountId) -> list[ApiTokenInfo]:
        rows = self._s.scalars(select(ApiTokenRow).where(ApiTokenRow.account_id == account_id)
                               .order_by(ApiTokenRow.name))
        return [_info(r) for r in rows]

    def revoke(self, account_id: AccountId, name: str, now: datetime) -> bool:
        row = self._s.scalar(select(ApiTokenRow).where(ApiTokenRow.account_id == account_id,
                                                       ApiTokenRow.name == name))
        if row is None:
            raise NotFound(f"no API token named {name!r}", field="name")
        result = self._s.execute(update(ApiTokenRow)
                                 .where(ApiTokenRow.id == row.id, ApiTokenRow.revoked_at.is_(None))
                                 .values(revoked_at=now))
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def live(self) -> list[ApiTokenCredential]:
        rows = self._s.execute(select(ApiTokenRow.account_id, ApiTokenRow.name, ApiTokenRow.token_hash,
                                      ApiTokenRow.role).where(ApiTokenRow.revoked_at.is_(None)))
        return [ApiTokenCredential(AccountId(r.account_id), r.name, r.token_hash, Role(r.role))
                for r in rows]


class SqlIdempotencyRecords:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, account_id: AccountId, key: str) -> IdempotencyRecord | None:
        row = self._s.scalar(select(IdempotencyRecordRow).where(
            IdempotencyRecordRow.account_id == account_id, IdempotencyRecordRow.key == key))
        if row is None:
            return None
        return IdempotencyRecord(row.key, row.request_hash, row.status, dict(row.response))

    def reserve(self, account_id: AccountId, key: str, request_hash: str, now: datetime) -> None:
        # Status 0 never reaches another transaction: ``complete`` runs before the commit.
        self._s.add(IdempotencyRecordRow(account_id=account_id, key=key, request_hash=request_hash,
                                         status=0, response={}, created_at=now))
        self._s.flush()

    def complete(self, account_id: AccountId, key: str, status: int, response: dict[str, Any]) -> None:
        self._s.execute(update(IdempotencyRecordRow)
                        .where(IdempotencyRecordRow.account_id == account_id,
                               IdempotencyRecordRow.key == key)
                        .values(status=status, response=response))
