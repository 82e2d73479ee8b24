"""Render the app icon (resources/icons/kixie.svg) into the files installers want:
``kixie.ico`` (Windows) and ``kixie.icns`` (macOS), 256 px, plus ``kixie-256.png``.

``python packaging/icons.py OUT_DIR``; the spec runs it on Windows and macOS at build
time with Qt's own image writers, so no binary icon is committed beside its source.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parents[1] / "resources" / "icons" / "kixie.svg"
SIZE = 256


def render(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    written = []
    for name, fmt in (("kixie.ico", "ICO"), ("kixie.icns", "ICNS"), ("kixie-256.png", "PNG")):
        path = out / name
        if not image.save(str(path), fmt):
            raise SystemExit(f"Qt could not write {path} (no {fmt} image plugin?)")
        written.append(path)
    return written


if __name__ == "__main__":
    app = QGuiApplication(sys.argv[:1])
    for path in render(Path(sys.argv[1])):
        print(path)
