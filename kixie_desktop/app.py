"""The desktop app: takes the services from the composition root, builds the engine
runtime, the Qt application and the main window, and wires them. On an empty database it
first asks whether to create a workspace or explore the demo.

Threads (docs/decisions.md, 28): the Qt main thread runs widgets only; the engine
runtime starts on a ``BackgroundRunner`` worker once the window is up, and its SIP
thread's events reach the widgets as queued signals through ``TelephonyBridge``. An
exception nobody caught, on any thread, goes to the log and the bug dialog. On quit,
everything stops in order: the PowerCall panel, the runtime (API, engine, SIP), the
workers, the database.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.action_tables.tabs import ActionTablesContext
from kixie_desktop.gui.contacts.tab import ContactsContext
from kixie_desktop.gui.lead_control.actions import LeadControlContext
from kixie_desktop.gui.error_dialog import BugReports
from kixie_desktop.gui.main_window import MainWindow, WindowContext
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.panel import PowerCallPanel, PowerCallServices
from kixie_desktop.gui.powercall.phone_line import PhoneLine
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.workspace.first_run import choose_workspace
from kixie_desktop.logging_setup import install_excepthooks
from kixie_desktop.runtime import EngineRuntime

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
    """``on_enrolled`` wakes the engine: after an enrollment, and when a lead's action became
    due now (resumed, run now, a text sent again)."""
    actor = backend.actor()
    account = backend.accounts.get(actor)
    leads = LeadControlContext(actor, ZoneInfo(account.timezone), backend.pausing, backend.unenroll,
                               backend.run_now, backend.unknown_sms, on_enrolled)
    return WindowContext(actor=actor, account_name=account.name, account_zone=account.timezone,
                         database_label=backend.db.where, cadences=backend.cadences,
                         cadence_files=backend.cadence_files,
                         accounts=backend.accounts, directory=backend.directory,
                         templates=backend.templates, dispositions=backend.dispositions,
                         action_tables=ActionTablesContext(
                             actor, ZoneInfo(account.timezone), backend.action_table, backend.action_export,
                             lambda: backend.cadences.list(actor), leads),
                         contact_import=backend.contact_import, webhooks=backend.webhooks,
                         api_tokens=backend.api_tokens,
                         contacts=ContactsContext(actor, account.timezone, backend.contact_history,
                                                  backend.contacts, backend.enrollment, backend.cadences,
                                                  leads, backend.recordings, backend.contact_deletion,
                                                  on_enrolled),
                         settings=SettingsContext(actor, backend.accounts, backend.directory, backend.templates,
                                                  backend.dispositions, backend.workstation, backend.greetings))


def build_runtime(backend: Backend, bridge: TelephonyBridge) -> EngineRuntime:
    settings = backend.settings
    offscreen = os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    return EngineRuntime(backend, null_audio=offscreen, on_telephony_event=bridge.post,
                         api=(settings.api_host, settings.api_port) if settings.api_enabled else None)


def powercall_panel(backend: Backend, ctx: WindowContext, runtime: EngineRuntime, bridge: TelephonyBridge,
                    runner: BackgroundRunner) -> PowerCallPanel:
    services = PowerCallServices(ctx.actor, backend.powercall, backend.directory, backend.dispositions,
                                 backend.greetings, backend.recordings)
    # The runtime starts later, on a worker thread: the panel reads its softphone at each call.
    return PowerCallPanel(services, PhoneLine(runtime, backend.settings.sip.domain), bridge, runner)


def run_app(database_url: str | None = None, screenshot: str | None = None) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    backend = open_backend(database_url)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kixie Desktop")
    runner = BackgroundRunner()
    if backend.accounts.current() is None:
        # A picture of the window is taken unattended: it shows the demo.
        if screenshot:
            backend.seed_demo()
        elif not choose_workspace(backend.workspace, backend.seed_demo, runner):
            runner.shutdown()
            backend.close()
            return 0
        log.info("first start: workspace set up")
    bridge = TelephonyBridge()
    runtime = build_runtime(backend, bridge)
    ctx = window_context(backend, on_enrolled=runtime.wake)
    window = MainWindow(ctx, runner)
    restore_hooks = install_excepthooks(on_bug=BugReports(window).report)
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
    try:
        app.exec()
        return 0
    finally:
        panel.stop()
        if started:
            runtime.stop()
        runner.shutdown()
        restore_hooks()
        backend.close()


def _engine_status(runtime: EngineRuntime) -> str:
    line = "Demo line" if runtime.demo_peer is not None else "SIP account"
    api = (f"API on port {runtime.api_port}" if runtime.api_port
           else runtime.api_error or "API off")
    return f"Engine running · {line} · {api}"


