"""A secret shown exactly once (a new API token, a webhook signing secret): a read-only
field in a frame with Copy and Done; it is forgotten on Done and when the dialog closes,
because the database keeps only a hash or a keyring reference."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QWidget


class ShownOnce:
    def __init__(self, frame: QWidget, field: QLineEdit, copy_button: QAbstractButton,
                 done_button: QAbstractButton, noun: str, say: Callable[[str], None]) -> None:
        self._frame, self._field, self._noun, self._say = frame, field, noun, say
        copy_button.clicked.connect(self._copy)
        done_button.clicked.connect(self.forget)
        self.forget()

    def show(self, secret: str) -> None:
        self._field.setText(secret)
        self._frame.show()

    def forget(self) -> None:
        self._field.clear()
        self._frame.hide()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self._field.text())
        self._say(f"{self._noun} copied to the clipboard.")
