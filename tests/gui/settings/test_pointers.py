"""Every message that sends people to a settings page names one the settings window has."""

from __future__ import annotations

import re
from pathlib import Path

import kixie_desktop
from kixie_desktop.gui.settings.window import PAGES

POINTER = re.compile(r"Manage ▸ Settings ▸ ([A-Z]\w*(?: [A-Z]\w*)*)")


def test_pointers_to_settings_pages_name_pages_that_exist() -> None:
    titles = {page.TITLE for page in PAGES}
    root = Path(kixie_desktop.__file__).parent
    pointers = {(path.relative_to(root).as_posix(), title)
                for path in root.rglob("*.py") for title in POINTER.findall(path.read_text(encoding="utf-8"))}
    assert {"Phone", "SMS Provider"} <= {title for _, title in pointers}
    assert [p for p in sorted(pointers) if p[1] not in titles] == []
