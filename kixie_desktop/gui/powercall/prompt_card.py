"""One call prompt in the PowerCall queue: who, which cadence and attempt, and how long
is left to accept it.

The countdown is recomputed from the prompt's ``expires_at`` on every ``tick`` (the
panel drives it from one timer for all cards), so it never drifts. Main thread only.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QWidget

from kixie_desktop.domain.powercall import CallPrompt
from kixie_desktop.gui.forms.ui_prompt_card import Ui_PromptCard
from kixie_desktop.gui.powercall import hotkeys


def countdown_text(seconds_left: float) -> str:
    left = max(0, int(seconds_left + 0.999))  # 0.4 s left still reads "0:01", not "0:00"
    return f"{left // 60}:{left % 60:02d}"


class PromptCard(QFrame):
    accept_clicked = Signal(object)  # CallPrompt
    skip_clicked = Signal(object)  # CallPrompt

    def __init__(self, prompt: CallPrompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PromptCard()
        self.ui.setupUi(self)
        self.prompt = prompt
        contact = prompt.contact
        self.ui.contact_label.setText(contact.full_name or contact.phone)
        self.ui.phone_label.setText(contact.phone + (f" · {contact.company}" if contact.company else ""))
        self.ui.cadence_label.setText(f"{prompt.cadence_name} · attempt {prompt.attempt}")
        self.ui.accept_button.setToolTip(f"Take this call and dial now · {hotkeys.ACCEPT.shown} takes the top prompt")
        self.ui.skip_button.setToolTip(f"{self.ui.skip_button.toolTip()} · {hotkeys.SKIP.shown} skips the top prompt")
        self.ui.accept_button.clicked.connect(lambda: self.accept_clicked.emit(self.prompt))
        self.ui.skip_button.clicked.connect(lambda: self.skip_clicked.emit(self.prompt))

    def tick(self, now: datetime) -> bool:
        """Refresh the countdown; False once the prompt has expired."""
        left = (self.prompt.expires_at - now).total_seconds()
        self.ui.countdown_label.setText(countdown_text(left))
        return left > 0

    def set_enabled(self, accept: bool, skip: bool, accepting: bool) -> None:
        """What the agent may do with this prompt now: nothing while an accept is in flight
        (a second click must not send a second accept), skip only while a call rings."""
        self.ui.accept_button.setEnabled(accept)
        self.ui.skip_button.setEnabled(skip)
        self.ui.accept_button.setText("Accepting…" if accepting else "Accept")
