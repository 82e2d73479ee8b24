"""Compile ``ui/*.ui`` into ``gui/forms/`` and ``resources/kixie.qrc`` into a resource module.

Run with ``make forms`` after editing a form in Qt Designer; the output is
committed, and ``tests/gui/test_forms_drift.py`` fails when it is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).parent / "forms"
QRC = ROOT / "resources" / "kixie.qrc"
RESOURCE_MODULE = FORMS_DIR / "resources_rc.py"


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def compile_form(ui: Path) -> str:
    out = subprocess.run([_tool("pyside6-uic"), "--from-imports", str(ui)], check=True,
                         capture_output=True, text=True).stdout
    return out


def compile_resources() -> str:
    # Format 1 carries no file timestamps, so a fresh checkout compiles to the same bytes.
    return subprocess.run([_tool("pyside6-rcc"), "--format-version", "1", str(QRC)], check=True,
                          capture_output=True, text=True).stdout


def expected_outputs() -> dict[Path, str]:
    outputs = {FORMS_DIR / f"ui_{ui.stem}.py": compile_form(ui) for ui in sorted(UI_DIR.glob("*.ui"))}
    outputs[RESOURCE_MODULE] = compile_resources()
    return outputs


def main() -> int:
    FORMS_DIR.mkdir(exist_ok=True)
    (FORMS_DIR / "__init__.py").write_text('"""Generated from ui/*.ui by build_forms.py; do not edit."""\n')
    for path, text in expected_outputs().items():
        path.write_text(text)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
