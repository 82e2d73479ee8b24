"""`workspace create` and a `demo --reset` that cannot lose a team's work by accident: real
processes on a real database file, and a real headless engine holding it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import ApiTokenRow, CadenceRow, ContactRow
from tests.cli.test_cli import kixie


def counts(home: Path) -> tuple[int, int, int]:
    db = Database(f"sqlite:///{home / 'data' / 'kixie.db'}")
    try:
        with db.read() as s:
            return tuple(s.scalar(select(func.count()).select_from(t)) or 0  # type: ignore[return-value]
                         for t in (CadenceRow, ContactRow, ApiTokenRow))
    finally:
        db.dispose()


def test_a_reset_by_an_agent_or_unconfirmed_deletes_nothing(tmp_path: Path) -> None:
    assert kixie("demo", home=tmp_path).returncode == 0
    assert kixie("token", "create", "zapier", home=tmp_path).returncode == 0
    before = counts(tmp_path)
    assert before[0] == 3 and before[1] > 0 and before[2] == 1

    as_agent = kixie("demo", "--reset", "--yes", home=tmp_path, KIXIE_USER="alex@acme-solar.example")
    assert as_agent.returncode == 2 and as_agent.stderr.count("\n") == 1
    assert "(agent) may not delete every record of the workspace" in as_agent.stderr
    unconfirmed = kixie("demo", "--reset", home=tmp_path)  # no terminal to type the name in
    assert unconfirmed.returncode == 2 and "add --yes" in unconfirmed.stderr
    assert counts(tmp_path) == before


def test_a_reset_waits_for_the_engine_to_stop(tmp_path: Path) -> None:
    assert kixie("demo", home=tmp_path).returncode == 0
    environ = {**os.environ, "KIXIE_HOME": str(tmp_path)}
    environ.pop("KIXIE_DATABASE_URL", None)
    engine = subprocess.Popen([sys.executable, "-m", "kixie_desktop", "engine", "--no-api"], env=environ,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert engine.stdout is not None
        while "running on" not in engine.stdout.readline():  # pjsua prints its start-up lines first
            assert engine.poll() is None, "the engine exited"
        before = counts(tmp_path)
        refused = kixie("demo", "--reset", "--yes", home=tmp_path)
        assert refused.returncode == 2 and "an engine is running on this database" in refused.stderr
        assert counts(tmp_path) == before
    finally:
        engine.terminate()
        engine.wait(60)
    out = kixie("demo", "--reset", "--yes", home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "workspace 'Acme Solar (demo)' deleted" in out.stdout and "seeded" in out.stdout


def test_workspace_create_sets_up_an_empty_database_once(tmp_path: Path) -> None:
    out = kixie("workspace", "create", "--name", "Blue Ridge Roofing", "--time-zone", "America/New_York",
                "--admin-name", "Rosa Parks", "--admin-email", "Rosa@BlueRidge.example", home=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "'Blue Ridge Roofing' created in America/New_York; its first admin is rosa@blueridge.example" \
        in out.stdout
    listed = kixie("cadence", "list", home=tmp_path)
    assert listed.returncode == 0 and listed.stdout.strip() == "ID  NAME  ACTIVE  VERSION"
    again = kixie("workspace", "create", "--name", "Other", "--time-zone", "UTC", "--admin-name", "X",
                  "--admin-email", "x@other.example", home=tmp_path)
    assert again.returncode == 2 and "already has an account" in again.stderr


def test_workspace_create_refuses_bad_input_in_one_line(tmp_path: Path) -> None:
    for args, words in ((["--time-zone", "Mars/Olympus", "--admin-email", "a@b.example"], "IANA time zone"),
                        (["--time-zone", "UTC", "--admin-email", "peter@@example.com"], "not an email address")):
        out = kixie("workspace", "create", "--name", "Acme", "--admin-name", "Ada", *args, home=tmp_path)
        assert out.returncode == 2 and out.stderr.count("\n") == 1 and words in out.stderr, out.stderr
    assert counts(tmp_path) == (0, 0, 0)
