"""Voicemail drop in the PowerCall panel: the agent's greetings and a *Leave Voicemail* button
(and the V key), shown with the agent's outbound call and usable while it is connected. A
click only says which greeting (``drop_clicked``); the panel forwards it to the agent's
session, which plays it into the call, saves *Left Voicemail* and frees the agent
(docs/powercall.md). Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kixie_desktop.domain.greetings import Greeting
from kixie_desktop.gui.forms.ui_voicemail_drop import Ui_VoicemailDrop
from kixie_desktop.gui.powercall import hotkeys

NO_GREETINGS = "No greetings yet: record one in Manage ▸ Settings ▸ Voicemail Greetings"


class VoicemailDrop(QWidget):
    drop_clicked = Signal(object)  # the Greeting to play

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VoicemailDrop()
        self.ui.setupUi(self)
        self._greetings: list[Greeting] = []
        self._allowed = False
        self.ui.drop_button.setToolTip(hotkeys.tip(self.ui.drop_button.toolTip(), hotkeys.VOICEMAIL))
        self.ui.drop_button.clicked.connect(self.drop)
        self.set_greetings([])
        self.hide()

    @property
    def ready(self) -> bool:
        """There is a greeting to leave."""
        return bool(self._greetings)

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

    def render(self, visible: bool, allowed: bool) -> None:
        """Shown with the agent's outbound call; the button works when a drop is ``allowed``."""
        self._allowed = allowed
        self.setVisible(visible)
        self._enable()

    def _enable(self) -> None:
        self.ui.greeting_combo.setEnabled(self.ready)
        self.ui.drop_button.setEnabled(self._allowed and self.ready)

    def drop(self) -> None:
        """Leave the chosen greeting (the button, or the V key)."""
        greeting_id = self.ui.greeting_combo.currentData()
        chosen = next((g for g in self._greetings if g.greeting_id == greeting_id), None)
        if chosen is not None and self._allowed:
            self.drop_clicked.emit(chosen)
