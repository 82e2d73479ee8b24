"""The in-flight window (decision 30), on SQLite and PostgreSQL: never more than N SMS
``sending``; a claimed SMS is sent only while still claimed; what a dead engine claimed
but never handed over is due again and sent once; restarts take over leases at once
only where no living engine can hold them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from kixie_desktop.domain.cadence import SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import ActionRunRow, SmsMessageRow, TouchRow
from tests.support.gateways import Crash, RecordingGateway
from tests.support.workspace import Workspace


def sms_cadence(ws: Workspace) -> int:
    version = ws.cadences.create(ws.manager, replace(ws.definition("Texts"),
                                                     actions=(SmsAction(template_id=ws.template.id),)))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


def enroll(ws: Workspace, count: int) -> int:
    cadence = sms_cadence(ws)
    for n in range(count):
        ws.enrollment.enroll(ws.manager, cadence, NewContact(phone=f"+1512555{n:04d}"))
    return cadence


def statuses(ws: Workspace) -> dict[int, str]:
    with ws.db.read() as s:
        return {i: status for i, status in s.execute(select(ActionRunRow.id, ActionRunRow.status))}


def count(ws: Workspace, row: type, *where: object) -> int:
    with ws.db.read() as s:
        return s.scalar(select(func.count()).select_from(row).where(*where)) or 0  # type: ignore[arg-type]


def test_never_more_than_the_window_is_sending(ws: Workspace) -> None:
    enroll(ws, 23)
    seen: list[int] = []

    def look(_: OutboundSms) -> SmsResult:
        # What a crash at this instant would leave: every run sending, and its message row.
        seen.append(count(ws, ActionRunRow, ActionRunRow.status == "sending"))
        assert count(ws, SmsMessageRow, SmsMessageRow.status == "sending") == seen[-1]
        return SmsResult(SmsOutcome.ACCEPTED, None, "Sent")

    Engine(ws.store, ws.clock, RecordingGateway(look), "e1", inflight_window=5).tick()
    assert len(seen) == 23 and max(seen) == 5
    assert set(statuses(ws).values()) == {"completed"}
    assert count(ws, SmsMessageRow, SmsMessageRow.status == "sent") == 23


def test_a_claimed_sms_cancelled_before_its_window_is_never_sent(ws: Workspace) -> None:
    cadence = enroll(ws, 3)

    def delete_cadence(_: OutboundSms) -> SmsResult:
        if len(gateway.sent) == 1:  # a supervisor deletes the cadence while the first is out
            ws.cadences.delete(ws.manager, cadence)
        return SmsResult(SmsOutcome.ACCEPTED, None, "Sent")

    gateway = RecordingGateway(delete_cadence)
    Engine(ws.store, ws.clock, gateway, "e1", inflight_window=1).tick()
    assert len(gateway.sent) == 1
    assert sorted(statuses(ws).values()) == ["cancelled", "cancelled", "completed"]
    assert count(ws, SmsMessageRow) == 1


def crash_after_the_first_window(ws: Workspace, engine_id: str) -> None:
    def crash(_: OutboundSms) -> SmsResult:
        raise Crash

    with pytest.raises(Crash):
        Engine(ws.store, ws.clock, RecordingGateway(crash), engine_id, inflight_window=1).tick()
    assert sorted(statuses(ws).values()) == ["processing", "processing", "sending"]
    assert count(ws, TouchRow) == 3  # each claim took its harassment slot


def test_what_a_dead_engine_claimed_is_due_again_and_sent_once(ws: Workspace) -> None:
    enroll(ws, 3)
    crash_after_the_first_window(ws, "dead")
    survivor = RecordingGateway(can_lookup=False)
    engine = Engine(ws.store, ws.clock, survivor, "e2")
    assert engine.tick().total == 0  # the dead engine's leases still hold
    ws.clock.advance(minutes=3)
    with ws.store.read() as uow:  # a claimed SMS is processing too, but it is no call prompt
        assert uow.runs.unanswered_prompts(ws.clock.now, 10) == []
    engine.tick()
    assert sorted(statuses(ws).values()) == ["completed", "completed", "unknown"]
    assert len(survivor.sent) == 2  # the two that never left; the one handed over is not re-sent
    assert count(ws, TouchRow) == 3  # the unclaimed ones' touches went with their claims
    assert count(ws, SmsMessageRow) == 3


@pytest.mark.parametrize(("engine_id", "sole_engine", "at_once"),
                         [("dead", False, True), ("other", True, True), ("other", False, False)])
def test_a_restart_takes_over_leases_at_once_only_when_no_living_engine_holds_them(
        ws: Workspace, engine_id: str, sole_engine: bool, at_once: bool) -> None:
    enroll(ws, 3)
    crash_after_the_first_window(ws, "dead")
    gateway = RecordingGateway(can_lookup=False)
    Engine(ws.store, ws.clock, gateway, engine_id, sole_engine=sole_engine).tick()
    if at_once:
        assert sorted(statuses(ws).values()) == ["completed", "completed", "unknown"]
        assert len(gateway.sent) == 2
    else:
        assert sorted(statuses(ws).values()) == ["processing", "processing", "sending"]
        assert gateway.sent == []


def test_the_window_is_a_bounded_setting(ws: Workspace) -> None:
    for bad in (0, 101):
        with pytest.raises(ValueError, match="inflight_window"):
            Engine(ws.store, ws.clock, RecordingGateway(), "e1", inflight_window=bad)
