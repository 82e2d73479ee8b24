"""Editing the directory through the service, on SQLite and PostgreSQL: users (names,
email, role, SIP identity, sender), deactivating and reactivating them, teams and queues;
who may do each, the guards that keep an admin, and what reaches the database and the
audit log — nothing at all when a change is refused."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select, text

from kixie_desktop.domain.errors import Conflict, NotFound, PermissionDenied, UserFacingError, ValidationError
from kixie_desktop.domain.ids import UserId
from kixie_desktop.domain.roles import Actor, Availability, Role
from kixie_desktop.services.administration.accounts import AccountService, actor_for
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import AuditLogRow, QueueRow, TeamRow, UserRow, queue_teams, team_members
from tests.support.workspace import Workspace


def snapshot(ws: Workspace) -> dict[str, Any]:
    """Every directory row and the audit log: what a refused change must leave as it was."""
    with ws.db.read() as s:
        return {
            "users": [tuple(r) for r in s.execute(select(
                UserRow.id, UserRow.first_name, UserRow.last_name, UserRow.email, UserRow.role,
                UserRow.sip_uri, UserRow.sender_number, UserRow.active, UserRow.availability).order_by(UserRow.id))],
            "teams": [tuple(r) for r in s.execute(select(TeamRow.id, TeamRow.name).order_by(TeamRow.id))],
            "members": sorted(tuple(r) for r in s.execute(select(team_members))),
            "queues": [tuple(r) for r in s.execute(select(QueueRow.id, QueueRow.name).order_by(QueueRow.id))],
            "queue_teams": sorted(tuple(r) for r in s.execute(select(queue_teams))),
            "audit": s.scalar(select(func.count()).select_from(AuditLogRow)),
        }


def last_audit(ws: Workspace) -> AuditLogRow:
    with ws.db.read() as s:
        row = s.scalars(select(AuditLogRow).order_by(AuditLogRow.id.desc()).limit(1)).one()
        s.expunge(row)
        return row


def user_row(ws: Workspace, user_id: int | None) -> UserRow:
    with ws.db.read() as s:
        row = s.get(UserRow, user_id)
        assert row is not None
        s.expunge(row)
        return row


def test_an_admin_edits_every_field_of_a_user_and_the_audit_log_says_what_changed(ws: Workspace) -> None:
    edited = ws.directory.edit_user(
        ws.admin, ws.agent.user_id, first_name=" Alex ", last_name="Rivera", email="Alex.Rivera@ACME.test",  # type: ignore[arg-type]
        role=Role.MANAGER, sip_uri="SIP:alex@PBX.acme.test;transport=tls", sender_number="(415) 555-0123")
    row = user_row(ws, ws.agent.user_id)
    assert (row.first_name, row.last_name, row.email, row.role, row.sip_uri, row.sender_number) == (
        "Alex", "Rivera", "alex.rivera@acme.test", "manager", "sip:alex@pbx.acme.test;transport=tls", "+14155550123")
    assert edited.email == row.email and edited.role is Role.MANAGER
    audit = last_audit(ws)
    assert (audit.action, audit.entity, audit.entity_id, audit.actor_user_id) == (
        "update", "user", ws.agent.user_id, ws.admin.user_id)
    assert audit.detail["changes"] == {
        "first_name": ["Agent", "Alex"], "last_name": ["Tester", "Rivera"],
        "email": ["agent@acme.test", "alex.rivera@acme.test"], "role": ["agent", "manager"],
        "sip_uri": [None, "sip:alex@pbx.acme.test;transport=tls"], "sender_number": [None, "+14155550123"]}

    # Only what is given changes; "" clears the SIP identity and the sender; no change, no entry.
    ws.directory.edit_user(ws.manager, ws.agent.user_id, sip_uri="", sender_number="")  # type: ignore[arg-type]
    row = user_row(ws, ws.agent.user_id)
    assert (row.first_name, row.sip_uri, row.sender_number) == ("Alex", None, None)
    before = snapshot(ws)
    ws.directory.edit_user(ws.manager, ws.agent.user_id, first_name="Alex")  # type: ignore[arg-type]
    assert snapshot(ws) == before


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"sip_uri": "alex at the pbx"}, "sip_uri", "is not a SIP address: write it like sip:alex@pbx.example.com"),
    ({"sip_uri": "sip:alex:hunter2@pbx.acme.test"}, "sip_uri", "leave the password out"),
    ({"sender_number": "555"}, "sender_number", "'555' is not a valid phone number"),
    ({"email": "alex@@acme.test"}, "email", "is not an email address"),
    ({"email": "ADA@acme.test"}, "email", "a user with that email already exists"),
    ({"first_name": "  "}, "first_name", "a user needs a name"),
    ({"last_name": "x" * 101}, "last_name", "longer than 100 characters"),
])
def test_a_bad_value_names_its_field_and_writes_nothing(ws: Workspace, changes: dict[str, str], field: str,
                                                         words: str) -> None:
    before = snapshot(ws)
    with pytest.raises(UserFacingError) as refused:
        ws.directory.edit_user(ws.admin, ws.agent.user_id, role=Role.SUPERVISOR, **changes)  # type: ignore[arg-type]
    assert refused.value.field == field and words in refused.value.message
    assert snapshot(ws) == before


def test_adding_a_user_checks_the_same_fields(ws: Workspace) -> None:
    before = snapshot(ws)
    with pytest.raises(ValidationError) as refused:
        ws.directory.add_user(ws.manager, "Bea", "Two", "bea@acme.test", Role.AGENT, sip_uri="bea")
    assert refused.value.field == "sip_uri"
    assert snapshot(ws) == before
    bea = ws.directory.add_user(ws.manager, "Bea", "Two", "Bea@Acme.test", Role.AGENT,
                                sip_uri="bea@pbx.acme.test", sender_number="415 555 0199")
    assert (bea.email, bea.sip_uri, bea.sender_number) == ("bea@acme.test", "sip:bea@pbx.acme.test", "+14155550199")


@pytest.mark.parametrize("who", ["agent", "supervisor"])
def test_agents_and_supervisors_change_nothing(ws: Workspace, who: str) -> None:
    actor: Actor = getattr(ws, who)
    team_id, queue_id = ws.queue.team_ids[0], ws.queue.id
    before = snapshot(ws)
    for attempt in (
        lambda: ws.directory.edit_user(actor, ws.manager.user_id, first_name="Mallory"),  # type: ignore[arg-type]
        lambda: ws.directory.edit_user(actor, actor.user_id, role=Role.MANAGER),  # type: ignore[arg-type]
        lambda: ws.directory.deactivate_user(actor, ws.manager.user_id),  # type: ignore[arg-type]
        lambda: ws.directory.reactivate_user(actor, ws.manager.user_id),  # type: ignore[arg-type]
        lambda: ws.directory.edit_team(actor, team_id, name="Mine", member_ids=[]),
        lambda: ws.directory.edit_queue(actor, queue_id, name="Mine"),
    ):
        with pytest.raises(PermissionDenied, match="may not manage teams, queues and users"):
            attempt()
    assert snapshot(ws) == before


def test_only_admins_make_or_change_admins(ws: Workspace) -> None:
    before = snapshot(ws)
    for attempt in (
        lambda: ws.directory.add_user(ws.manager, "Eve", "Up", "eve@acme.test", Role.ADMIN),
        lambda: ws.directory.edit_user(ws.manager, ws.agent.user_id, role=Role.ADMIN),  # type: ignore[arg-type]
        lambda: ws.directory.edit_user(ws.manager, ws.admin.user_id, first_name="Not Ada"),  # type: ignore[arg-type]
        lambda: ws.directory.deactivate_user(ws.manager, ws.admin.user_id),  # type: ignore[arg-type]
    ):
        with pytest.raises(PermissionDenied, match=r"Manager Tester \(manager\) may not make or change admins"):
            attempt()
    assert snapshot(ws) == before
    promoted = ws.directory.edit_user(ws.admin, ws.manager.user_id, role=Role.ADMIN)  # type: ignore[arg-type]
    assert promoted.role is Role.ADMIN and user_row(ws, ws.manager.user_id).role == "admin"


def test_the_last_active_admin_can_be_neither_demoted_nor_deactivated(ws: Workspace) -> None:
    admin_id: UserId = ws.admin.user_id  # type: ignore[assignment]
    # An admin-role principal without a user of its own, as an API token is; and Ada herself.
    token = Actor(ws.admin.account_id, None, Role.ADMIN, "API token ops")
    before = snapshot(ws)
    with pytest.raises(Conflict, match="Ada is the only active admin: make someone else an admin before") as demote:
        ws.directory.edit_user(ws.admin, admin_id, role=Role.MANAGER)
    assert demote.value.field == "role"
    with pytest.raises(Conflict, match="only active admin") as deactivate:
        ws.directory.deactivate_user(token, admin_id)
    assert deactivate.value.field == "status"
    with pytest.raises(Conflict, match="you cannot deactivate yourself"):
        ws.directory.deactivate_user(ws.admin, admin_id)
    assert snapshot(ws) == before

    # With a second admin, Ada may step down; then the other is the last one.
    ws.directory.edit_user(ws.admin, ws.manager.user_id, role=Role.ADMIN)  # type: ignore[arg-type]
    ws.directory.edit_user(ws.admin, admin_id, role=Role.MANAGER)
    assert user_row(ws, admin_id).role == "manager"
    with pytest.raises(Conflict, match="Manager Tester is the only active admin"):
        ws.directory.deactivate_user(token, ws.manager.user_id)  # type: ignore[arg-type]


def test_two_admins_demoting_each_other_at_once_leave_one(ws: Workspace, database: Database) -> None:
    """On PostgreSQL two writers run side by side (SQLite takes them one at a time): the
    second demotion waits for the first one's lock on the admins, then sees its change."""
    if database.dialect != "postgresql":
        pytest.skip("SQLite serialises writers: there is no interleaving to test")
    bo = actor_for(ws.directory.add_user(ws.admin, "Bo", "Admin", "bo@acme.test", Role.ADMIN))
    outcome: list[object] = []
    with ws.store.write() as uow:  # Ada demoting Bo, half-way: the admins locked, Bo changed
        uow.users.lock_active_admins(ws.admin.account_id)
        uow.users.update(replace(uow.users.get(bo.user_id), role=Role.MANAGER))  # type: ignore[arg-type]

        def bo_demotes_ada() -> None:
            try:
                outcome.append(ws.directory.edit_user(bo, ws.admin.user_id, role=Role.MANAGER))  # type: ignore[arg-type]
            except Conflict as refused:
                outcome.append(refused)

        racer = threading.Thread(target=bo_demotes_ada)
        racer.start()
        deadline = time.monotonic() + 10
        with database.engine.connect() as watcher:  # wait until Bo's demotion waits on the lock
            while not watcher.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                           "current_database() AND wait_event_type = 'Lock'")).scalar():
                assert time.monotonic() < deadline, "the second demotion never waited for the first"
                watcher.rollback()
    racer.join(timeout=10)
    [refused] = outcome
    assert isinstance(refused, Conflict) and "Ada is the only active admin" in refused.message
    assert (user_row(ws, ws.admin.user_id).role, user_row(ws, bo.user_id).role) == ("admin", "manager")


