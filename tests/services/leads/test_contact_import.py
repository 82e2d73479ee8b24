"""CSV import: parsing (encodings, Excel's dialect, quoted newlines, line numbers), mapping
guesses, update-or-create by E.164 phone, duplicates, enrollment refusals per row, batches
that fail whole, the error report — on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import func, select

from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.errors import NotFound, PermissionDenied, StorageError, ValidationError
from kixie_desktop.services.leads.contact_import import ContactImportService
from kixie_desktop.services.leads.csv_parsing import (
    guess_mapping,
    neutralise_cell,
    parse,
    resolve_mapping,
    restore_cell,
)
from kixie_desktop.services.leads.enrollment import EnrollmentRefused
from kixie_desktop.storage.models import ContactRow, EnrollmentRow
from tests.support.workspace import Workspace


def importer(ws: Workspace, store: Any = None, batch_size: int = 1000) -> ContactImportService:
    enrollment = ws.enrollment
    return ContactImportService(store or ws.store, ws.clock, enrollment, batch_size=batch_size)


def contacts(ws: Workspace) -> dict[str, ContactRow]:
    with ws.db.read() as s:
        return {r.phone: r for r in s.scalars(select(ContactRow))}


def active_cadence(ws: Workspace) -> int:
    version = ws.cadences.create(ws.manager, ws.definition())
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


# --- parsing ---------------------------------------------------------------------------

def test_excel_semicolon_file_with_bom_quoted_newlines_and_blank_lines() -> None:
    data = ("\ufeffFirst Name;Phone Number;Notes\r\n"
            'Ada;"+1 512 555 0100";"line one\r\nline two\r\nline three"\r\n'
            "\r\n"
            "Bob;512-555-0101;x\r\n"
            ";;\r\n"
            '"Cy; Jr";5125550102;"say ""hi"""\r\n').encode("utf-8")
    parsed = parse(data)
    assert (parsed.encoding, parsed.delimiter, parsed.header_line) == ("utf-8-sig", ";", 1)
    assert parsed.headers == ("First Name", "Phone Number", "Notes")
    assert [(r.line, r.cells[0]) for r in parsed.rows] == [(2, "Ada"), (6, "Bob"), (8, "Cy; Jr")]
    assert parsed.rows[2].cells[2] == 'say "hi"'


def test_sep_line_utf16_and_windows_1252() -> None:
    parsed = parse(b"sep=|\nphone|name\n5125550100|Zo\xe9\n")
    assert (parsed.delimiter, parsed.encoding, parsed.header_line) == ("|", "cp1252", 2)
    assert parsed.rows[0].line == 3 and parsed.rows[0].cells == ("5125550100", "Zoé")
    utf16 = parse("Mobile\tGiven name\n5125550100\tÅsa\n".encode("utf-16"))
    assert (utf16.delimiter, utf16.rows[0].cells) == ("\t", ("5125550100", "Åsa"))


def test_an_unclosed_quote_keeps_the_rows_before_it() -> None:
    parsed = parse(b'phone,name\n5125550100,Ada\n5125550101,"Bob\n')
    assert [r.line for r in parsed.rows] == [2, 3]  # lenient: the last cell runs to the end
    huge = b"x" * 200_000  # over the csv module's field limit
    broken = parse(b'phone,name\n5125550100,Ada\n5125550101,"' + huge + b'"\n5125550102,Cy\n')
    assert [r.line for r in broken.rows] == [2]
    assert broken.broken is not None and broken.broken[0] == 3
    assert "field larger than field limit" in broken.broken[1]


@pytest.mark.parametrize("headers, expected", [
    (["Phone Number", "First Name", "Last Name", "E-mail"], {0: "phone", 1: "first_name", 2: "last_name", 3: "email"}),
    (["Mobile", "Given name", "Surname", "Company", "Time Zone"],
     {0: "phone", 1: "first_name", 2: "last_name", 3: "company", 4: "timezone"}),
    (["Name", "Cell", "External ID", "Owner Email"], {0: "full_name", 1: "phone", 2: "external_id", 3: "owner_email"}),
    (["Name", "First", "Phone", "phone"], {1: "first_name", 2: "phone"}),  # first name wins over Name
    (["Notes", "Whatever"], {}),
])
def test_mapping_guesses(headers: list[str], expected: dict[int, str]) -> None:
    assert guess_mapping(headers) == expected


def test_mapping_overrides_and_their_errors() -> None:
    headers = ("Phone", "Other Phone", "Name")
    assert resolve_mapping(headers, {"other phone": "phone", "3": "ignore"}) == {1: "phone"}
    with pytest.raises(ValidationError, match="unknown field 'fone'"):
        resolve_mapping(headers, {"Phone": "fone"})
    with pytest.raises(ValidationError, match="no column 'Cell'"):
        resolve_mapping(headers, {"Cell": "phone"})
    with pytest.raises(ValidationError, match="no column is mapped to phone"):
        resolve_mapping(("Name",), {})


