"""Roles, availability, and who may do what.

The permission table lives here so every front end gets the same answer; the
services call ``require`` before acting.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kixie_desktop.domain.errors import PermissionDenied
from kixie_desktop.domain.ids import AccountId, UserId


class Role(StrEnum):
    ADMIN = "admin"
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    AGENT = "agent"


class Availability(StrEnum):
    AVAILABLE = "available"
    BUSY = "busy"
    WRAP_UP = "wrap_up"
    AWAY = "away"
    OFFLINE = "offline"


class Permission(StrEnum):
    MANAGE_CADENCES = "manage cadences"
    MANAGE_DIRECTORY = "manage teams, queues and users"
    MANAGE_ADMINS = "make or change admins"
    MANAGE_TEMPLATES = "manage SMS templates"
    MANAGE_DISPOSITIONS = "manage dispositions"
    MANAGE_ACCOUNT = "change account settings"
    RESET_WORKSPACE = "delete every record of the workspace"
    ENROLL = "enroll contacts"
    MANAGE_CONTACTS = "edit contacts"
    DELETE_CONTACTS = "delete contacts and what was recorded about them"
    # Pause, resume, unenroll, run an action now, decide an Unknown text: any lead's.
    CONTROL_LEADS = "pause, resume or unenroll leads, run their actions now or decide unknown texts"
    # Pause, resume and run now the leads one owns (docs/decisions.md, 34).
    CONTROL_OWN_LEADS = "pause, resume or run now the leads they own"
    VIEW = "view cadences and actions"
    # Analytics of everyone's leads and calls; without it, a person sees their own (decision 43).
    VIEW_TEAM_FIGURES = "see everyone's figures in Analytics"
    WORK_CALLS = "work call prompts"


_EDITORS = frozenset({Role.ADMIN, Role.MANAGER})
_ALL = frozenset(Role)

GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_CADENCES: _EDITORS,
    Permission.MANAGE_DIRECTORY: _EDITORS,
    # A manager runs the directory but cannot hand out (or take away) the keys to it.
    Permission.MANAGE_ADMINS: frozenset({Role.ADMIN}),
    Permission.MANAGE_TEMPLATES: _EDITORS,
    Permission.MANAGE_DISPOSITIONS: _EDITORS,
    Permission.MANAGE_ACCOUNT: frozenset({Role.ADMIN}),
    Permission.RESET_WORKSPACE: frozenset({Role.ADMIN}),
    Permission.ENROLL: _EDITORS | {Role.SUPERVISOR},
    Permission.MANAGE_CONTACTS: _ALL,
    Permission.DELETE_CONTACTS: _EDITORS,
    Permission.CONTROL_LEADS: _EDITORS | {Role.SUPERVISOR},
    Permission.CONTROL_OWN_LEADS: _ALL,
    Permission.VIEW: _ALL,
    Permission.VIEW_TEAM_FIGURES: _EDITORS | {Role.SUPERVISOR},
    Permission.WORK_CALLS: _ALL,
}


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user, or a system principal (API token, engine)."""

    account_id: AccountId
    user_id: UserId | None
    role: Role
    name: str

    def can(self, permission: Permission) -> bool:
        return self.role in GRANTS[permission]


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(f"{actor.name} ({actor.role.value}) may not {permission.value}")
