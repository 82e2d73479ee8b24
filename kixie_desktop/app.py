"""The composition root of the desktop app: builds the backend, the engine runtime, the
Qt application on a qasync loop and the main window, and wires them. Seeds the
demo workspace on first start.

The engine runtime starts on a worker thread once the window is up (never on the
Qt thread), and stops in order when the app quits.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import qasync
from PySide6.QtWidgets import QApplication

from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.action_tables.tabs import ActionTablesContext
from kixie_desktop.gui.contacts.tab import ContactsContext
from kixie_desktop.gui.main_window import MainWindow, WindowContext
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.panel import PowerCallPanel, PowerCallServices
from kixie_desktop.gui.powercall.phone_line import PhoneLine
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge
from kixie_desktop.runtime import EngineRuntime
from kixie_desktop.services.action_table import ActionTableService
from kixie_desktop.services.api_tokens import ApiTokenService
from kixie_desktop.services.contact_history import ContactHistoryService
from kixie_desktop.services.contact_import import ContactImportService
from kixie_desktop.services.csv_export import ActionExport
from kixie_desktop.services.powercall import PowerCallService
from kixie_desktop.services.webhooks import WebhookService

log = logging.getLogger(__name__)

NO_DISPLAY = (
    "kixie-desktop: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
    "Run it offscreen instead:  QT_QPA_PLATFORM=offscreen make run\n"
    "or take a picture of the window:  QT_QPA_PLATFORM=offscreen .venv/bin/kixie-desktop gui --screenshot window.png"
)


def has_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    if sys.platform != "linux" or environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def window_context(backend: Backend, on_enrolled: Callable[[], None] = lambda: None) -> WindowContext:
    actor = backend.actor()
    account = backend.accounts.get(actor)
    return WindowContext(actor=actor, account_name=account.name, account_zone=account.timezone,
                         database_label=backend.db.safe_url, cadences=backend.cadences,
                         accounts=backend.accounts, directory=backend.directory,
                         templates=backend.templates, dispositions=backend.dispositions,
                         action_tables=ActionTablesContext(
                             actor, ZoneInfo(account.timezone), ActionTableService(backend.store, backend.clock),
                             ActionExport(backend.store, backend.clock), lambda: backend.cadences.list(actor)),
                         contact_import=ContactImportService(backend.store, backend.clock, backend.enrollment),
                         webhooks=WebhookService(backend.store, backend.clock, backend.secrets),
                         api_tokens=ApiTokenService(backend.store, backend.clock),
                         contacts=ContactsContext(actor, account.timezone,
                                                  ContactHistoryService(backend.store, backend.clock),
                                                  backend.contacts, backend.enrollment, backend.cadences,
                                                  on_enrolled))


def build_runtime(backend: Backend, bridge: TelephonyBridge) -> EngineRuntime:
    settings = backend.settings
    offscreen = os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    return EngineRuntime(backend, null_audio=offscreen, on_telephony_event=bridge.post,
                         api=(settings.api_host, settings.api_port) if settings.api_enabled else None)


def powercall_panel(backend: Backend, ctx: WindowContext, runtime: EngineRuntime, bridge: TelephonyBridge,
                    runner: BackgroundRunner) -> PowerCallPanel:
    services = PowerCallServices(ctx.actor, PowerCallService(backend.store, backend.clock, backend.enrollment,
                                                             backend.crm_jobs),
                                 backend.directory, backend.dispositions)
    # The runtime starts later, on a worker thread: the panel reads its softphone at each call.
    return PowerCallPanel(services, PhoneLine(runtime, backend.settings.sip.domain), bridge, runner)


def run_app(database_url: str | None = None, screenshot: str | None = None) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    backend = open_backend(database_url)
    if backend.accounts.current() is None:
        backend.seed_demo()
        log.info("first start: demo workspace seeded")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kixie Desktop")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    runner = BackgroundRunner()
    bridge = TelephonyBridge()
    runtime = build_runtime(backend, bridge)
    ctx = window_context(backend, on_enrolled=runtime.wake)
    window = MainWindow(ctx, runner)
    panel = powercall_panel(backend, ctx, runtime, bridge, runner)
    window.install_powercall(panel)
    started = False
    if screenshot:
        # A picture of the window needs no engine: take it once the table is filled.
        window.cadences_loaded.connect(lambda _: (window.grab().save(str(Path(screenshot))), app.quit()))
    else:
        started = True
        runner.run(runtime.start, lambda _: window.statusBar().showMessage(_engine_status(runtime), 15_000),
                   lambda error: window.statusBar().showMessage(f"Engine not started: {error}"))
    window.show()
    quitting = asyncio.Event()
    app.aboutToQuit.connect(quitting.set)
    try:
        with loop:
            loop.run_until_complete(quitting.wait())
        return 0
    finally:
        panel.stop()
        if started:
            runtime.stop()
        runner.shutdown()
        backend.close()


def _engine_status(runtime: EngineRuntime) -> str:
    line = "Demo line" if runtime.demo_peer is not None else "SIP account"
    api = (f"API on port {runtime.api_port}" if runtime.api_port
           else runtime.api_error or "API off")
    return f"Engine running · {line} · {api}"


