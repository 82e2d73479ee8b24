"""What every service holds: the store, the clock, and the audit habit."""

from __future__ import annotations

from typing import Any

from kixie_desktop.domain.roles import Actor
from kixie_desktop.services.clock import Clock, system_clock
from kixie_desktop.services.ports.storage import Store, UnitOfWork


class Service:
    def __init__(self, store: Store, clock: Clock = system_clock) -> None:
        self._store = store
        self._clock = clock

    def _audit(self, uow: UnitOfWork, actor: Actor, action: str, entity: str,
               entity_id: int | None, **detail: Any) -> None:
        uow.audit.record(actor.account_id, actor.user_id, actor.name, action, entity,
                         entity_id, self._clock(), detail)
