"""The ringing banner of the PowerCall panel: who is calling, Answer / Decline.

An inbound INVITE reaches every workstation the SIP account delivers it to. Before
ringing, the banner asks ``PowerCallService.incoming`` (through the BackgroundRunner)
whether this agent should hear it: a known contact's call rings its owner, and everyone
available when the owner is not, or when the caller is unknown. When it is shown, the
softphone plays the ring tone on the ring device (Manage ▸ Settings ▸ Phone). Answering is the
panel's job (it owns the live call); declining answers 486 Busy Here. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kixie_desktop.domain.calls import CallState, CallStateChanged, IncomingCallReceived
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.roles import Actor
from kixie_desktop.gui.forms.ui_powercall_panel import Ui_PowerCallPanel
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.phone_line import PhoneLine, caller_number
from kixie_desktop.gui.powercall.softphone_commands import CommandRelay
from kixie_desktop.services.calls.powercall import IncomingRing, PowerCallService

BUSY_HERE = 486


class IncomingCalls(QObject):
    answer_clicked = Signal(object, str)  # IncomingCallReceived, who is calling
    said = Signal(str)  # for the panel's status line

    def __init__(self, ui: Ui_PowerCallPanel, actor: Actor, powercall: PowerCallService, line: PhoneLine,
                 runner: BackgroundRunner, relay: CommandRelay, can_answer: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui, self._actor, self._powercall, self._line = ui, actor, powercall, line
        self._runner, self._relay, self._can_answer = runner, relay, can_answer
        self._ringing: dict[str, IncomingCallReceived] = {}  # until answered, declined or gone
        self._shown: tuple[IncomingCallReceived, str] | None = None
        ui.incoming_frame.hide()
        ui.answer_button.clicked.connect(self._answer)
        ui.decline_button.clicked.connect(self._decline)

    def on_incoming_call(self, event: IncomingCallReceived) -> None:
        self._ringing[event.call_id] = event
        number = caller_number(event.from_uri)
        self._runner.run(lambda: self._powercall.incoming(self._actor, number),
                         lambda ring: self._route(event, number, ring),
                         lambda error: self._route(event, number, IncomingRing(True, None, error.message)))

    def on_call_state(self, event: CallStateChanged) -> None:
        if event.state is not CallState.ENDED or self._ringing.pop(event.call_id, None) is None:
            return
        if self._shown is not None and self._shown[0].call_id == event.call_id:
            party = self._shown[1]
            self._hide()  # the caller gave up before anyone answered
            self.said.emit(f"Missed call from {party}")

    def _route(self, event: IncomingCallReceived, number: str, ring: IncomingRing) -> None:
        if event.call_id not in self._ringing:
            return  # already over
        party = (ring.contact.full_name or number) if ring.contact is not None else number
        if not ring.ring:
            self.said.emit(f"Incoming call from {party}: {ring.reason}")
            return
        self._shown = (event, party)
        self._ui.incoming_label.setText(f"Incoming call from {party} · {ring.reason}")
        self._ui.answer_button.setEnabled(self._can_answer())
        self._ui.incoming_frame.show()
        try:  # the ring tone stops by itself once the call is answered, declined or gone
            self._relay.watch(self._line.softphone().ring(event.call_id), "ring")
        except UserFacingError as error:
            self._relay.failed.emit(error.message)

    def _hide(self) -> IncomingCallReceived | None:
        shown, self._shown = self._shown, None
        self._ui.incoming_frame.hide()
        if shown is None:
            return None
        self._ringing.pop(shown[0].call_id, None)
        return shown[0]

    def _answer(self) -> None:
        shown = self._shown
        if self._hide() is not None and shown is not None:
            self.answer_clicked.emit(*shown)

    def _decline(self) -> None:
        event = self._hide()
        if event is None:
            return
        try:
            self._relay.watch(self._line.softphone().hangup(event.call_id, BUSY_HERE), "decline the call")
        except UserFacingError as error:
            self._relay.failed.emit(error.message)
