"""Templates and dispositions from the command line, as a script provisions them: edit and
show a template (with its preview), rename, move, key, flag, archive and bring back a
disposition — checked in the database; bad input and the wrong role are one line, exit 2."""

from __future__ import annotations

from pathlib import Path

from kixie_desktop.composition import open_backend
from tests.cli.test_admin_commands import ok
from tests.cli.test_cli import kixie


def _stored(home: Path) -> list[tuple[str, int | None, bool, bool]]:
    backend = open_backend(f"sqlite:///{home / 'data' / 'kixie.db'}")
    try:
        return [(d.name, d.digit, d.counts_as_connected, d.archived)
                for d in backend.dispositions.list(backend.actor(), include_archived=True)]
    finally:
        backend.close()


def _workspace(home: Path) -> None:
    ok("workspace", "create", "--name", "Blue Ridge Roofing", "--time-zone", "America/New_York",
       "--admin-name", "Rosa Parks", "--admin-email", "rosa@blueridge.example", home=home)


def test_templates_are_edited_and_shown_with_what_a_lead_receives(tmp_path: Path) -> None:
    _workspace(tmp_path)
    ok("template", "add", "Welcome", "--body", "Hi {{contact.first_name|there}}, it's {{agent.first_name}}.",
       home=tmp_path)
    edited = kixie("template", "edit", "Welcome", "--rename", "Hello", "--body",
                   "Hi {{contact.first_name|there}}, {{agent.first_name}} of {{account.name}}. {{contact.company}}?",
                   home=tmp_path)
    assert edited.returncode == 0 and edited.stdout == "template 'Hello' saved\n"
    assert "{{contact.company}} is blank for a contact without it" in edited.stderr
    shown = ok("template", "show", "Hello", home=tmp_path)
    assert shown.splitlines() == [
        "Hello", "",
        "Hi {{contact.first_name|there}}, {{agent.first_name}} of {{account.name}}. {{contact.company}}?", "",
        "To Taylor Morgan (Sunrise Homes), from you:",
        "  Hi Taylor, Rosa of Blue Ridge Roofing. Sunrise Homes?",
        "To a lead with only a phone number (+15125550142), before an agent owns them:",
        "  Hi there, Blue Ridge Roofing of Blue Ridge Roofing. ?", "",
        "53 characters · 1 message (to Taylor)"]
    ok("template", "edit", "Hello", "--body", "Hi {{contact.first_name|there}}!", home=tmp_path)
    assert ok("template", "list", home=tmp_path).splitlines()[1].split(None, 1) == [
        "Hello", "Hi {{contact.first_name|there}}!"]


def test_dispositions_are_renamed_ordered_keyed_and_archived(tmp_path: Path) -> None:
    _workspace(tmp_path)
    ok("disposition", "rename", "busy", "Line busy", home=tmp_path)
    assert ok("disposition", "move", "Line busy", "--to", "1", home=tmp_path) == (
        "disposition 'Line busy' is now number 1 of 8\n")
    ok("disposition", "set", "Interested", "--digit", "none", home=tmp_path)
    assert ok("disposition", "set", "Line busy", "--digit", "7", "--connected", "on", home=tmp_path) == (
        "disposition 'Line busy': key 7, counts as connected\n")
    ok("disposition", "archive", "Wrong Number", home=tmp_path)
    ok("disposition", "add", "Booked a demo", home=tmp_path)
    assert _stored(tmp_path) == [
        ("Line busy", 7, True, False), ("Connected", 1, True, False), ("No Answer", 2, False, False),
        ("Left Voicemail", 3, False, False), ("Wrong Number", None, False, True),
        ("Not Interested", 6, True, False), ("Interested", None, True, False), ("Do Not Call", 8, False, False),
        ("Booked a demo", None, False, False)]
    listed = ok("disposition", "list", "--all", home=tmp_path).splitlines()
    assert listed[0].split() == ["#", "DISPOSITION", "KEY", "CONNECTED"]
    assert listed[1].split() == ["1", "Line", "busy", "7", "yes"]
    assert listed[5].split() == ["archived", "Wrong", "Number"]
    assert "Wrong Number" not in ok("disposition", "list", home=tmp_path)

    ok("disposition", "unarchive", "wrong number", home=tmp_path)
    assert _stored(tmp_path)[4] == ("Wrong Number", None, False, False)


def test_bad_input_and_the_wrong_role_are_one_line_and_exit_2(tmp_path: Path) -> None:
    _workspace(tmp_path)
    ok("user", "add", "--name", "Alex Rivera", "--email", "alex@blueridge.example", home=tmp_path)
    ok("template", "add", "Welcome", "--body", "Hi {{contact.first_name|there}}", home=tmp_path)
    before = _stored(tmp_path)
    for args, words in [
        (["template", "edit", "Nope", "--body", "x"], "no template named 'Nope'"),
        (["template", "edit", "Welcome"], "say what to change"),
        (["template", "edit", "Welcome", "--body", "Hi {{contact.frist_name}}"], "unknown merge field"),
        (["template", "show", "Nope"], "no template named"),
        (["disposition", "set", "Busy", "--digit", "1"], "1 is already the key for Connected"),
        (["disposition", "set", "Busy", "--digit", "ten"], "say a digit from 1 to 9, or none"),
        (["disposition", "set", "Busy", "--digit", "12"], "a key is a digit from 1 to 9"),
        (["disposition", "set", "Busy", "--connected", "maybe"], "say on or off"),
        (["disposition", "set", "Busy"], "say what to change"),
        (["disposition", "rename", "Busy", "No Answer"], "already exists"),
        (["disposition", "rename", "Do Not Call", "DNC"], "cannot be renamed"),
        (["disposition", "move", "Busy", "--to", "0"], "from 1 to 8"),
        (["disposition", "unarchive", "Never heard of it"], "no disposition named"),
    ]:
        out = kixie(*args, home=tmp_path)
        assert out.returncode == 2 and out.stderr.count("\n") == 1 and words in out.stderr, (args, out.stderr)
    as_agent = kixie("disposition", "rename", "Busy", "Line busy", home=tmp_path, KIXIE_USER="alex@blueridge.example")
    assert as_agent.returncode == 2 and "may not manage dispositions" in as_agent.stderr
    as_agent = kixie("template", "edit", "Welcome", "--body", "Mine", home=tmp_path, KIXIE_USER="alex@blueridge.example")
    assert as_agent.returncode == 2 and "may not manage SMS templates" in as_agent.stderr
    assert _stored(tmp_path) == before
    assert "Hi {{contact.first_name|there}}" in ok("template", "list", home=tmp_path)
