"""The CSV import wizard, driven as a person would: a semicolon CSV saved by Excel (BOM,
a quoted line break, two bad rows), one mapping changed, a cadence chosen — then what
reached the database, the summary, and the saved error report."""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.composition import Backend
from kixie_desktop.domain.roles import Actor
from kixie_desktop.gui.import_wizard.mapping_page import ImportMappingPage
from kixie_desktop.gui.import_wizard.wizard import ImportWizard
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.leads.contact_import import CANCELLED, ContactImportService, ImportResult
from kixie_desktop.storage.models import CadenceRow, ContactRow, EnrollmentRow

# Line 1 header; Ann spans lines 2-3 (a line break inside quotes); Bob (line 4) has no
# valid phone; Cy (line 5) a bad email; Dan (line 6) is fine. "Vorname" is not guessed.
LEADS = ('Vorname;Last Name;Mobile;E-mail;Notes\r\n'
         'Ann;Lee;+1 512 555 0181;ann@example.com;"met at the expo\r\nwants a call"\r\n'
         'Bob;Ray;not a phone;bob@example.com;\r\n'
         'Cy;Dee;512-555-0183;cy-at-example;\r\n'
         'Dan;Fox;(512) 555-0184;dan@example.com;\r\n')


def _wizard(qtbot: QtBot, backend: Backend, runner: BackgroundRunner, service: ContactImportService,
            actor: Actor | None = None) -> ImportWizard:
    wizard = ImportWizard(service, backend.cadences, actor or backend.actor(), runner)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _press(qtbot: QtBot, wizard: ImportWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), f"{which} is not available"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _to_cadence_page(qtbot: QtBot, wizard: ImportWizard, csv_path: Path, adjust: Callable[[], None]) -> None:
    qtbot.keyClicks(wizard.file_page.ui.file_edit, str(csv_path))
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=10_000)
    adjust()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=10_000)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.cadence_page and wizard.cadence_page.isComplete(),
                    timeout=10_000)


def _field_combo(mapping: ImportMappingPage, header: str) -> QComboBox:
    """The field chooser on the row of the mapping table that names this file column."""
    table = mapping.ui.mapping_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == header)
    combo = table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    return combo


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def _preview(wizard: ImportWizard) -> list[dict[str, str]]:
    table = wizard.mapping_page.ui.preview_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return [{h: table.item(r, c).text() for c, h in enumerate(headers)} for r in range(table.rowCount())]


def test_import_maps_previews_enrolls_and_reports_bad_rows_by_line(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    csv_path = tmp_path / "leads.csv"
    csv_path.write_bytes(LEADS.encode("utf-8-sig"))
    service = ContactImportService(backend.store, backend.clock, backend.enrollment)
    wizard = _wizard(qtbot, backend, runner, service)
    mapping = wizard.mapping_page

    def adjust() -> None:
        # The service's guesses, then the person maps the German first-name column.
        assert _field_combo(mapping, "Mobile").currentData() == "phone"
        assert _field_combo(mapping, "Last Name").currentData() == "last_name"
        assert _field_combo(mapping, "E-mail").currentData() == "email"
        assert _field_combo(mapping, "Vorname").currentData() is None
        assert "first name" not in _preview(wizard)[0]
        combo = _field_combo(mapping, "Vorname")
        combo.setCurrentIndex(combo.findData("first_name"))
        qtbot.waitUntil(lambda: _preview(wizard) and _preview(wizard)[0].get("first name") == "Ann",
                        timeout=10_000)

    _to_cadence_page(qtbot, wizard, csv_path, adjust)
    assert _preview(wizard)[0] == {"first name": "Ann", "last name": "Lee", "phone": "+1 512 555 0181",
                                   "email": "ann@example.com"}
    _choose(wizard.cadence_page.ui.cadence_combo, "Long-term Nurture")
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=20_000)

    summary = wizard.summary_page.ui
    counts = [w.text() for w in (summary.created_value, summary.updated_value, summary.duplicates_value,
                                 summary.enrolled_value, summary.errors_value)]
    assert counts == ["2", "0", "0", "2", "2"]
    assert summary.stopped_label.text() == ""
    assert wizard.run_page.ui.progress_bar.value() == wizard.run_page.ui.progress_bar.maximum() == 4
    shown = [(summary.errors_table.item(r, 0).text(), summary.errors_table.item(r, 1).text())
             for r in range(summary.errors_table.rowCount())]
    assert shown == [("4", "phone"), ("5", "email")]

    with backend.db.read() as s:
        rows = {c.phone: c for c in s.scalars(select(ContactRow).where(ContactRow.phone.like("+1512555018%")))}
        assert sorted(rows) == ["+15125550181", "+15125550184"]
        assert (rows["+15125550181"].first_name, rows["+15125550181"].last_name) == ("Ann", "Lee")
        cadence = s.scalar(select(CadenceRow.id).where(CadenceRow.name == "Long-term Nurture"))
        enrolled = s.execute(select(EnrollmentRow.contact_id, EnrollmentRow.source)
                             .where(EnrollmentRow.cadence_id == cadence,
                                    EnrollmentRow.source == "csv_import")).all()
        assert sorted(enrolled) == sorted((c.id, "csv_import") for c in rows.values())

    report = tmp_path / "report.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), "CSV files (*.csv)"))
    qtbot.mouseClick(summary.save_report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: summary.report_status_label.text().startswith("Saved"), timeout=10_000)
    raw = report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert lines[0] == ["line", "field", "error", "Vorname", "Last Name", "Mobile", "E-mail", "Notes"]
    assert [(r[0], r[1], r[3]) for r in lines[1:]] == [("4", "phone", "Bob"), ("5", "email", "Cy")]

    with qtbot.waitSignal(wizard.finished, timeout=5_000):
        _press(qtbot, wizard, QWizard.WizardButton.FinishButton)


