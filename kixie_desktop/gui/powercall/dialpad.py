"""The DTMF keypad shown during a call: twelve keys that each send one digit.

Pure widget: it emits ``digit_pressed`` and the call controls send the digit through
the softphone. Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from kixie_desktop.gui.forms.ui_dialpad import Ui_Dialpad

KEYS = "123456789*0#"


class Dialpad(QWidget):
    digit_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Dialpad()
        self.ui.setupUi(self)
        for key in KEYS:
            button = self.key(key)
            button.clicked.connect(lambda _=False, k=key: self.digit_pressed.emit(k))

    def key(self, digit: str) -> QPushButton:
        name = {"*": "star", "#": "hash"}.get(digit, digit)
        button: QPushButton = getattr(self.ui, f"digit_{name}_button")
        return button

    def show_sent(self, digits: str) -> None:
        """Echo what went out, so the agent can check a long extension."""
        self.ui.sent_label.setText(f"Sent: {digits}" if digits else "")