def test_a_deactivated_admin_does_not_count_as_the_admin_that_stays(ws: Workspace) -> None:
    second = ws.directory.add_user(ws.admin, "Bo", "Admin", "bo@acme.test", Role.ADMIN)
    ws.directory.deactivate_user(ws.admin, second.id)
    with pytest.raises(Conflict, match="only active admin"):
        ws.directory.edit_user(ws.admin, ws.admin.user_id, role=Role.AGENT)  # type: ignore[arg-type]


def test_deactivating_a_user_stops_their_sign_in_until_they_are_reactivated(ws: Workspace) -> None:
    accounts = AccountService(ws.store, ws.clock)
    agent_id: UserId = ws.agent.user_id  # type: ignore[assignment]
    ws.directory.set_availability(ws.agent, agent_id, Availability.AVAILABLE)
    gone = ws.directory.deactivate_user(ws.manager, agent_id)
    assert (gone.active, gone.availability) == (False, Availability.OFFLINE)
    row = user_row(ws, agent_id)
    assert (row.active, row.availability) == (False, "offline")
    audit = last_audit(ws)
    assert (audit.action, audit.entity_id, audit.detail) == (
        "deactivate", agent_id, {"email": "agent@acme.test", "prompts_passed_on": 0})
    with pytest.raises(PermissionDenied, match="Agent Tester is deactivated and cannot sign in: an admin or "
                                               "manager can reactivate them in Manage ▸ Settings ▸ Users"):
        accounts.actor_by_email(ws.admin.account_id, "agent@acme.test")
    with pytest.raises(Conflict, match="reactivate them first"):
        ws.directory.set_availability(ws.agent, agent_id, Availability.AVAILABLE)
    assert user_row(ws, agent_id).availability == "offline"

    # Deactivating twice changes nothing; reactivating lets them back in, still offline.
    before = snapshot(ws)
    ws.directory.deactivate_user(ws.manager, agent_id)
    assert snapshot(ws) == before
    back = ws.directory.reactivate_user(ws.manager, agent_id)
    assert (back.active, back.availability) == (True, Availability.OFFLINE)
    assert last_audit(ws).action == "reactivate"
    assert accounts.actor_by_email(ws.admin.account_id, "agent@acme.test") == actor_for(back)