class GatedImport(ContactImportService):
    """The real service, held after its first batch until the test lets it go on."""

    def __init__(self, *args: Any, gate: threading.Event, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._gate = gate

    def run(self, *args: Any, progress: Any = None, **kwargs: Any) -> ImportResult:
        def held(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                assert self._gate.wait(10), "the test never released the import"

        return super().run(*args, progress=held, **kwargs)


def test_cancel_stops_between_batches_and_keeps_what_was_saved(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner, tmp_path: Path) -> None:
    csv_path = tmp_path / "leads.csv"
    csv_path.write_text("Phone,Name\n+15125550191,One\n+15125550192,Two\n+15125550193,Three\n")
    gate = threading.Event()
    service = GatedImport(backend.store, backend.clock, backend.enrollment, batch_size=1, gate=gate)
    wizard = _wizard(qtbot, backend, runner, service)
    _to_cadence_page(qtbot, wizard, csv_path, lambda: None)
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    bar = wizard.run_page.ui.progress_bar
    qtbot.waitUntil(lambda: bar.value() == 1, timeout=10_000)
    assert not wizard.run_page.isComplete()  # the UI is live while the worker waits

    _press(qtbot, wizard, QWizard.WizardButton.CancelButton)
    assert wizard.isVisible(), "Cancel must not close the wizard under a running import"
    assert "Cancelling" in wizard.run_page.ui.status_label.text()
    gate.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)

    summary = wizard.summary_page.ui
    assert (summary.created_value.text(), summary.errors_value.text()) == ("1", "2")
    assert CANCELLED in summary.stopped_label.text()
    with backend.db.read() as s:
        phones = s.scalars(select(ContactRow.phone).where(ContactRow.phone.like("+1512555019%"))).all()
    assert phones == ["+15125550191"]


def test_agent_enrolling_gets_the_services_refusal_and_nothing_is_imported(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner, tmp_path: Path) -> None:
    csv_path = tmp_path / "leads.csv"
    csv_path.write_text("Phone\n+15125550195\n")
    service = ContactImportService(backend.store, backend.clock, backend.enrollment)
    actor = backend.accounts.actor_by_email(backend.actor().account_id, "alex@acme-solar.example")
    wizard = _wizard(qtbot, backend, runner, service, actor)
    _to_cadence_page(qtbot, wizard, csv_path, lambda: None)
    _choose(wizard.cadence_page.ui.cadence_combo, "Speed to Lead")
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=10_000)
    summary = wizard.summary_page
    assert summary.title() == "Nothing was imported"
    assert "(agent) may not enroll contacts" in summary.ui.stopped_label.text()
    assert not summary.ui.save_report_button.isEnabled()
    with backend.db.read() as s:
        assert s.scalar(select(ContactRow.id).where(ContactRow.phone == "+15125550195")) is None
