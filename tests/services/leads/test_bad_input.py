"""Bad input through the services: one clear error naming the field, and nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.errors import NotFound, ValidationError
from kixie_desktop.storage.models import ContactRow, SmsTemplateRow, TeamRow
from tests.support.workspace import Workspace


def count(ws: Workspace, model: type) -> int:
    with ws.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize("phone", ["", "call me", "+1 123 456 7890", "555"])
def test_invalid_phone_writes_no_contact(ws: Workspace, phone: str) -> None:
    with pytest.raises(ValidationError) as err:
        ws.contacts.upsert(ws.agent, NewContact(phone=phone, first_name="X"))
    assert err.value.field == "phone"
    assert count(ws, ContactRow) == 0


def test_bad_zone_email_and_owner_are_named(ws: Workspace) -> None:
    cases = [(NewContact(phone="+15125550100", timezone="Mars/Olympus"), "timezone"),
             (NewContact(phone="+15125550100", email="not-an-email"), "email"),
             (NewContact(phone="+15125550100", owner_email="ghost@acme.test"), "owner_email")]
    for new, field in cases:
        with pytest.raises((ValidationError, NotFound)) as err:
            ws.contacts.upsert(ws.agent, new)
        assert err.value.field == field
    assert count(ws, ContactRow) == 0


def test_template_with_an_unknown_merge_field_is_not_saved(ws: Workspace) -> None:
    before = count(ws, SmsTemplateRow)
    with pytest.raises(ValidationError, match=r"\{\{contact.nickname\}\}") as err:
        ws.templates.create(ws.manager, "Nudge", "Hey {{contact.nickname}}!")
    assert err.value.field == "body"
    assert count(ws, SmsTemplateRow) == before


def test_team_with_an_unknown_member_is_not_saved(ws: Workspace) -> None:
    before = count(ws, TeamRow)
    with pytest.raises(NotFound) as err:
        ws.directory.add_team(ws.admin, "Ghosts", [424242])  # type: ignore[list-item]
    assert err.value.field == "members"
    assert count(ws, TeamRow) == before
