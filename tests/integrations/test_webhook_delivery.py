"""The webhook sender against a real local HTTP server that checks the signature, and the
``verify_signature`` helper receivers use."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from kixie_desktop.domain.webhooks import Outcome, sign, verify_signature
from kixie_desktop.integrations.webhook_delivery import RequestsWebhookSender
from kixie_desktop.services.ports.webhooks import WebhookMessage
from tests.support.http_receiver import Received, Receiver, http_receiver

SECRET = "whsec_test"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with http_receiver() as r:
        yield r


def message(url: str, **kw: object) -> WebhookMessage:
    fields: dict[str, object] = {
        "url": url + "/hooks/kixie", "event_id": "evt_abc", "delivery_id": "evt_abc.7", "event_type": "action.completed",
        "created_at": datetime(2026, 3, 2, 15, 0, 1, tzinfo=UTC),
        "data": {"action_id": 5, "phone": "+15125550100", "note": "café"}, "secret": SECRET}
    fields.update(kw)
    return WebhookMessage(**fields)  # type: ignore[arg-type]


def test_a_delivery_is_signed_json_with_the_documented_headers(receiver: Receiver) -> None:
    verdicts: list[bool] = []

    def check(req: Received) -> tuple[int, object, dict[str, str]]:
        verdicts.append(verify_signature(SECRET, req.headers["x-kixie-signature"], req.body, time.time()))
        return 204, None, {}

    receiver.answer = check
    result = RequestsWebhookSender().send(message(receiver.url))
    assert result.outcome is Outcome.DELIVERED and result.detail == "HTTP 204"
    [req] = receiver.received
    assert verdicts == [True]
    assert (req.method, req.path) == ("POST", "/hooks/kixie")
    assert req.headers["content-type"] == "application/json"
    assert req.headers["x-kixie-event"] == "action.completed"
    assert req.headers["x-kixie-delivery"] == "evt_abc.7"
    ts = req.headers["x-kixie-timestamp"]
    assert req.headers["x-kixie-signature"] == sign(SECRET, int(ts), req.body)
    assert json.loads(req.body) == {"id": "evt_abc", "type": "action.completed",
                                    "created_at": "2026-03-02T15:00:01Z",
                                    "data": {"action_id": 5, "phone": "+15125550100", "note": "café"}}


@pytest.mark.parametrize("status, headers, outcome, retry_after", [
    (500, {}, Outcome.RETRY, None),
    (503, {"Retry-After": "120"}, Outcome.RETRY, 120.0),
    (429, {"Retry-After": "7"}, Outcome.RETRY, 7.0),
    (400, {}, Outcome.PERMANENT, None),
    (410, {}, Outcome.PERMANENT, None),
    (302, {"Location": "http://127.0.0.1:1/elsewhere"}, Outcome.PERMANENT, None),  # not followed
])
def test_status_codes(receiver: Receiver, status: int, headers: dict[str, str], outcome: Outcome,
                      retry_after: float | None) -> None:
    receiver.answer = lambda req: (status, {"error": "nope"}, headers)
    result = RequestsWebhookSender().send(message(receiver.url))
    assert (result.outcome, result.retry_after_s) == (outcome, retry_after)
    assert result.detail.startswith(f"HTTP {status}")
    assert len(receiver.received) == 1


def test_network_failures_are_retried(receiver: Receiver) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]
    refused = RequestsWebhookSender().send(message(f"http://127.0.0.1:{closed_port}"))
    assert refused.outcome is Outcome.RETRY and "cannot reach" in refused.detail
    receiver.delay_s = 1.0
    slow = RequestsWebhookSender(read_timeout_s=0.2).send(message(receiver.url))
    assert slow.outcome is Outcome.RETRY and "in time" in slow.detail


def test_verify_signature() -> None:
    body = b'{"id":"evt_1"}'
    now = 1_800_000_000
    header = sign(SECRET, now, body)
    assert verify_signature(SECRET, header, body, now)
    assert verify_signature(SECRET, header, body, now + 299)
    assert not verify_signature(SECRET, header, body, now + 301)  # replayed too late
    assert not verify_signature(SECRET, header, body + b" ", now)  # body changed
    assert not verify_signature("other", header, body, now)
    rotated = f"{header},v1={'0' * 64}"
    assert verify_signature(SECRET, rotated, body, now)
    assert not verify_signature(SECRET, "v1=abc", body, now)
    assert not verify_signature(SECRET, f"t=x,{header.split(',')[1]}", body, now)
