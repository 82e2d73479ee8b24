"""docs/settings_screenshots.py keeps working: one picture per page the window lists."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

DOCS = Path(__file__).resolve().parents[3] / "docs"


def test_every_settings_page_gets_its_picture(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIXIE_HOME", str(tmp_path / "home"))  # the script points it elsewhere; restored after
    spec = importlib.util.spec_from_file_location("settings_screenshots", DOCS / "settings_screenshots.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    from kixie_desktop.gui.settings.window import PAGES

    written = script.main(tmp_path / "images")

    assert [p.name for p in written] == [f"settings-{script.slug(page.TITLE)}.png" for page in PAGES]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == script.SIZE
