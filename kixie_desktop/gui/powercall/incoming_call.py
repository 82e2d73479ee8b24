"""The ringing banner of the PowerCall panel: who is calling, Answer / Decline.

Render and forward only. Whether this agent should hear an inbound call (a known contact's
call rings its owner; everyone available when the owner is not, or the caller is unknown),
and what answering or declining does, is the agent's session's business
(``engine/agent_session.py``), which also has the softphone play the ring tone on the ring
device (Manage ▸ Settings ▸ Phone) while it shows; the banner shows the call it says rings
here and emits the agent's clicks. Answer is offered only while the agent is free to take
it. Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kixie_desktop.engine.agent_session import Ringing
from kixie_desktop.gui.forms.ui_powercall_panel import Ui_PowerCallPanel
from kixie_desktop.gui.powercall import hotkeys


class IncomingCalls(QObject):
    answer_clicked = Signal()
    decline_clicked = Signal()

    def __init__(self, ui: Ui_PowerCallPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        ui.incoming_frame.hide()
        ui.answer_button.setToolTip(hotkeys.tip("Answer the call", hotkeys.ACCEPT))
        ui.decline_button.setToolTip(hotkeys.tip("Decline the call", hotkeys.SKIP))
        ui.answer_button.clicked.connect(self.answer_clicked)
        ui.decline_button.clicked.connect(self.decline_clicked)

    def show(self, ringing: Ringing | None, answerable: bool) -> None:
        if ringing is None:
            self._ui.incoming_frame.hide()
            return
        self._ui.incoming_label.setText(f"Incoming call from {ringing.party} · {ringing.reason}")
        self._ui.answer_button.setEnabled(answerable)
        self._ui.incoming_frame.show()
