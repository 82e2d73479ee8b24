"""Cadence files: export a cadence to a JSON document and import one as a new cadence.

The document format and its checks are ``domain/cadence_file.py``; this service supplies
the workspace's names and ids, the role checks (export: anyone who may see cadences;
import: those who may manage them) and the write, which goes through ``CadenceService``
so an imported cadence obeys every rule a typed one does. An import with any problem
writes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kixie_desktop.domain.cadence import CadenceDefinition
from kixie_desktop.domain.cadence_file import CadenceFileInvalid, Ids, Names, dump, load
from kixie_desktop.domain.cadence_views import CadenceVersion
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.base import Service
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.storage import Store, UnitOfWork


class CadenceFileService(Service):
    def __init__(self, store: Store, clock: Clock, cadences: CadenceService) -> None:
        super().__init__(store, clock)
        self._cadences = cadences

    def export(self, actor: Actor, cadence_id: CadenceId) -> dict[str, Any]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            definition = uow.cadences.current_version(cadence_id).definition
            return dump(definition, self._names(uow, actor))

    def read(self, actor: Actor, document: Any, *, name: str | None = None) -> CadenceDefinition:
        """The definition a document describes here (checked, nothing written)."""
        require(actor, Permission.MANAGE_CADENCES)
        with self._store.read() as uow:
            ids = self._ids(uow, actor)
        definition = load(document, ids)
        if name is not None and name.strip():
            definition = replace(definition, settings=replace(definition.settings, name=name.strip()))
        if definition.settings.name in ids.cadences:
            raise CadenceFileInvalid([("$.cadence.settings.name", f"a cadence named {definition.settings.name!r} "
                                                                 "already exists: import it under another name")])
        return definition

    def import_document(self, actor: Actor, document: Any, *, name: str | None = None) -> CadenceVersion:
        """Create a new cadence (off, like every new cadence) from a document."""
        return self._cadences.create(actor, self.read(actor, document, name=name))

    @staticmethod
    def _names(uow: UnitOfWork, actor: Actor) -> Names:
        queues = {q.id: q.name for q in uow.queues.list(actor.account_id)}
        templates = {t.id: t.name for t in uow.templates.list(actor.account_id)}
        dispositions = {d.id: d.name for d in uow.dispositions.list(actor.account_id, include_archived=True)}
        cadences = {c.id: c.name for c in uow.cadences.summaries(actor.account_id)}
        return Names(queues.__getitem__, templates.__getitem__, dispositions.__getitem__,
                     lambda cid: cadences.get(cid, f"deleted cadence {cid}"))

    @staticmethod
    def _ids(uow: UnitOfWork, actor: Actor) -> Ids:
        return Ids(queues={q.name: q.id for q in uow.queues.list(actor.account_id)},
                   templates={t.name: t.id for t in uow.templates.list(actor.account_id)},
                   dispositions={d.name: d.id for d in uow.dispositions.list(actor.account_id)},
                   cadences={c.name: c.id for c in uow.cadences.summaries(actor.account_id)})
