"""A picture of the Analytics tab for the docs, re-runnable.

Builds the demo workspace in a throwaway directory and gives "Speed to Lead" a morning of
history through the real services: 60 leads enrolled a few minutes apart, the real engine
texting them, Alex and Jordan taking the calls it offers (ringing, talking and wrapping up
for a while, then saving a disposition), a few leads replying STOP, and a few texts the
gateway refuses. Then it opens the real main window offscreen at 1440 × 900, switches to
Analytics, picks the cadence and saves the tab with ``widget.grab()``. The picks are seeded,
so each run draws the same morning (three weekdays back from the day it runs).

Usage: ``QT_QPA_PLATFORM=offscreen python docs/analytics_screenshots.py`` → docs/images/analytics.png
and docs/images/analytics-agents.png (the same tab scrolled down to the agents).
"""

from __future__ import annotations

import os
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kixie_desktop.composition import Backend, open_backend  # noqa: E402
from kixie_desktop.domain.directory import NewContact  # noqa: E402
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult  # noqa: E402
from kixie_desktop.domain.powercall import CallEnd  # noqa: E402
from kixie_desktop.domain.roles import Availability  # noqa: E402
from kixie_desktop.gui.main_window import MainWindow  # noqa: E402
from kixie_desktop.services.administration.demo import FIRST, LAST, NUMBERS  # noqa: E402
from kixie_desktop.services.execution.engine import Engine  # noqa: E402
from screenshots import IMAGES, _afternoon_three_days_ago, _wait, in_window  # noqa: E402

LEADS = 60
# How calls end, and how often: (disposition, weight, answered).
OUTCOMES = (("Connected", 5, True), ("Interested", 4, True), ("Not Interested", 3, True),
            ("Left Voicemail", 6, False), ("No Answer", 7, False), ("Busy", 1, False), ("Wrong Number", 1, True))


class DemoGateway:
    """Accepts every text but those to a few numbers that are no mobiles."""

    def __init__(self, refused: set[str]) -> None:
        self.refused = refused

    def send(self, msg: OutboundSms) -> SmsResult:
        if msg.to in self.refused:
            return SmsResult(SmsOutcome.PERMANENT_FAILURE, None, "Not a mobile number")
        return SmsResult(SmsOutcome.ACCEPTED, f"SM-{msg.idempotency_key}", "Sent")

    def lookup(self, idempotency_key: str) -> SmsResult | None:
        return None


def build(workdir: Path) -> Backend:
    rng = random.Random(13)
    clock = [_afternoon_three_days_ago()]
    backend = open_backend(f"sqlite:///{workdir / 'kixie.db'}", clock=lambda: clock[0])
    backend.seed_demo()
    admin = backend.actor()
    account = backend.accounts.get(admin)
    speed = next(c for c in backend.cadences.list(admin) if c.name == "Speed to Lead")
    agents = [backend.accounts.actor_by_email(account.id, e) for e in ("alex@acme-solar.example",
                                                                        "jordan@acme-solar.example")]
    for agent in agents:
        backend.directory.set_availability(agent, agent.user_id, Availability.AVAILABLE)  # type: ignore[arg-type]
    dispositions = {d.name: d.id for d in backend.dispositions.list(admin)}
    phones = []
    for n in range(LEADS):
        prefix, zone = NUMBERS[n % len(NUMBERS)]
        phones.append(f"{prefix}55502{n:02d}")
    engine = Engine(backend.store, lambda: clock[0], DemoGateway(set(phones[5::17])), "analytics-pictures")
    enrolled = 0
    end = clock[0] + timedelta(hours=5)
    while clock[0] < end:
        if enrolled < LEADS and rng.random() < 0.6:
            prefix, zone = NUMBERS[enrolled % len(NUMBERS)]
            backend.enrollment.enroll(admin, speed.id, NewContact(
                phone=phones[enrolled], first_name=FIRST[(enrolled * 3) % len(FIRST)],
                last_name=LAST[(enrolled * 11) % len(LAST)], timezone=zone))
            clock[0] += timedelta(seconds=rng.randrange(2, 40))  # the engine's next look
            if enrolled % 13 == 4:  # replies STOP to the welcome text
                clock[0] += timedelta(seconds=20)
                engine.tick()
                backend.inbound_sms.receive(account.id, phones[enrolled], None, "STOP")
            enrolled += 1
        engine.tick()
        for agent in rng.sample(agents, len(agents)):
            prompts = backend.powercall.prompts(agent)
            if prompts and rng.random() < 0.85:
                _call(backend, agent, prompts[0].run_id, clock, rng, dispositions)
        clock[0] += timedelta(seconds=rng.randrange(20, 150))
    return backend


def _call(backend: Backend, agent: object, run_id: object, clock: list[datetime], rng: random.Random,
          dispositions: dict[str, int]) -> None:
    name, _, answered = rng.choices(OUTCOMES, weights=[w for _, w, _ in OUTCOMES])[0]
    task = backend.powercall.accept(agent, run_id)  # type: ignore[arg-type]
    record = backend.powercall.call_placed(agent, task.run_id, task.contact.phone, task.caller_id)  # type: ignore[arg-type]
    clock[0] += timedelta(seconds=rng.randrange(6, 25))
    connected = clock[0] if answered else None
    if answered:
        clock[0] += timedelta(seconds=rng.randrange(40, 420))
    end = CallEnd(200 if answered else 480, None, connected, clock[0])
    clock[0] += timedelta(seconds=rng.randrange(8, 75))  # wrap-up
    backend.powercall.finish_call(agent, task.run_id, dispositions[name], record_id=record,  # type: ignore[arg-type]
                                  end=end)


def take(window: MainWindow) -> None:
    tab = window.analytics_tab
    shown: list[object] = []
    tab.figures_shown.connect(shown.append)
    window.ui.tabs.setCurrentWidget(tab)
    _wait(lambda: bool(shown))
    shown.clear()
    tab.ui.cadence_combo.setCurrentText("Speed to Lead")
    _wait(lambda: bool(shown))
    QApplication.processEvents()
    window.grab().save(str(IMAGES / "analytics.png"))
    scroll = tab.ui.figures_scroll.verticalScrollBar()
    scroll.setValue(scroll.maximum())  # the agents, below the fold
    QApplication.processEvents()
    window.grab().save(str(IMAGES / "analytics-agents.png"))
    print(f"wrote {IMAGES / 'analytics.png'}, {IMAGES / 'analytics-agents.png'}")


def main() -> int:
    return in_window(build, take)


if __name__ == "__main__":
    sys.exit(main())
