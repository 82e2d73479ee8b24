"""Cadence files through the service, on SQLite and PostgreSQL: export → import round-trips
exactly; an import with any problem, or by someone who may not manage cadences, writes nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from kixie_desktop.domain.cadence import (
    CadenceHarassment,
    CallAction,
    DispositionRule,
    OwnerAssignment,
    ReplyBehavior,
    RuleAction,
    SmsAction,
)
from kixie_desktop.domain.cadence_file import CadenceFileInvalid, parse_text, to_text
from kixie_desktop.domain.errors import PermissionDenied
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.schedule import WeeklySchedule
from kixie_desktop.services.authoring.cadence_files import CadenceFileService
from kixie_desktop.services.administration.dispositions import DispositionService
from kixie_desktop.storage.models import CadenceRow, CadenceVersionRow
from tests.support.workspace import Workspace


def files(ws: Workspace) -> CadenceFileService:
    return CadenceFileService(ws.store, ws.clock, ws.cadences)


def rows(ws: Workspace) -> tuple[int, int]:
    with ws.db.read() as s:
        return (s.scalar(select(func.count()).select_from(CadenceRow)) or 0,
                s.scalar(select(func.count()).select_from(CadenceVersionRow)) or 0)


def rich_cadence(ws: Workspace) -> int:
    nurture = ws.cadences.create(ws.manager, ws.definition("Nurture")).cadence_id
    dispositions = {d.name: d.id for d in DispositionService(ws.store, ws.clock).list(ws.manager)}
    base = ws.definition("Inbound", assign_owner=OwnerAssignment.ON_ANSWER, allow_reenrollment=True,
                         exclusive=True, reply_behavior=ReplyBehavior.PAUSE, reply_pause=timedelta(hours=36),
                         target_hours=WeeklySchedule.daily(9 * 60, 17 * 60 + 30, range(5)))
    return ws.cadences.create(ws.manager, replace(
        base,
        actions=(SmsAction(ws.template.id, customize=True, body="Hi {{contact.first_name|there}} 👋"),
                 CallAction(after=timedelta(minutes=10), retry=True, attempts=3, min_between=timedelta(hours=2)),
                 SmsAction(ws.template.id, after=timedelta(days=2))),
        disposition_rules=(DispositionRule(dispositions["Interested"], RuleAction.STOP),
                           DispositionRule(dispositions["No Answer"], RuleAction.FORWARD, nurture)),
        harassment=CadenceHarassment(False, HarassmentRules(calls=RateLimit(3, 1, PeriodUnit.DAYS))),
    )).cadence_id


def test_export_then_import_round_trips_exactly(ws: Workspace) -> None:
    cadence = rich_cadence(ws)
    text = to_text(files(ws).export(ws.supervisor, cadence))  # anyone who may see cadences exports
    copy = files(ws).import_document(ws.manager, parse_text(text), name="Inbound (copy)")

    original = ws.cadences.get(ws.manager, cadence).definition
    assert copy.definition == replace(original, settings=replace(original.settings, name="Inbound (copy)"))
    again = files(ws).export(ws.manager, copy.cadence_id)
    again["cadence"]["settings"]["name"] = "Inbound"
    assert to_text(again) == text
    assert '"queue": "Inbound leads"' in text and '"to_cadence": "Nurture"' in text


def test_an_import_with_problems_or_by_an_agent_writes_nothing(ws: Workspace) -> None:
    document = files(ws).export(ws.manager, rich_cadence(ws))
    before = rows(ws)
    with pytest.raises(CadenceFileInvalid) as clash:
        files(ws).import_document(ws.manager, document)
    assert clash.value.problems == [("$.cadence.settings.name",
                                     "a cadence named 'Inbound' already exists: import it under another name")]
    document["cadence"]["actions"][0]["template"] = "Gone"
    document["cadence"]["disposition_rules"][1]["to_cadence"] = "Deleted long ago"
    with pytest.raises(CadenceFileInvalid) as refused:
        files(ws).import_document(ws.manager, document, name="Fresh")
    assert [path for path, _ in refused.value.problems] == [
        "$.cadence.actions[0].template", "$.cadence.disposition_rules[1].to_cadence"]
    with pytest.raises(PermissionDenied):
        files(ws).import_document(ws.agent, files(ws).export(ws.manager, 1), name="By an agent")
    assert rows(ws) == before
