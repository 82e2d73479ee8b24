"""Enrollment: one contact into one cadence, from any front end (UI, CLI, API, CSV import).

In one transaction: the contact is created or updated, the cadence's rules are
checked (active, never twice at once, re-enrollment, exclusivity), an owner is
chosen (Use Contact Owner, round robin, or none until someone answers), the
enrollment is pinned to the current version, its first action is scheduled
with the engine's own due-time rule, and the Cadences table's counters move.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from kixie_desktop.domain.cadence import CadenceSettings, CallAction, OwnerAssignment
from kixie_desktop.domain.cadence_views import CadenceVersion
from kixie_desktop.domain.directory import Contact, NewContact
from kixie_desktop.domain.errors import Conflict, NotFound
from kixie_desktop.domain.ids import AccountId, CadenceId, UserId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.runs import ActionRun, Enrollment, NewRun, OutboxEvent
from kixie_desktop.engine.due_time import Blocked, DueDecision
from kixie_desktop.engine.planner import kind_of, longest_window, plan_step
from kixie_desktop.services.base import Service
from kixie_desktop.services.leads.contacts import ContactService
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.services.execution.version_cache import VersionCache
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.storage import Store, UnitOfWork


class EnrollmentRefused(Conflict):
    """Why a contact cannot be enrolled; ``code`` tells the API and the forward rule which."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message, field="cadence")
        self.code = code


@dataclass(frozen=True)
class EnrollmentResult:
    enrollment: Enrollment
    contact: Contact
    created_contact: bool
    cadence_version: int
    first_action: NewRun | None


def first_run(uow: UnitOfWork, enrollment: Enrollment, version: CadenceVersion, contact: Contact,
              base: datetime, now: datetime, *, held: bool = False) -> NewRun | None:
    """Plan and insert the enrollment's first action (step 0), if the cadence has one."""
    return schedule_step(uow, enrollment, version, contact, 0, base, now, held=held)


def schedule_step(uow: UnitOfWork, enrollment: Enrollment, version: CadenceVersion, contact: Contact,
                  step: int, base: datetime, now: datetime, *, held: bool = False) -> NewRun | None:
    defn = version.definition
    if step >= len(defn.actions):
        return None
    account = uow.accounts.get(enrollment.account_id)
    action = defn.actions[step]
    kind = kind_of(action)
    touches = uow.touches.times([contact.phone], now - longest_window(account, defn)).get((contact.phone, kind), [])
    decision = plan_step(account, defn, step, contact, base, touches, now)
    run = new_run(enrollment, version, contact, step, decision, now, held=held)
    uow.runs.add_many([run], now)
    return run


def new_run(enrollment: Enrollment, version: CadenceVersion, contact: Contact, step: int,
            decision: DueDecision, now: datetime, *, held: bool = False) -> NewRun:
    action = version.definition.actions[step]
    # An action that cannot be placed still gets a row, never silently dropped: with an unknown
    # zone or hours that never open it waits, held, with its reason until someone fixes the
    # contact; a DNC or opted-out contact's action comes due at once and the engine skips it.
    waits = decision.blocked in (Blocked.TIMEZONE_UNKNOWN, Blocked.NEVER_OPEN)
    return NewRun(
        account_id=enrollment.account_id, enrollment_id=enrollment.id, contact_id=contact.id,
        cadence_id=enrollment.cadence_id, version_id=version.id, step=step, type=action.type,
        target_phone=contact.phone, owner_id=enrollment.owner_id,
        due_at=decision.at or now, reason=decision.reason, max_retries=action.max_retries,
        min_between_s=int(action.min_between.total_seconds()) if isinstance(action, CallAction) else 0,
        held=held or waits,
    )


