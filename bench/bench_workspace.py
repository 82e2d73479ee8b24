"""A benchmark workspace built through the real services: an account with hours that are
always open (no quiet hours, no compliance profiles), one agent, one queue, and an
SMS-only cadence with zero delays — so the figures measure the engine, not the clock."""

from __future__ import annotations

import json
import platform
import statistics
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kixie_desktop.domain.cadence import CadenceDefinition, CadenceSettings, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult
from kixie_desktop.domain.roles import Actor, Role
from kixie_desktop.services.administration.accounts import AccountService, actor_for
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.leads.contacts import ContactService
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.leads.enrollment import EnrollmentService
from kixie_desktop.services.administration.templates import TemplateService
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.migrate import upgrade
from kixie_desktop.storage.store import SqlStore

RESULTS = Path(__file__).parent / "results"


class NoopGateway:
    """Accepts every message at once: the benchmark measures the engine, not a network."""

    def send(self, msg: OutboundSms) -> SmsResult:
        return SmsResult(SmsOutcome.ACCEPTED, None, "")

    def lookup(self, idempotency_key: str) -> SmsResult | None:
        return None


@dataclass
class BenchWorkspace:
    db: Database
    store: SqlStore
    manager: Actor
    cadence_id: CadenceId
    enrollment: EnrollmentService


def build(db: Database, steps: int = 1) -> BenchWorkspace:
    upgrade(db)
    store = SqlStore(db)
    accounts = AccountService(store)
    _, admin_user = accounts.bootstrap("Bench", "America/Chicago", "Ada", "ada@bench.example")
    admin = actor_for(admin_user)
    accounts.update(admin, quiet_hours_guard=False, compliance_profiles=False)
    directory = DirectoryService(store)
    agent = directory.add_user(admin, "Alex", "Agent", "alex@bench.example", Role.AGENT,
                               sender_number="+15125550000")
    queue = directory.add_queue(admin, "Q", [directory.add_team(admin, "T", [agent.id]).id])
    template = TemplateService(store).create(admin, "Hi", "Hi {{contact.first_name}}, {{agent.first_name}} here.")
    cadences = CadenceService(store)
    version = cadences.create(admin, CadenceDefinition(
        CadenceSettings(name="Bench", queue_id=queue.id),
        actions=(SmsAction(template_id=template.id),) * steps))
    cadences.set_active(admin, version.cadence_id, True)
    return BenchWorkspace(db, store, admin, version.cadence_id,
                          EnrollmentService(store, contacts=ContactService(store), clock=_now,
                                            crm=CrmJobs(enabled=False)))


def _now() -> datetime:
    return datetime.now(timezone.utc)


AREAS = (512, 212, 312, 415, 303, 206, 617, 404, 713, 602)


def contact(n: int) -> NewContact:
    """A distinct, valid US number per ``n``, spread over ten area codes (and so zones)."""
    area = AREAS[(n // 10_000) % len(AREAS)]
    exchange = 555 + n // (10_000 * len(AREAS))
    return NewContact(phone=f"+1{area}{exchange}{n % 10_000:04d}", first_name=f"Lead{n}")


def enroll_many(ws: BenchWorkspace, count: int, start: int = 0, chunk: int = 500) -> None:
    """The CSV-import path: many enrollments per transaction."""
    for first in range(start, start + count, chunk):
        with ws.store.write() as uow:
            for n in range(first, min(first + chunk, start + count)):
                ws.enrollment.enroll_in(uow, ws.manager, ws.cadence_id, contact(n), source="bench")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def write_results(name: str, figures: dict[str, object]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    meta = {"machine": platform.machine(), "python": platform.python_version(),
            "measured_at": _now().isoformat(timespec="seconds")}
    path.write_text(json.dumps({**figures, "meta": meta}, indent=2, sort_keys=True) + "\n")
    return path


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
