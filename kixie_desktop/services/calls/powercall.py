"""PowerCall: the agent's side of call actions — prompts, accepting, calling, dispositions.

Accepting is a race settled in the database: one conditional UPDATE on the
action run, so exactly one agent wins even across workstations. Finishing a call
(``finish_call``) closes its record, saves its disposition, completes the action and
applies the cadence's rule for it (stop, forward, or continue) in one transaction;
"Do Not Call" also marks the contact and stops every enrollment it has. What the
agent does when is the agent's session's business (``engine/agent_session.py``).
"""

from __future__ import annotations

from dataclasses import replace

from kixie_desktop.domain import phone_numbers
from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from kixie_desktop.domain.harassment import NewTouch, TouchKind
from kixie_desktop.domain.ids import ActionRunId, DispositionId, UserId
from kixie_desktop.domain.powercall import LEFT_VOICEMAIL, CallEnd, CallPrompt, CallTask, IncomingRing
from kixie_desktop.domain.roles import Actor, Availability, Permission, require
from kixie_desktop.domain.runs import ActionRun
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.engine.dispositions import Forward, Stop, decide
from kixie_desktop.engine.run_lifecycle import RunEvent, allows
from kixie_desktop.services.base import Service
from kixie_desktop.services.calls.caller_id import pick_caller_id
from kixie_desktop.services.calls.prompt_passing import pass_on
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.services.execution.engine_batch import Batch
from kixie_desktop.services.leads.enrollment import EnrollmentRefused, EnrollmentService
from kixie_desktop.services.ports.storage import Store, UnitOfWork
from kixie_desktop.services.execution.version_cache import VersionCache
from kixie_desktop.services.outbox.webhooks import record_call_dispositioned


