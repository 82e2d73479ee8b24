"""The desktop app: takes the services from the composition root, builds the engine
runtime, the Qt application and the main window, and wires them. On an empty database it
first asks whether to create a workspace or explore the demo.

Start-up is ordered for the first paint (docs/decisions.md, 42): the window is built and
painted with the Cadences table's rows first; only then does the engine runtime (engine,
SIP, API) start, on a ``BackgroundRunner`` worker, its state shown in the status bar. This
module imports nothing of the runtime's heavy parts (pjsua2, aiohttp, requests, the
keyring, Alembic when the schema is current) before that.

Threads (docs/decisions.md, 28): the Qt main thread runs widgets only; the runtime's SIP
thread's events reach the widgets as queued signals through ``TelephonyBridge``. An
exception nobody caught, on any thread, goes to the log and the bug dialog. On quit,
everything stops in order: the PowerCall panel, the runtime (API, engine, SIP), the
workers, the database.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.action_tables.tabs import ActionTablesContext
from kixie_desktop.gui.analytics.tab import AnalyticsContext
from kixie_desktop.gui.contacts.tab import ContactsContext
from kixie_desktop.gui.lead_control.actions import LeadControlContext
from kixie_desktop.gui.error_dialog import BugReports
from kixie_desktop.gui.main_window import MainWindow, WindowContext
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.panel import PowerCallPanel, PowerCallServices
from kixie_desktop.gui.powercall.phone_line import PhoneLine
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.startup.engine_status import EngineStatus
from kixie_desktop.gui.startup.first_paint import FirstPaintWithRows
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
                         analytics=AnalyticsContext(actor, account.timezone, backend.analytics,
                                                    backend.cadences, backend.directory),
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


# The engine starts once the Cadences table has painted its rows; if they never come (the
# database refused the query), it starts this long after the window anyway.
ENGINE_START_FALLBACK_MS = 3_000
# An unattended run whose table never fills (the database refused the query) gives up.
UNATTENDED_TIMEOUT_MS = 120_000


def run_app(database_url: str | None = None, screenshot: str | None = None,
            when_painted: Callable[[int], None] | None = None) -> int:
    """The desktop app until its window closes. ``screenshot`` and ``when_painted`` make it
    unattended: once the Cadences table is painted with its rows, it saves the picture and
    calls ``when_painted`` with the row count, then quits (1 when the rows never came); the
    engine does not start."""
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kixie Desktop")
    backend = open_backend(database_url)
    if os.environ.get("KIXIE_HOME"):
        # Window state goes where KIXIE_HOME puts everything else (tests, the self-test).
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(backend.paths.config_dir))
    runner = BackgroundRunner()
    unattended = bool(screenshot) or when_painted is not None
    if backend.accounts.current() is None:
        # A picture of the window is taken unattended: it shows the demo.
        if unattended:
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
    status = EngineStatus(window.statusBar(), bridge)
    first_paint = FirstPaintWithRows(window.ui.cadences_view, window.cadences_loaded)
    started = False

    def start_engine() -> None:
        nonlocal started
        if started:
            return
        started = True
        runner.run(runtime.start, lambda _: _show_running(window, status, runtime),
                   lambda error: _show_failed(window, status, str(error)))

    painted_rows: list[int] = []

    def finish_unattended(rows: int) -> None:
        painted_rows.append(rows)
        if screenshot:
            window.grab().save(str(Path(screenshot)))
        if when_painted is not None:
            when_painted(rows)
        app.quit()

    if unattended:
        first_paint.painted.connect(finish_unattended)
        _after(window, UNATTENDED_TIMEOUT_MS, app.quit)
    else:
        first_paint.painted.connect(start_engine)
        _after(window, ENGINE_START_FALLBACK_MS, start_engine)
    window.show()
    try:
        app.exec()
        return 1 if unattended and not painted_rows else 0
    finally:
        panel.stop()
        if started:
            runtime.stop()
        runner.shutdown()
        restore_hooks()
        backend.close()


def _after(owner: MainWindow, ms: int, then: Callable[[], None]) -> None:
    """Call ``then`` once after ``ms``, unless ``owner`` is gone by then."""
    timer = QTimer(owner, singleShot=True, interval=ms)
    timer.timeout.connect(then)
    timer.start()


def print_painted_moment(rows: int) -> None:
    """For bench/cold_start.py: the wall-clock moment the rows were painted (the benchmark
    measures from its own clock reading just before it started this process)."""
    print(f"painted-with-rows {time.time():.6f} {rows}", flush=True)


def qt_platform_plugins() -> dict[str, Path]:
    """The windowing-system plugins Qt can load here, by name: "xcb", "wayland", "offscreen",
    "windows", "cocoa"… (the self-test checks that a bundle carries the ones it needs).
    Call it once a ``QApplication`` exists: plugin folders are known from then."""
    found: dict[str, Path] = {}
    for folder in QCoreApplication.libraryPaths():
        platforms = Path(folder) / "platforms"
        if platforms.is_dir():
            for plugin in sorted(platforms.iterdir()):
                if plugin.suffix in (".so", ".dll", ".dylib"):
                    name = plugin.stem.removeprefix("lib").removeprefix("q")
                    found.setdefault(name, plugin)
    return found


def _show_running(window: MainWindow, status: EngineStatus, runtime: EngineRuntime) -> None:
    api = (f"The HTTP API listens on port {runtime.api_port}." if runtime.api_port
           else runtime.api_error or "The HTTP API is off.")
    status.running(demo_line=runtime.demo_peer is not None, detail=api)
    if runtime.api_error:
        window.statusBar().showMessage(runtime.api_error, 15_000)


def _show_failed(window: MainWindow, status: EngineStatus, reason: str) -> None:
    status.failed(reason)
    window.statusBar().showMessage(f"Engine not started: {reason}", 15_000)
