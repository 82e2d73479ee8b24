"""The engine's and the phone's state, at the right of the main window's status bar.

The window paints before the engine runtime starts (its threads, the softphone, the HTTP
API), so a person sees "Engine starting…" there, then "Engine running" (or why it did not
start); the phone shows "Demo line" when calls go to the built-in demo line, else whether
the SIP account is registered, following the registrar's answers. Permanent widgets, so
the status bar's passing messages never hide them. Main thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from kixie_desktop.domain.calls import RegistrationChanged
from kixie_desktop.gui.powercall.telephony_bridge import TelephonyBridge

PHONE_SETTINGS = "Manage ▸ Settings ▸ Phone"


class EngineStatus:
    def __init__(self, status_bar: QStatusBar, bridge: TelephonyBridge) -> None:
        self.engine = QLabel("Engine starting…")
        self.engine.setObjectName("engine_status")
        self.phone = QLabel("Phone starting…")
        self.phone.setObjectName("phone_status")
        status_bar.addPermanentWidget(self.engine)
        status_bar.addPermanentWidget(self.phone)
        self._demo = False
        bridge.registration_changed.connect(self.on_registration_changed)

    def running(self, *, demo_line: bool, detail: str) -> None:
        """``detail``: a line for the tooltip (where the API listens, or why it does not)."""
        self.engine.setText("Engine running")
        self.engine.setToolTip(detail)
        self._demo = demo_line
        if demo_line:
            self.phone.setText("Demo line")
            self.phone.setToolTip("Calls and texts go to the built-in demo line: no phone account is set up "
                                  f"({PHONE_SETTINGS}).")
        elif self.phone.text() == "Phone starting…":
            self.phone.setText("Phone registering…")

    def failed(self, reason: str) -> None:
        self.engine.setText("Engine not running")
        self.engine.setToolTip(reason)
        self.phone.setText("Phone off")
        self.phone.setToolTip("The phone starts with the engine.")

    def on_registration_changed(self, event: RegistrationChanged) -> None:
        if self._demo:
            return
        if event.registered:
            self.phone.setText("Registered")
            self.phone.setToolTip("Your phone account is signed in: calls can go out and come in.")
        else:
            self.phone.setText("Not registered")
            self.phone.setToolTip(f"Your phone account is not signed in; check it in {PHONE_SETTINGS}.")
