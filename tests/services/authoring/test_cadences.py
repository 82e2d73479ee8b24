"""Cadence service: versions, validation, and role checks — on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from kixie_desktop.domain.cadence import DispositionRule, RuleAction, SmsAction
from kixie_desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from kixie_desktop.domain.ids import CadenceId, TemplateId
from kixie_desktop.storage.models import CadenceActionRow, CadenceRow, CadenceVersionRow
from tests.support.workspace import Workspace


def count(ws: Workspace, model: type) -> int:
    with ws.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_each_save_creates_a_new_immutable_version(ws: Workspace) -> None:
    v1 = ws.cadences.create(ws.manager, ws.definition())
    edited = replace(v1.definition, actions=v1.definition.actions[:1])
    v2 = ws.cadences.save(ws.manager, v1.cadence_id, edited)

    assert (v1.version, v2.version) == (1, 2)
    assert len(ws.cadences.get(ws.agent, v1.cadence_id).definition.actions) == 1
    with ws.store.read() as uow:
        old = uow.cadences.version(v1.id)  # type: ignore[attr-defined]
    assert old.definition == v1.definition
    summary = ws.cadences.list(ws.supervisor)[0]
    assert (summary.version, summary.actions, summary.active) == (2, 1, False)


@pytest.mark.parametrize("who", ["agent", "supervisor"])
def test_agents_and_supervisors_cannot_change_cadences(ws: Workspace, who: str) -> None:
    actor = getattr(ws, who)
    with pytest.raises(PermissionDenied):
        ws.cadences.create(actor, ws.definition())
    created = ws.cadences.create(ws.admin, ws.definition())
    for attempt in (
        lambda: ws.cadences.save(actor, created.cadence_id, created.definition),
        lambda: ws.cadences.set_active(actor, created.cadence_id, True),
        lambda: ws.cadences.delete(actor, created.cadence_id),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    assert count(ws, CadenceVersionRow) == 1


@pytest.mark.parametrize("who", ["agent", "supervisor"])
def test_agents_and_supervisors_cannot_change_the_directory(ws: Workspace, who: str) -> None:
    actor = getattr(ws, who)
    with pytest.raises(PermissionDenied):
        ws.directory.add_team(actor, "Night shift", [])
    with pytest.raises(PermissionDenied):
        ws.directory.add_queue(actor, "Night", [ws.queue.team_ids[0]])
    with pytest.raises(PermissionDenied):
        ws.templates.create(actor, "Nudge", "Hi")
    with pytest.raises(PermissionDenied):
        ws.dispositions.create(actor, "Callback")


def test_duplicate_name_is_refused_and_nothing_is_written(ws: Workspace) -> None:
    ws.cadences.create(ws.manager, ws.definition("Webinar"))
    before = (count(ws, CadenceRow), count(ws, CadenceVersionRow), count(ws, CadenceActionRow))
    with pytest.raises(Conflict) as err:
        ws.cadences.create(ws.manager, ws.definition("  Webinar "))
    assert err.value.field == "name"
    assert (count(ws, CadenceRow), count(ws, CadenceVersionRow), count(ws, CadenceActionRow)) == before


def test_deleting_frees_the_name_and_keeps_history(ws: Workspace) -> None:
    v1 = ws.cadences.create(ws.manager, ws.definition("Webinar"))
    ws.cadences.delete(ws.manager, v1.cadence_id)
    assert ws.cadences.list(ws.manager) == []
    again = ws.cadences.create(ws.manager, ws.definition("Webinar"))
    assert again.cadence_id != v1.cadence_id
    assert count(ws, CadenceVersionRow) == 2


def test_forward_rule_to_itself_is_refused(ws: Workspace) -> None:
    v1 = ws.cadences.create(ws.manager, ws.definition())
    interested = next(d for d in ws.dispositions.list(ws.agent) if d.name == "Interested")
    looped = replace(v1.definition, disposition_rules=(
        DispositionRule(interested.id, RuleAction.FORWARD, v1.cadence_id),))
    with pytest.raises(ValidationError, match="itself"):
        ws.cadences.save(ws.manager, v1.cadence_id, looped)
    assert count(ws, CadenceVersionRow) == 1


def test_forward_to_a_deleted_cadence_is_refused_at_save(ws: Workspace) -> None:
    target = ws.cadences.create(ws.manager, ws.definition("Nurture"))
    ws.cadences.delete(ws.manager, target.cadence_id)
    interested = next(d for d in ws.dispositions.list(ws.agent) if d.name == "Interested")
    defn = replace(ws.definition("Main"), disposition_rules=(
        DispositionRule(interested.id, RuleAction.FORWARD, target.cadence_id),))
    with pytest.raises(ValidationError, match="deleted"):
        ws.cadences.create(ws.manager, defn)
    assert [c.name for c in ws.cadences.list(ws.manager)] == []


def test_unknown_template_is_refused(ws: Workspace) -> None:
    defn = replace(ws.definition(), actions=(SmsAction(template_id=TemplateId(9999)),))
    with pytest.raises(NotFound) as err:
        ws.cadences.create(ws.manager, defn)
    assert err.value.field == "actions[1].template"
    assert count(ws, CadenceRow) == 0


def test_activation_needs_an_action(ws: Workspace) -> None:
    v1 = ws.cadences.create(ws.manager, replace(ws.definition(), actions=()))
    with pytest.raises(ValidationError):
        ws.cadences.set_active(ws.manager, v1.cadence_id, True)
    v2 = ws.cadences.save(ws.manager, v1.cadence_id, ws.definition())
    ws.cadences.set_active(ws.manager, v2.cadence_id, True)
    assert ws.cadences.list(ws.manager)[0].active


def test_saving_an_unknown_cadence_is_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFound):
        ws.cadences.save(ws.manager, CadenceId(424242), ws.definition())
