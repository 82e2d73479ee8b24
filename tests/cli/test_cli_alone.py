"""A team set up from the command line alone, as a script would provision a fresh machine:
the workspace, two agents, a team, a queue, a template, a disposition and a cadence from a
file, turned on; this workstation's SIP account; an API token. Then the headless engine takes
a web-form lead through its API, texts them — the rendered text arrives at a SIPp peer — and
comes to their call. Taking a prompted call is the app's (tests/gui/test_manager_flow.py):
an agent is offered prompts while signed in to PowerCall as Available.
"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import select

from kixie_desktop.cli.main import main
from kixie_desktop.composition import open_backend
from kixie_desktop.storage.models import ActionRunRow
from tests.cli.test_engine_command import start_engine

ALL_DAY = {day: [["00:00", "24:00"]] for day in
           ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}
CADENCE = {"format": "kixie-cadence", "version": 1, "cadence": {
    "settings": {"name": "Web leads", "queue": "Inbound", "assign_owner": "on_answer", "use_contact_owner": False,
                 "allow_reenrollment": False, "exclusive": False, "check_dnc": True,
                 "reply": {"behavior": "stop", "pause_seconds": 86400},
                 "cadence_hours": ALL_DAY, "target_hours": ALL_DAY},
    "actions": [{"type": "sms", "after_seconds": 0, "template": "Welcome", "customize": False, "body": None},
                {"type": "call", "after_seconds": 0, "retry": False, "attempts": 0, "min_between_seconds": 0}],
    "disposition_rules": [{"disposition": "Booked a demo", "action": "stop"}],
    "harassment": {"use_business_rules": True, "calls": None, "sms": None}}}


def test_a_team_and_a_cadence_from_the_command_line_alone(tmp_path: Path, sipp: Any, monkeypatch: Any,
                                                          capsys: Any) -> None:
    home = tmp_path
    monkeypatch.setenv("KIXIE_HOME", str(home))

    def ok(*args: str, home: Path) -> str:
        """The command as typed at a terminal (in this process: a new one each is slow)."""
        code = main(list(args))
        out = capsys.readouterr()
        assert code == 0, (args, out.err)
        return out.out

    ok("workspace", "create", "--name", "Blue Ridge Roofing", "--time-zone", "America/New_York",
       "--admin-name", "Rosa Parks", "--admin-email", "rosa@blueridge.example", home=home)
    # Hours that are always open, so the test does not depend on the time of day it runs at.
    ok("account", "set", "--quiet-hours", "off", "--compliance", "off", home=home)
    for name, email in (("Alex Rivera", "alex@blueridge.example"), ("Jo Lee", "jo@blueridge.example")):
        ok("user", "add", "--name", name, "--email", email, home=home)
    ok("team", "add", "Closers", "--members", "alex@blueridge.example,jo@blueridge.example", home=home)
    ok("queue", "add", "Inbound", "--teams", "Closers", home=home)
    ok("template", "add", "Welcome", "--body",
       "Hi {{contact.first_name|there}}, thanks for asking {{account.name}} about a new roof.", home=home)
    ok("disposition", "add", "Booked a demo", home=home)
    cadence_file = tmp_path / "web-leads.json"
    cadence_file.write_text(json.dumps(CADENCE), encoding="utf-8")
    assert "cadence on 1" in ok("cadence", "import", str(cadence_file), home=home)
    assert ok("cadence", "on", "Web leads", home=home).strip() == "cadence 1 'Web leads' is on"
    carrier = sipp("message_200", timeout_s=180)  # it waits through the rest of the set-up
    ok("sip", "configure", "--domain", f"127.0.0.1:{carrier.port}", "--username", "rosa", "--no-password",
       home=home)
    token = ok("token", "create", "web form", home=home).strip()

    engine, port = start_engine(home)
    try:
        posted = requests.post(f"http://127.0.0.1:{port}/api/v1/cadences/1/enrollments",
                               json={"phone": "(512) 555-0188", "first_name": "Ivy"},
                               headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert posted.status_code == 201, posted.text
        assert carrier.wait() == 0, carrier.errors()
        (text,) = [m for m in carrier.messages() if m.direction == "received"]
        assert text.first_line == f"MESSAGE sip:+15125550188@127.0.0.1:{carrier.port} SIP/2.0"
        assert text.text.rstrip().endswith("Hi Ivy, thanks for asking Blue Ridge Roofing about a new roof.")

        # Nobody is signed in to PowerCall to take the call (agents do that in the app), so
        # the call step comes due, finds no available agent, and — no retries — is missed.
        backend = open_backend()
        try:
            deadline, runs = time.monotonic() + 20, {}
            while time.monotonic() < deadline and runs.get("call", ("",))[0] != "missed":
                with backend.db.read() as s:
                    runs = {r.type: (r.status, r.reason) for r in s.scalars(select(ActionRunRow))}
                time.sleep(0.1)
            assert runs["sms"][0] == "completed"
            assert runs["call"][0] == "missed" and "no agent was available" in (runs["call"][1] or "")
        finally:
            backend.close()
    finally:
        engine.send_signal(signal.SIGTERM)
        engine.communicate(timeout=30)
    assert engine.returncode == 0
