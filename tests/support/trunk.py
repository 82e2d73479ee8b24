"""The demo workspace calling out through a SIP account whose far end is a SIPp peer, for
PowerCall tests that check what crossed the wire: the account saved the way the Phone page
saves it (config.toml, used from the next start), the engine runtime registering it on the
session's softphone, and the panel helpers of ``tests/gui/powercall/test_panel.py``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.composition import open_backend
from kixie_desktop.domain.workstation import SipAccountSetup
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge
from kixie_desktop.runtime import EngineRuntime
from kixie_desktop.storage.models import CallRecordRow
from tests.gui.powercall.test_panel import WAIT_MS, Demo
from tests.support.softphone import EventLog
from tests.telephony.sipp_runner import SippUas


@contextmanager
def demo_on_trunk(tmp_path: Path, softphone: Any, events: EventLog, uas: SippUas,
                  **account: Any) -> Iterator[Demo]:
    """``account``: settings of the demo account to change first (besides always-open hours)."""
    url = f"sqlite:///{tmp_path / 'kixie.db'}"
    setup = open_backend(url)
    setup.seed_demo()
    setup.accounts.update(setup.actor(), quiet_hours_guard=False, compliance_profiles=False, **account)
    setup.workstation.save_phone_account(SipAccountSetup(f"127.0.0.1:{uas.port}", "agent"), no_password=True)
    setup.close()
    backend = open_backend(url)
    runtime = EngineRuntime(backend, softphone=softphone, api=None, poll_s=0.2)
    runtime.start()
    bridge = TelephonyBridge()
    unsubscribe = events.subscribe(bridge.post)
    demo = Demo(backend, runtime, bridge, events, [], [], [])
    try:
        yield demo
    finally:
        unsubscribe()
        for panel in demo.panels:
            panel.stop()
        runtime.stop()
        for runner in demo.runners:
            runner.shutdown()
        backend.close()
    assert not demo.bugs, demo.bugs[0]


def closed_record(qtbot: QtBot, demo: Demo,
                  ready: Callable[[CallRecordRow], bool] = lambda row: row.ended_at is not None) -> CallRecordRow:
    """The workspace's one call record, once the panel's worker has written it as ``ready`` says
    (closed, by default)."""
    def found() -> CallRecordRow | None:
        with demo.backend.db.read() as s:
            row = s.scalars(select(CallRecordRow)).one_or_none()
        return row if row is not None and ready(row) else None

    qtbot.waitUntil(lambda: found() is not None, timeout=WAIT_MS)
    record = found()
    assert record is not None
    return record
