"""The disposition form that opens in the PowerCall panel when a cadence call ends: the
account's dispositions as numbered buttons, and free-text notes.

A click on a button, or its number key (the panel's hotkeys call ``pick``), chooses it; Save
(or Enter) sends the choice. Nothing is chosen when the form opens: a disposition saved by
accident would drive the cadence. Saving is the panel's job (through the agent's session);
this widget only collects the choice. Main thread only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QPushButton, QWidget

from kixie_desktop.domain.directory import Disposition
from kixie_desktop.domain.ids import DispositionId
from kixie_desktop.gui.forms.ui_disposition_form import Ui_DispositionForm
from kixie_desktop.gui.powercall import hotkeys

COLUMNS = 2


def numbered(dispositions: Sequence[Disposition]) -> list[tuple[Disposition, int | None]]:
    """The dispositions an agent may pick, in the account's order, each with its key: its own
    (Manage ▸ Settings ▸ Dispositions), and none when it has none — a key left off on purpose
    (Do Not Call, say) is not put back. Only an account that gives no disposition a key gets
    them numbered by position, the first nine 1–9."""
    active = [d for d in dispositions if not d.archived]
    if any(d.digit is not None for d in active):
        return [(d, d.digit) for d in active]
    return [(d, n if n <= 9 else None) for n, d in enumerate(active, 1)]


class DispositionForm(QGroupBox):
    save_clicked = Signal(int, str)  # disposition id, notes

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._saving = False
        self.ui = Ui_DispositionForm()
        self.ui.setupUi(self)
        self.ui.save_button.setToolTip(hotkeys.tip("Save the disposition", hotkeys.SAVE))
        self.buttons: dict[DispositionId, QPushButton] = {}
        self._by_digit: dict[int, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._group.buttonToggled.connect(lambda *_: self._update_save())
        self.ui.save_button.clicked.connect(self.save)
        self._update_save()

    def set_dispositions(self, dispositions: Sequence[Disposition]) -> None:
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons.clear()
        self._by_digit.clear()
        for index, (disposition, digit) in enumerate(numbered(dispositions)):
            name = disposition.name.replace("&", "&&")  # a literal "&", not a mnemonic
            button = QPushButton(f"{digit} · {name}" if digit is not None else name, self)
            button.setCheckable(True)
            button.setObjectName(f"disposition_{int(disposition.id)}_button")
            if digit is not None:
                button.setToolTip(hotkeys.tip(disposition.name, hotkeys.DISPOSITIONS[digit - 1]))
                self._by_digit[digit] = button
            self._group.addButton(button, int(disposition.id))
            self.ui.choices_layout.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[disposition.id] = button
        self._update_save()

    def open_for(self, who: str) -> None:
        """Fresh for the call that just ended: nothing chosen, no notes."""
        self._group.setExclusive(False)  # an exclusive group never unchecks its last button
        for button in self.buttons.values():
            button.setChecked(False)
        self._group.setExclusive(True)
        self.ui.notes_edit.clear()
        self.setTitle(f"How did the call with {who} go?")
        self.set_saving(False)

    @property
    def chosen(self) -> DispositionId | None:
        button = self._group.checkedButton()
        return None if button is None else DispositionId(self._group.id(button))

    def has_digit(self, digit: int) -> bool:
        return digit in self._by_digit

    def pick(self, digit: int) -> None:
        button = self._by_digit.get(digit)
        if button is not None and button.isEnabled():
            button.setChecked(True)

    def set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in self.buttons.values():
            button.setEnabled(not saving)
        self.ui.notes_edit.setReadOnly(saving)
        self._update_save()

    def save(self) -> None:
        chosen = self.chosen
        if chosen is None or self._saving:
            return
        self.set_saving(True)
        self.save_clicked.emit(chosen, self.ui.notes_edit.toPlainText())

    def _update_save(self) -> None:
        self.ui.save_button.setEnabled(self.chosen is not None and not self._saving)
