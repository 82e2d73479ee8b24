"""Accounts, users, teams and queues over SQLAlchemy."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from kixie_desktop.domain.directory import Account, Queue, Team, User
from kixie_desktop.domain.errors import NotFound
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.holidays import from_json as holidays_from_json
from kixie_desktop.domain.holidays import to_json as holidays_to_json
from kixie_desktop.domain.ids import AccountId, QueueId, TeamId, UserId
from kixie_desktop.domain.roles import Availability, Role
from kixie_desktop.storage.models import AccountRow, QueueRow, TeamRow, UserRow, queue_teams, team_members


def limit_from(count: int | None, amount: int | None, unit: str | None) -> RateLimit | None:
    if count is None or amount is None or unit is None:
        return None
    return RateLimit(count, amount, PeriodUnit(unit))


def limit_columns(prefix: str, limit: RateLimit | None) -> dict[str, Any]:
    return {
        f"{prefix}_count": limit.count if limit else None,
        f"{prefix}_amount": limit.period_amount if limit else None,
        f"{prefix}_unit": limit.period_unit.value if limit else None,
    }


def _account(row: AccountRow) -> Account:
    holidays, yearly = holidays_from_json(row.holidays or [])
    return Account(
        id=AccountId(row.id), name=row.name, timezone=row.timezone,
        default_region=row.default_region, default_sender=row.default_sender,
        quiet_hours_guard=row.quiet_hours_guard, compliance_profiles=row.compliance_profiles,
        prompt_timeout_s=row.prompt_timeout_s, recording_consent=row.recording_consent,
        harassment=HarassmentRules(
            calls=limit_from(row.call_limit_count, row.call_limit_amount, row.call_limit_unit),
            sms=limit_from(row.sms_limit_count, row.sms_limit_amount, row.sms_limit_unit),
        ),
        holidays=holidays, yearly_holidays=yearly,
        caller_id_pool=tuple(row.caller_id_pool or ()),
    )


def user_value(row: UserRow) -> User:
    return User(
        id=UserId(row.id), account_id=AccountId(row.account_id), first_name=row.first_name,
        last_name=row.last_name, email=row.email, role=Role(row.role),
        availability=Availability(row.availability), sip_uri=row.sip_uri,
        sender_number=row.sender_number, active=row.active,
    )


class SqlAccounts:
    """Every write to an account goes through here, so within one unit of work the account
    read once is the account: an enrollment asked for it twice, an engine batch once more."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._read: dict[AccountId, Account] = {}

    def get(self, account_id: AccountId) -> Account:
        account = self._read.get(account_id)
        if account is None:
            row = self._s.get(AccountRow, account_id)
            if row is None:
                raise NotFound(f"account {account_id} does not exist")
            account = self._read[account_id] = _account(row)
        return account

    def first(self) -> Account | None:
        row = self._s.scalars(select(AccountRow).order_by(AccountRow.id).limit(1)).first()
        return _account(row) if row else None

    def add(self, name: str, timezone: str, now: datetime, **fields: Any) -> Account:
        row = AccountRow(name=name, timezone=timezone, created_at=now, holidays=[],
                         caller_id_pool=[], **fields)
        self._s.add(row)
        self._s.flush()
        return _account(row)

    def update(self, account: Account) -> None:
        row = self._s.get(AccountRow, account.id)
        if row is None:
            raise NotFound(f"account {account.id} does not exist")
        row.name, row.timezone = account.name, account.timezone
        row.default_region, row.default_sender = account.default_region, account.default_sender
        row.quiet_hours_guard = account.quiet_hours_guard
        row.compliance_profiles = account.compliance_profiles
        row.prompt_timeout_s = account.prompt_timeout_s
        row.recording_consent = account.recording_consent
        for key, value in {**limit_columns("call_limit", account.harassment.calls),
                           **limit_columns("sms_limit", account.harassment.sms)}.items():
            setattr(row, key, value)
        row.holidays = holidays_to_json(account.holidays, account.yearly_holidays)
        row.caller_id_pool = list(account.caller_id_pool)
        self._read.pop(account.id, None)


