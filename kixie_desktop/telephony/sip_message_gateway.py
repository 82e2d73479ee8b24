"""``SipMessageGateway``: SMS as SIP MESSAGE (RFC 3428) over the softphone's account.

Blocking ``send`` for a worker thread: it queues the MESSAGE on the softphone
(the SIP thread does the work) and waits for the final SIP status. The action's
idempotency key travels in an ``X-Kixie-Idempotency-Key`` header so the far end
(an SMS-over-SIP carrier or our own PBX) can drop duplicates. Outcomes: 2xx
accepted; 408, 480, 5xx and a local timeout transient; other 4xx/6xx permanent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout

from kixie_desktop.domain.errors import TelephonyError
from kixie_desktop.domain.messaging import (
    NO_ANSWER_WORDS,
    OutboundSms,
    SmsOutcome,
    SmsResult,
    outcome_for_sip_status,
    sms_words_for_sip,
)
from kixie_desktop.domain.phone_numbers import mask
from kixie_desktop.services.ports.telephony import Softphone

log = logging.getLogger(__name__)

IDEMPOTENCY_HEADER = "X-Kixie-Idempotency-Key"
SENDER_HEADER = "X-Kixie-Sender"


class SipMessageGateway:
    """Implements ``services.ports.telephony.SmsGateway`` on a ``Softphone``.

    ``uri_for`` turns an E.164 number into the SIP URI to send to, e.g.
    ``lambda n: f"sip:{n}@sms.carrier.example"`` or the demo line's ``uri_for``.
    """

    def __init__(self, softphone: Softphone, uri_for: Callable[[str], str], *,
                 account_id: str | None = None, timeout_s: float = 10.0) -> None:
        self._phone = softphone
        self._uri_for = uri_for
        self._account_id = account_id
        self._timeout_s = timeout_s
        self._results: dict[str, SmsResult] = {}
        self._lock = threading.Lock()

    def send(self, msg: OutboundSms) -> SmsResult:
        headers = {IDEMPOTENCY_HEADER: msg.idempotency_key}
        if msg.sender:
            headers[SENDER_HEADER] = msg.sender
        try:
            fut = self._phone.send_message(self._uri_for(msg.to), msg.body, headers,
                                           account_id=self._account_id)
            done = fut.result(self._timeout_s)
        except FutureTimeout:
            # pjsip keeps the transaction and will report 408 itself later; for the
            # caller this attempt is over and may be retried with the same key.
            result = SmsResult(SmsOutcome.TRANSIENT_FAILURE, None,
                               f"no final SIP response within {self._timeout_s:g} s", NO_ANSWER_WORDS)
        except TelephonyError as exc:
            outcome = (outcome_for_sip_status(exc.status) if exc.status
                       else SmsOutcome.TRANSIENT_FAILURE)
            result = SmsResult(outcome, None, str(exc),
                               sms_words_for_sip(exc.status) if exc.status else NO_ANSWER_WORDS)
        else:
            result = SmsResult(outcome_for_sip_status(done.sip_status), None,
                               f"{done.sip_status} {done.reason}", sms_words_for_sip(done.sip_status))
        log.info("SMS to %s via SIP MESSAGE: %s (%s)", mask(msg.to), result.outcome.value,
                 result.detail)
        with self._lock:
            self._results[msg.idempotency_key] = result
        return result

    def lookup(self, idempotency_key: str) -> SmsResult | None:
        """Only what this process itself sent: SIP MESSAGE has no status query, so
        after a crash the answer is None (cannot tell) and the caller decides."""
        with self._lock:
            return self._results.get(idempotency_key)
