"""Pictures of the PowerCall panel and of Help ▸ Keyboard shortcuts for the docs, re-runnable.

Seeds the demo workspace in a throwaway directory (hours always open), starts the real
engine runtime with its demo line and a silent softphone, docks the panel in the real main
window offscreen as the demo's first admin, and works one call as an agent would, through
the panel's own session: Available, a prompt (picture), accept and talk a few seconds
(picture), hang up, press 7 and type a note (picture). The three pictures of the panel go
side by side into ``powercall.png``; the shortcuts dialog into ``keyboard-shortcuts.png``.

Usage: ``QT_QPA_PLATFORM=offscreen python docs/powercall_screenshots.py [OUT_DIR]``
(``make screenshots`` runs every picture script).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kixie_desktop.app import powercall_panel, window_context  # noqa: E402
from kixie_desktop.composition import open_backend  # noqa: E402
from kixie_desktop.domain.cadence import (  # noqa: E402
    CadenceDefinition,
    CadenceSettings,
    CallAction,
    DispositionRule,
    OwnerAssignment,
    RuleAction,
)
from kixie_desktop.domain.calls import CallState  # noqa: E402
from kixie_desktop.domain.directory import NewContact  # noqa: E402
from kixie_desktop.domain.roles import Availability  # noqa: E402
from kixie_desktop.engine.agent_events import AcceptChosen, HangUpChosen  # noqa: E402
from kixie_desktop.engine.agent_states import AgentState  # noqa: E402
from kixie_desktop.gui.main_window import MainWindow  # noqa: E402
from kixie_desktop.gui.operations import BackgroundRunner  # noqa: E402
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge  # noqa: E402
from kixie_desktop.runtime import EngineRuntime  # noqa: E402

IMAGES = Path(__file__).resolve().parent / "images"
TIMEOUT_S = 30
GAP = 12


def wait(until: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not until():
        if time.monotonic() > deadline:
            raise SystemExit(f"no {what} within {TIMEOUT_S} s")
        QApplication.processEvents()
        time.sleep(0.02)


def side_by_side(shots: list[QPixmap]) -> QPixmap:
    width = sum(s.width() for s in shots) + GAP * (len(shots) - 1)
    out = QPixmap(width, max(s.height() for s in shots))
    out.fill(QApplication.palette().window().color())
    painter = QPainter(out)
    x = 0
    for shot in shots:
        painter.drawPixmap(x, 0, shot)
        x += shot.width() + GAP
    painter.end()
    return out


def main(out: Path = IMAGES) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        os.environ["KIXIE_HOME"] = str(workdir / "home")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "state"))
        backend = open_backend(f"sqlite:///{workdir / 'kixie.db'}")
        backend.seed_demo()
        admin = backend.actor()
        backend.accounts.update(admin, quiet_hours_guard=False, compliance_profiles=False)
        bridge = TelephonyBridge()
        runtime = EngineRuntime(backend, null_audio=True, on_telephony_event=bridge.post, api=None, poll_s=0.2)
        runtime.start()
        runner = BackgroundRunner()
        ctx = window_context(backend)
        window = MainWindow(ctx, runner)
        panel = powercall_panel(backend, ctx, runtime, bridge, runner)
        window.install_powercall(panel)
        window.resize(1440, 900)
        window.show()
        try:
            wait(lambda: panel.session is not None, "agent loaded")
            panel.set_availability(Availability.AVAILABLE)
            queue = next(q for q in backend.directory.queues(admin) if q.name == "Inbound Leads")
            interested = next(d.id for d in backend.dispositions.list(admin) if d.name == "Interested")
            version = backend.cadences.create(admin, CadenceDefinition(
                CadenceSettings(name="Call right away", queue_id=queue.id, assign_owner=OwnerAssignment.ON_ANSWER),
                actions=(CallAction(),), disposition_rules=(DispositionRule(interested, RuleAction.STOP),)))
            backend.cadences.set_active(admin, version.cadence_id, True)
            backend.enrollment.enroll(admin, version.cadence_id, NewContact(
                phone="+1 512 555 0177", first_name="Olivia", last_name="Garcia", company="Sunrise Homes"))
            runtime.wake()
            wait(lambda: len(panel.cards) == 1, "call prompt")
            card = next(iter(panel.cards.values()))
            wait(lambda: card.isVisible() and card.height() > 40, "the prompt laid out")
            shots = [panel.body.grab()]
            panel.forward(AcceptChosen())
            wait(lambda: panel.controls.ui.state_label.text() == "Connected 00:03", "three seconds of talk")
            shots.append(panel.body.grab())
            panel.forward(HangUpChosen())
            wait(lambda: panel.session is not None and panel.session.state is AgentState.WRAP_UP, "wrap-up")
            wait(lambda: panel.controls.state is CallState.ENDED, "end of call")
            panel.disposition_form.pick(7)
            panel.disposition_form.ui.notes_edit.setPlainText("Wants a quote for a 6 kW system")
            QApplication.processEvents()
            shots.append(panel.body.grab())
            written = [out / "powercall.png", out / "keyboard-shortcuts.png"]
            side_by_side(shots).save(str(written[0]))
            dialog = window.show_keyboard_shortcuts()
            QApplication.processEvents()
            dialog.grab().save(str(written[1]))
            dialog.close()
        finally:
            panel.stop()
            runtime.stop()
            window.close()
            runner.shutdown()
            backend.close()
    for path in written:
        print(f"wrote {path}")
    del app
    return written


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else IMAGES)
