"""`kixie-desktop call`: run as a child process (one pjsua Endpoint per process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kixie_desktop.storage.database import Database, sqlite_url
from kixie_desktop.storage.models import CallRecordRow, TouchRow

_RUNNER = """
import argparse, sys
from kixie_desktop.cli import call_command
parser = argparse.ArgumentParser()
call_command.add_parsers(parser.add_subparsers())
args = parser.parse_args(sys.argv[1:])
sys.exit(args.handler(args))
"""


def _run(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {"KIXIE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", _RUNNER, "call", *argv], text=True,
                          capture_output=True, env=env, timeout=60, check=False,
                          cwd=Path(__file__).parents[2])


def test_call_without_account_reaches_the_demo_line(tmp_path: Path) -> None:
    proc = _run(tmp_path, "+15125550100", "--hold-for", "0.2")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = [ln for ln in proc.stdout.splitlines() if not ln[:1].isdigit()]
    assert lines[0].startswith("no SIP account configured: calling the demo line")
    assert lines[1:] == ["not recorded: this database has no workspace yet (run `kixie-desktop demo`)",
                         "dialing", "ringing (180 Ringing)", "connected (200 OK)",
                         "ended (200 OK)", "final: 200 OK"]


@pytest.mark.sipp
def test_call_to_busy_uri_exits_1_and_records_the_cause(tmp_path: Path, sipp: Any) -> None:
    seeded = subprocess.run([sys.executable, "-m", "kixie_desktop", "demo"], text=True, capture_output=True,
                            env={"KIXIE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}, timeout=120,
                            cwd=Path(__file__).parents[2])
    assert seeded.returncode == 0, seeded.stderr
    uas = sipp("reject_486")
    proc = _run(tmp_path, "+15125550100", "--uri", uas.uri())
    assert proc.returncode == 1
    assert "final: 486 Busy Here" in proc.stdout
    assert uas.wait() == 0 and ("received", "INVITE") in uas.flow()
    db = Database(sqlite_url(tmp_path / "data" / "kixie.db"))
    with db.read() as s:
        call = s.scalars(select(CallRecordRow)).one()
        touch = s.scalars(select(TouchRow)).one()
    db.dispose()
    assert (call.to_number, call.sip_status, call.sip_reason) == ("+15125550100", 486, "Busy Here")
    assert call.connected_at is None and call.ended_at is not None
    assert (touch.phone, touch.kind, touch.source) == ("+15125550100", "call", "manual")
