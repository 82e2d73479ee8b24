"""The GUI's rooms stay findable: one package per face with a docstring saying which, a
small shared core beside them, and values from the domain rather than the services' ports."""

from __future__ import annotations

import ast
from pathlib import Path

import kixie_desktop.gui

GUI = Path(kixie_desktop.gui.__file__).parent
CORE = {"__init__", "build_forms", "error_dialog", "fields", "formatting", "main_window", "message_line",
        "operations", "row_list_model", "shown_once"}


def _modules() -> list[Path]:
    return [p for p in GUI.rglob("*.py") if "forms" not in p.relative_to(GUI).parts]


def test_every_room_says_what_it_is() -> None:
    rooms = [p for p in GUI.iterdir() if p.is_dir() and p.name not in ("forms", "__pycache__")]
    assert rooms
    for room in rooms:
        init = room / "__init__.py"
        assert init.exists(), f"gui/{room.name}/ needs an __init__.py"
        doc = ast.get_docstring(ast.parse(init.read_text()))
        assert doc and "\n" not in doc, f"gui/{room.name}/__init__.py: one line saying what room it is"


def test_the_flat_core_stays_small() -> None:
    flat = {p.stem for p in GUI.glob("*.py")}
    assert flat <= CORE, f"put {sorted(flat - CORE)} into the room (package) of its face"


def test_widgets_take_values_from_the_domain_not_from_the_ports() -> None:
    offenders = []
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom)
                     else [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            offenders += [f"{path.relative_to(GUI)}: {n}" for n in names
                          if n.startswith("kixie_desktop.services.ports")]
    assert offenders == []
