"""``LivePhone``: the engine runtime's softphone as the services' ``RunningPhone`` port — its
sound devices, test calls to the demo line and greetings recorded from the microphone — from
whichever thread asks.

The runtime attaches its softphone (and its demo line, when no SIP account is set up) once
they are up, detaches them before it stops them, and hands every telephony event to
``on_event`` on the SIP thread; the state changes of a test call go on to whoever placed it.
When the runtime calls out through a SIP account there is no demo line running, so the
first test call starts one here, on loopback, kept until the runtime detaches.

No pjsua2 at import: the softphone is handed in, so the composition root can build this
before any SIP library is loaded.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

from kixie_desktop.domain.calls import AudioDevice, CallState, CallStateChanged
from kixie_desktop.domain.errors import PhoneNotReady
from kixie_desktop.domain.workstation import AudioDeviceChoice
from kixie_desktop.telephony.audio_devices import device_id
from kixie_desktop.telephony.demo_peer import DemoPeer, DemoPeerThread

if TYPE_CHECKING:
    from kixie_desktop.telephony.softphone import PjSoftphone

log = logging.getLogger(__name__)
T = TypeVar("T")

TEST_CALL_NUMBER = "test-call"
NOT_RUNNING = "the phone is not running yet: the engine is starting (or could not start; see the status bar)"
_WAIT_S = 10.0


class LivePhone:
    """Implements ``services.ports.workstation.RunningPhone``."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._softphone: PjSoftphone | None = None
        self._demo: DemoPeer | None = None
        self._own_demo: DemoPeerThread | None = None
        self._watchers: dict[str, Callable[[CallStateChanged], None]] = {}

    # -- the runtime's side -----------------------------------------------------------------

    def attach(self, softphone: PjSoftphone, demo_line: DemoPeer | None) -> None:
        with self._lock:
            self._softphone, self._demo = softphone, demo_line

    def detach(self) -> None:
        with self._lock:
            self._softphone = self._demo = None
            watchers, self._watchers = self._watchers, {}
            own, self._own_demo = self._own_demo, None
        # A test call still under way ends with the phone; whoever waits for it hears so.
        for call_id, watcher in watchers.items():
            watcher(CallStateChanged(call_id, CallState.ENDED, None, "the phone stopped", datetime.now(UTC)))
        if own is not None:
            own.__exit__(None, None, None)

    def on_event(self, event: object) -> None:
        """On the SIP thread: pass a test call's state on, nothing else."""
        if not isinstance(event, CallStateChanged):
            return
        with self._lock:
            watcher = (self._watchers.pop(event.call_id, None) if event.state is CallState.ENDED
                       else self._watchers.get(event.call_id))
        if watcher is not None:
            watcher(event)

    # -- RunningPhone -----------------------------------------------------------------------

    def encryption_caveat(self) -> str | None:
        # Imported here: reading the versions loads pjsua2, which only the phone needs.
        from kixie_desktop.telephony.diagnostics import telephony_diagnostics

        found = telephony_diagnostics()
        if not found.openssl_end_of_life:
            return None
        version = " ".join((found.openssl_version or "").split())
        return (f"Encrypted connections and audio rely on the {version} built into the phone library, "
                "which no longer gets security fixes.")

    def _running(self) -> PjSoftphone:
        phone = self._softphone
        if phone is None:
            raise PhoneNotReady(NOT_RUNNING)
        return phone

    def audio_devices(self) -> list[AudioDevice]:
        return _result(self._running().list_audio_devices())

    def use_audio_devices(self, choice: AudioDeviceChoice) -> None:
        phone = self._running()
        if phone.options.null_audio:
            return  # a headless phone stays on the null device, whatever is chosen
        devices = _result(phone.list_audio_devices())
        _result(phone.select_audio_devices(device_id(devices, choice.microphone, capture=True),
                                           device_id(devices, choice.speaker, capture=False)))
        _result(phone.set_ring_device(choice.ring))

    def call_demo_line(self, on_state: Callable[[CallStateChanged], None], no_answer_timeout_s: float) -> str:
        with self._lock:
            phone = self._running()
            demo = self._demo
            if demo is None:
                if self._own_demo is None:
                    self._own_demo = DemoPeerThread()
                    self._own_demo.__enter__()
                demo = self._own_demo.peer
            # Holding the lock while the call is queued: its first state change, on the SIP
            # thread, waits in ``on_event`` until its watcher is in place.
            call_id = phone.place_call(demo.uri_for(TEST_CALL_NUMBER), account_id=phone.LOCAL_ACCOUNT_ID,
                                       no_answer_timeout_s=no_answer_timeout_s)
            self._watchers[call_id] = on_state
        return call_id

    def hang_up(self, call_id: str) -> None:
        self._running().hangup(call_id).add_done_callback(_ended_already)

    def start_recording(self, wav_path: str) -> None:
        _result(self._running().record_microphone(wav_path))

    def stop_recording(self) -> None:
        _result(self._running().stop_microphone_recording())


def _ended_already(future: Future[None]) -> None:
    # The test call may have ended on its own meanwhile: then there was nothing to hang up.
    if future.exception() is not None:
        log.debug("test call: hang-up not needed (%s)", future.exception())


def _result(future: Future[T]) -> T:
    return future.result(_WAIT_S)
