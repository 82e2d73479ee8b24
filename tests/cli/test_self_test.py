"""`kixie-desktop --self-test`, the check the bundle runs (make package-test), run here from
the source tree: the same code, without PyInstaller. A subprocess, since pjsua2 allows one
endpoint per process and the test session has its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kixie_desktop.cli.self_test import SelfTestFailed, run_checks


def test_the_self_test_checks_database_window_and_phone_and_leaves_the_user_s_files_alone(tmp_path: Path) -> None:
    home, workspace = tmp_path / "home", tmp_path / "workspace"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "KIXIE_", "QT_QPA"))}
    # The person's own workspace, which the self-test must never open.
    env.update(HOME=str(home), KIXIE_HOME=str(workspace), KIXIE_DATABASE_URL=f"sqlite:///{workspace / 'mine.db'}")
    out = subprocess.run([sys.executable, "-m", "kixie_desktop", "--self-test"], capture_output=True, text=True,
                         env=env, timeout=180)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = [line for line in out.stdout.splitlines() if line.startswith(("ok  ", "self-test"))]
    assert [line.split(":")[0] for line in lines] == ["ok  database", "ok  window", "ok  phone", "self-test passed"]
    assert "demo workspace with 3 cadences" in lines[0]
    assert "painted offscreen with 3 cadences" in lines[1] and "xcb" in lines[1]
    assert "the demo line answered a call" in lines[2] and "connected" in lines[2]
    assert not workspace.exists()
    assert list(home.iterdir()) == []  # nothing under the user's home: no config, window state or logs


def test_a_command_beside_the_self_test_is_refused_in_one_line(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "kixie_desktop", "--self-test", "demo"], capture_output=True,
                         text=True, env={**os.environ, "KIXIE_HOME": str(tmp_path)}, timeout=60)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "scratch database" in out.stderr


def test_the_first_failing_check_is_one_line_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    ran: list[str] = []

    def fails() -> str:
        ran.append("window")
        raise SelfTestFailed("the Cadences table was\npainted empty")

    checks = [("database", lambda: ran.append("database") or "fine"), ("window", fails),
              ("phone", lambda: ran.append("phone") or "fine")]
    assert run_checks(checks) == 1
    out = capsys.readouterr()
    assert ran == ["database", "window"]  # it stops at the first failure
    assert out.out.startswith("ok  database: fine")
    assert out.err == "kixie-desktop: self-test failed: window: the Cadences table was painted empty\n"