class SqlUsers:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, user_id: UserId) -> User:
        row = self._s.get(UserRow, user_id)
        if row is None:
            raise NotFound(f"user {user_id} does not exist")
        return user_value(row)

    def by_email(self, account_id: AccountId, email: str) -> User | None:
        row = self._s.scalars(
            select(UserRow).where(UserRow.account_id == account_id, UserRow.email == email.lower())
        ).first()
        return user_value(row) if row else None

    def list(self, account_id: AccountId) -> list[User]:
        rows = self._s.scalars(
            select(UserRow).where(UserRow.account_id == account_id).order_by(UserRow.first_name, UserRow.id)
        )
        return [user_value(r) for r in rows]

    def add(self, account_id: AccountId, first_name: str, last_name: str, email: str,
            role: Role, now: datetime, **fields: Any) -> User:
        row = UserRow(account_id=account_id, first_name=first_name, last_name=last_name,
                      email=email.lower(), role=role.value, created_at=now, **fields)
        self._s.add(row)
        self._s.flush()
        return user_value(row)

    def set_availability(self, user_id: UserId, availability: Availability) -> None:
        row = self._s.get(UserRow, user_id)
        if row is None:
            raise NotFound(f"user {user_id} does not exist")
        row.availability = availability.value

    def update(self, user: User) -> None:
        row = self._s.get(UserRow, user.id)
        if row is None:
            raise NotFound(f"user {user.id} does not exist")
        row.first_name, row.last_name, row.email = user.first_name, user.last_name, user.email.lower()
        row.role, row.sip_uri, row.sender_number = user.role.value, user.sip_uri, user.sender_number
        row.availability, row.active = user.availability.value, user.active

    def lock_active_admins(self, account_id: AccountId) -> list[UserId]:
        """The account's active admins, their rows locked to the end of the transaction: two
        admins demoting each other at once on PostgreSQL take turns, and the second sees
        the first's change (SQLite's write lock serialises them anyway)."""
        ids = self._s.scalars(
            select(UserRow.id).where(UserRow.account_id == account_id, UserRow.role == Role.ADMIN.value,
                                     UserRow.active.is_(True)).order_by(UserRow.id).with_for_update())
        return [UserId(i) for i in ids]


class SqlTeams:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _members(self, team_id: int) -> tuple[UserId, ...]:
        ids = self._s.scalars(
            select(team_members.c.user_id).where(team_members.c.team_id == team_id).order_by(team_members.c.user_id)
        )
        return tuple(UserId(i) for i in ids)

    def list(self, account_id: AccountId) -> list[Team]:
        rows = self._s.scalars(select(TeamRow).where(TeamRow.account_id == account_id).order_by(TeamRow.name))
        return [Team(TeamId(r.id), r.name, self._members(r.id)) for r in rows]

    def get(self, team_id: TeamId) -> Team:
        row = self._s.get(TeamRow, team_id)
        if row is None:
            raise NotFound(f"team {team_id} does not exist", field="team")
        return Team(TeamId(row.id), row.name, self._members(row.id))

    def add(self, account_id: AccountId, name: str, member_ids: Sequence[UserId]) -> Team:
        row = TeamRow(account_id=account_id, name=name)
        self._s.add(row)
        self._s.flush()
        if member_ids:
            self._s.execute(insert(team_members), [{"team_id": row.id, "user_id": u} for u in member_ids])
        return Team(TeamId(row.id), name, tuple(sorted(member_ids)))

    def rename(self, team_id: TeamId, name: str) -> None:
        self._s.execute(update(TeamRow).where(TeamRow.id == team_id).values(name=name))

    def set_members(self, team_id: TeamId, member_ids: Sequence[UserId]) -> None:
        self._s.execute(delete(team_members).where(team_members.c.team_id == team_id))
        if member_ids:
            self._s.execute(insert(team_members), [{"team_id": team_id, "user_id": u} for u in member_ids])

    def name_taken(self, account_id: AccountId, name: str, exclude: TeamId | None = None) -> bool:
        query = select(TeamRow.id).where(TeamRow.account_id == account_id, TeamRow.name == name)
        if exclude is not None:
            query = query.where(TeamRow.id != exclude)
        return self._s.scalar(query) is not None


