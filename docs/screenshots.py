"""Pictures of the Inflight and Completed Actions tables for the docs, re-runnable.

Builds the demo workspace in a throwaway directory, enrolls the rest of the demo's
contacts, lets the real engine work through a weekday afternoon three days ago (an SMS
gateway that accepts everything, no agent answering), then opens the real main window
offscreen at 1440 × 900 and saves each tab with ``widget.grab()`` — the starting column
layout, since the window state lives in the throwaway directory too.

Usage: ``QT_QPA_PLATFORM=offscreen python docs/screenshots.py`` → docs/images/inflight-actions.png,
docs/images/completed-actions.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kixie_desktop.app import window_context  # noqa: E402
from kixie_desktop.composition import Backend, open_backend  # noqa: E402
from kixie_desktop.domain.directory import NewContact  # noqa: E402
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult  # noqa: E402
from kixie_desktop.gui.action_tables.columns import ID_ROLE  # noqa: E402
from kixie_desktop.gui.action_tables.tabs import ActionTableTab  # noqa: E402
from kixie_desktop.gui.main_window import MainWindow  # noqa: E402
from kixie_desktop.gui.operations import BackgroundRunner  # noqa: E402
from kixie_desktop.services.administration.demo import FIRST, LAST, NUMBERS  # noqa: E402
from kixie_desktop.services.execution.engine import Engine  # noqa: E402

IMAGES = Path(__file__).resolve().parent / "images"
SIZE = (1440, 900)


class AcceptingGateway:
    """Every SMS accepted at once: the picture needs Sent rows, not a network."""

    def send(self, msg: OutboundSms) -> SmsResult:
        return SmsResult(SmsOutcome.ACCEPTED, f"SM-{msg.idempotency_key}", "Sent")

    def lookup(self, idempotency_key: str) -> SmsResult | None:
        return None


def _afternoon_three_days_ago() -> datetime:
    start = (datetime.now(timezone.utc) - timedelta(days=3)).replace(hour=17, minute=5, second=0,
                                                                      microsecond=0)
    while start.weekday() >= 5:  # the demo's cadences run on weekdays
        start -= timedelta(days=1)
    return start


def build(workdir: Path) -> tuple[Backend, list[datetime]]:
    clock = [_afternoon_three_days_ago()]
    backend = open_backend(f"sqlite:///{workdir / 'kixie.db'}", clock=lambda: clock[0])
    backend.seed_demo()
    actor = backend.actor()
    cadences = [c for c in backend.cadences.list(actor) if c.active]
    for n in range(50, 90):  # the demo enrolls a dozen; a screenful more, same fictional 555-01xx range
        prefix, zone = NUMBERS[n % len(NUMBERS)]
        contact = NewContact(phone=f"{prefix}55501{n:02d}", first_name=FIRST[n % len(FIRST)],
                             last_name=LAST[(n * 7) % len(LAST)], timezone=zone)
        backend.enrollment.enroll(actor, cadences[n % len(cadences)].id, contact)
    engine = Engine(backend.store, lambda: clock[0], AcceptingGateway(), "screenshots")
    for _ in range(40):
        engine.tick()
        clock[0] += timedelta(minutes=37)
    return backend, clock


def _wait(done: object) -> None:
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: done() and loop.quit())  # type: ignore[operator]
    QTimer.singleShot(20_000, loop.quit)  # never hang a docs build
    poll.start()
    loop.exec()
    poll.stop()


def shoot(window: MainWindow, tab: ActionTableTab, path: Path) -> None:
    window.ui.tabs.setCurrentWidget(tab.view.parentWidget())
    _wait(lambda: tab.model.rowCount() > 0 and tab.model.index(0, 0).data(ID_ROLE) is not None)
    QApplication.processEvents()
    window.grab().save(str(path))
    print(f"wrote {path}")


def in_window(build: Callable[[Path], Backend], take: Callable[[MainWindow], None]) -> int:
    """Build a workspace with ``build`` in a throwaway directory (window state there too, so
    the windows start as a new user sees them), open the real main window at ``SIZE`` on it,
    and let ``take`` save its pictures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        os.environ["KIXIE_HOME"] = str(workdir / "home")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "state"))
        backend = build(workdir)
        runner = BackgroundRunner()
        window = MainWindow(window_context(backend), runner)
        window.resize(*SIZE)
        window.show()
        IMAGES.mkdir(exist_ok=True)
        take(window)
        window.close()
        runner.shutdown()
        backend.close()
    del app
    return 0


def main() -> int:
    def take(window: MainWindow) -> None:
        shoot(window, window.inflight_tab, IMAGES / "inflight-actions.png")
        shoot(window, window.completed_tab, IMAGES / "completed-actions.png")

    return in_window(lambda workdir: build(workdir)[0], take)


if __name__ == "__main__":
    sys.exit(main())