def test_a_team_is_renamed_and_its_members_set_and_a_deactivated_user_may_stay_but_not_join(ws: Workspace) -> None:
    team_id = ws.queue.team_ids[0]
    bea = ws.directory.add_user(ws.admin, "Bea", "Two", "bea@acme.test", Role.AGENT)
    cy = ws.directory.add_user(ws.admin, "Cy", "Three", "cy@acme.test", Role.AGENT)
    team = ws.directory.edit_team(ws.manager, team_id, name="Hunters", member_ids=[bea.id, ws.agent.user_id])  # type: ignore[list-item]
    assert (team.name, team.member_ids) == ("Hunters", tuple(sorted([ws.agent.user_id, bea.id])))  # type: ignore[type-var]
    assert last_audit(ws).detail == {"changes": {"name": ["Closers", "Hunters"],
                                                 "member_ids": [[ws.agent.user_id], sorted([ws.agent.user_id, bea.id])]}}  # type: ignore[type-var]

    ws.directory.deactivate_user(ws.manager, bea.id)
    ws.directory.deactivate_user(ws.manager, cy.id)
    kept = ws.directory.edit_team(ws.manager, team_id, member_ids=[bea.id])
    assert kept.member_ids == (bea.id,)  # already a member: stays, to work again once reactivated
    before = snapshot(ws)
    with pytest.raises(ValidationError, match="Cy Three is deactivated: reactivate them before they join") as joined:
        ws.directory.edit_team(ws.manager, team_id, member_ids=[bea.id, cy.id])
    assert joined.value.field == "members"
    other = ws.directory.add_team(ws.manager, "Other", [])
    with pytest.raises(Conflict, match="a team with that name already exists"):
        ws.directory.edit_team(ws.manager, other.id, name="Hunters", member_ids=[])
    with pytest.raises(NotFound):
        ws.directory.edit_team(ws.manager, team_id, member_ids=[UserId(424242)])
    with pytest.raises(ValidationError, match="a team needs a name"):
        ws.directory.edit_team(ws.manager, team_id, name=" ")
    assert {k: v for k, v in snapshot(ws).items() if k not in ("teams", "audit")} == {
        k: v for k, v in before.items() if k not in ("teams", "audit")}
    assert snapshot(ws)["audit"] == before["audit"] + 1  # only "Other" was added


