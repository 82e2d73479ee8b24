"""The command line imports a command's module only when that command runs (cli/main.py):
the table of commands matches what the modules declare, help reads the same either way,
and the desktop app and a command load none of what they do not use."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kixie_desktop.cli.main import ALL_MODULES, COMMANDS, build_parser, modules_for


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_the_table_names_every_command_in_the_order_help_lists_them() -> None:
    assert list(_commands(build_parser())) == ["gui", *COMMANDS]
    for module in ALL_MODULES:
        declared = [name for name in _commands(build_parser([module])) if name != "gui"]
        assert declared == [name for name, owner in COMMANDS.items() if owner == module], module


@pytest.mark.parametrize("command", ["gui", *COMMANDS])
def test_a_command_reads_the_same_help_when_only_its_module_is_loaded(command: str) -> None:
    full = _commands(build_parser())[command]
    alone = _commands(build_parser(modules_for([command])))[command]
    assert alone.format_help() == full.format_help()


@pytest.mark.parametrize(("argv", "modules"), [
    ([], ()),
    (["gui", "--screenshot", "x.png"], ()),
    (["-v", "--database", "sqlite:///user.db", "user", "list"], ("admin_commands",)),
    (["--data", "sqlite:///x.db", "cadence", "list"], ("cadence_commands",)),
    (["--database=sqlite:///x.db", "engine"], ("engine_command",)),
    (["sms-provider", "show", "--help"], ("settings_commands",)),
    (["--help"], ALL_MODULES),
    (["-v", "-h", "user"], ALL_MODULES),
    (["frobnicate"], ALL_MODULES),
    (["--self-test"], ()),
])
def test_the_modules_an_argument_list_needs(argv: list[str], modules: tuple[str, ...]) -> None:
    assert modules_for(argv) == modules


def test_help_lists_every_command(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "kixie_desktop", "--help"], capture_output=True, text=True,
                         env={**os.environ, "KIXIE_HOME": str(tmp_path)}, timeout=60)
    assert out.returncode == 0, out.stderr
    for command in ("gui", *COMMANDS):
        assert f"    {command} " in out.stdout or f"    {command}\n" in out.stdout, command


def _imported_after(code: str, home: Path) -> set[str]:
    probe = (f"{code}\nimport json, sys\n"
             "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} | set(sys.modules))))")
    env = {**os.environ, "KIXIE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _seed_demo(home: Path) -> None:
    seeded = subprocess.run([sys.executable, "-m", "kixie_desktop", "demo"], capture_output=True, text=True,
                            env={**os.environ, "KIXIE_HOME": str(home)}, timeout=120)
    assert seeded.returncode == 0, seeded.stderr


def test_a_command_loads_its_module_and_the_database_only(tmp_path: Path) -> None:
    _seed_demo(tmp_path)
    loaded = _imported_after("from kixie_desktop.cli.main import main\nassert main(['cadence', 'list']) == 0",
                             tmp_path)
    assert "sqlalchemy" in loaded and "kixie_desktop.cli.cadence_commands" in loaded
    # No Qt, no HTTP, no SIP, no keyring, and no Alembic: the schema is current.
    assert loaded.isdisjoint({"PySide6", "aiohttp", "requests", "keyring", "alembic", "psycopg", "pjsua2"})
    assert loaded.isdisjoint({"kixie_desktop.cli.admin_commands", "kixie_desktop.cli.engine_command",
                              "kixie_desktop.cli.call_command", "kixie_desktop.cli.settings_commands"})


def test_the_app_paints_without_the_runtime_s_libraries_or_other_commands(tmp_path: Path) -> None:
    """What `kixie-desktop gui` imports until its window is painted with the cadences: Qt and
    the database, none of what the engine runtime starts afterwards, and no Alembic (the
    schema is current)."""
    _seed_demo(tmp_path)
    loaded = _imported_after("from kixie_desktop.cli.main import main\n"
                             "assert main(['gui', '--quit-when-painted']) == 0", tmp_path)
    assert {"PySide6", "sqlalchemy", "kixie_desktop.gui.main_window"} <= loaded
    assert loaded.isdisjoint({"aiohttp", "requests", "keyring", "alembic", "psycopg", "pjsua2", "email_validator",
                              "kixie_desktop.api", "kixie_desktop.telephony.softphone",
                              "kixie_desktop.cli.admin_commands", "kixie_desktop.cli.engine_command"})
