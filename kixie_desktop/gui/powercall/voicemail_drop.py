"""Voicemail drop in the PowerCall panel: the agent's greetings and a *Leave Voicemail* button,
usable while our call is connected. A click only says which greeting (``drop_clicked``); the
panel plays it into the call, saves *Left Voicemail* and frees the agent (docs/powercall.md).
Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kixie_desktop.domain.calls import CallState, CallStateChanged
from kixie_desktop.domain.greetings import Greeting
from kixie_desktop.gui.forms.ui_voicemail_drop import Ui_VoicemailDrop

NO_GREETINGS = "No greetings yet: record one in Manage ▸ Settings ▸ Voicemail Greetings"


class VoicemailDrop(QWidget):
    drop_clicked = Signal(object)  # the Greeting to play

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VoicemailDrop()
        self.ui.setupUi(self)
        self._greetings: list[Greeting] = []
        self.call_id: str | None = None
        self._connected = False
        self.ui.drop_button.clicked.connect(self._clicked)
        self.set_greetings([])
        self.hide()

    def set_greetings(self, greetings: list[Greeting]) -> None:
        """Offer these, keeping the one chosen when it is still there."""
        combo = self.ui.greeting_combo
        chosen = combo.currentData()
        self._greetings = list(greetings)
        combo.clear()
        for greeting in greetings:
            combo.addItem(greeting.label, greeting.greeting_id)
        if not greetings:
            combo.addItem(NO_GREETINGS, None)
        elif (index := combo.findData(chosen)) >= 0:
            combo.setCurrentIndex(index)
        self._enable()

    def attach(self, call_id: str) -> None:
        self.call_id, self._connected = call_id, False
        self._enable()
        self.show()

    def detach(self) -> None:
        self.call_id, self._connected = None, False
        self.hide()

    def on_call_state(self, event: CallStateChanged) -> None:
        if event.call_id == self.call_id:
            self._connected = event.state is CallState.CONNECTED
            self._enable()

    def _enable(self) -> None:
        self.ui.greeting_combo.setEnabled(bool(self._greetings))
        self.ui.drop_button.setEnabled(self._connected and bool(self._greetings))

    def _clicked(self) -> None:
        greeting_id = self.ui.greeting_combo.currentData()
        chosen = next((g for g in self._greetings if g.greeting_id == greeting_id), None)
        if chosen is not None and self._connected:
            self.drop_clicked.emit(chosen)