def test_formula_guard_round_trips() -> None:
    for value in ["+15125550100", "=SUM(A1)", "-3", "@x", "plain", "'quoted"]:
        assert restore_cell(neutralise_cell(value)) == value
    assert neutralise_cell("=1+1") == "'=1+1"


# --- importing -------------------------------------------------------------------------

def test_import_creates_updates_merges_and_reports_bad_rows(ws: Workspace) -> None:
    ws.contacts.upsert(ws.manager, NewContact(phone="+15125550199", first_name="Old", email="old@x.test"))
    data = (b"Phone,First Name,Last Name,Email,Time Zone,Owner Email,Notes\n"
            b"(512) 555-0100,Ada,Lovelace,ada@x.test,America/Chicago,agent@acme.test,\n"
            b'512 555 0199,,Updated,,,,"multi\nline"\n'
            b"not a phone,Bad,Row,,,,\n"
            b"5125550101,Bea,,bea-at-x,,,\n"
            b"5125550102,Cy,,,Mars/Olympus,,\n"
            b"5125550103,Di,,,,nobody@acme.test,\n"
            b",Empty,Phone,,,,\n"
            b"+1 512 555 0100,,,ada2@x.test,,,\n")
    calls: list[tuple[int, int]] = []
    result = importer(ws, batch_size=3).run(ws.manager, data, progress=lambda d, t: calls.append((d, t)))

    assert (result.total_rows, result.created, result.updated, result.duplicates) == (8, 1, 1, 1)
    assert [(e.line, e.field) for e in sorted(result.errors, key=lambda e: e.line)] == [
        (5, "phone"), (6, "email"), (7, "timezone"), (8, "owner_email"), (9, "phone")]
    assert calls == [(0, 8), (3, 8), (6, 8), (8, 8)]
    stored = contacts(ws)
    ada = stored["+15125550100"]
    # The later duplicate row updated the earlier one; its blanks kept the earlier values.
    assert (ada.first_name, ada.last_name, ada.email, ada.timezone) == ("Ada", "Lovelace", "ada2@x.test",
                                                                         "America/Chicago")
    assert ada.owner_id == ws.agent.user_id
    old = stored["+15125550199"]
    assert (old.first_name, old.last_name, old.email) == ("Old", "Updated", "old@x.test")
    assert set(stored) == {"+15125550100", "+15125550199"}

    report = list(csv.reader(io.StringIO(result.error_report())))
    assert report[0] == ["line", "field", "error", "Phone", "First Name", "Last Name", "Email",
                         "Time Zone", "Owner Email", "Notes"]
    assert report[1][:4] == ["5", "phone", "'not a phone' is not a phone number", "not a phone"]
    assert report[3][0:3] == ["7", "timezone", "'Mars/Olympus' is not an IANA time zone such as America/Chicago"]


def test_import_follows_the_same_rules_as_contact_upsert(ws: Workspace) -> None:
    rows = [NewContact(phone="512.555.0110", first_name=" Ann ", last_name="B" * 100, email=" a@b.test ",
                       company="Acme", timezone="America/Denver", external_id="X1", owner_email="AGENT@acme.test"),
            NewContact(phone="+44 20 7946 0958", first_name="Brit")]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["phone", "first_name", "last_name", "email", "company", "timezone", "external_id", "owner_email"])
    for r in rows:
        writer.writerow([r.phone, r.first_name, r.last_name, r.email, r.company, r.timezone, r.external_id,
                         r.owner_email])
    result = importer(ws).run(ws.manager, out.getvalue().encode())
    assert (result.created, result.errors) == (2, [])
    before = contacts(ws)
    for r in rows:
        _, created = ws.contacts.upsert(ws.manager, r)
        assert not created
    after = contacts(ws)
    assert {p: (c.first_name, c.last_name, c.email, c.company, c.timezone, c.external_id, c.owner_id)
            for p, c in before.items()} == {
        p: (c.first_name, c.last_name, c.email, c.company, c.timezone, c.external_id, c.owner_id)
        for p, c in after.items()}


