"""Workstation ports: this computer's settings file, its running phone, and how an HTTP SMS
provider is reached.

``WorkstationSettingsFile`` is ``config.toml`` (``config.workstation_file``); ``RunningPhone``
is the softphone of the engine runtime while it runs (``telephony.live_phone``); an
``HttpSmsConnector`` builds the gateway for an HTTP provider (the composition root's, over
``integrations.twilio_sms``), the one the engine sends through and a test text goes through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from kixie_desktop.domain.calls import AudioDevice, CallStateChanged
from kixie_desktop.domain.workstation import AudioDeviceChoice, SipAccountSetup, SmsProviderSetup
from kixie_desktop.services.ports.telephony import SmsGateway

# An HTTP provider's set-up and its token -> the gateway that texts through it.
HttpSmsConnector = Callable[[SmsProviderSetup, str], SmsGateway]


class WorkstationSettingsFile(Protocol):
    """The settings file's workstation sections. Reads see what was last written (not what
    the running process started with); a write replaces its section at once, atomically."""

    def sip_account(self) -> SipAccountSetup | None: ...

    def save_sip_account(self, setup: SipAccountSetup | None) -> None:
        """None forgets the account (calls and texts go to the demo line)."""
        ...

    def sms_provider(self) -> SmsProviderSetup: ...

    def save_sms_provider(self, setup: SmsProviderSetup) -> None: ...

    def audio_devices(self) -> AudioDeviceChoice: ...

    def save_audio_devices(self, choice: AudioDeviceChoice) -> None: ...


class RunningPhone(Protocol):
    """The softphone of this process's engine runtime. Every method but
    ``encryption_caveat`` raises ``PhoneNotReady`` (a ``UserFacingError``) while no runtime
    has its softphone up. Blocking: call from a worker thread."""

    def encryption_caveat(self) -> str | None:
        """What encrypted calls (TLS, SRTP) rely on, in words, when it is worth a warning."""
        ...

    def audio_devices(self) -> list[AudioDevice]: ...

    def use_audio_devices(self, choice: AudioDeviceChoice) -> None:
        """Switch calls to ``choice`` now (a headless softphone on the null device stays on it)."""
        ...

    def call_demo_line(self, on_state: Callable[[CallStateChanged], None], no_answer_timeout_s: float) -> str:
        """Start a call to the built-in demo line and return its id; every state change of
        that call is handed to ``on_state`` (on the SIP thread: it must be quick)."""
        ...

    def hang_up(self, call_id: str) -> None: ...

    def start_recording(self, wav_path: str) -> None:
        """Record the microphone into ``wav_path`` (a new voicemail greeting) until stopped."""
        ...

    def stop_recording(self) -> None:
        """Stop the recording; its WAV header is written a moment later (readers wait for it)."""
        ...
