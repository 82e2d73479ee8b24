"""Import wizard, page 4: runs ``ContactImportService.run`` on a worker thread and shows
its progress. The service calls back on that worker; a parentless relay object turns each
call into a queued signal, so the bar updates on the Qt thread and a closed page is never
touched from the worker. Cancel sets a flag the service reads between batches. When the
run ends (or is refused) the wizard moves on to the summary by itself.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget, QWizardPage

from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.roles import Actor
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.forms.ui_import_wizard_run_page import Ui_ImportRunPage
from kixie_desktop.gui.import_wizard.draft import ImportDraft
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.leads.contact_import import ContactImportService, ImportResult


class ProgressRelay(QObject):
    """Emitted from the worker, delivered on the Qt thread (queued connection)."""

    progressed = Signal(int, int)  # rows done, rows in the file


class ImportRunPage(QWizardPage):
    def __init__(self, draft: ImportDraft, runner: BackgroundRunner, service: ContactImportService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportRunPage()
        self.ui.setupUi(self)
        self._draft = draft
        self._runner = runner
        self._service = service
        self._actor = actor
        self._cancel = threading.Event()
        self._relay: ProgressRelay | None = None
        self._running = False
        self._done = False

    @property
    def running(self) -> bool:
        return self._running

    def isComplete(self) -> bool:
        return self._done

    def initializePage(self) -> None:
        file = self._draft.file
        assert file is not None
        self._cancel.clear()
        self._running, self._done = True, False
        self.ui.progress_bar.setRange(0, max(1, file.total_rows))
        self.ui.progress_bar.setValue(0)
        target = f" and enrolling into {self._draft.cadence_name}" if self._draft.cadence_id else ""
        self.ui.status_label.setText(f"Importing {plural(file.total_rows, 'row')}{target}…")
        # No parent: the worker's closure keeps it alive, and Qt drops queued calls to a
        # receiver that is gone, so a late progress call can never reach a deleted page.
        relay = ProgressRelay()
        relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        self._relay = relay
        service, actor, cancel = self._service, self._actor, self._cancel
        data, overrides, cadence_id = file.data, self._draft.overrides(), self._draft.cadence_id

        def work() -> ImportResult:
            return service.run(actor, data, overrides=overrides, cadence_id=cadence_id,
                               progress=relay.progressed.emit, cancelled=cancel.is_set)

        self._runner.run(work, self._finished, self._refused, owner=self)

    def request_cancel(self) -> None:
        """Stop after the batch being written; what is written stays."""
        if self._running and not self._cancel.is_set():
            self._cancel.set()
            self.ui.status_label.setText("Cancelling after the current batch…")

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progress_bar.setMaximum(max(1, total))
        self.ui.progress_bar.setValue(done)
        if not self._cancel.is_set():
            self.ui.status_label.setText(f"{done:,} of {plural(total, 'row')} done…")

    def _finished(self, result: ImportResult) -> None:
        self._draft.result, self._draft.error = result, None
        self._end()

    def _refused(self, error: UserFacingError) -> None:
        self._draft.result, self._draft.error = None, error.message
        self._end()

    def _end(self) -> None:
        # The relay stays referenced here so its last reference is dropped on this thread.
        self._running, self._done = False, True
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()
