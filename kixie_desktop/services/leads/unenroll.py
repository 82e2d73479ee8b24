"""Unenroll: end one enrollment ``cancelled`` and cancel its pending actions.

One transaction: the enrollment ends, its scheduled and processing actions are
cancelled with the reason, and an ``enrollment.ended`` webhook event is queued
when subscribed. An SMS already handed to the gateway (``sending``) is left to
finish: it may already be on its way, and cancelling it would only hide that.
Blocking: call from a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from kixie_desktop.domain.errors import Conflict, NotFound
from kixie_desktop.domain.ids import EnrollmentId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.runs import OutboxEvent
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.services.base import Service


class NotEnrolled(Conflict):
    """The enrollment has already ended (completed, stopped, forwarded or cancelled)."""

    code = "already_ended"


@dataclass(frozen=True)
class Unenrolled:
    enrollment_id: EnrollmentId
    state: EnrollmentState
    cancelled_actions: int


class UnenrollService(Service):
    def unenroll(self, actor: Actor, enrollment_id: EnrollmentId) -> Unenrolled:
        require(actor, Permission.CONTROL_LEADS)
        reason = f"Unenrolled by {actor.name}"
        with self._store.write() as uow:
            enrollment = uow.enrollments.get(enrollment_id)
            if enrollment.account_id != actor.account_id:
                # Another account's enrollment does not exist as far as this actor can tell.
                raise NotFound(f"enrollment {enrollment_id} does not exist", field="enrollment")
            if not enrollment.state.is_open:
                raise NotEnrolled(f"enrollment {enrollment_id} has already ended "
                                  f"({enrollment.state.value})", field="enrollment")
            now = self._clock()
            cancelled = uow.runs.cancel_for_enrollments([enrollment_id], reason, now)
            if not uow.enrollments.end([enrollment_id], EnrollmentState.CANCELLED, reason, now):
                # Ended by the engine between our read and our update.
                raise NotEnrolled(f"enrollment {enrollment_id} has already ended", field="enrollment")
            if "enrollment.ended" in uow.outbox.subscribed_types(actor.account_id):
                uow.outbox.add_many(actor.account_id, [OutboxEvent("enrollment.ended", {
                    "enrollment_id": enrollment_id, "cadence_id": enrollment.cadence_id,
                    "state": EnrollmentState.CANCELLED.value, "reason": reason}, enrollment.contact_id)], now)
            self._audit(uow, actor, "unenroll", "enrollment", enrollment_id, cancelled_actions=cancelled)
            return Unenrolled(enrollment_id, EnrollmentState.CANCELLED, cancelled)
