"""`kixie-desktop token create|revoke|list` and `cadence list` as a user runs them (a real
subprocess), and a token made on the command line working against the served API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import requests

from kixie_desktop.api import ApiThread
from kixie_desktop.services.clock import system_clock
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.store import SqlStore
from tests.support.workspace import services_over


def kixie(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "KIXIE_HOME": str(home)}
    environ.pop("KIXIE_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "kixie_desktop", *args], capture_output=True,
                          text=True, env=environ, timeout=120, check=False)


def one_line_error(out: subprocess.CompletedProcess[str]) -> None:
    assert out.returncode == 2, (out.stdout, out.stderr)
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr, out.stderr


def test_token_commands_before_any_workspace_say_what_to_do(tmp_path: Path) -> None:
    out = kixie("token", "create", "zapier", home=tmp_path)
    one_line_error(out)
    assert "kixie-desktop demo" in out.stderr


def test_token_and_cadence_commands(tmp_path: Path) -> None:
    assert kixie("demo", home=tmp_path).returncode == 0

    created = kixie("token", "create", "zapier", home=tmp_path)
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert token.startswith("kx_") and len(created.stdout.splitlines()) == 1
    assert "not shown again" in created.stderr

    assert kixie("token", "create", "viewer", "--role", "agent", home=tmp_path).returncode == 0
    one_line_error(kixie("token", "create", "zapier", home=tmp_path))  # the name is taken
    one_line_error(kixie("token", "create", "x", "--role", "owner", home=tmp_path))

    listed = kixie("token", "list", home=tmp_path)
    assert listed.returncode == 0
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["NAME", "ROLE", "CREATED", "REVOKED"]
    assert [line.split()[:2] for line in lines[1:]] == [["viewer", "agent"], ["zapier", "manager"]]
    assert token not in listed.stdout

    cadences = kixie("cadence", "list", home=tmp_path)
    assert cadences.returncode == 0, cadences.stderr
    header, *rows = cadences.stdout.splitlines()
    assert header.split() == ["ID", "NAME", "ACTIVE", "VERSION"]
    assert len(rows) == 3 and all(r.split()[0].isdigit() and r.split()[-1].isdigit() for r in rows)
    assert {r.split()[-2] for r in rows} <= {"yes", "no"}

    # The token works against the API served on that database...
    db = Database(f"sqlite:///{tmp_path / 'data' / 'kixie.db'}")
    server = ApiThread(services_over(SqlStore(db), system_clock).api(enrolled=lambda: None))
    port = server.start("127.0.0.1", 0)
    try:
        url = f"http://127.0.0.1:{port}/api/v1/cadences"
        auth = {"Authorization": f"Bearer {token}"}
        answer = requests.get(url, headers=auth, timeout=10)
        assert answer.status_code == 200
        assert sorted(c["id"] for c in answer.json()["items"]) == sorted(int(r.split()[0]) for r in rows)

        # ...until it is revoked.
        revoked = kixie("token", "revoke", "zapier", home=tmp_path)
        assert revoked.returncode == 0 and "revoked" in revoked.stdout
        assert requests.get(url, headers=auth, timeout=10).status_code == 401
    finally:
        server.stop()
        db.dispose()
    again = kixie("token", "revoke", "zapier", home=tmp_path)
    assert again.returncode == 0 and "already revoked" in again.stdout
    one_line_error(kixie("token", "revoke", "nobody", home=tmp_path))
    assert "zapier" in kixie("token", "list", home=tmp_path).stdout.splitlines()[-1]
