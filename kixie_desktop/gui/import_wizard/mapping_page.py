"""Import wizard, page 2: one combo per file column, preset with the service's guess, and
a preview of the first rows as the chosen mapping reads them. Each change asks
``ContactImportService.preview`` again on a worker (it also checks that a column is
mapped to phone); an answer for an older mapping is dropped. Main thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget, QWizardPage

from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.forms.ui_import_wizard_mapping_page import Ui_ImportMappingPage
from kixie_desktop.gui.import_wizard.draft import SAMPLE_ROWS, ImportDraft
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.leads.contact_import import ContactImportService, ImportPreview
from kixie_desktop.services.leads.csv_parsing import FIELDS

DONT_IMPORT = "(don't import)"


def field_label(field: str) -> str:
    return field.replace("_", " ")


class ImportMappingPage(QWizardPage):
    def __init__(self, draft: ImportDraft, runner: BackgroundRunner, service: ContactImportService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportMappingPage()
        self.ui.setupUi(self)
        self._draft = draft
        self._runner = runner
        self._service = service
        self._combos: list[QComboBox] = []
        self._generation = 0  # bumped per preview request; older answers are stale
        self._preview_ok = False
        self.ui.mapping_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

    def isComplete(self) -> bool:
        return self._preview_ok

    def initializePage(self) -> None:
        file = self._draft.file
        assert file is not None, "the file page loads the file before this page opens"
        self.ui.file_info_label.setText(f"{file.path.name}: {plural(file.total_rows, 'row')}")
        table = self.ui.mapping_table
        table.setRowCount(len(file.headers))
        self._combos = []
        for index, header in enumerate(file.headers):
            table.setItem(index, 0, QTableWidgetItem(header or f"(column {index + 1})"))
            combo = QComboBox(table)
            combo.setObjectName(f"field_combo_{index + 1}")
            combo.addItem(DONT_IMPORT, None)
            for field in FIELDS:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(self._draft.mapping.get(index))))
            combo.currentIndexChanged.connect(lambda _, i=index: self._field_chosen(i))
            table.setCellWidget(index, 1, combo)
            table.setItem(index, 2, QTableWidgetItem(file.sample(index)))
            self._combos.append(combo)
        self._request_preview()

    def _field_chosen(self, index: int) -> None:
        field = self._combos[index].currentData()
        if field is None:
            self._draft.mapping.pop(index, None)
        else:
            # A field maps to one column (the service's rule too): the column that had it lets go.
            for other, combo in enumerate(self._combos):
                if other != index and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
                    self._draft.mapping.pop(other, None)
            self._draft.mapping[index] = field
        self._request_preview()

    def _request_preview(self) -> None:
        file = self._draft.file
        assert file is not None
        self._generation += 1
        generation, overrides, data = self._generation, self._draft.overrides(), file.data
        self._set_ok(False)
        self.ui.error_label.setText("Reading the preview…")
        self._runner.run(lambda: self._service.preview(data, overrides, rows=SAMPLE_ROWS),
                         lambda preview: self._show_preview(generation, preview),
                         lambda error: self._preview_failed(generation, error), owner=self)

    def _show_preview(self, generation: int, preview: ImportPreview) -> None:
        if generation != self._generation:
            return
        fields = [preview.mapping[i] for i in sorted(preview.mapping)]
        table = self.ui.preview_table
        table.clear()
        table.setColumnCount(len(fields))
        table.setHorizontalHeaderLabels([field_label(f) for f in fields])
        table.setRowCount(len(preview.rows))
        for row, values in enumerate(preview.rows):
            for column, field in enumerate(fields):
                table.setItem(row, column, QTableWidgetItem(values.get(field, "")))
        self.ui.error_label.clear()
        self._set_ok(True)

    def _preview_failed(self, generation: int, error: UserFacingError) -> None:
        if generation != self._generation:
            return
        self.ui.preview_table.setRowCount(0)
        self.ui.error_label.setText(error.message)
        self._set_ok(False)

    def _set_ok(self, ok: bool) -> None:
        self._preview_ok = ok
        self.completeChanged.emit()
