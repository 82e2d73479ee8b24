"""The one-line message under a form: plain for news, red for a refusal a person can act on."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b00020;"


def say(label: QLabel, text: str) -> None:
    label.setStyleSheet("")
    label.setText(text)


def complain(label: QLabel, text: str) -> None:
    label.setStyleSheet(ERROR_STYLE)
    label.setText(text)
