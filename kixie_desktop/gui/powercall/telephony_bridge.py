"""Re-emits telephony events (posted from the SIP thread) as typed Qt signals on the
main thread — the only way SIP news reaches widgets (Electrum's bridge, for SIP).

``post`` may be called from any thread; Qt queues the emission to this object's
thread because the signals cross threads.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kixie_desktop.domain.calls import (
    CallStateChanged,
    CallTransferProgressed,
    IncomingCallReceived,
    MediaStateChanged,
    RegistrationChanged,
    SipMessageReceived,
)


class TelephonyBridge(QObject):
    call_state_changed = Signal(object)  # CallStateChanged
    media_state_changed = Signal(object)  # MediaStateChanged
    incoming_call = Signal(object)  # IncomingCallReceived
    registration_changed = Signal(object)  # RegistrationChanged
    message_received = Signal(object)  # SipMessageReceived
    transfer_progressed = Signal(object)  # CallTransferProgressed

    def post(self, event: object) -> None:
        if isinstance(event, CallStateChanged):
            self.call_state_changed.emit(event)
        elif isinstance(event, MediaStateChanged):
            self.media_state_changed.emit(event)
        elif isinstance(event, IncomingCallReceived):
            self.incoming_call.emit(event)
        elif isinstance(event, RegistrationChanged):
            self.registration_changed.emit(event)
        elif isinstance(event, SipMessageReceived):
            self.message_received.emit(event)
        elif isinstance(event, CallTransferProgressed):
            self.transfer_progressed.emit(event)
