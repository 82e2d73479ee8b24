"""Import wizard, last page: what the import did (created, updated, duplicates merged,
enrolled, errors), why it stopped if it did, the bad rows by line, and "Save error
report…", which writes the service's CSV report (UTF-8 with a BOM, so Excel reads it
right) on a worker. Main thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget, QWizardPage

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.forms.ui_import_wizard_summary_page import Ui_ImportSummaryPage
from kixie_desktop.gui.import_wizard.draft import ImportDraft
from kixie_desktop.gui.operations import BackgroundRunner

SHOWN_ERRORS = 500  # the table is a glance; the saved report has every row


def write_report(path: Path, text: str) -> None:
    """Blocking: call it on a worker. Disk trouble is something a person can fix."""
    try:
        path.write_text(text, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ValidationError(f"cannot write {path}: {exc.strerror or exc}", field="report") from None


class ImportSummaryPage(QWizardPage):
    def __init__(self, draft: ImportDraft, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportSummaryPage()
        self.ui.setupUi(self)
        self._draft = draft
        self._runner = runner
        self.ui.errors_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.errors_table.horizontalHeader().setStretchLastSection(True)
        self.ui.save_report_button.clicked.connect(self._save_report)

    def initializePage(self) -> None:
        result, error = self._draft.result, self._draft.error
        values = (self.ui.created_value, self.ui.updated_value, self.ui.duplicates_value,
                  self.ui.enrolled_value, self.ui.errors_value)
        if result is None:
            self.setTitle("Nothing was imported")
            for label in values:
                label.setText("–")
            self.ui.stopped_label.setText(error or "")
            self.ui.errors_table.setRowCount(0)
            self.ui.save_report_button.setEnabled(False)
            return
        counts = (result.created, result.updated, result.duplicates, result.enrolled, len(result.errors))
        for label, count in zip(values, counts, strict=True):
            label.setText(str(count))
        self.setTitle("Import stopped early" if result.stopped else "Import finished")
        self.ui.stopped_label.setText(
            f"Stopped: {result.stopped}. The rows not imported are in the error report." if result.stopped else "")
        errors = sorted(result.errors, key=lambda e: e.line)[:SHOWN_ERRORS]
        table = self.ui.errors_table
        table.setRowCount(len(errors))
        for row, e in enumerate(errors):
            table.setItem(row, 0, QTableWidgetItem(str(e.line)))
            table.setItem(row, 1, QTableWidgetItem(e.field or ""))
            table.setItem(row, 2, QTableWidgetItem(e.reason))
        self.ui.save_report_button.setEnabled(bool(result.errors))

    def _save_report(self) -> None:
        result, file = self._draft.result, self._draft.file
        if result is None or file is None:
            return
        default = file.path.with_name(f"{file.path.stem}-errors.csv")
        chosen, _ = QFileDialog.getSaveFileName(self, "Save error report", str(default), "CSV files (*.csv)")
        if not chosen:
            return
        path, text = Path(chosen), result.error_report()
        self.ui.save_report_button.setEnabled(False)
        self.ui.report_status_label.setText("Saving…")
        self._runner.run(lambda: write_report(path, text),
                         lambda _: self._saved(f"Saved {plural(len(result.errors), 'row')} to {path.name}."),
                         lambda error: self._saved(error.message), owner=self)

    def _saved(self, status: str) -> None:
        self.ui.report_status_label.setText(status)
        self.ui.save_report_button.setEnabled(True)
