"""`cadence export|import|preview` as a script would run them: real processes, the demo
workspace, files on disk; user errors are one line (or one per problem) and exit 2."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import kixie


def _speed_to_lead_id(home: Path) -> str:
    listed = kixie("cadence", "list", home=home)
    assert listed.returncode == 0, listed.stderr
    return next(line.split()[0] for line in listed.stdout.splitlines() if "Speed to Lead" in line)


def test_export_import_round_trip_through_files(tmp_path: Path) -> None:
    assert kixie("demo", home=tmp_path).returncode == 0
    cadence = _speed_to_lead_id(tmp_path)
    original = tmp_path / "speed.json"
    out = kixie("cadence", "export", cadence, str(original), home=tmp_path)
    assert out.returncode == 0, out.stderr
    imported = kixie("cadence", "import", str(original), "--name", "Speed to Lead (copy)", home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "'Speed to Lead (copy)' created, off" in imported.stdout
    copy_id = imported.stdout.split()[1]
    again = kixie("cadence", "export", copy_id, "-", home=tmp_path)
    document = json.loads(again.stdout)
    assert document["cadence"]["settings"]["name"] == "Speed to Lead (copy)"
    document["cadence"]["settings"]["name"] = "Speed to Lead"
    assert json.dumps(document, indent=2, ensure_ascii=False) + "\n" == original.read_text(encoding="utf-8")


def test_a_bad_file_lists_every_problem_and_imports_nothing(tmp_path: Path) -> None:
    assert kixie("demo", home=tmp_path).returncode == 0
    before = kixie("cadence", "list", home=tmp_path).stdout
    document = json.loads(kixie("cadence", "export", _speed_to_lead_id(tmp_path), "-", home=tmp_path).stdout)
    document["cadence"]["settings"]["queue"] = "Outbound"
    document["cadence"]["actions"][0]["template"] = "Hello"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document), encoding="utf-8")

    out = kixie("cadence", "import", str(bad), "--name", "Another", home=tmp_path)
    assert out.returncode == 2
    assert out.stderr.splitlines() == [
        f"{bad}: 2 problems:",
        "  $.cadence.settings.queue: this workspace has no queue named 'Outbound'",
        "  $.cadence.actions[0].template: this workspace has no SMS template named 'Hello'",
    ]
    assert kixie("cadence", "list", home=tmp_path).stdout == before
    missing = kixie("cadence", "import", str(tmp_path / "nowhere.json"), home=tmp_path)
    assert (missing.returncode, missing.stderr.count("\n")) == (2, 1)
    assert "no such file" in missing.stderr and "Traceback" not in missing.stderr


def test_preview_prints_each_step_its_attempts_and_reasons(tmp_path: Path) -> None:
    assert kixie("demo", home=tmp_path).returncode == 0
    cadence = _speed_to_lead_id(tmp_path)
    out = kixie("cadence", "preview", cadence, "--zone", "America/New_York", "--start", "2026-03-08T01:30",
                home=tmp_path)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split() == ["STEP", "ACTION", "RUNS", "AT", "(CONTACT)", "WHY"]
    steps = [line.split()[0] for line in lines[1:] if line[:1].isdigit()]
    assert steps == ["1", "2", "3", "4"]
    assert sum("attempt" in line and "if unanswered" in line for line in lines) == 3 + 2
    # 01:30 in New York is 22:30 the evening before in the account's Los Angeles: hours closed.
    assert lines[1].split()[:4] == ["1", "SMS", "Sun", "2026-03-08"]
    assert lines[1].endswith("Cadence hours closed until 07:00 America/Los_Angeles")
    bad = kixie("cadence", "preview", cadence, "--zone", "Mars/Olympus", home=tmp_path)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "IANA time zone" in bad.stderr
