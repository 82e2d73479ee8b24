"""The demo line: the pure-asyncio loopback peer, on its own and called by the softphone."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest

from kixie_desktop.domain.calls import CallState, CallStateChanged
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome
from kixie_desktop.telephony.demo_peer import DemoPeer, DemoPeerThread, parse_request
from kixie_desktop.telephony.sip_message_gateway import IDEMPOTENCY_HEADER, SipMessageGateway


@pytest.fixture
def demo() -> Iterator[DemoPeer]:
    with DemoPeerThread(ring_s=0.3) as peer:
        yield peer


def _request(method: str, call_id: str, port: int, body: str = "", to_tag: str = "") -> bytes:
    to = "<sip:+15551234567@127.0.0.1>" + (f";tag={to_tag}" if to_tag else "")
    return (f"{method} sip:+15551234567@127.0.0.1:{port} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK{call_id}{method}\r\n"
            f"From: <sip:test@127.0.0.1>;tag=abc\r\nTo: {to}\r\nCall-ID: {call_id}\r\n"
            f"CSeq: 1 {method}\r\nContent-Length: {len(body)}\r\n\r\n{body}").encode()


def _responses(sock: socket.socket, count: int) -> list[str]:
    out = []
    sock.settimeout(3)
    while len(out) < count:
        out.append(sock.recv(65535).decode())
    return out


def test_peer_rings_once_then_answers_with_sdp(demo: DemoPeer) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.sendto(_request("INVITE", "c1", demo.port), ("127.0.0.1", demo.port))
        started = time.monotonic()
        trying, ringing, ok = _responses(sock, 3)
        waited = time.monotonic() - started
    assert trying.startswith("SIP/2.0 100") and ringing.startswith("SIP/2.0 180")
    assert ok.startswith("SIP/2.0 200 OK") and waited >= 0.25
    head, _, sdp = ok.partition("\r\n\r\n")
    assert "Content-Type: application/sdp" in head and "m=audio " in sdp
    assert "c=IN IP4 127.0.0.1" in sdp and "CSeq: 1 INVITE" in head


def test_peer_cancel_gives_487_and_message_is_recorded(demo: DemoPeer) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.sendto(_request("INVITE", "c2", demo.port), ("127.0.0.1", demo.port))
        _responses(sock, 2)
        sock.sendto(_request("CANCEL", "c2", demo.port), ("127.0.0.1", demo.port))
        cancel_ok, terminated = _responses(sock, 2)
        sock.sendto(_request("MESSAGE", "m1", demo.port, "hello"), ("127.0.0.1", demo.port))
        (msg_ok,) = _responses(sock, 1)
    assert cancel_ok.startswith("SIP/2.0 200") and "CSeq: 1 CANCEL" in cancel_ok
    assert terminated.startswith("SIP/2.0 487") and "CSeq: 1 INVITE" in terminated
    assert msg_ok.startswith("SIP/2.0 200")
    assert [m.body for m in demo.received_messages()] == ["hello"]
    assert demo.calls_answered == 0


def test_parse_request_ignores_keepalives_and_responses() -> None:
    assert parse_request(b"\r\n\r\n") is None
    assert parse_request(b"SIP/2.0 200 OK\r\n\r\n") is None
    req = parse_request(b"MESSAGE sip:a@b SIP/2.0\r\ni: x\r\nl: 2\r\n\r\nhiEXTRA")
    assert req is not None and req.first("call-id") == "x" and req.body == b"hi"


def test_softphone_calls_the_demo_line_and_texts_it(softphone: Any, events: Any,
                                                    demo: DemoPeer) -> None:
    call_id = softphone.place_call(demo.uri_for("+15551234567"))
    events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == call_id
                    and e.state is CallState.CONNECTED)
    softphone.hangup(call_id).result(5)
    ended = events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == call_id
                            and e.state is CallState.ENDED)
    states = [e.state for e in events.for_call(call_id) if isinstance(e, CallStateChanged)]
    assert states == [CallState.DIALING, CallState.RINGING, CallState.CONNECTED, CallState.ENDED]
    assert ended.sip_status == 200 and demo.calls_answered == 1

    gateway = SipMessageGateway(softphone, demo.uri_for)
    result = gateway.send(OutboundSms("+15551234567", None, "Reply STOP to opt out", "k-1"))
    assert result.outcome is SmsOutcome.ACCEPTED
    (msg,) = demo.received_messages()
    assert msg.body == "Reply STOP to opt out"
    assert msg.headers[IDEMPOTENCY_HEADER.lower()] == "k-1"


def test_texting_more_numbers_than_pjsua_has_buddies_does_not_abort(softphone: Any, demo: DemoPeer) -> None:
    # pjsua aborts the whole process on its 257th buddy; a cadence texts thousands of numbers.
    gateway = SipMessageGateway(softphone, demo.uri_for)
    with ThreadPoolExecutor(8) as pool:  # as the engine sends a batch
        results = list(pool.map(
            lambda n: gateway.send(OutboundSms(f"+1512555{n:04d}", None, f"Hi {n}", f"k-many-{n}")), range(300)))
    assert all(r.outcome is SmsOutcome.ACCEPTED for r in results)
    assert len({m.body for m in demo.received_messages()}) == 300
