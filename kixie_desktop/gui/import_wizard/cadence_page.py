"""Import wizard, page 3: optionally a cadence to enroll every imported contact into.
The cadence list comes from ``CadenceService.list`` on a worker; only cadences that are on
are offered, since the import service refuses one that is off. This is the commit page:
its button starts the import, and there is no going back from it. Main thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Actor
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.forms.ui_import_wizard_cadence_page import Ui_ImportCadencePage
from kixie_desktop.gui.import_wizard.draft import ImportDraft
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.authoring.cadences import CadenceService

NO_CADENCE = "Don't enroll (import contacts only)"


class ImportCadencePage(QWizardPage):
    def __init__(self, draft: ImportDraft, runner: BackgroundRunner, cadences: CadenceService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportCadencePage()
        self.ui.setupUi(self)
        self._draft = draft
        self._runner = runner
        self._cadences = cadences
        self._actor = actor
        self._loaded = False
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Import")
        self.ui.cadence_combo.addItem(NO_CADENCE, None)

    def isComplete(self) -> bool:
        return self._loaded

    def initializePage(self) -> None:
        if self._loaded:
            return
        self.ui.status_label.setText("Loading cadences…")
        self._runner.run(lambda: self._cadences.list(self._actor), self._show, self._failed, owner=self)

    def validatePage(self) -> bool:
        chosen = self.ui.cadence_combo.currentData()
        self._draft.cadence_id = CadenceId(chosen) if chosen is not None else None
        self._draft.cadence_name = self.ui.cadence_combo.currentText() if chosen is not None else ""
        return True

    def _show(self, rows: list[CadenceSummary]) -> None:
        active = sorted((r for r in rows if r.active), key=lambda r: r.name.lower())
        for row in active:
            self.ui.cadence_combo.addItem(row.name, int(row.id))
        off = len(rows) - len(active)
        self.ui.status_label.setText(f"Not listed, turned off: {plural(off, 'cadence')}." if off else "")
        self._loaded = True
        self.completeChanged.emit()

    def _failed(self, error: UserFacingError) -> None:
        # Importing without a cadence still works; say why none is offered.
        self.ui.status_label.setText(f"Cadences not available: {error.message}")
        self._loaded = True
        self.completeChanged.emit()