class PowerCallService(Service):
    def __init__(self, store: Store, clock: Clock, enrollment: EnrollmentService, crm: CrmJobs) -> None:
        super().__init__(store, clock)
        self._enrollment = enrollment
        self._crm = crm
        self._versions = VersionCache()

    def prompts(self, actor: Actor) -> list[CallPrompt]:
        require(actor, Permission.WORK_CALLS)
        if actor.user_id is None:
            return []
        with self._store.read() as uow:
            now = self._clock()
            out = []
            for prompt_id, run_id, expires_at in uow.prompts.open_for(actor.user_id, now):
                run = uow.runs.get(run_id)
                if not allows(run.status, RunEvent.ACCEPTED) or run.accepted_by is not None:
                    continue
                summary = uow.cadences.summary(run.cadence_id)
                out.append(CallPrompt(prompt_id, run_id, uow.contacts.get(run.contact_id), run.cadence_id,
                                      summary.name, run.retry_count + 1, expires_at))
            return out

    def skip(self, actor: Actor, prompt_id: int) -> bool:
        """The agent passes on a prompt: it is not offered to them again (here or on another
        workstation). When every agent it went to has passed, the call counts as unanswered
        at once; returns True then."""
        require(actor, Permission.WORK_CALLS)
        if actor.user_id is None:
            return False
        with self._store.write() as uow:
            run_id, unanswered = pass_on(uow, prompt_id, actor.user_id, self._clock())
            if run_id is not None:
                self._audit(uow, actor, "skip_prompt", "action_run", run_id)
            return unanswered

    def incoming(self, actor: Actor, from_number: str) -> IncomingRing:
        """Inbound calls from a known contact ring its owner; when the owner is not available,
        or the caller is unknown or unowned, every available agent hears it."""
        require(actor, Permission.WORK_CALLS)
        with self._store.read() as uow:
            _, contact = self._caller(uow, actor, from_number)
            if contact is None or contact.owner_id is None:
                return IncomingRing(True, contact, "Unknown caller" if contact is None else "No owner yet")
            if contact.owner_id == actor.user_id:
                return IncomingRing(True, contact, "Your contact")
            owner = uow.users.get(contact.owner_id)
            if not owner.active:
                return IncomingRing(True, contact, f"{owner.full_name} (owner) is deactivated")
            if owner.availability is Availability.AVAILABLE:
                return IncomingRing(False, contact, f"Ringing {owner.full_name}, the contact's owner")
            return IncomingRing(True, contact, f"{owner.full_name} (owner) is {owner.availability.value}")

    def call_answered(self, actor: Actor, from_number: str, to_number: str) -> int:
        """An incoming call was answered here: open its call record (direction "in", the
        caller's contact when known); return its id. Not a touch: the harassment rules count
        what we send a number, not its calls to us."""
        require(actor, Permission.WORK_CALLS)
        with self._store.write() as uow:
            phone, contact = self._caller(uow, actor, from_number)
            return uow.calls.open(actor.account_id, contact.id if contact else None, actor.user_id, None,
                                  phone, to_number, self._clock(), direction="in")

    @staticmethod
    def _caller(uow: UnitOfWork, actor: Actor, from_number: str) -> tuple[str, Contact | None]:
        """The caller's number (E.164 when it is one, else as it came) and their contact."""
        account = uow.accounts.get(actor.account_id)
        try:
            phone = phone_numbers.normalise(from_number, account.default_region, field="from")
        except ValidationError:
            return from_number, None
        return phone, uow.contacts.by_phone(actor.account_id, phone)

    def accept(self, actor: Actor, run_id: ActionRunId) -> CallTask:
        require(actor, Permission.WORK_CALLS)
        if actor.user_id is None:
            raise PermissionDenied("only a signed-in agent can take a call")
        with self._store.write() as uow:
            now = self._clock()
            offered = {r for _, r, _ in uow.prompts.open_for(actor.user_id, now)}
            if run_id not in offered:
                # The winner's accept withdraws everyone else's prompt: say who took it rather
                # than "no longer open", which reads like a timeout.
                taken_by = uow.runs.get(run_id).accepted_by
                if taken_by is not None and taken_by != actor.user_id:
                    raise Conflict("another agent already took this call", field="prompt")
                raise Conflict("this call prompt is no longer open for you", field="prompt")
            if not uow.runs.accept(run_id, actor.user_id, now):
                raise Conflict("another agent already took this call", field="prompt")
            uow.prompts.close(run_id, actor.user_id, now)
            run = uow.runs.get(run_id)
            enrollment = uow.enrollments.get(run.enrollment_id)
            contact = uow.contacts.get(run.contact_id)
            # Assign from Queue on Answer, or an owner who was deactivated: the winner owns the contact.
            if not self._owner_works(uow, enrollment.owner_id):
                uow.enrollments.set_owner(enrollment.id, actor.user_id)
                if not self._owner_works(uow, contact.owner_id):
                    contact = replace(contact, owner_id=actor.user_id)
                    uow.contacts.update(contact, now)
                    self._crm.sync_contact(uow, actor.account_id, contact,
                                           uow.users.get(actor.user_id).email, now)
            account = uow.accounts.get(actor.account_id)
            user = uow.users.get(actor.user_id)
            caller_id = pick_caller_id(contact.phone, account.caller_id_pool,
                                       user.sender_number or account.default_sender)
            self._audit(uow, actor, "accept_prompt", "action_run", run_id)
            return CallTask(run_id, contact, caller_id)

    @staticmethod
    def _owner_works(uow: UnitOfWork, owner_id: UserId | None) -> bool:
        """A deactivated owner is no owner: their leads pass to whoever takes the next call."""
        return owner_id is not None and uow.users.get(owner_id).active

    def call_placed(self, actor: Actor, run_id: ActionRunId | None, phone: str,
                    caller_id: str | None) -> int:
        """A call left this workstation: count the touch, open its call record; return its id."""
        require(actor, Permission.WORK_CALLS)
        with self._store.write() as uow:
            now = self._clock()
            run = uow.runs.get(run_id) if run_id is not None else None
            if run is not None and run.accepted_by != actor.user_id:
                raise Conflict("this call belongs to another agent", field="prompt")
            contact = uow.contacts.by_phone(actor.account_id, phone)
            uow.touches.add_many(actor.account_id, [NewTouch(
                phone, TouchKind.CALL, now, "cadence" if run else "manual", run_id,
                run.cadence_id if run else None)])
            if run is not None:
                uow.enrollments.first_touched({run.enrollment_id: now})  # speed to lead
            return uow.calls.open(actor.account_id, contact.id if contact else None, actor.user_id,
                                  run_id, caller_id, phone, now)

    def call_ended(self, actor: Actor, record_id: int, end: CallEnd) -> None:
        """A call that needs no disposition (manual, inbound) ended: close its record."""
        require(actor, Permission.WORK_CALLS)
        with self._store.write() as uow:
            uow.calls.close(record_id, end.sip_status, end.reason, end.connected_at, end.ended_at)

    def finish_call(self, actor: Actor, run_id: ActionRunId, disposition_id: DispositionId, notes: str = "",
                    record_id: int | None = None, end: CallEnd | None = None) -> str:
        """Close the cadence call's record (``end``: how it ended), save its outcome, complete
        the call action and apply the cadence's rule — one transaction, so a refusal writes
        nothing. ``record_id`` is None when the call never started. Returns what happened to
        the enrollment, in words for the agent's status line."""
        require(actor, Permission.WORK_CALLS)
        with self._store.write() as uow:
            now = self._clock()
            run = uow.runs.get(run_id, lock=True)
            if run.accepted_by != actor.user_id:
                raise Conflict("this call belongs to another agent", field="disposition")
            if not allows(run.status, RunEvent.DISPOSITIONED):
                raise Conflict(f"this call action is already {run.status.value}", field="disposition")
            if record_id is not None and end is not None:
                # Closed here rather than at hang-up: talk time is read from it just below.
                uow.calls.close(record_id, end.sip_status, end.reason, end.connected_at, end.ended_at)
            disposition = uow.dispositions.get(disposition_id)
            duration_s = 0
            if record_id is not None:
                uow.calls.set_disposition(record_id, disposition_id, notes.strip() or None, now)
                duration_s = uow.calls.talk_seconds(record_id)
            self._crm.log_call(uow, actor.account_id, uow.contacts.get(run.contact_id),
                               disposition=disposition.name, duration_s=duration_s,
                               notes=notes.strip() or None, at=now)
            batch = Batch.load(uow, now, self._versions, [run])
            batch.dispositioned(run, disposition.id, disposition.name, f"Disposition: {disposition.name}")
            rules = batch.version(run).definition.disposition_rules
            decision = decide(rules, disposition.id, disposition.name)
            result = self._apply(uow, batch, run, decision.outcome, decision.do_not_call)
            record_call_dispositioned(uow, actor.account_id, contact=batch.contacts[run.contact_id],
                                      call_id=record_id, disposition=disposition.name, duration_s=duration_s,
                                      notes=notes.strip() or None, user_id=actor.user_id, action_id=run.id,
                                      at=now)
            batch.flush()
            self._audit(uow, actor, "disposition", "action_run", run_id, disposition=disposition.name)
            return result

    def leave_voicemail(self, actor: Actor, run_id: ActionRunId, record_id: int | None = None) -> str:
        """A voicemail drop: save the *Left Voicemail* disposition while the greeting still plays
        (the agent moves on at once; the call's record is closed when the call ends)."""
        require(actor, Permission.WORK_CALLS)
        with self._store.read() as uow:
            found = [d for d in uow.dispositions.list(actor.account_id)
                     if d.name.casefold() == LEFT_VOICEMAIL.casefold()]
        if not found:
            raise ValidationError(f"there is no {LEFT_VOICEMAIL} disposition to save: an admin can add it "
                                  "back in Manage ▸ Settings ▸ Dispositions", field="voicemail")
        return self.finish_call(actor, run_id, found[0].id, "", record_id)  # the record closes at the end

    def _apply(self, uow: UnitOfWork, batch: Batch, run: ActionRun, outcome: object,
               do_not_call: bool) -> str:
        enrollment = batch.enrollments[run.enrollment_id]
        now = batch.now
        if do_not_call:
            contact = replace(batch.contacts[run.contact_id], do_not_contact=True)
            uow.contacts.update(contact, now)
            open_ids = [e.id for e in uow.enrollments.open_for_contact(contact.id)]
            uow.runs.cancel_for_enrollments(open_ids, "Contact asked not to be called", now)
            uow.enrollments.end(open_ids, EnrollmentState.STOPPED, "Do Not Call", now)
            return f"Do Not Call: {contact.full_name or contact.phone} will not be contacted again"
        if isinstance(outcome, Stop):
            uow.runs.cancel_for_enrollments([enrollment.id], "Stopped by disposition", now)
            batch.end(enrollment, EnrollmentState.STOPPED, "Stopped by disposition")
            return "Cadence stopped for this contact"
        if isinstance(outcome, Forward):
            uow.runs.cancel_for_enrollments([enrollment.id], "Forwarded to another cadence", now)
            # People read cadences by name ("Forwarded to Long-term Nurture"), never by number.
            try:
                target = uow.cadences.summary(outcome.target_cadence_id).name
            except NotFound:
                target = "a cadence deleted since"  # the enrollment below is refused and says so
            batch.end(enrollment, EnrollmentState.FORWARDED, f"Forwarded to {target}")
            # Ended now, not at flush: the target's exclusivity check must not see it open.
            uow.enrollments.end([enrollment.id], EnrollmentState.FORWARDED, "Forwarded", now)
            try:
                with uow.savepoint():
                    self._enrollment.enroll_existing(uow, run.account_id, outcome.target_cadence_id,
                                                     batch.contacts[run.contact_id], "forward")
            except (EnrollmentRefused, NotFound) as refused:
                batch.amend_reason(
                    run, f"Forward to {target} refused: {refused.message}")
                return f"Forward refused: {refused.message}"
            return f"Forwarded to {target}"
        batch.advance(run)
        return "Next action scheduled"
