"""The composition root of the desktop app: builds the backend, the Qt application
and the main window, and wires them. Seeds the demo workspace on first start.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.main_window import MainWindow, WindowContext
from kixie_desktop.gui.operations import BackgroundRunner

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


def window_context(backend: Backend) -> WindowContext:
    actor = backend.actor()
    account = backend.accounts.get(actor)
    return WindowContext(actor=actor, account_name=account.name, account_zone=account.timezone,
                         database_label=backend.db.safe_url, cadences=backend.cadences)


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
    runner = BackgroundRunner()
    window = MainWindow(window_context(backend), runner)
    if screenshot:
        window.cadences_loaded.connect(lambda _: (window.grab().save(str(Path(screenshot))), app.quit()))
    window.show()
    try:
        return app.exec()
    finally:
        runner.shutdown()
        backend.close()
