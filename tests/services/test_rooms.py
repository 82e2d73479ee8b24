"""The services' rooms stay findable: one package per capability, each saying which, and
only the shared base beside them."""

from __future__ import annotations

import ast
from pathlib import Path

import kixie_desktop.services

SERVICES = Path(kixie_desktop.services.__file__).parent


def test_every_service_lives_in_the_package_of_its_capability() -> None:
    flat = {p.stem for p in SERVICES.glob("*.py")}
    assert flat <= {"__init__", "base", "clock"}, f"put {sorted(flat - {'__init__', 'base', 'clock'})} in a package"
    for room in (p for p in SERVICES.iterdir() if p.is_dir() and p.name != "__pycache__"):
        doc = ast.get_docstring(ast.parse((room / "__init__.py").read_text()))
        assert doc, f"services/{room.name}/__init__.py says what capability it holds"
