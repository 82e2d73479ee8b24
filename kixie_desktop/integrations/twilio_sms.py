"""``TwilioSmsGateway``: SMS over an HTTP provider speaking the Twilio Messages API.

Blocking ``send`` for a worker thread (never the Qt thread): POST
``{base_url}/2010-04-01/Accounts/{sid}/Messages.json`` form-encoded To/From/Body
with HTTP basic auth (account SID, auth token). The token is handed in by the
caller (read from the keyring elsewhere) and never logged. The action's
idempotency key goes in an ``Idempotency-Key`` header. 429 and 5xx are retried
with exponential back-off, honouring ``Retry-After`` up to a cap; other 4xx are
permanent; connection failures are retried (nothing was sent), but a read timeout
is reported as transient without a blind re-POST, because the provider may have
accepted the message.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import requests

from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult, sms_words_for_http
from kixie_desktop.domain.phone_numbers import mask
from kixie_desktop.integrations.http_responses import json_object, retry_after

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.twilio.com"


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 3  # total tries, the first included
    backoff_s: float = 0.5  # doubled after each retry
    max_wait_s: float = 5.0  # cap for back-off and for a provider's Retry-After


class TwilioSmsGateway:
    """Implements ``services.ports.telephony.SmsGateway`` over ``requests``."""

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        default_sender: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        connect_timeout_s: float = 5.0,
        read_timeout_s: float = 15.0,
        retry: RetryPolicy = RetryPolicy(),
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._sid = account_sid
        self._auth = (account_sid, auth_token)
        self._default_sender = default_sender
        self._url = f"{base_url.rstrip('/')}/2010-04-01/Accounts/{account_sid}/Messages.json"
        self._timeout = (connect_timeout_s, read_timeout_s)
        self._retry = retry
        self._session = session or requests.Session()
        self._sleep = sleep
        self._results: dict[str, SmsResult] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never show the token
        return f"TwilioSmsGateway(sid={self._sid!r}, url={self._url!r})"

    def send(self, msg: OutboundSms) -> SmsResult:
        form = {"To": msg.to, "From": msg.sender or self._default_sender, "Body": msg.body}
        headers = {"Idempotency-Key": msg.idempotency_key, "Accept": "application/json"}
        delay = self._retry.backoff_s
        result = SmsResult(SmsOutcome.TRANSIENT_FAILURE, None, "not attempted")
        for attempt in range(1, self._retry.attempts + 1):
            wait: float | None = None
            try:
                resp = self._session.post(self._url, data=form, headers=headers,
                                          auth=self._auth, timeout=self._timeout)
            except requests.ConnectionError as exc:  # ConnectTimeout included: not sent
                result = self._transient(f"cannot reach the provider: {type(exc).__name__}")
            except requests.Timeout:  # read timeout: it may have been accepted
                result = self._transient("the provider did not answer in time; it may have "
                                         "accepted the message")
                break
            else:
                result, wait = self._interpret(resp)
                if result.outcome is not SmsOutcome.TRANSIENT_FAILURE or wait is None:
                    break
            if attempt == self._retry.attempts:
                break
            pause = min(self._retry.max_wait_s, wait if wait is not None else delay)
            log.info("SMS to %s: attempt %d failed (%s); retrying in %.2fs",
                     mask(msg.to), attempt, result.detail, pause)
            self._sleep(pause)
            delay *= 2
        log.info("SMS to %s via HTTP provider: %s (%s)", mask(msg.to), result.outcome.value,
                 result.detail)
        with self._lock:
            self._results[msg.idempotency_key] = result
        return result

    @staticmethod
    def _transient(detail: str) -> SmsResult:
        return SmsResult(SmsOutcome.TRANSIENT_FAILURE, None, detail)

    def _interpret(self, resp: requests.Response) -> tuple[SmsResult, float | None]:
        """Map a response to a result, plus how long to wait before a retry (None:
        don't retry)."""
        body = json_object(resp)
        status = resp.status_code
        if 200 <= status < 300:
            sid = body.get("sid")
            return SmsResult(SmsOutcome.ACCEPTED, sid if isinstance(sid, str) else None,
                             f"{status} {body.get('status', 'accepted')}", sms_words_for_http(status)), None
        detail = f"{status} {body.get('message') or resp.reason or ''}".strip()
        if status == 429 or status >= 500:
            return (SmsResult(SmsOutcome.TRANSIENT_FAILURE, None, detail, sms_words_for_http(status)),
                    retry_after(resp, self._retry.backoff_s))
        return SmsResult(SmsOutcome.PERMANENT_FAILURE, None, detail, sms_words_for_http(status)), None

    def lookup(self, idempotency_key: str) -> SmsResult | None:
        """What this process got for ``idempotency_key``; otherwise None.

        Deliberately no remote query: the Messages list (``GET Messages.json?To=&From=
        &DateSent>=``) cannot be filtered by idempotency key, and matching on number,
        body and date would mistake an identical earlier message for this one and
        suppress a send that never happened. Returning None ("cannot tell") leaves the
        decision to the caller's retry policy, relying on the Idempotency-Key header
        for providers that honour it.
        """
        with self._lock:
            return self._results.get(idempotency_key)




