"""`kixie-desktop import` as a user runs it: a real subprocess, exit codes, summary, report."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, select

from kixie_desktop.storage.database import Database, sqlite_url
from kixie_desktop.storage.models import CadenceRow, ContactRow, EnrollmentRow
from tests.cli.test_cli import kixie


def test_import_with_cadence_and_report(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert kixie("demo", home=home).returncode == 0
    db = Database(sqlite_url(home / "data" / "kixie.db"))
    with db.write() as s:
        cadence = s.scalars(select(CadenceRow).order_by(CadenceRow.id)).first()
        assert cadence is not None
        cadence.active = True
        cadence_id = cadence.id
        before = s.scalar(select(func.count()).select_from(ContactRow))
    leads = tmp_path / "leads.csv"
    leads.write_text("Cell;Given name;Notes\n(512) 555-0170;Ada;\"two\nlines\"\nnope;Bob;\n"
                     "512-555-0171;Cy;\n", encoding="utf-8-sig")
    report = tmp_path / "errors.csv"
    out = kixie("import", str(leads), "--cadence", str(cadence_id), "--map", "Notes=ignore",
                "--report", str(report), home=home)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == ("created 2, updated 0, enrolled 2, errors 1 "
                                          "(3 rows, 0 duplicates merged)")
    rows = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[1][:3] == ["4", "phone", "'nope' is not a phone number"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ContactRow)) == before + 2
        assert s.scalar(select(func.count()).select_from(EnrollmentRow)
                        .where(EnrollmentRow.cadence_id == cadence_id)) >= 2
    db.dispose()


def test_missing_file_and_unknown_field_are_one_line_exit_2(tmp_path: Path) -> None:
    leads = tmp_path / "leads.csv"
    leads.write_text("phone\n5125550100\n")
    for args in (["import", str(tmp_path / "missing.csv")], ["import", str(leads), "--map", "phone=fone"],
                 ["import", str(leads), "--map", "Cell=phone"]):
        out = kixie(*args, home=tmp_path / "home")
        assert out.returncode == 2, args
        assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr, out.stderr
