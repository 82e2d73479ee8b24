"""The Twilio-compatible SMS gateway against a local HTTP server that checks each request."""

from __future__ import annotations

import base64
import json
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

import pytest

from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome
from kixie_desktop.integrations.twilio_sms import RetryPolicy, TwilioSmsGateway

SID, TOKEN = "AC0123456789abcdef", "tok-very-secret"
PATH = f"/2010-04-01/Accounts/{SID}/Messages.json"


@dataclass
class FakeProvider:
    """Replies from a script of (status, json body, extra headers); records requests."""

    script: list[tuple[int, dict[str, Any], dict[str, str]]] = field(default_factory=list)
    requests: list[dict[str, Any]] = field(default_factory=list)
    delay_s: float = 0.0


@pytest.fixture
def provider() -> Iterator[tuple[FakeProvider, str]]:
    fake = FakeProvider()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            fake.requests.append({"path": self.path, "headers": dict(self.headers),
                                  "form": parse_qs(self.rfile.read(length).decode())})
            if fake.delay_s:
                threading.Event().wait(fake.delay_s)
            status, body, extra = fake.script.pop(0) if fake.script else (500, {}, {})
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for k, v in extra.items():
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(payload)
            except BrokenPipeError:  # the client gave up (the read-timeout test)
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield fake, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _gateway(base_url: str, sleeps: list[float], **kw: Any) -> TwilioSmsGateway:
    return TwilioSmsGateway(SID, TOKEN, "+15125550199", base_url=base_url,
                            sleep=sleeps.append, **kw)


SMS = OutboundSms(to="+15125550100", sender=None, body="See you at 3pm", idempotency_key="act-1")


def test_accepted_request_has_the_twilio_shape(provider: Any,
                                               caplog: pytest.LogCaptureFixture) -> None:
    fake, url = provider
    fake.script = [(201, {"sid": "SM123", "status": "queued"}, {})]
    caplog.set_level(logging.DEBUG)
    result = _gateway(url, []).send(SMS)
    assert (result.outcome, result.provider_id) == (SmsOutcome.ACCEPTED, "SM123")
    (req,) = fake.requests
    assert req["path"] == PATH
    assert req["form"] == {"To": ["+15125550100"], "From": ["+15125550199"],
                           "Body": ["See you at 3pm"]}
    assert req["headers"]["Idempotency-Key"] == "act-1"
    assert req["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    expected = base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
    assert req["headers"]["Authorization"] == f"Basic {expected}"
    assert TOKEN not in caplog.text and "5550100" not in caplog.text  # masked number


def test_sender_overrides_default(provider: Any) -> None:
    fake, url = provider
    fake.script = [(201, {"sid": "SM1"}, {})]
    _gateway(url, []).send(OutboundSms("+15125550100", "+15125550111", "x", "k"))
    assert fake.requests[0]["form"]["From"] == ["+15125550111"]


def test_429_then_5xx_are_retried_honouring_retry_after(provider: Any) -> None:
    fake, url = provider
    fake.script = [(429, {"message": "Too Many Requests"}, {"Retry-After": "2"}),
                   (503, {}, {}), (201, {"sid": "SM9"}, {})]
    sleeps: list[float] = []
    result = _gateway(url, sleeps, retry=RetryPolicy(attempts=3, backoff_s=0.1)).send(SMS)
    assert result.outcome is SmsOutcome.ACCEPTED and result.provider_id == "SM9"
    assert sleeps == [2.0, 0.1]  # Retry-After honoured, then the back-off
    assert {r["headers"]["Idempotency-Key"] for r in fake.requests} == {"act-1"}


def test_retry_after_is_capped_and_attempts_run_out(provider: Any) -> None:
    fake, url = provider
    fake.script = [(429, {}, {"Retry-After": "3600"})] * 3
    sleeps: list[float] = []
    result = _gateway(url, sleeps, retry=RetryPolicy(attempts=3, max_wait_s=4)).send(SMS)
    assert result.outcome is SmsOutcome.TRANSIENT_FAILURE and result.detail.startswith("429")
    assert sleeps == [4, 4] and len(fake.requests) == 3


@pytest.mark.parametrize("status", [400, 401, 404])
def test_other_4xx_are_permanent_without_retry(provider: Any, status: int) -> None:
    fake, url = provider
    fake.script = [(status, {"code": 21211, "message": "Invalid 'To' Phone Number"}, {})]
    sleeps: list[float] = []
    gateway = _gateway(url, sleeps)
    result = gateway.send(SMS)
    assert result.outcome is SmsOutcome.PERMANENT_FAILURE
    assert "Invalid 'To' Phone Number" in result.detail
    assert len(fake.requests) == 1 and sleeps == []
    assert gateway.lookup("act-1") == result and gateway.lookup("other") is None


def test_read_timeout_is_transient_and_not_reposted(provider: Any) -> None:
    fake, url = provider
    fake.delay_s = 0.5
    fake.script = [(201, {"sid": "late"}, {})]
    result = _gateway(url, [], read_timeout_s=0.1).send(SMS)
    assert result.outcome is SmsOutcome.TRANSIENT_FAILURE and "may have" in result.detail
    assert len(fake.requests) == 1


def test_unreachable_provider_is_retried_then_transient() -> None:
    import socket
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sleeps: list[float] = []
    result = _gateway(f"http://127.0.0.1:{port}", sleeps,
                      retry=RetryPolicy(attempts=2, backoff_s=0.2)).send(SMS)
    assert result.outcome is SmsOutcome.TRANSIENT_FAILURE and "cannot reach" in result.detail
    assert sleeps == [0.2]


def test_repr_hides_the_token() -> None:
    assert TOKEN not in repr(TwilioSmsGateway(SID, TOKEN, "+15125550199"))
