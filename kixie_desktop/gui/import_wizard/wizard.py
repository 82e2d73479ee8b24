"""The CSV import wizard: choose a file → map its columns (with a preview) → optionally a
cadence → import with a progress bar → summary and error report. Each page lives in its
own ``*_page`` module beside this one and shares an ``ImportDraft``; every service call goes
through the ``BackgroundRunner``. While the import runs, Cancel (or closing the window)
asks the service to stop after the current batch instead of closing under it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from kixie_desktop.domain.roles import Actor
from kixie_desktop.gui.import_wizard.cadence_page import ImportCadencePage
from kixie_desktop.gui.import_wizard.draft import ImportDraft
from kixie_desktop.gui.import_wizard.file_page import ImportFilePage
from kixie_desktop.gui.import_wizard.mapping_page import ImportMappingPage
from kixie_desktop.gui.import_wizard.run_page import ImportRunPage
from kixie_desktop.gui.import_wizard.summary_page import ImportSummaryPage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.leads.contact_import import ContactImportService, ImportResult


class ImportWizard(QWizard):
    import_finished = Signal(object)  # the ImportResult, once the run has ended

    def __init__(self, service: ContactImportService, cadences: CadenceService, actor: Actor,
                 runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle("Import Contacts")
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.draft = ImportDraft()
        self.file_page = ImportFilePage(self.draft, runner)
        self.mapping_page = ImportMappingPage(self.draft, runner, service)
        self.cadence_page = ImportCadencePage(self.draft, runner, cadences, actor)
        self.run_page = ImportRunPage(self.draft, runner, service, actor)
        self.summary_page = ImportSummaryPage(self.draft, runner)
        for page in (self.file_page, self.mapping_page, self.cadence_page, self.run_page, self.summary_page):
            self.addPage(page)
        self.currentIdChanged.connect(lambda _: self._page_changed())
        self.resize(760, 560)

    def reject(self) -> None:
        if self.run_page.running:
            # Closing now would orphan a running import: ask it to stop, then show what it did.
            self.run_page.request_cancel()
            cancel = self.button(QWizard.WizardButton.CancelButton)
            cancel.setEnabled(False)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run_page.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _page_changed(self) -> None:
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        if self.currentPage() is self.summary_page and self.draft.result is not None:
            result: ImportResult = self.draft.result
            self.import_finished.emit(result)