class SqlQueues:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _teams(self, queue_id: int) -> tuple[TeamId, ...]:
        ids = self._s.scalars(
            select(queue_teams.c.team_id).where(queue_teams.c.queue_id == queue_id).order_by(queue_teams.c.team_id)
        )
        return tuple(TeamId(i) for i in ids)

    def list(self, account_id: AccountId) -> list[Queue]:
        rows = self._s.scalars(select(QueueRow).where(QueueRow.account_id == account_id).order_by(QueueRow.name))
        return [Queue(QueueId(r.id), r.name, self._teams(r.id)) for r in rows]

    def get(self, queue_id: QueueId) -> Queue:
        row = self._s.get(QueueRow, queue_id)
        if row is None:
            raise NotFound(f"queue {queue_id} does not exist", field="queue")
        return Queue(QueueId(row.id), row.name, self._teams(row.id))

    def add(self, account_id: AccountId, name: str, team_ids: Sequence[TeamId]) -> Queue:
        row = QueueRow(account_id=account_id, name=name)
        self._s.add(row)
        self._s.flush()
        if team_ids:
            self._s.execute(insert(queue_teams), [{"queue_id": row.id, "team_id": t} for t in team_ids])
        return Queue(QueueId(row.id), name, tuple(sorted(team_ids)))

    def rename(self, queue_id: QueueId, name: str) -> None:
        self._s.execute(update(QueueRow).where(QueueRow.id == queue_id).values(name=name))

    def set_teams(self, queue_id: QueueId, team_ids: Sequence[TeamId]) -> None:
        self._s.execute(delete(queue_teams).where(queue_teams.c.queue_id == queue_id))
        if team_ids:
            self._s.execute(insert(queue_teams), [{"queue_id": queue_id, "team_id": t} for t in team_ids])

    def name_taken(self, account_id: AccountId, name: str, exclude: QueueId | None = None) -> bool:
        query = select(QueueRow.id).where(QueueRow.account_id == account_id, QueueRow.name == name)
        if exclude is not None:
            query = query.where(QueueRow.id != exclude)
        return self._s.scalar(query) is not None

    def next_round_robin(self, queue_id: QueueId) -> User | None:
        """The queue's next agent after the last one assigned, and remember it.

        The queue row is locked for the rest of the transaction (PostgreSQL
        ``FOR UPDATE``; SQLite's write lock), so concurrent enrollments and engines
        take turns instead of both picking the same agent.
        """
        row = self._s.scalars(select(QueueRow).where(QueueRow.id == queue_id).with_for_update()).one()
        agents = [a for a in self.agents(queue_id) if a.role is Role.AGENT] or self.agents(queue_id)
        if not agents:
            return None
        after = [a for a in agents if row.rr_last_user_id is not None and a.id > row.rr_last_user_id]
        chosen = after[0] if after else agents[0]
        row.rr_last_user_id = chosen.id
        return chosen

    def agents(self, queue_id: QueueId) -> list[User]:
        """Every active user in any team of the queue, once each, in id order."""
        rows = self._s.scalars(
            select(UserRow)
            .join(team_members, team_members.c.user_id == UserRow.id)
            .join(queue_teams, queue_teams.c.team_id == team_members.c.team_id)
            .where(queue_teams.c.queue_id == queue_id, UserRow.active.is_(True))
            .distinct()
            .order_by(UserRow.id)
        )
        return [user_value(r) for r in rows]
