"""Import wizard, page 1: choose the CSV file. Reading and parsing it (and the service's
column guesses) happen on a worker through the ``BackgroundRunner``; Next waits for them
and the page moves on by itself when they arrive. Main thread only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget, QWizardPage

from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.forms.ui_import_wizard_file_page import Ui_ImportFilePage
from kixie_desktop.gui.import_wizard.draft import SAMPLE_ROWS, ImportDraft, LoadedFile
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.leads.contact_import import read_source
from kixie_desktop.services.leads.csv_parsing import guess_mapping, parse

CSV_FILTER = "CSV files (*.csv *.txt *.tsv);;All files (*)"


def load_file(path: Path) -> LoadedFile:
    """Blocking (file I/O and a full parse): call it on a worker."""
    data = read_source(path)
    parsed = parse(data)
    return LoadedFile(path=path, data=data, headers=parsed.headers, guesses=guess_mapping(parsed.headers),
                      samples=tuple(r.cells for r in parsed.rows[:SAMPLE_ROWS]),
                      total_rows=len(parsed.rows), encoding=parsed.encoding, delimiter=parsed.delimiter)


class ImportFilePage(QWizardPage):
    def __init__(self, draft: ImportDraft, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportFilePage()
        self.ui.setupUi(self)
        self._draft = draft
        self._runner = runner
        self._loading = False
        self.ui.file_edit.textChanged.connect(lambda _: self._path_edited())
        self.ui.browse_button.clicked.connect(self._browse)

    def isComplete(self) -> bool:
        return bool(self.ui.file_edit.text().strip()) and not self._loading

    def validatePage(self) -> bool:
        path = Path(self.ui.file_edit.text().strip()).expanduser()
        if self._draft.file is not None and self._draft.file.path == path:
            return True
        # Not read yet: read it off the Qt thread; ``_loaded`` presses Next again.
        self._set_loading(True, f"Reading {path.name}…")
        self._runner.run(lambda: load_file(path), self._loaded, self._failed, owner=self)
        return False

    def _browse(self) -> None:
        start = self.ui.file_edit.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, "Choose a CSV file", start, CSV_FILTER)
        if chosen:
            self.ui.file_edit.setText(chosen)

    def _path_edited(self) -> None:
        self.ui.status_label.clear()
        self.completeChanged.emit()

    def _set_loading(self, loading: bool, status: str) -> None:
        self._loading = loading
        self.ui.status_label.setText(status)
        self.ui.file_edit.setEnabled(not loading)
        self.ui.browse_button.setEnabled(not loading)
        self.completeChanged.emit()

    def _loaded(self, file: LoadedFile) -> None:
        self._draft.load(file)
        self._set_loading(False, f"{plural(file.total_rows, 'row')}, {plural(len(file.headers), 'column')} "
                                 f"({file.encoding}, separated by {_describe(file.delimiter)}).")
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _failed(self, error: UserFacingError) -> None:
        self._set_loading(False, f"Cannot import this file: {error.message}")


def _describe(delimiter: str) -> str:
    return {",": "commas", ";": "semicolons", "\t": "tabs", "|": "bars"}.get(delimiter, repr(delimiter))
