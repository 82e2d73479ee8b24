"""Users, teams and queues: who works the cadences. Only admins and managers change them,
and only admins make, change, deactivate or reactivate admins.

Every change is checked whole before anything is written, and leaves an audit entry with
what changed (old and new). A deactivated user keeps their history and team places but
cannot sign in, gets no new leads or call prompts, and is offered nothing more: their
open prompts go back to the rest of the queue at once. The workspace always keeps one
active admin.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from kixie_desktop.domain import phone_numbers
from kixie_desktop.domain.directory import Queue, Team, User
from kixie_desktop.domain.email_addresses import normalise_email
from kixie_desktop.domain.errors import Conflict, NotFound, ValidationError
from kixie_desktop.domain.ids import QueueId, TeamId, UserId
from kixie_desktop.domain.roles import Actor, Availability, Permission, Role, require
from kixie_desktop.domain.sip_identity import normalise_sip_uri
from kixie_desktop.services.base import Service
from kixie_desktop.services.calls.prompt_passing import pass_on
from kixie_desktop.services.ports.storage import UnitOfWork


def _name(text: str, what: str, field: str = "name") -> str:
    name = text.strip()
    if not name:
        raise ValidationError(f"a {what} needs a name", field=field)
    if len(name) > 120:
        raise ValidationError("name is longer than 120 characters", field=field)
    return name


def _last_name(text: str) -> str:
    name = text.strip()
    if len(name) > 100:
        raise ValidationError("last name is longer than 100 characters", field="last_name")
    return name


def _email(text: str) -> str:
    # Addresses name people here (sign-in, the CLI), so they compare without case.
    return normalise_email(text).lower()


def _sip_uri(text: str | None) -> str | None:
    return normalise_sip_uri(text) if text and text.strip() else None


def _sender(uow: UnitOfWork, actor: Actor, text: str | None) -> str | None:
    if not text or not text.strip():
        return None
    region = uow.accounts.get(actor.account_id).default_region
    return phone_numbers.normalise(text, region, field="sender_number")


def _changes(before: Any, after: Any, fields: Sequence[str]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for each field that differs: what the audit entry records."""
    out = {}
    for name in fields:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            out[name] = [getattr(old, "value", old), getattr(new, "value", new)]
    return out