def test_a_queue_is_renamed_and_its_teams_set_and_keeps_at_least_one(ws: Workspace) -> None:
    night = ws.directory.add_team(ws.manager, "Night", [])
    queue = ws.directory.edit_queue(ws.manager, ws.queue.id, name="Everyone", team_ids=[night.id, ws.queue.team_ids[0]])
    assert (queue.name, set(queue.team_ids)) == ("Everyone", {night.id, ws.queue.team_ids[0]})
    with ws.db.read() as s:
        assert s.get(QueueRow, ws.queue.id).name == "Everyone"  # type: ignore[union-attr]
    audit = last_audit(ws)
    assert (audit.action, audit.entity, audit.detail["changes"]["name"]) == ("update", "queue", ["Inbound leads", "Everyone"])

    ws.directory.add_queue(ws.manager, "Later", [night.id])
    before = snapshot(ws)
    with pytest.raises(ValidationError, match="a queue needs at least one team") as empty:
        ws.directory.edit_queue(ws.manager, ws.queue.id, name="Nobody", team_ids=[])
    assert empty.value.field == "teams"
    with pytest.raises(Conflict, match="a queue with that name already exists"):
        ws.directory.edit_queue(ws.manager, ws.queue.id, name="Later", team_ids=[night.id])
    assert snapshot(ws) == before
