"""Cadences: create, save (a new immutable version each time), activate, delete.

Only admins and managers; every front end comes through here. Checks that need
the database (unique name, queue, templates, dispositions, forward targets)
happen inside the same transaction as the write, so a refused save writes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from kixie_desktop.domain.cadence import MAX_NAME, CadenceDefinition, RuleAction, SmsAction, validate
from kixie_desktop.domain.cadence_views import CadenceSummary, CadenceVersion
from kixie_desktop.domain.errors import Conflict, NotFound, ValidationError
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.services.base import Service
from kixie_desktop.services.ports.storage import UnitOfWork


class CadenceService(Service):
    def list(self, actor: Actor) -> list[CadenceSummary]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.cadences.summaries(actor.account_id)

    def get(self, actor: Actor, cadence_id: CadenceId) -> CadenceVersion:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.cadences.current_version(cadence_id)

    def create(self, actor: Actor, definition: CadenceDefinition) -> CadenceVersion:
        require(actor, Permission.MANAGE_CADENCES)
        defn = validate(definition)
        with self._store.write() as uow:
            self._check_references(uow, actor, defn, None)
            version = uow.cadences.add(actor.account_id, defn, actor.user_id, self._clock())
            self._audit(uow, actor, "create", "cadence", version.cadence_id, name=defn.settings.name)
            return version

    def save(self, actor: Actor, cadence_id: CadenceId, definition: CadenceDefinition) -> CadenceVersion:
        """Save an edit as a new version; running enrollments stay on their own version."""
        require(actor, Permission.MANAGE_CADENCES)
        defn = validate(definition, cadence_id=cadence_id)
        with self._store.write() as uow:
            if not uow.cadences.is_live(cadence_id):
                raise NotFound(f"cadence {cadence_id} does not exist", field="cadence")
            self._check_references(uow, actor, defn, cadence_id)
            version = uow.cadences.add_version(cadence_id, defn, actor.user_id, self._clock())
            self._audit(uow, actor, "save", "cadence", cadence_id, version=version.version)
            return version

    def set_active(self, actor: Actor, cadence_id: CadenceId, active: bool) -> None:
        require(actor, Permission.MANAGE_CADENCES)
        with self._store.write() as uow:
            if active and not uow.cadences.current_version(cadence_id).definition.actions:
                raise ValidationError("add at least one action before turning the cadence on",
                                      field="actions")
            uow.cadences.set_active(cadence_id, active)
            # Off holds its pending actions in place; on releases them (each is re-checked when due).
            uow.runs.set_held(cadence_id, not active)
            self._audit(uow, actor, "activate" if active else "deactivate", "cadence", cadence_id)

    def pending_actions(self, actor: Actor, cadence_id: CadenceId) -> int:
        """How many scheduled or processing actions deleting the cadence would cancel."""
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.cadences.pending_actions(cadence_id)

    def duplicate(self, actor: Actor, cadence_id: CadenceId) -> CadenceVersion:
        """A new cadence (off) with the same four sections, named "<name> (copy)" — or
        "(copy 2)", "(copy 3)"… when that is taken."""
        require(actor, Permission.MANAGE_CADENCES)
        with self._store.read() as uow:
            original = uow.cadences.current_version(cadence_id).definition
            taken = {c.name for c in uow.cadences.summaries(actor.account_id)}
        base = original.settings.name[: MAX_NAME - len(" (copy 999)")]
        name = next(n for n in (f"{base} (copy)", *(f"{base} (copy {k})" for k in range(2, 1000)))
                    if n not in taken)
        return self.create(actor, replace(original, settings=replace(original.settings, name=name)))

    def delete(self, actor: Actor, cadence_id: CadenceId) -> None:
        """Soft delete: its pending actions are cancelled and its open enrollments end
        ``cancelled``; history stays and its name is free again."""
        require(actor, Permission.MANAGE_CADENCES)
        with self._store.write() as uow:
            if not uow.cadences.is_live(cadence_id):
                raise NotFound(f"cadence {cadence_id} does not exist", field="cadence")
            now = self._clock()
            uow.cadences.mark_deleted(cadence_id, now)
            open_ids = uow.enrollments.open_for_cadence(cadence_id)
            cancelled = uow.runs.cancel_for_enrollments(open_ids, "Cadence deleted", now)
            uow.enrollments.end(open_ids, EnrollmentState.CANCELLED, "Cadence deleted", now)
            self._audit(uow, actor, "delete", "cadence", cadence_id, cancelled_actions=cancelled)

    @staticmethod
    def _check_references(uow: UnitOfWork, actor: Actor, defn: CadenceDefinition,
                          cadence_id: CadenceId | None) -> None:
        clash = uow.cadences.live_id_by_name(actor.account_id, defn.settings.name)
        if clash is not None and clash != cadence_id:
            raise Conflict("a cadence with that name already exists", field="name")
        uow.queues.get(defn.settings.queue_id)
        for n, action in enumerate(defn.actions, start=1):
            if isinstance(action, SmsAction):
                try:
                    uow.templates.get(action.template_id)
                except NotFound:
                    raise NotFound(f"action {n}: the SMS template does not exist",
                                   field=f"actions[{n}].template") from None
        for n, rule in enumerate(defn.disposition_rules, start=1):
            try:
                uow.dispositions.get(rule.disposition_id)
            except NotFound:
                raise NotFound(f"disposition rule {n}: the disposition does not exist",
                               field=f"disposition_rules[{n}].disposition") from None
            target = rule.target_cadence_id
            if rule.action is RuleAction.FORWARD and target is not None and not uow.cadences.is_live(target):
                raise ValidationError(
                    f"disposition rule {n}: the cadence to forward to was deleted or does not exist",
                    field=f"disposition_rules[{n}].cadence",
                )
