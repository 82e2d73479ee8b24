"""Pages of action runs for the HTTP API's ``GET /actions``: keyset pagination by id.

Keyset (``id > cursor ORDER BY id LIMIT n``) rather than offsets, so a page costs
the same deep into history and rows inserted meanwhile never shift a page. The
query itself is the supervisors' tables' (``action_table.py``), sorted by id.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kixie_desktop.domain.action_table import (
    ActionFilter,
    ActionListItem,
    ActionSort,
    Cursor,
    SortKey,
)
from kixie_desktop.domain.ids import AccountId, ActionRunId, CadenceId
from kixie_desktop.storage.repositories.action_table import SqlActionTable

_BY_ID = ActionSort(SortKey.ID)


class SqlActionPages:
    def __init__(self, session: Session) -> None:
        self._table = SqlActionTable(session)

    def page(self, account_id: AccountId, *, inflight: bool, cadence_id: CadenceId | None,
             after_id: int | None, limit: int) -> list[ActionListItem]:
        after = Cursor(after_id, ActionRunId(after_id)) if after_id is not None else None
        return list(self._table.iter_rows(account_id, ActionFilter(inflight, cadence_id=cadence_id),
                                          _BY_ID, after=after, limit=limit))
