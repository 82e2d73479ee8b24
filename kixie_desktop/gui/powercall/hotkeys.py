"""The PowerCall keys: one table of what each key does, the window-wide actions that carry
them, and the rule that they never fire while the agent types.

Plain keys (no Ctrl or Alt) so that a whole call — accept, hang up, pick the outcome, save —
takes one hand and no mouse. They work anywhere in the window the panel is docked in, but
only when the agent's session allows what they do (the panel enables them after every
change), and never while the focus is in a box the agent types into (notes, a phone
number, a search field): there a key is text. Ctrl+Enter, which no text box takes, saves
the disposition from the notes too. The same table fills the tooltips and Help ▸
Keyboard shortcuts. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget


@dataclass(frozen=True)
class Hotkey:
    name: str  # the action's object name
    keys: tuple[str, ...]  # QKeySequence portable text; the first one is shown
    does: str  # for Help ▸ Keyboard shortcuts
    while_typing: bool = False  # also when the focus is in a text box (only modified keys)

    @property
    def shown(self) -> str:
        return QKeySequence(self.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)


ACCEPT = Hotkey("accept_key", ("A",), "Accept the top call prompt, or answer the ringing call")
SKIP = Hotkey("skip_key", ("S",), "Skip the top call prompt, or decline the ringing call")
HANG_UP = Hotkey("hang_up_key", ("H",), "Hang up")
MUTE = Hotkey("mute_key", ("M",), "Mute or unmute your microphone")
HOLD = Hotkey("hold_key", ("O",), "Put the call on hold, or resume it")
VOICEMAIL = Hotkey("voicemail_key", ("V",), "Leave the chosen voicemail greeting and move on")
DISPOSITIONS = tuple(Hotkey(f"disposition_{n}_key", (str(n),), f"Pick disposition {n}") for n in range(1, 10))
SAVE = Hotkey("save_disposition_key", ("Enter", "Return"), "Save the disposition you picked")
SAVE_WHILE_TYPING = Hotkey("save_disposition_typing_key", ("Ctrl+Enter", "Ctrl+Return"),
                           "Save the disposition, also from the notes", while_typing=True)
CALL_KEYS = (ACCEPT, SKIP, HANG_UP, MUTE, HOLD, VOICEMAIL)
ALL = (*CALL_KEYS, *DISPOSITIONS, SAVE, SAVE_WHILE_TYPING)


def tip(text: str, hotkey: Hotkey) -> str:
    """A tooltip naming the key: "Hang up (H)"."""
    return f"{text} ({hotkey.shown})"


def is_typing(widget: QWidget | None) -> bool:
    """Whether ``widget`` takes what is typed: a key pressed there is text, not a command."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QAbstractSpinBox)


class Hotkeys:
    """The actions of ``ALL`` on ``owner``: window-wide, each calling its handler."""

    def __init__(self, owner: QWidget, handlers: dict[Hotkey, Callable[[], None]]) -> None:
        self.actions: dict[Hotkey, QAction] = {}
        for hotkey, handler in handlers.items():
            action = QAction(hotkey.does, owner)
            action.setObjectName(hotkey.name)
            action.setShortcuts([QKeySequence(k) for k in hotkey.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handler)
            owner.addAction(action)
            self.actions[hotkey] = action

    def enable(self, allowed: Callable[[Hotkey], bool], focus: QWidget | None) -> None:
        typing = is_typing(focus)
        for hotkey, action in self.actions.items():
            action.setEnabled((hotkey.while_typing or not typing) and allowed(hotkey))