class DirectoryService(Service):
    # -- users ---------------------------------------------------------------------------

    def users(self, actor: Actor) -> list[User]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.users.list(actor.account_id)

    def add_user(self, actor: Actor, first_name: str, last_name: str, email: str, role: Role,
                 *, sip_uri: str | None = None, sender_number: str | None = None) -> User:
        require(actor, Permission.MANAGE_DIRECTORY)
        if role is Role.ADMIN:
            require(actor, Permission.MANAGE_ADMINS)
        first = _name(first_name, "user", "first_name")
        last = _last_name(last_name)
        address = _email(email)
        sip = _sip_uri(sip_uri)
        with self._store.write() as uow:
            sender = _sender(uow, actor, sender_number)
            if uow.users.by_email(actor.account_id, address):
                raise Conflict("a user with that email already exists", field="email")
            user = uow.users.add(actor.account_id, first, last, address, role,
                                 self._clock(), sip_uri=sip, sender_number=sender)
            self._audit(uow, actor, "create", "user", user.id, email=address, role=role.value)
            return user

    def edit_user(self, actor: Actor, user_id: UserId, *, first_name: str | None = None,
                  last_name: str | None = None, email: str | None = None, role: Role | None = None,
                  sip_uri: str | None = None, sender_number: str | None = None) -> User:
        """Change what is given (None: leave as is; "" clears the SIP identity or sender)."""
        require(actor, Permission.MANAGE_DIRECTORY)
        with self._store.write() as uow:
            user = self._user(uow, actor, user_id)
            if Role.ADMIN in (user.role, role):
                require(actor, Permission.MANAGE_ADMINS)
            edited = replace(
                user,
                first_name=_name(first_name, "user", "first_name") if first_name is not None else user.first_name,
                last_name=_last_name(last_name) if last_name is not None else user.last_name,
                email=_email(email) if email is not None else user.email,
                role=role or user.role,
                sip_uri=_sip_uri(sip_uri) if sip_uri is not None else user.sip_uri,
                sender_number=_sender(uow, actor, sender_number) if sender_number is not None else user.sender_number,
            )
            if edited.email != user.email and uow.users.by_email(actor.account_id, edited.email):
                raise Conflict("a user with that email already exists", field="email")
            if user.role is Role.ADMIN and edited.role is not Role.ADMIN:
                self._keep_an_admin(uow, actor, user, "role", f"make {user.full_name} something else")
            changed = _changes(user, edited, ("first_name", "last_name", "email", "role", "sip_uri",
                                              "sender_number"))
            if changed:
                uow.users.update(edited)
                self._audit(uow, actor, "update", "user", user.id, changes=changed)
            return edited

    def deactivate_user(self, actor: Actor, user_id: UserId) -> User:
        """They can no longer sign in and get no new leads or call prompts; the prompts
        they hold now go back to the others they were offered to (or count unanswered)."""
        require(actor, Permission.MANAGE_DIRECTORY)
        with self._store.write() as uow:
            user = self._user(uow, actor, user_id)
            if user.role is Role.ADMIN:
                require(actor, Permission.MANAGE_ADMINS)
            if not user.active:
                return user
            if user.id == actor.user_id:
                raise Conflict("you cannot deactivate yourself: someone else who manages users can", field="status")
            if user.role is Role.ADMIN:
                self._keep_an_admin(uow, actor, user, "status", f"deactivate {user.full_name}")
            now = self._clock()
            passed = [pass_on(uow, prompt_id, user.id, now)[0] for prompt_id, _, _ in uow.prompts.open_for(user.id, now)]
            deactivated = replace(user, active=False, availability=Availability.OFFLINE)
            uow.users.update(deactivated)
            self._audit(uow, actor, "deactivate", "user", user.id, email=user.email,
                        prompts_passed_on=sum(1 for run in passed if run is not None))
            return deactivated

    def reactivate_user(self, actor: Actor, user_id: UserId) -> User:
        """They may sign in again; they come back offline and take prompts once available."""
        require(actor, Permission.MANAGE_DIRECTORY)
        with self._store.write() as uow:
            user = self._user(uow, actor, user_id)
            if user.role is Role.ADMIN:
                require(actor, Permission.MANAGE_ADMINS)
            if user.active:
                return user
            reactivated = replace(user, active=True)
            uow.users.update(reactivated)
            self._audit(uow, actor, "reactivate", "user", user.id, email=user.email)
            return reactivated

    def set_availability(self, actor: Actor, user_id: UserId, availability: Availability) -> None:
        # Agents set their own availability; managers may set anyone's.
        if actor.user_id != user_id:
            require(actor, Permission.MANAGE_DIRECTORY)
        with self._store.write() as uow:
            if availability is not Availability.OFFLINE and not uow.users.get(user_id).active:
                raise Conflict("a deactivated user cannot take calls: reactivate them first "
                               "(Manage ▸ Settings ▸ Users)", field="availability")
            uow.users.set_availability(user_id, availability)

    @staticmethod
    def _user(uow: UnitOfWork, actor: Actor, user_id: UserId) -> User:
        user = uow.users.get(user_id)
        if user.account_id != actor.account_id:
            raise NotFound(f"user {user_id} does not exist")
        return user

    @staticmethod
    def _keep_an_admin(uow: UnitOfWork, actor: Actor, admin: User, field: str, doing: str) -> None:
        others = [a for a in uow.users.lock_active_admins(actor.account_id) if a != admin.id]
        if not others:
            raise Conflict(f"{admin.full_name} is the only active admin: make someone else an admin "
                           f"before you {doing}", field=field)

    def _write_changes(self, uow: UnitOfWork, actor: Actor, entity: str, before: Team | Queue,
                       after: Team | Queue, writes: Mapping[str, Callable[[], None]]) -> None:
        """Run the write of each field that changed, and audit them together (or nothing)."""
        changed = _changes(before, after, tuple(writes))
        for field in changed:
            writes[field]()
        if changed:
            self._audit(uow, actor, "update", entity, before.id, changes=changed)

    # -- teams ---------------------------------------------------------------------------

    def teams(self, actor: Actor) -> list[Team]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.teams.list(actor.account_id)

    def add_team(self, actor: Actor, name: str, member_ids: Sequence[UserId]) -> Team:
        require(actor, Permission.MANAGE_DIRECTORY)
        clean = _name(name, "team")
        with self._store.write() as uow:
            if uow.teams.name_taken(actor.account_id, clean):
                raise Conflict("a team with that name already exists", field="name")
            members = self._members(uow, actor, member_ids, keep=())
            team = uow.teams.add(actor.account_id, clean, members)
            self._audit(uow, actor, "create", "team", team.id, name=clean)
            return team

    def edit_team(self, actor: Actor, team_id: TeamId, *, name: str | None = None,
                  member_ids: Sequence[UserId] | None = None) -> Team:
        """Rename the team and/or set its members (the whole list). A deactivated member may
        stay; only active users may join."""
        require(actor, Permission.MANAGE_DIRECTORY)
        clean = _name(name, "team") if name is not None else None
        with self._store.write() as uow:
            team = uow.teams.get(team_id)
            if clean is not None and uow.teams.name_taken(actor.account_id, clean, exclude=team.id):
                raise Conflict("a team with that name already exists", field="name")
            members = (self._members(uow, actor, member_ids, keep=team.member_ids)
                       if member_ids is not None else team.member_ids)
            edited = Team(team.id, clean or team.name, tuple(members))
            self._write_changes(uow, actor, "team", team, edited, {
                "name": lambda: uow.teams.rename(team.id, edited.name),
                "member_ids": lambda: uow.teams.set_members(team.id, edited.member_ids)})
            return edited

    @staticmethod
    def _members(uow: UnitOfWork, actor: Actor, member_ids: Sequence[UserId],
                 keep: Sequence[UserId]) -> list[UserId]:
        users = {u.id: u for u in uow.users.list(actor.account_id)}
        for member in member_ids:
            user = users.get(member)
            if user is None:
                raise NotFound(f"no user with id {member}", field="members")
            if not user.active and member not in keep:
                raise ValidationError(f"{user.full_name} is deactivated: reactivate them before they join "
                                      "a team", field="members")
        return sorted(set(member_ids))

    # -- queues --------------------------------------------------------------------------

    def queues(self, actor: Actor) -> list[Queue]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.queues.list(actor.account_id)

    def add_queue(self, actor: Actor, name: str, team_ids: Sequence[TeamId]) -> Queue:
        require(actor, Permission.MANAGE_DIRECTORY)
        clean = _name(name, "queue")
        with self._store.write() as uow:
            if uow.queues.name_taken(actor.account_id, clean):
                raise Conflict("a queue with that name already exists", field="name")
            queue = uow.queues.add(actor.account_id, clean, self._teams(uow, actor, team_ids))
            self._audit(uow, actor, "create", "queue", queue.id, name=clean)
            return queue

    def edit_queue(self, actor: Actor, queue_id: QueueId, *, name: str | None = None,
                   team_ids: Sequence[TeamId] | None = None) -> Queue:
        """Rename the queue and/or set its teams (the whole list; at least one)."""
        require(actor, Permission.MANAGE_DIRECTORY)
        clean = _name(name, "queue") if name is not None else None
        with self._store.write() as uow:
            queue = uow.queues.get(queue_id)
            if clean is not None and uow.queues.name_taken(actor.account_id, clean, exclude=queue.id):
                raise Conflict("a queue with that name already exists", field="name")
            teams = self._teams(uow, actor, team_ids) if team_ids is not None else queue.team_ids
            edited = Queue(queue.id, clean or queue.name, tuple(teams))
            self._write_changes(uow, actor, "queue", queue, edited, {
                "name": lambda: uow.queues.rename(queue.id, edited.name),
                "team_ids": lambda: uow.queues.set_teams(queue.id, edited.team_ids)})
            return edited

    @staticmethod
    def _teams(uow: UnitOfWork, actor: Actor, team_ids: Sequence[TeamId]) -> list[TeamId]:
        if not team_ids:
            raise ValidationError("a queue needs at least one team", field="teams")
        known = {t.id for t in uow.teams.list(actor.account_id)}
        missing = [t for t in team_ids if t not in known]
        if missing:
            raise NotFound(f"no team with id {missing[0]}", field="teams")
        return sorted(set(team_ids))

    def queue_agents(self, actor: Actor, queue_id: QueueId) -> list[User]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            uow.queues.get(queue_id)
            return uow.queues.agents(queue_id)
