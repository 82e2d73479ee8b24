"""The live call box of the PowerCall panel: the state line (Dialing / Ringing / Connected
mm:ss / On hold / "Call ended · 3:12", "Busy", "No answer"…), Hang up, Mute, Hold/Resume, the DTMF keypad and
blind transfer.

Hang up, Mute and Hold are the agent's choices, emitted for the panel to forward to the
agent's session (which turns them into softphone commands, as it does their keys); the
keypad and transfer go to the softphone from here. Softphone commands return futures at
once; their failures come back through a ``CommandRelay``. What a command changed arrives
as telephony events (``on_call_state`` / ``on_media_state``, fed by the panel from the
bridge), and only events move the buttons, so the box never shows a hold that the far end
refused. Main thread only.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QWidget

from kixie_desktop.domain.calls import (
    CallState,
    CallStateChanged,
    CallTransferProgressed,
    MediaStateChanged,
    end_words,
    transfer_words,
)
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.phone_numbers import normalise
from kixie_desktop.gui.forms.ui_call_controls import Ui_CallControls
from kixie_desktop.gui.powercall import hotkeys
from kixie_desktop.gui.powercall.dialpad import Dialpad
from kixie_desktop.gui.powercall.phone_line import PhoneLine
from kixie_desktop.gui.powercall.softphone_commands import CommandRelay

_LIVE = (CallState.CONNECTED, CallState.ON_HOLD)


def state_text(state: CallState, sip_status: int | None = None, reason: str | None = None,
               talk_s: float | None = None) -> str:
    if state is CallState.CONNECTED:
        seconds = int(talk_s or 0)
        return f"Connected {seconds // 60:02d}:{seconds % 60:02d}"
    if state is CallState.ENDED:
        return end_words(sip_status, talk_s)
    return {CallState.DIALING: "Dialing…", CallState.RINGING: "Ringing…",
            CallState.INCOMING: "Incoming call", CallState.ON_HOLD: "On hold"}[state]


class CallControls(QGroupBox):
    hang_up_clicked = Signal()
    mute_clicked = Signal()
    hold_clicked = Signal()

    def __init__(self, line: PhoneLine, relay: CommandRelay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CallControls()
        self.ui.setupUi(self)
        self._line = line
        self._relay = relay
        self.dialpad = Dialpad(self)
        self.ui.dialpad_layout.addWidget(self.dialpad)
        self.call_id: str | None = None
        self.state: CallState | None = None
        self._muted = False
        self._connected_since: float | None = None  # monotonic, for the talk-time display
        self._sent_digits = ""
        self._ending: tuple[int | None, str | None] = (None, None)  # SIP status, reason
        self._transfer_to: str | None = None  # whom the agent is transferring the call to
        self._transfer_words: str | None = None  # how that is going, in words
        self._clock = QTimer(self)
        # Several ticks a second: a coarse 1 s timer may fire a little early and show a second late.
        self._clock.setInterval(250)
        self._clock.timeout.connect(self._show_state)
        self.ui.hangup_button.clicked.connect(self.hang_up_clicked)
        self.ui.hangup_button.setToolTip(hotkeys.tip("Hang up", hotkeys.HANG_UP))
        self.ui.mute_button.setToolTip(hotkeys.tip("Mute or unmute your microphone", hotkeys.MUTE))
        self.ui.hold_button.setToolTip(hotkeys.tip("Put the call on hold, or resume it", hotkeys.HOLD))
        self.ui.mute_button.clicked.connect(self._toggle_mute)
        self.ui.hold_button.clicked.connect(self._toggle_hold)
        self.ui.transfer_button.clicked.connect(self._transfer)
        self.ui.transfer_edit.returnPressed.connect(self._transfer)
        self.dialpad.digit_pressed.connect(self._send_digit)
        self.hide()

    def attach(self, call_id: str, party: str, state: CallState = CallState.DIALING) -> None:
        """Show the box for a new call."""
        self.call_id, self.state = call_id, state
        self._muted, self._connected_since, self._sent_digits = False, None, ""
        self._ending = (None, None)
        self._transfer_to = self._transfer_words = None
        self.ui.party_label.setText(party)
        self.ui.transfer_edit.clear()
        self.dialpad.show_sent("")
        self._show_state()
        self.show()

    def detach(self) -> None:
        self._clock.stop()
        self.call_id = self.state = None
        self.hide()

    def on_call_state(self, event: CallStateChanged) -> None:
        if event.call_id != self.call_id:
            return
        self.state = event.state
        if event.state is CallState.CONNECTED and self._connected_since is None:
            self._connected_since = time.monotonic()
            self._clock.start()
        if event.state is CallState.ENDED:
            self._clock.stop()
            self._ending = (event.sip_status, event.reason)
        self._show_state()

    def on_transfer(self, event: CallTransferProgressed) -> None:
        """The far end's word on a blind transfer: shown while it goes on, said when it
        fails (the call carries on), and how the call ended when it went through."""
        if event.call_id != self.call_id or self._transfer_to is None:
            return
        words = transfer_words(event.sip_status, event.final, self._transfer_to)
        failed = event.final and event.sip_status >= 300
        self._transfer_words = None if failed else words
        if failed:
            self._relay.failed.emit(words)
            self._transfer_to = None
        self._show_state()

    def on_media_state(self, event: MediaStateChanged) -> None:
        if event.call_id == self.call_id:
            self._muted = event.muted
            self._show_state()

    # -- display --------------------------------------------------------------------------

    def _show_state(self) -> None:
        state = self.state or CallState.DIALING
        talk = time.monotonic() - self._connected_since if self._connected_since else None
        self.ui.state_label.setText(self._transfer_words or (
            state_text(state, *self._ending, talk_s=talk) if state is CallState.ENDED
            else state_text(state, talk_s=talk)))
        live = state in _LIVE
        self.ui.hangup_button.setEnabled(state is not CallState.ENDED)
        self.ui.mute_button.setEnabled(live)
        self.ui.mute_button.setChecked(self._muted)
        self.ui.mute_button.setText("Un&mute" if self._muted else "&Mute")
        self.ui.hold_button.setEnabled(live)
        self.ui.hold_button.setChecked(state is CallState.ON_HOLD)
        self.ui.hold_button.setText("&Resume" if state is CallState.ON_HOLD else "H&old")
        connected = state is CallState.CONNECTED
        self.dialpad.setEnabled(connected)
        self.ui.transfer_edit.setEnabled(connected)
        self.ui.transfer_button.setEnabled(connected)

    # -- commands -------------------------------------------------------------------------

    def _command(self, doing: str, command: str, *args: object) -> None:
        if self.call_id is None:
            return
        try:
            phone = self._line.softphone()
        except UserFacingError as error:
            self._relay.failed.emit(str(error))
            return
        self._relay.watch(getattr(phone, command)(self.call_id, *args), doing)

    def _toggle_mute(self) -> None:
        self.ui.mute_button.setChecked(self._muted)  # the MediaStateChanged event flips it
        self.mute_clicked.emit()

    def _toggle_hold(self) -> None:
        self.ui.hold_button.setChecked(self.state is CallState.ON_HOLD)  # the ON_HOLD / CONNECTED event flips it
        self.hold_clicked.emit()

    def _send_digit(self, digit: str) -> None:
        self._sent_digits += digit
        self.dialpad.show_sent(self._sent_digits)
        self._command(f"send {digit}", "send_dtmf", digit)

    def _transfer(self) -> None:
        target = self.ui.transfer_edit.text().strip()
        if not target:
            self._relay.failed.emit("Type a number or sip: address to transfer to")
            return
        try:
            if not target.startswith(("sip:", "sips:")):
                target = normalise(target)  # "(512) 555-0111" is dialled as +15125550111
            uri = self._line.uri_for(target)
        except UserFacingError as error:
            self._relay.failed.emit(error.message)
            return
        self._transfer_to = target  # its progress comes as the far end reports it
        self._command(f"transfer to {target}", "blind_transfer", uri)
