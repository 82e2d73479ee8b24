"""Telephony ports: how services reach the softphone and SMS gateways.

``typing.Protocol`` interfaces only; the adapters live in ``telephony/``
(pjsua2 softphone, SIP MESSAGE gateway) and ``integrations/`` (HTTP SMS
provider). Softphone commands are thread-safe and never block the caller: they
return a call id at once or a ``concurrent.futures.Future`` completed on the
SIP thread; everything that happens afterwards arrives as a domain event
through the ``post`` callable the adapter was built with.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Future
from typing import Protocol

from kixie_desktop.domain.calls import AudioDevice, SipAccountConfig, SipMessageCompleted
from kixie_desktop.domain.messaging import OutboundSms, SmsResult


class SmsGateway(Protocol):
    """Sends SMS. Blocking: call it from a worker thread, never the UI thread."""

    def send(self, msg: OutboundSms) -> SmsResult:
        """Send once (with the gateway's own bounded retries); never raises for a
        provider refusal, which comes back as a failure outcome."""
        ...

    def lookup(self, idempotency_key: str) -> SmsResult | None:
        """What became of an earlier send with this key, for reconciliation after a
        crash; None when the gateway cannot tell."""
        ...


class Softphone(Protocol):
    """Call control. Every method may be called from any thread."""

    def start(self) -> Future[None]:
        """Bring the SIP stack up; resolves once it is ready (or with its error)."""
        ...

    def stop(self) -> Future[None]:
        """Hang up all calls, unregister, release everything, destroy the library."""
        ...

    def register(self, config: SipAccountConfig, password: str) -> Future[str]:
        """Create (and register, when there is a registrar) an account; resolves to its
        account id. Registration results arrive as ``RegistrationChanged``."""
        ...

    def unregister(self, account_id: str) -> Future[None]: ...

    def place_call(
        self,
        uri: str,
        headers: Mapping[str, str] | None = None,
        *,
        account_id: str | None = None,
        no_answer_timeout_s: float | None = None,
        caller_id: str | None = None,
    ) -> str:
        """Start an outbound call at once; returns its call id. Progress (and any
        failure) arrives as ``CallStateChanged`` events. ``caller_id`` (E.164): the number
        the call is placed from, sent as the account's ``CallerIdHeaders`` say."""
        ...

    def answer(self, call_id: str) -> Future[None]: ...

    def hangup(self, call_id: str, sip_status: int | None = None) -> Future[None]: ...

    def mute(self, call_id: str) -> Future[None]: ...

    def unmute(self, call_id: str) -> Future[None]: ...

    def hold(self, call_id: str) -> Future[None]: ...

    def resume(self, call_id: str) -> Future[None]: ...

    def send_dtmf(self, call_id: str, digits: str) -> Future[None]: ...

    def blind_transfer(self, call_id: str, target_uri: str) -> Future[None]: ...

    def record_call(self, call_id: str, wav_path: str) -> Future[None]:
        """Record both directions of the call into a WAV file until it ends; the file is
        completed (its header written) a moment after the call's ``ENDED``."""
        ...

    def drop_voicemail(self, call_id: str, wav_path: str) -> Future[float]:
        """Play a greeting into the connected call, off the agent's microphone and speaker,
        and hang up when it has played; resolves with its length (s) once it started."""
        ...

    def list_audio_devices(self) -> Future[list[AudioDevice]]: ...

    def select_audio_devices(self, capture: int | None, playback: int | None) -> Future[None]: ...

    def ring(self, call_id: str) -> Future[None]:
        """Play the ring tone while ``call_id`` (incoming) rings; it stops by itself."""
        ...

    def set_ring_device(self, name: str) -> Future[None]:
        """Ring on the output device called ``name`` (empty: the speaker calls use)."""
        ...

    def use_null_audio(self) -> Future[None]: ...

    def send_message(
        self,
        uri: str,
        body: str,
        headers: Mapping[str, str] | None = None,
        *,
        account_id: str | None = None,
    ) -> Future[SipMessageCompleted]:
        """Send a SIP MESSAGE; resolves with the final SIP status (also posted as an
        event)."""
        ...