def test_a_messy_file_keeps_no_bad_email_and_reports_over_long_names(ws: Workspace) -> None:
    """The rows a real CRM export brought in before: each is reported with its field and skipped."""
    bad = ["x@", "@example.org", "peter@@example.com", "jo@example..com", "anna smith@example.com",
           "a@localhost", "b@c.invalid"]
    rows = [f"51255502{i:02d},Lead{i},,{email}" for i, email in enumerate(bad)]
    rows += ["5125550290," + "N" * 150 + ",,", "5125550291,Nat," + "L" * 101 + ",",
             "5125550292,Good,Row,Ana.Smith+cad@Example.COM", "5125550293,Also,Good,"]
    result = importer(ws).run(ws.manager, ("Phone,First Name,Last Name,Email\n" + "\n".join(rows)).encode())

    assert [e.field for e in sorted(result.errors, key=lambda e: e.line)] == ["email"] * len(bad) + [
        "first_name", "last_name"]
    reasons = {e.line: e.reason for e in result.errors}
    assert reasons[2] == "'x@' is not an email address: there must be something after the @-sign"
    assert reasons[2 + len(bad)] == "longer than 100 characters"
    stored = contacts(ws)
    assert set(stored) == {"+15125550292", "+15125550293"}
    assert stored["+15125550292"].email == "Ana.Smith+cad@example.com"
    with pytest.raises(ValidationError, match="is not an email address") as refused:
        ws.contacts.upsert(ws.manager, NewContact(phone="+15125550294", email="peter@@example.com"))
    assert refused.value.field == "email"
    with pytest.raises(ValidationError, match="longer than 100") as too_long:
        ws.contacts.upsert(ws.manager, NewContact(phone="+15125550294", first_name="N" * 101))
    assert too_long.value.field == "first_name"


def test_enrollment_refusals_are_reported_per_row_and_the_contacts_kept(ws: Workspace) -> None:
    cadence = active_cadence(ws)
    ws.enrollment.enroll(ws.manager, cadence, NewContact(phone="5125550100"))
    data = b"phone,name\n5125550100,Already In\n5125550101,New One\n5125550101,Same Again\n"
    result = importer(ws).run(ws.manager, data, cadence_id=cadence)
    assert (result.created, result.updated, result.duplicates, result.enrolled) == (1, 1, 1, 1)
    [refused] = result.errors
    assert (refused.line, refused.field) == (2, "cadence")
    assert "already in this cadence (already_enrolled)" in refused.reason
    assert contacts(ws)["+15125550100"].first_name == "Already"
    with ws.db.read() as s:
        assert s.scalar(select(func.count()).select_from(EnrollmentRow)) == 2


def test_refused_before_anything_is_written(ws: Workspace) -> None:
    cadence = active_cadence(ws)
    ws.cadences.set_active(ws.manager, cadence, False)
    data = b"phone\n5125550100\n"
    with pytest.raises(EnrollmentRefused):
        importer(ws).run(ws.manager, data, cadence_id=cadence)
    with pytest.raises(NotFound):
        importer(ws).run(ws.manager, data, cadence_id=9999)
    with pytest.raises(PermissionDenied):
        importer(ws).run(ws.agent, data, cadence_id=cadence)
    assert contacts(ws) == {}


class FailingStore:
    """Delegates to the real store; the n-th write raises after its statements ran."""

    def __init__(self, store: Any, fail_on: int) -> None:
        self._store, self._fail_on, self._writes = store, fail_on, 0

    def read(self) -> Any:
        return self._store.read()

    @contextmanager
    def write(self) -> Iterator[Any]:
        self._writes += 1
        with self._store.write() as uow:
            yield uow
            if self._writes == self._fail_on:
                uow.session.flush()
                raise StorageError("disk I/O error")


def test_a_failed_batch_leaves_nothing_half_written(ws: Workspace) -> None:
    lines = ["phone,first_name"] + [f"51255501{i:02d},N{i}" for i in range(10)]
    store = FailingStore(ws.store, fail_on=2)
    result = importer(ws, store=store, batch_size=4).run(ws.manager, "\n".join(lines).encode())
    assert result.created == 4
    assert sorted(contacts(ws)) == [f"+151255501{i:02d}" for i in range(4)]
    assert result.stopped is not None and "batch from line 6 not saved: disk I/O error" in result.stopped
    assert [e.line for e in result.errors] == list(range(6, 12))
    assert all(e.reason.startswith("not imported:") for e in result.errors)


def test_preview_and_file_errors(ws: Workspace, tmp_path: Any) -> None:
    path = tmp_path / "leads.csv"
    path.write_bytes(b"Mobile;Given name;Company\n5125550100;Ada;Acme\n5125550101;Bea;\n5125550102;Cy;\n")
    preview = importer(ws).preview(path, rows=2)
    assert preview.mapping == {0: "phone", 1: "first_name", 2: "company"}
    assert preview.rows == ({"phone": "5125550100", "first_name": "Ada", "company": "Acme"},
                            {"phone": "5125550101", "first_name": "Bea", "company": ""})
    assert (preview.total_rows, preview.delimiter) == (3, ";")
    with pytest.raises(NotFound, match="no such file"):
        importer(ws).preview(tmp_path / "missing.csv")
    with pytest.raises(ValidationError, match="no header row"):
        importer(ws).preview(b"\n\n")
