"""``RequestsWebhookSender``: one signed POST of a webhook event over ``requests``.

Implements ``services.ports.webhooks.WebhookSender``; blocking, called from the
dispatcher's worker threads (one ``requests.Session`` per thread). The body is compact
JSON ``{"id", "type", "created_at", "data"}``; headers ``X-Kixie-Event``,
``X-Kixie-Delivery``, ``X-Kixie-Timestamp`` and ``X-Kixie-Signature:
t=<ts>,v1=<hex HMAC-SHA256 of "<ts>.<body>">`` (``domain.webhooks.sign``; receivers
check it with ``verify_signature``, re-exported here). 2xx is delivered; connection
errors, timeouts, 5xx and 429 (with its Retry-After) are retried by the dispatcher; any
other status is a permanent refusal. Redirects are not followed: a signed body must
not be replayed to a URL nobody subscribed.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import UTC

import requests

from kixie_desktop import __version__
from kixie_desktop.domain.webhooks import AttemptResult, Outcome, sign, verify_signature
from kixie_desktop.integrations.http_responses import retry_after
from kixie_desktop.services.ports.webhooks import WebhookMessage

__all__ = ["RequestsWebhookSender", "encode_body", "verify_signature"]


def encode_body(message: WebhookMessage) -> bytes:
    created = message.created_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return json.dumps({"id": message.event_id, "type": message.event_type, "created_at": created,
                       "data": message.data}, separators=(",", ":"), ensure_ascii=False,
                      default=str).encode("utf-8")


class RequestsWebhookSender:
    def __init__(self, *, connect_timeout_s: float = 5.0, read_timeout_s: float = 10.0,
                 clock: Callable[[], float] = time.time) -> None:
        self._timeout = (connect_timeout_s, read_timeout_s)
        self._clock = clock
        self._local = threading.local()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        return session

    def send(self, message: WebhookMessage) -> AttemptResult:
        body = encode_body(message)
        timestamp = int(self._clock())
        headers = {
            "Content-Type": "application/json",
            "User-Agent": f"kixie-desktop/{__version__} (webhooks)",
            "X-Kixie-Event": message.event_type,
            "X-Kixie-Delivery": message.delivery_id,
            "X-Kixie-Timestamp": str(timestamp),
            "X-Kixie-Signature": sign(message.secret, timestamp, body),
        }
        try:
            resp = self._session().post(message.url, data=body, headers=headers, timeout=self._timeout,
                                        allow_redirects=False)
        except requests.Timeout:
            return AttemptResult(Outcome.RETRY, "the receiver did not answer in time")
        except requests.RequestException as exc:
            return AttemptResult(Outcome.RETRY, f"cannot reach the receiver: {type(exc).__name__}")
        detail = f"HTTP {resp.status_code} {_snippet(resp)}".strip()
        if 200 <= resp.status_code < 300:
            return AttemptResult(Outcome.DELIVERED, detail)
        if resp.status_code == 429 or resp.status_code >= 500:
            return AttemptResult(Outcome.RETRY, detail, retry_after(resp))
        return AttemptResult(Outcome.PERMANENT, detail)


def _snippet(resp: requests.Response) -> str:
    text = (resp.text or "").strip().replace("\r", " ").replace("\n", " ")
    return text[:200]


