"""Pages of Inflight or Completed actions, with why each waits, for the HTTP API.

Keyset pagination: the cursor is the last id of the previous page, so pages
stay stable while the engine inserts new runs. Blocking: call from a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from kixie_desktop.domain.action_table import ActionListItem
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.base import Service

MAX_LIMIT = 500
DEFAULT_LIMIT = 100


@dataclass(frozen=True)
class ActionPage:
    items: list[ActionListItem]
    next_cursor: str | None  # None on the last page


def parse_cursor(cursor: str | None) -> int | None:
    """The opaque cursor handed out in ``next_cursor`` (today: the last id, as text)."""
    if cursor is None:
        return None
    if not (cursor.isascii() and cursor.isdigit()) or len(cursor) > 18:
        raise ValidationError("not a cursor this API handed out; pass next_cursor back as is",
                              field="cursor")
    return int(cursor)


class ActionListing(Service):
    def page(self, actor: Actor, *, inflight: bool, cadence_id: CadenceId | None = None,
             cursor: str | None = None, limit: int = DEFAULT_LIMIT) -> ActionPage:
        require(actor, Permission.VIEW)
        if not 1 <= limit <= MAX_LIMIT:
            raise ValidationError(f"must be 1-{MAX_LIMIT}", field="limit")
        after = parse_cursor(cursor)
        with self._store.read() as uow:
            # One more than asked tells whether another page follows, without a count query.
            rows = uow.action_pages.page(actor.account_id, inflight=inflight, cadence_id=cadence_id,
                                         after_id=after, limit=limit + 1)
        more = len(rows) > limit
        items = rows[:limit]
        return ActionPage(items, str(items[-1].id) if more else None)
