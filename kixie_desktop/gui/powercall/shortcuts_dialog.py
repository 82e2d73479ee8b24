"""Help ▸ Keyboard shortcuts: the PowerCall keys (from ``hotkeys``, the table that binds them)
and the window's own shortcuts, listed for the agent. Main thread only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from kixie_desktop.gui.forms.ui_keyboard_shortcuts_dialog import Ui_KeyboardShortcutsDialog
from kixie_desktop.gui.powercall import hotkeys

DIGITS_ROW = (f"{hotkeys.DISPOSITIONS[0].shown} – {hotkeys.DISPOSITIONS[-1].shown}",
              "Pick the disposition with that number, after a cadence call")


def rows(window_actions: Sequence[QAction] = ()) -> list[tuple[str, str]]:
    """(key, what it does), PowerCall's first, then the window's actions that have a shortcut."""
    out = [(key.shown, key.does) for key in hotkeys.CALL_KEYS]
    out += [DIGITS_ROW, (hotkeys.SAVE.shown, hotkeys.SAVE.does),
            (hotkeys.SAVE_WHILE_TYPING.shown, hotkeys.SAVE_WHILE_TYPING.does),
            ("Alt + underlined letter", "Press that button, e.g. Alt+A answers a ringing call")]
    for action in window_actions:
        if not action.shortcut().isEmpty():
            text = action.text().replace("&", "").rstrip("…")
            out.append((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), text))
    return out


class KeyboardShortcutsDialog(QDialog):
    def __init__(self, window_actions: Sequence[QAction] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyboardShortcutsDialog()
        self.ui.setupUi(self)
        table = self.ui.shortcuts_table
        listed = rows(window_actions)
        table.setRowCount(len(listed))
        for row, (key, does) in enumerate(listed):
            table.setItem(row, 0, QTableWidgetItem(key))
            table.setItem(row, 1, QTableWidgetItem(does))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.button_box.rejected.connect(self.reject)
