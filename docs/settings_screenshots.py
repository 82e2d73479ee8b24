"""Pictures of every page of the settings window (Manage ▸ Settings…), re-runnable.

Seeds the demo workspace in a throwaway directory, opens the real main window and its
settings window offscreen as the demo's admin, shows each page in turn — every page the
window lists, so a new page gets its picture without touching this script — waits until
the page has loaded its data through its service, and saves it with ``widget.grab()``.

Usage: ``QT_QPA_PLATFORM=offscreen python docs/settings_screenshots.py [OUT_DIR]`` →
``docs/images/settings-<page>.png`` (``make screenshots`` runs both picture scripts).
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kixie_desktop.app import window_context  # noqa: E402
from kixie_desktop.composition import open_backend  # noqa: E402
from kixie_desktop.gui.main_window import MainWindow  # noqa: E402
from kixie_desktop.gui.operations import BackgroundRunner  # noqa: E402
from kixie_desktop.gui.settings.page import SettingsPage  # noqa: E402

IMAGES = Path(__file__).resolve().parent / "images"
SIZE = (1100, 720)
TIMEOUT_MS = 20_000


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


def _shown(page: SettingsPage, show: object) -> bool:
    """Show the page and wait for its data; False when it never came (the picture would lie)."""
    loop = QEventLoop()
    done: list[bool] = []
    page.loaded.connect(lambda: (done.append(True), loop.quit()))
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    show()  # type: ignore[operator]
    if not done:
        loop.exec()
    QApplication.processEvents()
    return bool(done)


def main(out: Path = IMAGES) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        os.environ["KIXIE_HOME"] = str(workdir / "home")
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(workdir / "state"))
        backend = open_backend(f"sqlite:///{workdir / 'kixie.db'}")
        backend.seed_demo()
        runner = BackgroundRunner()
        window = MainWindow(window_context(backend), runner)
        window.show()
        settings = window.open_settings()
        settings.resize(*SIZE)
        out.mkdir(parents=True, exist_ok=True)
        for title, page in settings.pages.items():
            if not _shown(page, lambda t=title, p=page: (settings.open_page(t), p.load())):
                raise SystemExit(f"the {title} page did not load within {TIMEOUT_MS // 1000} s")
            path = out / f"settings-{slug(title)}.png"
            settings.grab().save(str(path))
            written.append(path)
            print(f"wrote {path}")
        settings.close()
        window.close()
        runner.shutdown()
        backend.close()
    del app
    return written


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else IMAGES)
