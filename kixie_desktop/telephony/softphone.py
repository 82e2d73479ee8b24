"""``PjSoftphone``: the thread-safe, non-blocking face of the pjsua2 softphone.

Any thread may call it (the Qt/asyncio loop, a worker, the CLI). Each method
queues one command for the SIP thread (see ``sip_thread``) and returns at once: a
call id for ``place_call``, otherwise a ``concurrent.futures.Future`` completed on
the SIP thread. What happens later — ringing, answer, hang-up with SIP status,
registrations, inbound calls and messages — arrives as domain events
(``domain.calls``) through the ``post`` callable given to the constructor, called
on the SIP thread: it must be thread-safe and quick. The engine runtime passes
``EngineRuntime.on_telephony_event``, which queues inbound messages for its worker and,
in the desktop app, forwards every event to ``gui.telephony_bridge.TelephonyBridge.post``
(queued Qt signals to the main thread); the ``call`` command passes a queue's ``put``.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from datetime import UTC, datetime

from kixie_desktop.domain.calls import (
    AudioDevice,
    CallState,
    CallStateChanged,
    SipAccountConfig,
    SipMessageCompleted,
)
from kixie_desktop.telephony.sip_config import SoftphoneOptions
from kixie_desktop.telephony.sip_core import LOCAL_ACCOUNT_ID, SipCore
from kixie_desktop.telephony.sip_thread import SipThread

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class PjSoftphone:
    """Implements ``services.ports.telephony.Softphone`` on pjsua2."""

    LOCAL_ACCOUNT_ID = LOCAL_ACCOUNT_ID

    def __init__(
        self,
        post: Callable[[object], None],
        options: SoftphoneOptions | None = None,
        *,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.options = options or SoftphoneOptions()
        self._post = post
        self._clock = clock
        self._thread = SipThread(
            idle_poll_ms=self.options.idle_poll_ms, wake=self.options.wake_sip_thread
        )
        self._core = SipCore(self.options, post, self._thread, clock)

    # ---- lifecycle ----------------------------------------------------------------
    def start(self) -> Future[None]:
        """Start the SIP thread; the future resolves when the endpoint is up."""
        return self._thread.start(self._core.init, self._core.shutdown)

    def stop(self) -> Future[None]:
        """Hang up, unregister, release Calls/Accounts, ``libDestroy``; the future
        resolves when the SIP thread has finished all of it."""
        return self._thread.request_stop()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def drop_voicemail(self, call_id: str, wav_path: str) -> Future[float]:
        """Play a greeting into the connected call and hang up when it has played; the future
        holds its length in seconds once it started (the end comes as ``CallStateChanged``)."""
        return self._thread.submit(lambda: self._core.drop_voicemail(call_id, wav_path))

    def record_call(self, call_id: str, wav_path: str) -> Future[None]:
        """Record both directions of the call into a WAV file until it ends (from when its
        audio starts, if it has not yet). pjmedia writes the WAV header on its clock thread just
        after the end: readers wait for it (``config.recording_files``)."""
        return self._thread.submit(lambda: self._core.record_call(call_id, wav_path))

    def record_microphone(self, wav_path: str) -> Future[None]:
        """Start recording the microphone into a WAV file (a new greeting)."""
        return self._thread.submit(lambda: self._core.record_microphone(wav_path))

    def stop_microphone_recording(self) -> Future[None]:
        """Stop the recording; pjmedia completes the file (its header) a moment after the
        future resolves (``config.wav_files`` waits for it)."""
        return self._thread.submit(self._core.stop_microphone_recording)

    def lib_version(self) -> Future[str]:
        """pjsip's version as the running Endpoint reports it."""
        return self._thread.submit(self._core.lib_version)

    @property
    def loopback_address(self) -> tuple[str, int]:
        """Host and port of the loopback UDP transport (valid once started)."""
        return self.options.loopback_host, self._core.loopback_port

    # ---- accounts -----------------------------------------------------------------
    def register(self, config: SipAccountConfig, password: str) -> Future[str]:
        return self._thread.submit(lambda: self._core.register(config, password))

    def unregister(self, account_id: str) -> Future[None]:
        return self._thread.submit(lambda: self._core.unregister(account_id))

    # ---- calls --------------------------------------------------------------------
    def place_call(
        self,
        uri: str,
        headers: Mapping[str, str] | None = None,
        *,
        account_id: str | None = None,
        no_answer_timeout_s: float | None = None,
        caller_id: str | None = None,
    ) -> str:
        call_id = uuid.uuid4().hex
        hdrs = dict(headers or {})
        fut = self._thread.submit(
            lambda: self._core.place_call(call_id, uri, hdrs, account_id, no_answer_timeout_s,
                                          caller_id)
        )
        fut.add_done_callback(lambda f: self._report_unqueued(call_id, f))
        return call_id

    def _report_unqueued(self, call_id: str, fut: Future[None]) -> None:
        # place_call reports everything as events; only a refused command (softphone
        # stopped) never reached the core, so say so here.
        exc = fut.exception()
        if exc is not None:
            now = self._clock()
            self._post(CallStateChanged(call_id, CallState.DIALING, None, None, now))
            self._post(CallStateChanged(call_id, CallState.ENDED, None, str(exc), now))

    def answer(self, call_id: str) -> Future[None]:
        return self._thread.submit(lambda: self._core.answer(call_id))

    def hangup(self, call_id: str, sip_status: int | None = None) -> Future[None]:
        return self._thread.submit(lambda: self._core.hangup(call_id, sip_status))

    def mute(self, call_id: str) -> Future[None]:
        return self._thread.submit(lambda: self._core.set_muted(call_id, True))

    def unmute(self, call_id: str) -> Future[None]:
        return self._thread.submit(lambda: self._core.set_muted(call_id, False))

    def hold(self, call_id: str) -> Future[None]:
        return self._thread.submit(lambda: self._core.hold(call_id))

    def resume(self, call_id: str) -> Future[None]:
        return self._thread.submit(lambda: self._core.resume(call_id))

    def send_dtmf(self, call_id: str, digits: str) -> Future[None]:
        return self._thread.submit(lambda: self._core.send_dtmf(call_id, digits))

    def blind_transfer(self, call_id: str, target_uri: str) -> Future[None]:
        return self._thread.submit(lambda: self._core.blind_transfer(call_id, target_uri))

    # ---- audio --------------------------------------------------------------------
    def list_audio_devices(self) -> Future[list[AudioDevice]]:
        return self._thread.submit(self._core.list_audio_devices)

    def select_audio_devices(self, capture: int | None, playback: int | None) -> Future[None]:
        return self._thread.submit(lambda: self._core.select_audio_devices(capture, playback))

    def ring(self, call_id: str) -> Future[None]:
        """Play the ring tone while ``call_id`` rings here (it stops once no call rings)."""
        return self._thread.submit(lambda: self._core.ring(call_id))

    def set_ring_device(self, name: str) -> Future[None]:
        return self._thread.submit(lambda: self._core.set_ring_device(name))

    def use_null_audio(self) -> Future[None]:
        return self._thread.submit(self._core.use_null_audio)

    # ---- messages -----------------------------------------------------------------
    def send_message(
        self,
        uri: str,
        body: str,
        headers: Mapping[str, str] | None = None,
        *,
        account_id: str | None = None,
    ) -> Future[SipMessageCompleted]:
        result: Future[SipMessageCompleted] = Future()
        request_id = uuid.uuid4().hex
        hdrs = dict(headers or {})
        queued = self._thread.submit(
            lambda: self._core.send_message(request_id, uri, body, hdrs, account_id, result)
        )

        def relay(f: Future[None]) -> None:
            exc = f.exception()
            if exc is not None and not result.done():
                result.set_exception(exc)

        queued.add_done_callback(relay)
        return result
