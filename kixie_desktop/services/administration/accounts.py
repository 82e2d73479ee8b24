"""The account: the business, its zone, business harassment rules and guards.

``bootstrap`` creates the first account and its admin on an empty database, the
only operation that runs without an actor.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kixie_desktop.domain.account_settings import clean_changes
from kixie_desktop.domain.directory import DEFAULT_DISPOSITIONS, Account, User
from kixie_desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from kixie_desktop.domain.ids import AccountId
from kixie_desktop.domain.roles import Actor, Permission, Role, require
from kixie_desktop.domain.zones import validate_zone
from kixie_desktop.services.base import Service


def actor_for(user: User) -> Actor:
    return Actor(user.account_id, user.id, user.role, user.full_name or user.email)


class AccountService(Service):
    def bootstrap(self, name: str, timezone: str, admin_first_name: str, admin_email: str,
                  *, admin_last_name: str = "") -> tuple[Account, User]:
        """Create the account, its admin and the default dispositions on an empty database."""
        if not name.strip():
            raise ValidationError("the account needs a name", field="name")
        zone = validate_zone(timezone)
        with self._store.write() as uow:
            if uow.accounts.first() is not None:
                raise Conflict("this database already has an account")
            now = self._clock()
            account = uow.accounts.add(name.strip(), zone, now)
            admin = uow.users.add(account.id, admin_first_name.strip(), admin_last_name.strip(),
                                  admin_email, Role.ADMIN, now)
            for position, disposition in enumerate(DEFAULT_DISPOSITIONS):
                uow.dispositions.add(account.id, disposition.name, position, digit=position + 1,
                                     counts_as_connected=disposition.counts_as_connected)
            uow.audit.record(account.id, admin.id, admin.full_name, "bootstrap", "account",
                             account.id, now)
            return account, admin

    def current(self) -> Account | None:
        with self._store.read() as uow:
            return uow.accounts.first()

    def get(self, actor: Actor) -> Account:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.accounts.get(actor.account_id)

    def update(self, actor: Actor, **changes: Any) -> Account:
        """Change account settings (admins only); each value is checked first
        (``domain/account_settings.py``), and a refusal writes nothing."""
        require(actor, Permission.MANAGE_ACCOUNT)
        with self._store.write() as uow:
            current = uow.accounts.get(actor.account_id)
            changes = clean_changes(changes, current.default_region)
            account = replace(current, **changes)
            uow.accounts.update(account)
            self._audit(uow, actor, "update", "account", account.id, fields=sorted(changes))
            return account

    def actor_by_email(self, account_id: AccountId, email: str) -> Actor:
        """Sign a workstation user in by email (the desktop app trusts its OS user); a
        deactivated user is refused."""
        with self._store.read() as uow:
            user = uow.users.by_email(account_id, email)
            if user is None:
                raise NotFound(f"no user with email {email!r}", field="user")
            if not user.active:
                raise PermissionDenied(f"{user.full_name or user.email} is deactivated and cannot sign in: an "
                                       "admin or manager can reactivate them in Manage ▸ Settings ▸ Users",
                                       field="user")
            return actor_for(user)
