"""Deleting a contact with everything recorded about them, through the service, on SQLite and
PostgreSQL: enrollments, runs, prompts, call records and texts go, and the recordings of their
calls on this computer; touches stay (they count for the number); refused while an agent is on
a call with them, and for agents and supervisors, writing nothing. Recordings of deleted
contacts made on another computer go when this one sweeps."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kixie_desktop.config.paths import app_paths
from kixie_desktop.domain.cadence import CallAction, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.errors import Conflict, PermissionDenied
from kixie_desktop.domain.powercall import CallEnd
from kixie_desktop.domain.roles import Availability
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import (
    ActionRunRow,
    AuditLogRow,
    CallPromptRow,
    CallRecordRow,
    ContactRow,
    EnrollmentRow,
    SmsMessageRow,
    TouchRow,
)
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace, services_over

LEAD = NewContact(phone="+1 512 555 0100", first_name="Olivia", last_name="Garcia")
OTHER = NewContact(phone="+1 512 555 0101", first_name="Liam")


def counts(ws: Workspace) -> dict[str, int]:
    with ws.db.read() as s:
        return {row.__tablename__: s.scalar(select(func.count()).select_from(row)) or 0
                for row in (ContactRow, EnrollmentRow, ActionRunRow, CallPromptRow, CallRecordRow, SmsMessageRow,
                            TouchRow)}


def test_a_contact_goes_with_its_history_and_its_recordings(ws: Workspace) -> None:
    services = services_over(ws.store, ws.clock)
    services.accounts.update(ws.admin, recording_consent=True, quiet_hours_guard=False, compliance_profiles=False)
    base = ws.definition("Text then call")
    version = ws.cadences.create(ws.manager, replace(base, actions=(SmsAction(template_id=ws.template.id),
                                                                    CallAction())))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    ws.directory.set_availability(ws.agent, ws.agent.user_id, Availability.AVAILABLE)  # type: ignore[arg-type]
    olivia = ws.enrollment.enroll(ws.manager, version.cadence_id, LEAD).contact
    ws.enrollment.enroll(ws.manager, version.cadence_id, OTHER)
    engine = Engine(ws.store, ws.clock, RecordingGateway(), "e")
    engine.tick()  # the texts
    ws.clock.advance(seconds=1)
    engine.tick()  # the calls: a prompt each for the agent
    [prompt] = [p for p in services.powercall.prompts(ws.agent) if p.contact.id == olivia.id]
    task = services.powercall.accept(ws.agent, prompt.run_id)
    record = services.powercall.call_placed(ws.agent, task.run_id, task.contact.phone, task.caller_id)
    wav = Path(str(services.recordings.begin(ws.agent, record)))
    wav.write_bytes(b"RIFF")  # the softphone's file

    before = counts(ws)
    with pytest.raises(Conflict, match="on a call with this contact"):
        services.contact_deletion.delete(ws.manager, olivia.id)
    for someone in (ws.agent, ws.supervisor):
        with pytest.raises(PermissionDenied):
            services.contact_deletion.delete(someone, olivia.id)
    assert counts(ws) == before and wav.exists()

    connected = next(d.id for d in ws.dispositions.list(ws.agent) if d.name == "Connected")
    services.powercall.finish_call(ws.agent, task.run_id, connected, "", record,
                                   CallEnd(200, "OK", ws.clock.now, ws.clock.now))
    said = services.contact_deletion.delete(ws.manager, olivia.id)
    assert said == "Olivia Garcia deleted, with their history and 1 call recording"
    assert not wav.exists()
    after = counts(ws)
    assert after["contacts"] == before["contacts"] - 1
    with ws.db.read() as s:
        for row in (EnrollmentRow, ActionRunRow, CallRecordRow, SmsMessageRow):
            assert s.scalar(select(func.count()).select_from(row).where(row.contact_id == olivia.id)) == 0
        touches = s.execute(select(TouchRow.kind, TouchRow.action_run_id).where(
            TouchRow.phone == "+15125550100")).all()
        audit = s.scalars(select(AuditLogRow).where(AuditLogRow.action == "delete",
                                                    AuditLogRow.entity == "contact")).one()
        liam_prompts = s.scalar(select(func.count()).select_from(CallPromptRow))
    assert sorted(kind for kind, _ in touches) == ["call", "sms"]  # they still count for the number
    assert all(run is None for _, run in touches)
    assert (audit.entity_id, audit.actor_name) == (olivia.id, ws.manager.name)
    assert after["enrollments"] == 1 and liam_prompts == 1  # Liam's untouched


def test_the_sweep_removes_recordings_no_record_names(ws: Workspace) -> None:
    services = services_over(ws.store, ws.clock)
    services.accounts.update(ws.admin, recording_consent=True)
    record = services.powercall.call_placed(ws.agent, None, "+15125550100", None)
    kept = Path(str(services.recordings.begin(ws.agent, record)))
    kept.write_bytes(b"RIFF")
    orphan = kept.with_name("0123456789abcdef.wav")  # a deleted contact's, made here, deleted elsewhere
    orphan.write_bytes(b"RIFF")
    assert services.recordings.sweep() == 1
    assert kept.exists() and not orphan.exists()
    assert kept.is_relative_to(app_paths().data_dir / "recordings")
