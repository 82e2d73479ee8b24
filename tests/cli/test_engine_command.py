"""The headless engine as an operator runs it: a real process, real signals, the demo line."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import requests
from sqlalchemy import select

from kixie_desktop.composition import open_backend
from kixie_desktop.domain.cadence import CadenceDefinition, CadenceSettings, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.services.administration.api_tokens import ApiTokenService
from kixie_desktop.storage.models import ActionRunRow, SmsMessageRow


def start_engine(home: Path) -> tuple[subprocess.Popen[str], int]:
    env = {**os.environ, "KIXIE_HOME": str(home)}
    env.pop("KIXIE_DATABASE_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "kixie_desktop", "engine", "--poll", "0.2", "--api-port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.monotonic() + 30
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if "running on" in line:
            return proc, int(re.search(r"API on http://127.0.0.1:(\d+)/", line).group(1))  # type: ignore[union-attr]
        if proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(f"engine did not start: {proc.stderr.read() if proc.stderr else ''}")


def test_engine_sends_to_the_demo_line_and_stops_on_sigterm(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("KIXIE_HOME", str(tmp_path))
    backend = open_backend()
    backend.seed_demo()
    admin = backend.actor()
    # Hours always open so the test does not depend on the time of day it runs at.
    backend.accounts.update(admin, quiet_hours_guard=False, compliance_profiles=False)
    queue = backend.directory.queues(admin)[0]
    template = backend.templates.list(admin)[0]
    version = backend.cadences.create(admin, CadenceDefinition(
        CadenceSettings(name="Instant", queue_id=queue.id), actions=(SmsAction(template_id=template.id),)))
    backend.cadences.set_active(admin, version.cadence_id, True)

    token = ApiTokenService(backend.store).create(admin, "web form").token
    engine, port = start_engine(tmp_path)
    try:
        # A lead posts the signup form: the engine's own API takes it and the engine texts them.
        answer = requests.post(f"http://127.0.0.1:{port}/api/v1/cadences/{version.cadence_id}/enrollments",
                               json={"phone": "(512) 555-0188", "first_name": "Ivy"},
                               headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert answer.status_code == 201, answer.text
        deadline, status = time.monotonic() + 20, None
        while time.monotonic() < deadline and status != "completed":
            with backend.db.read() as s:
                status = s.scalar(select(ActionRunRow.status).where(ActionRunRow.cadence_id == version.cadence_id))
            time.sleep(0.1)
        assert status == "completed"
        with backend.db.read() as s:
            message = s.scalars(select(SmsMessageRow)).one()
        assert message.status == "sent" and message.body.startswith("Hi Ivy")

        second = subprocess.run([sys.executable, "-m", "kixie_desktop", "engine"], capture_output=True, text=True,
                                env={**os.environ, "KIXIE_HOME": str(tmp_path)}, timeout=60)
        assert second.returncode == 2
        assert "already running" in second.stderr and "PostgreSQL" in second.stderr
    finally:
        engine.send_signal(signal.SIGTERM)
        out, err = engine.communicate(timeout=30)
    assert engine.returncode == 0, err
    assert "engine stopped" in out
    assert (tmp_path / "logs" / "kixie-desktop.log").exists()
    backend.close()


def test_an_api_port_already_taken_stops_the_engine_in_one_line(tmp_path: Path) -> None:
    import socket

    from tests.cli.test_cli import kixie

    assert kixie("demo", home=tmp_path).returncode == 0
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = kixie("engine", "--api-port", str(port), home=tmp_path)
    assert out.returncode == 2, out.stderr
    assert out.stderr.strip().splitlines() == [
        f"kixie-desktop: api_port: the HTTP API cannot listen on 127.0.0.1:{port}: another program is using that port "
        "(choose another port with --api-port, or run with --no-api)"]
    assert "API on http://127.0.0.1:None" not in out.stdout
