"""Users, teams and queues: who works the cadences. Only admins and managers change them."""

from __future__ import annotations

from collections.abc import Sequence

from kixie_desktop.domain.directory import Queue, Team, User
from kixie_desktop.domain.errors import Conflict, NotFound, ValidationError
from kixie_desktop.domain.ids import QueueId, TeamId, UserId
from kixie_desktop.domain.roles import Actor, Availability, Permission, Role, require
from kixie_desktop.services.base import Service


def _name(text: str, what: str) -> str:
    name = text.strip()
    if not name:
        raise ValidationError(f"a {what} needs a name", field="name")
    if len(name) > 120:
        raise ValidationError("name is longer than 120 characters", field="name")
    return name


def _email(text: str) -> str:
    email = text.strip().lower()
    local, _, domain = email.partition("@")
    if not local or "." not in domain or " " in email:
        raise ValidationError(f"{text!r} is not an email address", field="email")
    return email


class DirectoryService(Service):
    def users(self, actor: Actor) -> list[User]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.users.list(actor.account_id)

    def add_user(self, actor: Actor, first_name: str, last_name: str, email: str, role: Role,
                 *, sip_uri: str | None = None, sender_number: str | None = None) -> User:
        require(actor, Permission.MANAGE_DIRECTORY)
        first = _name(first_name, "user")
        address = _email(email)
        with self._store.write() as uow:
            if uow.users.by_email(actor.account_id, address):
                raise Conflict("a user with that email already exists", field="email")
            user = uow.users.add(actor.account_id, first, last_name.strip(), address, role,
                                 self._clock(), sip_uri=sip_uri, sender_number=sender_number)
            self._audit(uow, actor, "create", "user", user.id, email=address, role=role.value)
            return user

    def set_availability(self, actor: Actor, user_id: UserId, availability: Availability) -> None:
        # Agents set their own availability; managers may set anyone's.
        if actor.user_id != user_id:
            require(actor, Permission.MANAGE_DIRECTORY)
        with self._store.write() as uow:
            uow.users.set_availability(user_id, availability)

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
            known = {u.id for u in uow.users.list(actor.account_id)}
            missing = [m for m in member_ids if m not in known]
            if missing:
                raise NotFound(f"no user with id {missing[0]}", field="members")
            team = uow.teams.add(actor.account_id, clean, sorted(set(member_ids)))
            self._audit(uow, actor, "create", "team", team.id, name=clean)
            return team

    def queues(self, actor: Actor) -> list[Queue]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.queues.list(actor.account_id)

    def add_queue(self, actor: Actor, name: str, team_ids: Sequence[TeamId]) -> Queue:
        require(actor, Permission.MANAGE_DIRECTORY)
        clean = _name(name, "queue")
        if not team_ids:
            raise ValidationError("a queue needs at least one team", field="teams")
        with self._store.write() as uow:
            if uow.queues.name_taken(actor.account_id, clean):
                raise Conflict("a queue with that name already exists", field="name")
            known = {t.id for t in uow.teams.list(actor.account_id)}
            missing = [t for t in team_ids if t not in known]
            if missing:
                raise NotFound(f"no team with id {missing[0]}", field="teams")
            queue = uow.queues.add(actor.account_id, clean, sorted(set(team_ids)))
            self._audit(uow, actor, "create", "queue", queue.id, name=clean)
            return queue

    def queue_agents(self, actor: Actor, queue_id: QueueId) -> list[User]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            uow.queues.get(queue_id)
            return uow.queues.agents(queue_id)
