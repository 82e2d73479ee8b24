"""The disposition form that opens in the PowerCall panel when a cadence call ends: the
account's dispositions and free-text notes. Saving is the panel's job (through the
BackgroundRunner); this widget only collects the choice. Main thread only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QWidget

from kixie_desktop.domain.directory import Disposition
from kixie_desktop.domain.ids import DispositionId
from kixie_desktop.gui.forms.ui_disposition_form import Ui_DispositionForm


class DispositionForm(QGroupBox):
    save_clicked = Signal(int, str)  # disposition id, notes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saving = False
        self.ui = Ui_DispositionForm()
        self.ui.setupUi(self)
        self.ui.save_button.clicked.connect(self._save)
        self.ui.disposition_combo.currentIndexChanged.connect(lambda _: self._update_save())
        self._update_save()

    def set_dispositions(self, dispositions: Sequence[Disposition]) -> None:
        combo = self.ui.disposition_combo
        combo.clear()
        # No preselection: a disposition saved by accident would drive the cadence.
        combo.addItem("Choose…", None)
        for disposition in dispositions:  # in the account's order
            if not disposition.archived:
                key = "" if disposition.digit is None else f"{disposition.digit} · "
                combo.addItem(f"{key}{disposition.name}", int(disposition.id))
        self._update_save()

    def open_for(self, who: str) -> None:
        self.ui.disposition_combo.setCurrentIndex(0)
        self.ui.notes_edit.clear()
        self.setTitle(f"How did the call with {who} go?")
        self.set_saving(False)
        self.show()

    def set_saving(self, saving: bool) -> None:
        self._saving = saving
        self._update_save()

    def _update_save(self) -> None:
        chosen = self.ui.disposition_combo.currentData() is not None
        self.ui.save_button.setEnabled(chosen and not self._saving)

    def _save(self) -> None:
        disposition_id = self.ui.disposition_combo.currentData()
        if disposition_id is None:
            return
        self.set_saving(True)
        self.save_clicked.emit(DispositionId(disposition_id), self.ui.notes_edit.toPlainText())
