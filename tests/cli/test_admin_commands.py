"""Scripted provisioning, as an admin would run it on a fresh machine: a workspace, people,
a team, a queue, a template, a disposition and the account's settings — from the command
line alone, each through the services' role checks; bad input is one line and exit 2."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.test_cli import kixie


def ok(*args: str, home: Path, **env: str) -> str:
    out = kixie(*args, home=home, **env)
    assert out.returncode == 0, (args, out.stderr)
    return out.stdout


def test_a_team_set_up_from_the_command_line(tmp_path: Path) -> None:
    ok("workspace", "create", "--name", "Blue Ridge Roofing", "--time-zone", "America/New_York",
       "--admin-name", "Rosa Parks", "--admin-email", "rosa@blueridge.example", home=tmp_path)
    ok("user", "add", "--name", "Alex Rivera", "--email", "alex@blueridge.example", "--sender", "(212) 555-0101",
       home=tmp_path)
    ok("user", "add", "--name", "Jo Lee", "--email", "jo@blueridge.example", home=tmp_path)
    assert "2 members" in ok("team", "add", "Closers", "--members", "alex@blueridge.example,JO@blueridge.example",
                             home=tmp_path)
    ok("queue", "add", "Inbound", "--teams", "Closers", home=tmp_path)
    template = kixie("template", "add", "Welcome", "--body", "Hi {{contact.first_name}}, it's {{agent.first_name}}",
                     home=tmp_path)
    assert template.returncode == 0 and "{{contact.first_name|there}}" in template.stderr
    ok("disposition", "add", "Booked a demo", home=tmp_path)
    ok("disposition", "archive", "Busy", home=tmp_path)
    shown = ok("account", "set", "--default-sender", "212 555 0100", "--caller-id-pool", "+15125550111, 415-555-0122",
               "--holidays", "2026-12-25,12-25, 2026-01-01,--07-04", "--call-limit", "3/1d", "--sms-limit", "2 per 12 hours",
               "--quiet-hours", "on", "--prompt-timeout", "45", home=tmp_path)
    settings = dict(re.split(r"\s{2,}", line, maxsplit=1) for line in shown.splitlines()[1:])
    assert settings["Default sender"] == "+12125550100"
    assert settings["Caller-ID pool"] == "+15125550111, +14155550122"
    assert settings["Holidays"] == "2026-01-01, 2026-12-25, every Jul 4, every Dec 25"
    assert (settings["Call limit"], settings["SMS limit"]) == ("3 calls / 1 day", "2 SMS / 12 hours")
    assert settings["Prompt timeout"] == "45 s"

    assert "Holidays                   2026-01-01, 2026-12-25, every Jul 4, every Dec 25" in ok(
        "account", "show", home=tmp_path)
    assert "every Feb 29 (leap years)" in ok("account", "set", "--holidays", "02-29", home=tmp_path)
    assert re.search(r"Holidays\s+—", ok("account", "set", "--holidays", "", home=tmp_path))

    assert "Closers  alex@blueridge.example, jo@blueridge.example" in ok("team", "list", home=tmp_path)
    assert "Inbound  Closers" in ok("queue", "list", home=tmp_path)
    dispositions = ok("disposition", "list", home=tmp_path)
    assert "Booked a demo" in dispositions and "Busy" not in dispositions
    users = ok("user", "list", home=tmp_path)
    assert "Alex Rivera  alex@blueridge.example  agent" in users


def test_bad_input_and_the_wrong_role_are_one_line_and_exit_2(tmp_path: Path) -> None:
    ok("workspace", "create", "--name", "Acme", "--time-zone", "UTC", "--admin-name", "Ada Lovelace",
       "--admin-email", "ada@acme.example", home=tmp_path)
    ok("user", "add", "--name", "Alex Rivera", "--email", "alex@acme.example", home=tmp_path)
    before = ok("account", "show", home=tmp_path)
    for args, words in [
        (["account", "set", "--default-sender", "12"], "default_sender"),
        (["account", "set", "--caller-id-pool", "+15125550111,nope"], "caller_id_pool"),
        (["account", "set", "--holidays", "Christmas"], "not a date"),
        (["account", "set", "--holidays", "2026-12-24,13-25"], "'13-25' is not a day of the year"),
        (["account", "set", "--call-limit", "lots"], "N/period"),
        (["account", "set", "--prompt-timeout", "2"], "5-3600"),
        (["account", "set", "--time-zone", "Mars/Olympus"], "IANA"),
        (["team", "add", "Closers", "--members", "nobody@acme.example"], "no user with e-mail"),
        (["queue", "add", "Inbound", "--teams", "Nobody"], "no team named"),
        (["template", "add", "Oops", "--body", "Hi {{contact.frist_name}}"], "unknown merge field"),
        (["disposition", "archive", "Never heard of it"], "no disposition named"),
    ]:
        out = kixie(*args, home=tmp_path)
        assert out.returncode == 2 and out.stderr.count("\n") == 1 and words in out.stderr, (args, out.stderr)
    as_agent = kixie("account", "set", "--name", "Taken over", home=tmp_path, KIXIE_USER="alex@acme.example")
    assert as_agent.returncode == 2 and "may not change account settings" in as_agent.stderr
    assert ok("account", "show", home=tmp_path) == before
