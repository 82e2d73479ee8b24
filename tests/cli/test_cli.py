"""The command line as a user runs it: a real subprocess, real exit codes and output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from kixie_desktop import __version__
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import CadenceRow, ContactRow, QueueRow, TeamRow, UserRow


def kixie(*args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "KIXIE_HOME": str(home), **env}
    environ.pop("KIXIE_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "kixie_desktop", *args], capture_output=True,
                          text=True, env=environ, timeout=120)


def test_version(tmp_path: Path) -> None:
    out = kixie("--version", home=tmp_path)
    assert out.returncode == 0
    assert out.stdout.strip() == f"kixie-desktop {__version__}"


def test_bad_arguments_give_one_line_and_exit_2(tmp_path: Path) -> None:
    for args in (["frobnicate"], ["demo", "--bogus"], ["db"]):
        out = kixie(*args, home=tmp_path)
        assert out.returncode == 2, args
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
        assert "Traceback" not in out.stderr


def test_demo_seeds_every_kind_of_thing_once(tmp_path: Path) -> None:
    first = kixie("demo", home=tmp_path)
    assert first.returncode == 0, first.stderr
    again = kixie("demo", home=tmp_path)
    assert again.returncode == 0 and "already has a workspace" in again.stdout
    db = Database(f"sqlite:///{tmp_path / 'data' / 'kixie.db'}")
    with db.read() as s:
        roles = set(s.scalars(select(UserRow.role)))
        counts = [s.scalar(select(func.count()).select_from(m)) for m in (TeamRow, QueueRow, CadenceRow, ContactRow)]
        zones = set(s.scalars(select(ContactRow.phone)))
    db.dispose()
    assert roles == {"admin", "manager", "supervisor", "agent"}
    assert counts == [2, 2, 3, 50]
    assert len({p[:5] for p in zones}) >= 8  # contacts spread over many area codes


def test_demo_reset_starts_over(tmp_path: Path) -> None:
    assert kixie("demo", home=tmp_path).returncode == 0
    out = kixie("demo", "--reset", "--yes", home=tmp_path)
    assert out.returncode == 0 and "seeded" in out.stdout
    db = Database(f"sqlite:///{tmp_path / 'data' / 'kixie.db'}")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(CadenceRow)) == 3
    db.dispose()


def test_unreachable_database_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    out = kixie("--database", "postgresql://nobody@127.0.0.1:1/none", "db", "upgrade", home=tmp_path)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr


def test_gui_without_a_display_says_how_to_run_offscreen(tmp_path: Path) -> None:
    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = subprocess.run([sys.executable, "-m", "kixie_desktop"], capture_output=True, text=True,
                         env={**environ, "KIXIE_HOME": str(tmp_path)}, timeout=60)
    assert out.returncode == 2
    assert "QT_QPA_PLATFORM=offscreen" in out.stderr
    assert "Traceback" not in out.stderr


def test_gui_offscreen_opens_on_the_seeded_demo(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    out = kixie("gui", "--screenshot", str(shot), home=tmp_path, QT_QPA_PLATFORM="offscreen")
    assert out.returncode == 0, out.stderr
    assert shot.stat().st_size > 10_000


def test_database_may_follow_the_command(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.db"
    out = kixie("demo", "--database", f"sqlite:///{target}", home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert target.exists() and not (tmp_path / "data" / "kixie.db").exists()
    listed = kixie("cadence", "list", "--database", f"sqlite:///{target}", home=tmp_path)
    assert listed.returncode == 0 and "Speed to Lead" in listed.stdout
