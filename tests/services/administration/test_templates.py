"""SMS templates through the service: the preview renders as the engine does (the sender's
names, fallbacks, the account before an owner exists), refuses what saving refuses, and
an agent may read and preview but not change one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kixie_desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from kixie_desktop.storage.models import AuditLogRow
from tests.support.workspace import Workspace


def test_the_preview_is_the_engines_text_for_a_sample_lead_and_a_bare_one(ws: Workspace) -> None:
    preview = ws.templates.preview(ws.agent, "Hi {{contact.first_name|there}}, it's {{agent.first_name}} "
                                            "from {{account.name}} ({{agent.email|our team}}) 😀")
    assert preview.sample == "Hi Taylor, it's Agent from Acme Solar (agent@acme.test) 😀"
    assert preview.bare == "Hi there, it's Acme Solar from Acme Solar (our team) 😀"
    assert (preview.length.segments, preview.length.per_segment, preview.length.first_unicode) == (1, 70, "😀")
    with pytest.raises(ValidationError, match="unknown merge field") as refused:
        ws.templates.preview(ws.agent, "Hi {{contact.frist_name}}")
    assert refused.value.field == "body"


def test_a_manager_edits_a_template_by_name(ws: Workspace) -> None:
    found = ws.templates.named(ws.manager, " Welcome ")
    edited = ws.templates.update(ws.manager, found.id, "Welcome (short)", "Hi {{contact.first_name|there}}!")
    assert ws.templates.named(ws.agent, "Welcome (short)") == edited
    with pytest.raises(NotFound, match="no template named 'Welcome'"):
        ws.templates.named(ws.agent, "Welcome")
    other = ws.templates.create(ws.manager, "Follow-up", "Still interested?")
    with pytest.raises(Conflict) as clash:
        ws.templates.update(ws.manager, other.id, "Welcome (short)", "x")
    assert clash.value.field == "name"


def test_an_agent_previews_but_cannot_change_a_template(ws: Workspace) -> None:
    before = ws.templates.list(ws.admin)
    with pytest.raises(PermissionDenied, match="may not manage SMS templates"):
        ws.templates.update(ws.agent, ws.template.id, "Mine now", "Hello")
    with pytest.raises(PermissionDenied):
        ws.templates.create(ws.agent, "Another", "Hello")
    assert ws.templates.list(ws.admin) == before
    with ws.db.read() as s:
        assert s.scalars(select(AuditLogRow.action).where(AuditLogRow.entity == "sms_template")).all() == ["create"]
