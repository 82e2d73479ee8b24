"""A non-modal dialog for bugs: a summary a person can read and the details to report."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_bug(parent: QWidget, summary: str, details: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, "Kixie Desktop", summary, parent=parent)
    box.setInformativeText("The details below are also in the log file. Please send them to support.")
    box.setDetailedText(details)
    box.setModal(False)
    box.show()
    return box
