"""An in-memory SMS gateway that keeps what it was given, for engine tests.

It implements the ``SmsGateway`` port fully (send and lookup by idempotency key);
the SIP MESSAGE and HTTP gateways are tested against real peers in their own suites.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult


class Crash(BaseException):
    """Stands for the process dying mid-send: not an Exception, so nothing catches it."""


class RecordingGateway:
    def __init__(self, answer: Callable[[OutboundSms], SmsResult] | None = None,
                 *, can_lookup: bool = True) -> None:
        self.sent: list[OutboundSms] = []
        self._answer = answer or (lambda m: SmsResult(SmsOutcome.ACCEPTED, f"SM{len(self.sent)}", "Sent"))
        self._by_key: dict[str, SmsResult] = {}
        self._can_lookup = can_lookup
        self._lock = threading.Lock()

    def send(self, msg: OutboundSms) -> SmsResult:
        with self._lock:
            self.sent.append(msg)
            result = self._answer(msg)
            self._by_key[msg.idempotency_key] = result
            return result

    def lookup(self, idempotency_key: str) -> SmsResult | None:
        if not self._can_lookup:
            return None
        with self._lock:
            return self._by_key.get(idempotency_key)
