"""Two engines on one database (PostgreSQL in CI; SQLite serialises them): no action
runs twice, and two engines never both take the last harassment slot."""

from __future__ import annotations

import threading
from dataclasses import replace

from sqlalchemy import func, select

from kixie_desktop.domain.cadence import SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import ActionRunRow
from tests.support.gateways import RecordingGateway
from tests.support.workspace import Workspace


def race(engines: list[Engine]) -> None:
    """Tick every engine on its own thread until none finds work."""
    start = threading.Barrier(len(engines))
    errors: list[BaseException] = []

    def work(engine: Engine) -> None:
        try:
            start.wait()
            idle = 0
            while idle < 3:
                idle = idle + 1 if engine.tick().total == 0 else 0
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors


def sms_cadence(ws: Workspace, name: str, steps: int = 1) -> int:
    sms = SmsAction(template_id=ws.template.id)
    version = ws.cadences.create(ws.manager, replace(ws.definition(name), actions=(sms,) * steps))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


def test_two_engines_never_run_an_action_twice(ws: Workspace) -> None:
    cadence = sms_cadence(ws, "Burst", steps=2)
    enrollment = ws.enrollment
    for n in range(150):
        enrollment.enroll(ws.manager, cadence, NewContact(phone=f"+1512555{n:04d}"))
    gateway = RecordingGateway()
    race([Engine(ws.store, ws.clock, gateway, f"e{i}", batch_size=20) for i in range(2)])
    keys = [m.idempotency_key for m in gateway.sent]
    assert len(keys) == 300 and len(set(keys)) == 300
    with ws.db.read() as s:
        assert s.scalar(select(func.count()).select_from(ActionRunRow)
                        .where(ActionRunRow.status == "completed")) == 300


def test_two_engines_never_both_take_the_last_slot(ws: Workspace) -> None:
    AccountService(ws.store, ws.clock).update(ws.admin, harassment=HarassmentRules(
        sms=RateLimit(2, 1, PeriodUnit.DAYS)))
    enrollment = ws.enrollment
    phones = [f"+1512555{n:04d}" for n in range(10)]
    cadences = [sms_cadence(ws, f"C{i}") for i in range(4)]
    # One number's four actions sit next to each other in the queue, so the two engines'
    # batches contend for the same number's last slot.
    for phone in phones:
        for cadence in cadences:
            enrollment.enroll(ws.manager, cadence, NewContact(phone=phone))
    gateway = RecordingGateway()
    race([Engine(ws.store, ws.clock, gateway, f"e{i}", batch_size=2) for i in range(2)])
    per_number: dict[str, int] = {}
    for message in gateway.sent:
        per_number[message.to] = per_number.get(message.to, 0) + 1
    assert per_number == {p: 2 for p in phones}
    with ws.db.read() as s:
        waiting = s.scalars(select(ActionRunRow).where(ActionRunRow.status == "scheduled")).all()
    assert len(waiting) == 20
    assert all(r.reason.startswith("Harassment rule 2 SMS / 1 day") for r in waiting)
