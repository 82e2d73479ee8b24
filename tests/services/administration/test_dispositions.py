"""Dispositions as admins and managers shape them, on SQLite and PostgreSQL: rename, order,
keys unique among the active ones, the connected flag, archive and back — each audited,
refused with the field it concerns, and refused to agents with nothing changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from kixie_desktop.domain.directory import Disposition
from kixie_desktop.domain.errors import Conflict, NotFound, PermissionDenied, UserFacingError, ValidationError
from kixie_desktop.storage.models import AuditLogRow
from tests.support.workspace import Workspace

DEFAULTS = ["Connected", "No Answer", "Left Voicemail", "Busy", "Wrong Number", "Not Interested", "Interested",
            "Do Not Call"]


def _listed(ws: Workspace, include_archived: bool = True) -> list[tuple[str, int | None, bool, bool]]:
    return [(d.name, d.digit, d.counts_as_connected, d.archived)
            for d in ws.dispositions.list(ws.admin, include_archived=include_archived)]


def _named(ws: Workspace, name: str) -> Disposition:
    return ws.dispositions.named(ws.admin, name)


def _audit(ws: Workspace) -> list[tuple[str, dict[str, object]]]:
    with ws.db.read() as s:
        rows = s.scalars(select(AuditLogRow).where(AuditLogRow.entity == "disposition").order_by(AuditLogRow.id))
        return [(r.action, r.detail) for r in rows]


def test_a_new_workspace_has_the_defaults_with_keys_and_connected_flags(ws: Workspace) -> None:
    assert _listed(ws) == [(name, i + 1, name in ("Connected", "Not Interested", "Interested"), False)
                           for i, name in enumerate(DEFAULTS)]


def test_a_manager_renames_keys_flags_and_orders_them(ws: Workspace) -> None:
    svc, busy = ws.dispositions, _named(ws, "busy")
    renamed = svc.update(ws.manager, busy.id, name="  Line busy ")
    assert renamed.name == "Line busy" and renamed.digit == 4
    svc.update(ws.manager, _named(ws, "Interested").id, digit=None)
    svc.update(ws.manager, busy.id, digit=7, counts_as_connected=True)
    booked = svc.create(ws.manager, "Booked a demo")
    assert (booked.digit, booked.counts_as_connected, booked.position) == (None, False, 8)

    order = svc.move(ws.manager, booked.id, 1)
    assert [d.name for d in order] == ["Booked a demo", *DEFAULTS[:3], "Line busy", *DEFAULTS[4:]]
    svc.move(ws.manager, _named(ws, "Connected").id, 9)
    assert [d.name for d in svc.list(ws.agent)] == [
        "Booked a demo", "No Answer", "Left Voicemail", "Line busy", "Wrong Number", "Not Interested",
        "Interested", "Do Not Call", "Connected"]
    assert _listed(ws)[3] == ("Line busy", 7, True, False)
    assert [action for action, _ in _audit(ws)] == ["update", "update", "update", "create", "move", "move"]
    assert _audit(ws)[0][1] == {"name": ["Busy", "Line busy"]}
    assert _audit(ws)[2][1] == {"digit": [4, 7], "counts_as_connected": [False, True]}


def test_archived_ones_give_up_their_key_and_keep_their_place(ws: Workspace) -> None:
    svc, busy = ws.dispositions, _named(ws, "Busy")
    assert svc.archive(ws.manager, busy.id).digit is None
    assert "Busy" not in [d.name for d in svc.list(ws.agent)]
    svc.update(ws.manager, _named(ws, "Wrong Number").id, digit=4)  # the freed key
    with pytest.raises(ValidationError, match="un-archive it") as refused:
        svc.update(ws.manager, busy.id, digit=9)
    assert refused.value.field == "digit"
    with pytest.raises(ValidationError, match="un-archive it"):
        svc.move(ws.manager, busy.id, 1)

    svc.move(ws.manager, _named(ws, "Do Not Call").id, 1)  # archived Busy stays between its neighbours
    back = svc.unarchive(ws.manager, busy.id)
    assert (back.archived, back.digit) == (False, None)
    assert [d.name for d in svc.list(ws.agent)] == ["Do Not Call", *DEFAULTS[:7]]
    assert [action for action, _ in _audit(ws)] == ["archive", "update", "move", "unarchive"]
    assert _audit(ws)[0][1] == {"name": "Busy", "digit": 4}


@pytest.mark.parametrize(("change", "error", "field", "words"), [
    (lambda svc, ws: svc.update(ws.manager, _named(ws, "Busy").id, digit=1), Conflict, "digit",
     "1 is already the key for Connected"),
    (lambda svc, ws: svc.update(ws.manager, _named(ws, "Busy").id, digit=0), ValidationError, "digit",
     "a digit from 1 to 9"),
    (lambda svc, ws: svc.update(ws.manager, _named(ws, "Busy").id, name="no answer"), Conflict, "name",
     "already exists"),
    (lambda svc, ws: svc.update(ws.manager, _named(ws, "Busy").id, name="   "), ValidationError, "name",
     "a name is required"),
    (lambda svc, ws: svc.create(ws.manager, "do  not CALL"), Conflict, "name", "already exists"),
    (lambda svc, ws: svc.update(ws.manager, _named(ws, "Do Not Call").id, name="DNC"), ValidationError, "name",
     "cannot be renamed"),
    (lambda svc, ws: svc.move(ws.manager, _named(ws, "Busy").id, 9), ValidationError, "position",
     "from 1 to 8"),
    (lambda svc, ws: ws.dispositions.named(ws.manager, "Nope"), NotFound, "name", "no disposition named 'Nope'"),
])
def test_refusals_name_their_field_and_change_nothing(
        ws: Workspace, change: Callable[..., object], error: type[UserFacingError], field: str, words: str) -> None:
    before = _listed(ws)
    with pytest.raises(error, match=words) as refused:
        change(ws.dispositions, ws)
    assert refused.value.field == field
    assert _listed(ws) == before and _audit(ws) == []


def test_do_not_call_may_change_case_but_keeps_its_meaning(ws: Workspace) -> None:
    dnc = _named(ws, "Do Not Call")
    assert ws.dispositions.update(ws.manager, dnc.id, name="DO NOT CALL").name == "DO NOT CALL"


@pytest.mark.parametrize("change", [
    lambda svc, ws, d: svc.create(ws.agent, "Booked a demo"),
    lambda svc, ws, d: svc.update(ws.agent, d.id, name="Line busy"),
    lambda svc, ws, d: svc.update(ws.supervisor, d.id, digit=None),
    lambda svc, ws, d: svc.update(ws.agent, d.id, counts_as_connected=True),
    lambda svc, ws, d: svc.move(ws.agent, d.id, 1),
    lambda svc, ws, d: svc.archive(ws.agent, d.id),
])
def test_an_agent_is_refused_and_nothing_changes(ws: Workspace, change: Callable[..., object]) -> None:
    busy = _named(ws, "Busy")
    ws.dispositions.archive(ws.admin, _named(ws, "Wrong Number").id)
    before, audit = _listed(ws), _audit(ws)
    with pytest.raises(PermissionDenied, match="may not manage dispositions"):
        change(ws.dispositions, ws, busy)
    with pytest.raises(PermissionDenied):
        ws.dispositions.unarchive(ws.agent, _named(ws, "Wrong Number").id)
    assert _listed(ws) == before and _audit(ws) == audit
