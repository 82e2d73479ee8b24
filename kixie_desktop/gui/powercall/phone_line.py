"""The PowerCall panel's view of the phone: which softphone to use, on which account, and
which SIP URI reaches a number (the demo line when no SIP account is configured).

The engine runtime (built by ``app.py``) and its softphone are typed here with small
Protocols naming only what the panel uses, so the GUI imports neither ``telephony/`` nor
the services' ``Softphone`` port (which ``CallControl`` is a part of). The runtime starts
on a worker thread after the window is up, so the softphone is looked up at each call
rather than at construction.
"""

from __future__ import annotations

from collections.abc import Mapping
from concurrent.futures import Future
from typing import Protocol

from kixie_desktop.domain.errors import PhoneNotReady

# Long enough for a person to pick up; shorter than pjsip's own 32 s INVITE timeout would
# be pointless once the far end rings, so the panel bounds the ringing itself.
NO_ANSWER_TIMEOUT_S = 45.0


class CallControl(Protocol):
    """The softphone's call commands the panel sends: thread-safe, never blocking (a call id
    or a future at once; what changed arrives as telephony events)."""

    def place_call(self, uri: str, headers: Mapping[str, str] | None = None, *,
                   account_id: str | None = None, no_answer_timeout_s: float | None = None,
                   caller_id: str | None = None) -> str: ...

    def answer(self, call_id: str) -> Future[None]: ...

    def ring(self, call_id: str) -> Future[None]: ...

    def hangup(self, call_id: str, sip_status: int | None = None) -> Future[None]: ...

    def mute(self, call_id: str) -> Future[None]: ...

    def unmute(self, call_id: str) -> Future[None]: ...

    def hold(self, call_id: str) -> Future[None]: ...

    def resume(self, call_id: str) -> Future[None]: ...

    def send_dtmf(self, call_id: str, digits: str) -> Future[None]: ...

    def blind_transfer(self, call_id: str, target_uri: str) -> Future[None]: ...

    def drop_voicemail(self, call_id: str, wav_path: str) -> Future[float]: ...

    def record_call(self, call_id: str, wav_path: str) -> Future[None]: ...


class DemoLine(Protocol):
    def uri_for(self, number: str) -> str: ...


class PhoneRuntime(Protocol):
    """What the panel reads from ``EngineRuntime``."""

    @property
    def softphone(self) -> CallControl | None: ...

    @property
    def account_id(self) -> str | None: ...

    @property
    def demo_peer(self) -> DemoLine | None: ...


class PhoneLine:
    def __init__(self, runtime: PhoneRuntime, sip_domain: str = "") -> None:
        self._runtime = runtime
        self._domain = sip_domain

    @property
    def is_demo(self) -> bool:
        return self._runtime.demo_peer is not None

    def softphone(self) -> CallControl:
        phone = self._runtime.softphone
        if phone is None or self._runtime.account_id is None:
            raise PhoneNotReady("the phone is not ready yet: the engine is still starting")
        return phone

    def uri_for(self, target: str) -> str:
        """A typed SIP address is used as is; a number goes to the demo line or the SIP domain."""
        target = target.strip()
        if target.startswith(("sip:", "sips:")):
            return target
        demo = self._runtime.demo_peer
        if demo is not None:
            return demo.uri_for(target)
        if not self._domain:
            raise PhoneNotReady("no phone account is set up: set one in Manage ▸ Settings ▸ Phone")
        return f"sip:{target}@{self._domain}"

    def place_call(self, number: str, caller_id: str | None = None) -> str:
        """Start a call to ``number``, presented as coming from ``caller_id`` (local presence,
        as the SIP account's settings say); returns its call id at once (progress comes as
        events)."""
        phone = self.softphone()
        return phone.place_call(self.uri_for(number), account_id=self._runtime.account_id,
                                no_answer_timeout_s=NO_ANSWER_TIMEOUT_S, caller_id=caller_id)

