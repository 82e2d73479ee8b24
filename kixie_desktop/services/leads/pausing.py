"""Pause one lead's enrollment (until an instant, or until someone resumes it), resume it,
and read where an enrollment stands.

One transaction each, with the role check first (``lead_access``) and an audit entry: the
enrollment becomes ``paused`` with who paused it and until when, and each inflight action
changes as ``engine/lead_pause.py`` decides (held, told why, or taken back from the agents or
the SMS window) — so while paused the engine runs nothing for it, and the Inflight table's Why
says "Paused by Sam Supervisor until Dec 3, 09:00" in the account's zone. Resuming undoes
that and wakes the engines. A refused request writes nothing.
Blocking: call from a worker thread.
"""

from __future__ import annotations

from datetime import datetime

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.errors import Conflict, ValidationError
from kixie_desktop.domain.harassment import TouchKind
from kixie_desktop.domain.ids import EnrollmentId
from kixie_desktop.domain.lead_control import EnrollmentDetail, LeadAction, NextAction, pause_reason, resume_reason
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.run_changes import RunChange, RunWithdrawn
from kixie_desktop.domain.runs import Enrollment
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.engine.lead_pause import on_pause, on_resume
from kixie_desktop.services.base import Service
from kixie_desktop.services.leads.lead_access import enrollment_of, require_control
from kixie_desktop.services.leads.unenroll import NotEnrolled
from kixie_desktop.services.ports.storage import UnitOfWork


class AlreadyPaused(Conflict):
    """Pausing a paused enrollment: resume it first (or it resumes by itself at its end)."""

    code = "already_paused"


class NotPaused(Conflict):
    """Resuming an enrollment that is not paused."""

    code = "not_paused"


def read_detail(uow: UnitOfWork, enrollment: Enrollment) -> EnrollmentDetail:
    summary = uow.cadences.summary(enrollment.cadence_id)
    runs = uow.runs.inflight_for_enrollments([enrollment.id])  # soonest due first
    run = runs[0] if runs else None
    return EnrollmentDetail(
        id=enrollment.id, state=enrollment.state, cadence_id=enrollment.cadence_id,
        cadence_name=summary.name, cadence_version=uow.cadences.version(enrollment.version_id).version,
        contact=uow.contacts.get(enrollment.contact_id),
        owner=uow.users.get(enrollment.owner_id) if enrollment.owner_id is not None else None,
        created_at=enrollment.created_at, paused_until=enrollment.paused_until,
        paused_by=enrollment.paused_by,
        next_action=None if run is None else NextAction(run.id, run.step, run.type, run.status, run.due_at,
                                                        run.reason))


def _ended(enrollment: Enrollment) -> NotEnrolled:
    return NotEnrolled(f"enrollment {enrollment.id} has already ended ({enrollment.state.value})",
                       field="enrollment")


class PauseService(Service):
    def detail(self, actor: Actor, enrollment_id: EnrollmentId) -> EnrollmentDetail:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return read_detail(uow, enrollment_of(uow, actor, enrollment_id))

    def pause(self, actor: Actor, enrollment_id: EnrollmentId, until: datetime | None = None) -> EnrollmentDetail:
        """Pause until ``until`` (aware, in the future), or, with None, until someone resumes it."""
        with self._store.write() as uow:
            enrollment = enrollment_of(uow, actor, enrollment_id)
            require_control(actor, LeadAction.PAUSE, enrollment.owner_id)
            now = self._clock()
            if until is not None and (until.tzinfo is None or until.utcoffset() is None):
                raise ValidationError("needs a time zone offset, e.g. 2026-12-03T09:00:00-06:00", field="until")
            if until is not None and until <= now:
                raise ValidationError("must be in the future", field="until")
            if enrollment.state is EnrollmentState.PAUSED:
                raise AlreadyPaused(f"enrollment {enrollment_id} is already paused: resume it first",
                                    field="enrollment")
            if not enrollment.state.is_open:
                raise _ended(enrollment)
            zone = uow.accounts.get(actor.account_id).timezone
            reason = pause_reason(actor.name, until, zone, now)
            runs = uow.runs.inflight_for_enrollments([enrollment_id], lock=True)
            changes: list[RunChange] = []
            for run in runs:
                change = on_pause(run, until, reason, now)
                if change is not None:
                    changes.append(change)
            if not uow.enrollments.pause(enrollment_id, until, actor.name):
                # Ended by an engine, or paused by someone else, since it was read.
                now_state = uow.enrollments.get(enrollment_id)
                if now_state.state is EnrollmentState.PAUSED:
                    raise AlreadyPaused(f"enrollment {enrollment_id} is already paused", field="enrollment")
                raise _ended(now_state)
            uow.runs.record(changes)
            taken_back = {c.run_id for c in changes if isinstance(c, RunWithdrawn)}
            for run in runs:
                if run.id in taken_back and run.type is ActionType.CALL:
                    uow.prompts.close(run.id, None, now)
            # A claimed SMS never left: the touch its claim counted goes, as when an engine dies.
            uow.touches.remove_latest([r for r in runs if r.id in taken_back and r.type is ActionType.SMS],
                                      TouchKind.SMS)
            self._audit(uow, actor, "pause", "enrollment", enrollment_id,
                        until=until.isoformat() if until else None, actions_changed=len(changes))
            return read_detail(uow, uow.enrollments.get(enrollment_id))

    def resume(self, actor: Actor, enrollment_id: EnrollmentId) -> EnrollmentDetail:
        with self._store.write() as uow:
            enrollment = enrollment_of(uow, actor, enrollment_id)
            require_control(actor, LeadAction.RESUME, enrollment.owner_id)
            if enrollment.state is EnrollmentState.ACTIVE:
                raise NotPaused(f"enrollment {enrollment_id} is not paused", field="enrollment")
            if not enrollment.state.is_open:
                raise _ended(enrollment)
            now = self._clock()
            reason = resume_reason(actor.name)
            changes: list[RunChange] = []
            for run in uow.runs.inflight_for_enrollments([enrollment_id], lock=True):
                change = on_resume(run, enrollment.paused_until, reason, now)
                if change is not None:
                    changes.append(change)
            if not uow.enrollments.resume(enrollment_id):
                raise NotPaused(f"enrollment {enrollment_id} is not paused", field="enrollment")
            uow.runs.record(changes)
            uow.signal_due()  # what is due now runs at the engines' next pass
            self._audit(uow, actor, "resume", "enrollment", enrollment_id, actions_changed=len(changes))
            return read_detail(uow, uow.enrollments.get(enrollment_id))