class EnrollmentService(Service):
    def __init__(self, store: Store, clock: Clock, contacts: ContactService, crm: CrmJobs) -> None:
        super().__init__(store, clock)
        self._contacts = contacts
        self._crm = crm
        self._versions = VersionCache()

    def enroll(self, actor: Actor, cadence_id: CadenceId, contact: NewContact, *,
               source: str = "manual") -> EnrollmentResult:
        require(actor, Permission.ENROLL)
        with self._store.write() as uow:
            return self.enroll_in(uow, actor, cadence_id, contact, source=source)

    def enroll_in(self, uow: UnitOfWork, actor: Actor, cadence_id: CadenceId, new: NewContact, *,
                  source: str) -> EnrollmentResult:
        """Enroll inside the caller's transaction (CSV import, forward rules)."""
        self._check_active(uow, cadence_id, missing=NotFound(f"cadence {cadence_id} does not exist",
                                                             field="cadence"))
        contact, created = self._contacts.upsert_in(uow, actor, new)
        return self._enroll_contact(uow, actor.account_id, cadence_id, contact, created, source)

    def enroll_existing(self, uow: UnitOfWork, account_id: AccountId, cadence_id: CadenceId,
                        contact: Contact, source: str) -> EnrollmentResult:
        """Enroll a stored contact (forward to cadence): the target's own rules apply."""
        self._check_active(uow, cadence_id,
                           missing=EnrollmentRefused("the cadence to forward to was deleted", "deleted"))
        return self._enroll_contact(uow, account_id, cadence_id, contact, False, source)

    @staticmethod
    def _check_active(uow: UnitOfWork, cadence_id: CadenceId, missing: Exception) -> None:
        flags = uow.cadences.active_flags([cadence_id])
        if flags.get(cadence_id):
            return  # live and active: the one query the usual enrollment needs
        if cadence_id not in flags or not uow.cadences.is_live(cadence_id):
            raise missing
        name = uow.cadences.current_version(cadence_id).definition.settings.name
        raise EnrollmentRefused(f"cadence {name!r} is turned off", "inactive")

    def _enroll_contact(self, uow: UnitOfWork, account_id: AccountId, cadence_id: CadenceId,
                        contact: Contact, created: bool, source: str) -> EnrollmentResult:
        version = self._versions.get(uow, uow.cadences.current_version_id(cadence_id))
        settings = version.definition.settings
        if not created:  # a contact created by this transaction has no enrollments to ask about
            self._check_rules(uow, cadence_id, contact, settings)
        owner_id = self._choose_owner(uow, version, contact)
        now = self._clock()
        if owner_id is not None and owner_id != contact.owner_id:
            contact = replace(contact, owner_id=owner_id)
            uow.contacts.update(contact, now)
            # "It will also assign that agent to be the contact owner in your CRM."
            if self._crm.enabled:  # the owner's email is read only when it goes somewhere
                self._crm.sync_contact(uow, account_id, contact, uow.users.get(owner_id).email, now)
        enrollment = uow.enrollments.add(account_id, contact.id, cadence_id, version.id, owner_id, source, now)
        first = first_run(uow, enrollment, version, contact, now, now)
        if first is not None and not first.held and first.due_at <= now:
            uow.signal_due()  # speed to lead: engines elsewhere need not wait for their poll
        uow.cadences.count_enrollment(cadence_id, now)
        if "enrollment.created" in uow.outbox.subscribed_types(enrollment.account_id):
            uow.outbox.add_many(enrollment.account_id, [OutboxEvent("enrollment.created", {
                "enrollment_id": enrollment.id, "cadence_id": cadence_id, "cadence_version": version.version,
                "contact": {"id": contact.id, "phone": contact.phone, "external_id": contact.external_id},
                "owner_id": owner_id, "source": source,
            }, contact.id)], now)
        return EnrollmentResult(enrollment, contact, created, version.version, first)

    @staticmethod
    def _check_rules(uow: UnitOfWork, cadence_id: CadenceId, contact: Contact, settings: CadenceSettings) -> None:
        """Never twice at once, re-enrollment, exclusivity."""
        if uow.enrollments.is_open(contact.id, cadence_id):
            raise EnrollmentRefused("the contact is already in this cadence", "already_enrolled")
        if not settings.allow_reenrollment and uow.enrollments.ever(contact.id, cadence_id):
            raise EnrollmentRefused("re-enrollment is off and the contact was enrolled before",
                                    "reenrollment_refused")
        if settings.exclusive and uow.enrollments.open_elsewhere(contact.id, cadence_id):
            raise EnrollmentRefused("the contact is active in another cadence and this cadence is "
                                    "exclusive", "exclusive")

    @staticmethod
    def _choose_owner(uow: UnitOfWork, version: CadenceVersion, contact: Contact) -> UserId | None:
        settings = version.definition.settings
        # A deactivated owner is no owner: the lead is assigned as if it had none.
        if settings.use_contact_owner and contact.owner_id is not None and uow.users.get(contact.owner_id).active:
            return contact.owner_id
        if settings.assign_owner is OwnerAssignment.ROUND_ROBIN:
            agent = uow.queues.next_round_robin(settings.queue_id)
            return agent.id if agent else None
        return None  # on_answer: whoever accepts the first call prompt

    def inflight(self, actor: Actor, enrollment: Enrollment) -> list[ActionRun]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.runs.inflight_for_enrollments([enrollment.id])
