"""Changing the directory from the command line, as an admin scripts it: `user edit`,
`user deactivate|activate`, `team edit`, `queue edit`, people named by e-mail and teams and
queues by name; what reached the database, and one line and exit 2 for each refusal.

The commands run through the entry point's ``main`` in this process (a subprocess each
would cost seconds apiece; `tests/cli/test_admin_commands.py` runs the real executable)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from kixie_desktop.cli.main import main
from kixie_desktop.storage.database import Database, sqlite_url
from kixie_desktop.storage.models import QueueRow, TeamRow, UserRow, queue_teams, team_members

ADMIN = "rosa@blueridge.example"
Kixie = Callable[..., tuple[int, str, str]]


@pytest.fixture
def kixie(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Kixie:
    """``kixie(*args, user=EMAIL)``: exit code, stdout and stderr of one command."""
    monkeypatch.setenv("KIXIE_HOME", str(tmp_path))
    monkeypatch.delenv("KIXIE_DATABASE_URL", raising=False)

    def run(*args: str, user: str | None = None) -> tuple[int, str, str]:
        if user:
            monkeypatch.setenv("KIXIE_USER", user)
        else:
            monkeypatch.delenv("KIXIE_USER", raising=False)
        try:
            code = main(list(args))
        except SystemExit as stopped:  # argparse's own refusals
            code = int(stopped.code or 0)
        out = capsys.readouterr()
        return code, out.out, out.err
    return run


def ok(kixie: Kixie, *args: str, user: str | None = None) -> str:
    code, out, err = kixie(*args, user=user)
    assert code == 0, (args, err)
    return out


def workspace(kixie: Kixie, home: Path) -> Database:
    ok(kixie, "workspace", "create", "--name", "Blue Ridge Roofing", "--time-zone", "America/New_York",
       "--admin-name", "Rosa Parks", "--admin-email", ADMIN)
    ok(kixie, "user", "add", "--name", "Alex Rivera", "--email", "alex@blueridge.example")
    ok(kixie, "user", "add", "--name", "Jo Lee", "--email", "jo@blueridge.example", "--role", "manager")
    ok(kixie, "team", "add", "Closers", "--members", "alex@blueridge.example")
    ok(kixie, "team", "add", "Nurture")
    ok(kixie, "queue", "add", "Inbound", "--teams", "Closers")
    return Database(sqlite_url(home / "data" / "kixie.db"))


def user(db: Database, email: str) -> tuple[object, ...]:
    with db.read() as s:
        row = s.scalars(select(UserRow).where(UserRow.email == email)).one()
        return (row.first_name, row.last_name, row.role, row.sip_uri, row.sender_number, row.active)


def test_users_teams_and_queues_are_edited_by_email_and_name(kixie: Kixie, tmp_path: Path) -> None:
    db = workspace(kixie, tmp_path)
    said = ok(kixie, "user", "edit", "ALEX@blueridge.example", "--name", "Alexandra Rivera-Diaz", "--role",
              "supervisor", "--sip-uri", "alex@pbx.blueridge.example", "--sender", "(212) 555-0101")
    assert said.strip() == ("Alexandra Rivera-Diaz <alex@blueridge.example>: supervisor, SIP identity "
                            "sip:alex@pbx.blueridge.example, sender +12125550101")
    assert user(db, "alex@blueridge.example") == (
        "Alexandra", "Rivera-Diaz", "supervisor", "sip:alex@pbx.blueridge.example", "+12125550101", True)
    ok(kixie, "user", "edit", "alex@blueridge.example", "--email", "alexandra@blueridge.example", "--sender", "")
    assert user(db, "alexandra@blueridge.example")[4] is None

    assert ok(kixie, "user", "deactivate", "alexandra@blueridge.example").strip() == (
        "Alexandra Rivera-Diaz <alexandra@blueridge.example>: Deactivated")
    assert user(db, "alexandra@blueridge.example")[5] is False
    listed = [line.split("  ") for line in ok(kixie, "user", "list").splitlines()]
    rows = {cells[0]: [c.strip() for c in cells[1:] if c.strip()] for cells in listed}
    assert rows["Alexandra Rivera-Diaz"] == ["alexandra@blueridge.example", "supervisor", "Deactivated", "offline"]
    assert rows["Rosa Parks"] == [ADMIN, "admin", "Active", "offline"]
    code, _, err = kixie("account", "show", user="alexandra@blueridge.example")
    assert code == 2 and "is deactivated and cannot sign in" in err
    ok(kixie, "user", "activate", "alexandra@blueridge.example")
    assert user(db, "alexandra@blueridge.example")[5] is True
    ok(kixie, "account", "show", user="alexandra@blueridge.example")

    assert ok(kixie, "team", "edit", "Closers", "--rename", "Hunters", "--members",
              "alexandra@blueridge.example, JO@blueridge.example").strip() == "team 'Hunters' has 2 members"
    assert ok(kixie, "queue", "edit", "Inbound", "--rename", "All leads", "--teams",
              "Hunters,Nurture").strip() == "queue 'All leads' assigns from 2 teams"
    with db.read() as s:
        teams = dict(s.execute(select(TeamRow.name, TeamRow.id)).all())
        members = {email for (email,) in s.execute(select(UserRow.email).join(
            team_members, team_members.c.user_id == UserRow.id).where(team_members.c.team_id == teams["Hunters"]))}
        queue_id = s.scalar(select(QueueRow.id).where(QueueRow.name == "All leads"))
        queued = set(s.scalars(select(queue_teams.c.team_id).where(queue_teams.c.queue_id == queue_id)))
    assert members == {"alexandra@blueridge.example", "jo@blueridge.example"}
    assert queued == {teams["Hunters"], teams["Nurture"]}
    db.dispose()


def test_refusals_are_one_line_exit_2_and_change_nothing(kixie: Kixie, tmp_path: Path) -> None:
    db = workspace(kixie, tmp_path)
    before = ok(kixie, "user", "list"), ok(kixie, "team", "list"), ok(kixie, "queue", "list")
    for args, words, as_user in [
        (["user", "edit", "nobody@blueridge.example", "--role", "agent"], "no user with e-mail", None),
        (["user", "edit", "alex@blueridge.example"], "say what to change", None),
        (["user", "edit", "alex@blueridge.example", "--sip-uri", "pbx"], "sip_uri: 'pbx' is not a SIP address", None),
        (["user", "edit", "alex@blueridge.example", "--sender", "12"], "sender_number: '12' is not", None),
        (["user", "edit", "alex@blueridge.example", "--email", "jo@blueridge.example"], "already exists", None),
        (["user", "edit", "alex@blueridge.example", "--role", "boss"], "invalid choice", None),
        (["user", "edit", ADMIN, "--role", "manager"], "Rosa Parks is the only active admin", None),
        (["user", "deactivate", ADMIN], "you cannot deactivate yourself", None),
        (["user", "edit", "alex@blueridge.example", "--role", "admin"], "may not make or change admins",
         "jo@blueridge.example"),
        (["user", "deactivate", "jo@blueridge.example"], "may not manage teams, queues and users",
         "alex@blueridge.example"),
        (["team", "edit", "Nobody", "--rename", "X"], "no team named 'Nobody'", None),
        (["team", "edit", "Closers"], "say what to change", None),
        (["team", "edit", "Closers", "--rename", "Nurture"], "a team with that name already exists", None),
        (["team", "edit", "Closers", "--members", "ghost@blueridge.example"], "no user with e-mail", None),
        (["queue", "edit", "Inbound", "--teams", ""], "a queue needs at least one team", None),
        (["queue", "edit", "Inbound", "--teams", "Closers,Ghosts"], "no team named 'Ghosts'", None),
        (["queue", "edit", "Elsewhere", "--rename", "X"], "no queue named", None),
    ]:
        code, _, err = kixie(*args, user=as_user)
        assert code == 2 and err.count("\n") == 1 and words in err, (args, err)
    assert (ok(kixie, "user", "list"), ok(kixie, "team", "list"), ok(kixie, "queue", "list")) == before
    assert user(db, ADMIN) == ("Rosa", "Parks", "admin", None, None, True)
    db.dispose()
