"""Dispositions: the call outcomes agents choose from, in the order they see them, each
with an optional key (1–9) and a flag saying the call reached the lead.

Admins and managers change them. A disposition is never deleted, only archived: call
history and old cadence versions keep pointing at it. Archiving gives its key up, so a
key always means one outcome an agent is offered. "Do Not Call" is recognised by its
name wherever it is saved (engine/dispositions.py), so that name is neither taken away
from it nor given to a second one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from enum import Enum

from kixie_desktop.domain.directory import Disposition, check_digit, clean_name
from kixie_desktop.domain.errors import Conflict, NotFound, ValidationError
from kixie_desktop.domain.ids import DispositionId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.engine.dispositions import is_do_not_call
from kixie_desktop.services.base import Service
from kixie_desktop.services.ports.storage import UnitOfWork

NAME_LIMIT = 80


class Keep(Enum):
    """An ``update`` argument left as it is (a key of None means "no key")."""

    KEEP = "keep"


KEEP = Keep.KEEP


class DispositionService(Service):
    def list(self, actor: Actor, include_archived: bool = False) -> list[Disposition]:
        """In the order agents see them (archived ones, when asked for, keep their place)."""
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.dispositions.list(actor.account_id, include_archived=include_archived)

    def named(self, actor: Actor, name: str) -> Disposition:
        """The disposition called ``name`` (any case), archived or not."""
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            found = uow.dispositions.by_name(actor.account_id, name.strip())
        if found is None:
            raise NotFound(f"no disposition named {name.strip()!r}", field="name")
        return found

    def create(self, actor: Actor, name: str) -> Disposition:
        """A new disposition, last in the list, without a key."""
        require(actor, Permission.MANAGE_DISPOSITIONS)
        clean = clean_name(name, NAME_LIMIT)
        with self._store.write() as uow:
            self._check_name(uow, actor, clean, None)
            position = len(uow.dispositions.list(actor.account_id, include_archived=True))
            disposition = uow.dispositions.add(actor.account_id, clean, position)
            self._audit(uow, actor, "create", "disposition", disposition.id, name=clean)
            return disposition

    def update(self, actor: Actor, disposition_id: DispositionId, *, name: str | None = None,
               digit: int | None | Keep = KEEP, counts_as_connected: bool | None = None) -> Disposition:
        """Rename, set or clear the key, set the connected flag — what is given, in one
        transaction; the audit entry names each field that changed, before and after."""
        require(actor, Permission.MANAGE_DISPOSITIONS)
        clean = clean_name(name, NAME_LIMIT) if name is not None else None
        key = digit if isinstance(digit, Keep) else check_digit(digit)
        with self._store.write() as uow:
            current = uow.dispositions.get(disposition_id)
            changed = current
            if clean is not None and clean != current.name:
                self._check_name(uow, actor, clean, current)
                changed = replace(changed, name=clean)
            if not isinstance(key, Keep) and key != current.digit:
                self._check_digit(uow, actor, current, key)
                changed = replace(changed, digit=key)
            if counts_as_connected is not None:
                changed = replace(changed, counts_as_connected=counts_as_connected)
            fields = {f: [getattr(current, f), getattr(changed, f)]
                      for f in ("name", "digit", "counts_as_connected") if getattr(current, f) != getattr(changed, f)}
            if fields:
                uow.dispositions.update(changed)
                self._audit(uow, actor, "update", "disposition", disposition_id, **fields)
            return changed

    def move(self, actor: Actor, disposition_id: DispositionId, to: int) -> Sequence[Disposition]:
        """Put an active disposition at place ``to`` (1 = first) of the list agents see;
        returns the whole list (archived ones included), renumbered."""
        require(actor, Permission.MANAGE_DISPOSITIONS)
        with self._store.write() as uow:
            every = uow.dispositions.list(actor.account_id, include_archived=True)
            moving = next((d for d in every if d.id == disposition_id), None)
            if moving is None:
                raise NotFound(f"disposition {disposition_id} does not exist", field="disposition")
            if moving.archived:
                raise ValidationError(f"{moving.name} is archived: un-archive it to give it a place",
                                      field="position")
            others = [d for d in every if d.id != disposition_id]
            active = [d for d in others if not d.archived]
            if not 1 <= to <= len(active) + 1:
                raise ValidationError(f"say a place from 1 to {len(active) + 1}", field="position")
            # Archived ones keep their places around the active ones.
            if to <= len(active):
                at = others.index(active[to - 1])  # before the one now at that place
            else:
                at = others.index(active[-1]) + 1 if active else 0  # after the last one
            ordered = [*others[:at], moving, *others[at:]]
            result = [replace(d, position=i) for i, d in enumerate(ordered)]
            moved = [after for before, after in zip(ordered, result) if before.position != after.position]
            for disposition in moved:
                uow.dispositions.update(disposition)
            if moved:
                self._audit(uow, actor, "move", "disposition", disposition_id, place=to)
            return result

    def archive(self, actor: Actor, disposition_id: DispositionId) -> Disposition:
        """Hide a disposition from agents; history and old rules keep pointing at it. Its
        key is freed for another."""
        return self._set_archived(actor, disposition_id, True)

    def unarchive(self, actor: Actor, disposition_id: DispositionId) -> Disposition:
        """Offer an archived disposition again, at its old place, without a key."""
        return self._set_archived(actor, disposition_id, False)

    def _set_archived(self, actor: Actor, disposition_id: DispositionId, archived: bool) -> Disposition:
        require(actor, Permission.MANAGE_DISPOSITIONS)
        with self._store.write() as uow:
            current = uow.dispositions.get(disposition_id)
            changed = replace(current, archived=archived, digit=None if archived else current.digit)
            if changed != current:
                uow.dispositions.update(changed)
                self._audit(uow, actor, "archive" if archived else "unarchive", "disposition",
                            disposition_id, name=current.name, digit=current.digit)
            return changed

    @staticmethod
    def _check_name(uow: UnitOfWork, actor: Actor, name: str, current: Disposition | None) -> None:
        same = uow.dispositions.by_name(actor.account_id, name)
        if same is not None and (current is None or same.id != current.id):
            raise Conflict("a disposition with that name already exists", field="name")
        if current is not None and is_do_not_call(current.name) and not is_do_not_call(name):
            raise ValidationError(f"{current.name} cannot be renamed: choosing it marks the contact "
                                  "do-not-contact, and the app knows it by this name", field="name")
        if is_do_not_call(name) and any(is_do_not_call(d.name) and (current is None or d.id != current.id)
                                        for d in uow.dispositions.list(actor.account_id, include_archived=True)):
            raise Conflict("a disposition with that name already exists", field="name")

    @staticmethod
    def _check_digit(uow: UnitOfWork, actor: Actor, current: Disposition, digit: int | None) -> None:
        if digit is None:
            return
        if current.archived:
            raise ValidationError(f"{current.name} is archived: un-archive it to give it a key", field="digit")
        holder = next((d for d in uow.dispositions.list(actor.account_id) if d.digit == digit), None)
        if holder is not None and holder.id != current.id:
            raise Conflict(f"{digit} is already the key for {holder.name}", field="digit")
