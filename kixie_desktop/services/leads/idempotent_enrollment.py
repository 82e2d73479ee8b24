"""Enrollment as the HTTP API does it: an ``Idempotency-Key`` makes a retry safe.

The key is inserted (and flushed) first, then the enrollment is made and the
answer stored under the key, all in ONE transaction: either both are committed
or neither. A second request with the same key waits for the first (SQLite's
single write lock; PostgreSQL's unique index), then finds the stored answer and
gets it back without enrolling again. The same key with a different request is
refused. Only successful enrollments are recorded; a refused one writes nothing,
so the client may fix the cause and retry with the same key.

Blocking: call from a worker thread, never on an event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kixie_desktop.domain.directory import Contact, NewContact, User
from kixie_desktop.domain.errors import Conflict, StorageError, ValidationError
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.runs import ActionRun, Enrollment
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.leads.enrollment import EnrollmentService
from kixie_desktop.services.ports.api_storage import IdempotencyRecord
from kixie_desktop.services.ports.storage import Store, UnitOfWork

log = logging.getLogger(__name__)

CREATED = 201
MAX_KEY_LENGTH = 200  # the column's width


class IdempotencyKeyReused(ValidationError):
    """The key was first used for a different request."""

    code = "idempotency_key_reused"


@dataclass(frozen=True)
class Enrolled:
    """Everything the API says about a new enrollment."""

    enrollment: Enrollment
    contact: Contact
    created_contact: bool
    cadence_version: int
    owner: User | None
    first_action: ActionRun | None


@dataclass(frozen=True)
class Answer:
    status: int
    body: dict[str, Any]
    replayed: bool


Render = Callable[[Enrolled], dict[str, Any]]


def check_key(key: str) -> str:
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise ValidationError(f"must be 1-{MAX_KEY_LENGTH} printable characters",
                              field="Idempotency-Key")
    return key


class IdempotentEnrollment(Service):
    def __init__(self, store: Store, clock: Clock, enrollment: EnrollmentService) -> None:
        super().__init__(store, clock)
        self._enrollment = enrollment

    def enroll(self, actor: Actor, cadence_id: CadenceId, contact: NewContact, *, key: str | None,
               request_hash: str, render: Render, source: str = "api") -> Answer:
        """Enroll once per key. ``render`` turns the result into the body that is stored and
        replayed; ``request_hash`` identifies the request (method, path and body)."""
        require(actor, Permission.ENROLL)
        if key is None:
            with self._store.write() as uow:
                return Answer(CREATED, render(self._enroll(uow, actor, cadence_id, contact, source)), False)
        check_key(key)
        try:
            with self._store.write() as uow:
                earlier = uow.idempotency.get(actor.account_id, key)
                if earlier is not None:
                    return _replay(earlier, request_hash)
                uow.idempotency.reserve(actor.account_id, key, request_hash, self._clock())
                body = render(self._enroll(uow, actor, cadence_id, contact, source))
                uow.idempotency.complete(actor.account_id, key, CREATED, body)
                return Answer(CREATED, body, False)
        except Conflict as exc:
            if exc.field != "idempotency_key":
                raise
        # A concurrent request with this key committed between our look-up and our insert.
        log.info("Idempotency-Key conflict with a concurrent request: replaying its answer")
        with self._store.read() as uow:
            earlier = uow.idempotency.get(actor.account_id, key)
        if earlier is None:
            raise StorageError("the idempotency record vanished after a key conflict")
        return _replay(earlier, request_hash)

    def _enroll(self, uow: UnitOfWork, actor: Actor, cadence_id: CadenceId, new: NewContact,
                source: str) -> Enrolled:
        result = self._enrollment.enroll_in(uow, actor, cadence_id, new, source=source)
        enrollment = result.enrollment
        owner = uow.users.get(enrollment.owner_id) if enrollment.owner_id is not None else None
        # The first action's id exists only once inserted: read it back in this transaction.
        runs = [r for r in uow.runs.inflight_for_enrollments([enrollment.id]) if r.step == 0]
        return Enrolled(enrollment, result.contact, result.created_contact, result.cadence_version,
                        owner, runs[0] if runs else None)


def _replay(record: IdempotencyRecord, request_hash: str) -> Answer:
    if record.request_hash != request_hash:
        raise IdempotencyKeyReused(
            "this key was already used for a different request; use a new key for a new request",
            field="Idempotency-Key")
    return Answer(record.status, record.response, True)
