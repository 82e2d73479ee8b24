"""Pages of action runs for the HTTP API's ``GET /actions``: keyset pagination by id.

Keyset (``id > cursor ORDER BY id LIMIT n``) rather than offsets, so a page costs
the same deep into history and rows inserted meanwhile never shift a page.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.ids import (
    AccountId,
    ActionRunId,
    CadenceId,
    ContactId,
    EnrollmentId,
    UserId,
)
from kixie_desktop.domain.statuses import INFLIGHT, ActionStatus
from kixie_desktop.services.ports.api_storage import ActionListItem
from kixie_desktop.storage.models import ActionRunRow, CadenceVersionRow

_INFLIGHT = sorted(s.value for s in INFLIGHT)


def _item(r: Any) -> ActionListItem:
    return ActionListItem(
        id=ActionRunId(r.id), enrollment_id=EnrollmentId(r.enrollment_id),
        contact_id=ContactId(r.contact_id), cadence_id=CadenceId(r.cadence_id),
        cadence_version=r.version, step=r.step, type=ActionType(r.type),
        status=ActionStatus(r.status), phone=r.target_phone,
        owner_id=UserId(r.owner_id) if r.owner_id is not None else None,
        created_at=r.created_at, scheduled_at=r.due_at, completed_at=r.completed_at,
        reason=r.reason, outcome=r.outcome, retry_count=r.retry_count,
        max_retries=r.max_retries, attempt=r.attempt, held=r.held,
    )


class SqlActionPages:
    def __init__(self, session: Session) -> None:
        self._s = session

    def page(self, account_id: AccountId, *, inflight: bool, cadence_id: CadenceId | None,
             after_id: int | None, limit: int) -> list[ActionListItem]:
        a = ActionRunRow
        query = (select(a.id, a.enrollment_id, a.contact_id, a.cadence_id, CadenceVersionRow.version,
                        a.step, a.type, a.status, a.target_phone, a.owner_id, a.created_at, a.due_at,
                        a.completed_at, a.reason, a.outcome, a.retry_count, a.max_retries, a.attempt,
                        a.held)
                 .join(CadenceVersionRow, CadenceVersionRow.id == a.version_id)
                 .where(a.account_id == account_id,
                        a.status.in_(_INFLIGHT) if inflight else a.status.not_in(_INFLIGHT))
                 .order_by(a.id).limit(limit))
        if cadence_id is not None:
            query = query.where(a.cadence_id == cadence_id)
        if after_id is not None:
            query = query.where(a.id > after_id)
        return [_item(r) for r in self._s.execute(query)]
