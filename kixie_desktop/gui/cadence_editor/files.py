"""Import… and Export… on the Cadences tab: a cadence as a file (docs/cadence-files.md).

Export asks where to save the selected cadence; Import asks for a file and creates the
cadence from it, off, like every new cadence. A file with problems lists every one of
them (with its place in the file) and creates nothing. The file dialogs are Qt's own (not
the platform's), opened window-modal without a nested event loop, so the window keeps
painting and a test drives them as a person would. Reading, writing and the service
calls run on the ``BackgroundRunner``; main thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from kixie_desktop.domain.cadence_file import CadenceFileInvalid, parse_text, to_text
from kixie_desktop.domain.cadence_views import CadenceSummary, CadenceVersion
from kixie_desktop.domain.errors import UserFacingError, ValidationError
from kixie_desktop.domain.roles import Actor
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.authoring.cadence_files import CadenceFileService

FILTER = "Cadence files (*.json);;All files (*)"


class CadenceFileActions(QObject):
    exported = Signal(str)  # the path written
    imported = Signal(object)  # the CadenceVersion created
    refused = Signal(str)  # what the person was told

    def __init__(self, window: QWidget, actor: Actor, files: CadenceFileService, runner: BackgroundRunner,
                 selected: Callable[[], CadenceSummary | None], import_button: QPushButton,
                 export_button: QPushButton, refresh: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._actor, self._files, self._runner = window, actor, files, runner
        self._selected, self._refresh = selected, refresh
        import_button.clicked.connect(self.ask_import)
        export_button.clicked.connect(self.ask_export)

    def ask_export(self) -> None:
        cadence = self._selected()
        if cadence is None:
            self._tell("Export", "Select the cadence to export first.")
            return
        dialog = self._dialog(f"Export “{cadence.name}”", QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f"{cadence.name}.json")
        dialog.fileSelected.connect(lambda path: self._export(cadence, path))
        dialog.open()

    def ask_import(self) -> None:
        dialog = self._dialog("Import a cadence", QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self._import)
        dialog.open()

    def _dialog(self, title: str, mode: QFileDialog.AcceptMode) -> QFileDialog:
        dialog = QFileDialog(self._window, title, "", FILTER)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        dialog.setDefaultSuffix("json")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _export(self, cadence: CadenceSummary, path: str) -> None:
        files, actor = self._files, self._actor

        def work() -> str:
            text = to_text(files.export(actor, cadence.id))
            try:
                Path(path).write_text(text, encoding="utf-8")
            except OSError as exc:
                raise ValidationError(f"Could not save {Path(path).name}: {exc.strerror or exc}",
                                      field="file") from None
            return path

        self._runner.run(work, self.exported.emit, self._failed("Export"))

    def _import(self, path: str) -> None:
        files, actor = self._files, self._actor

        def work() -> CadenceVersion:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise ValidationError(f"Could not read {Path(path).name}: {exc}", field="file") from None
            return files.import_document(actor, parse_text(text))

        def done(version: CadenceVersion) -> None:
            self.imported.emit(version)
            self._refresh()

        self._runner.run(work, done, self._failed("Import"))

    def _failed(self, title: str) -> Callable[[UserFacingError], None]:
        def show(error: UserFacingError) -> None:
            if isinstance(error, CadenceFileInvalid):
                self._tell(title, f"The file has {plural(len(error.problems), 'problem')}; nothing was "
                                  "imported. Fix them and import it again.",
                           "\n".join(f"{place}: {what}" for place, what in error.problems))
            else:
                self._tell(title, error.message)
        return show

    def _tell(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self._window)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.refused.emit(text + (f"\n{details}" if details else ""))
