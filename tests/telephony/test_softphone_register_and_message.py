"""Digest registration and SIP MESSAGE from the softphone against SIPp."""

from __future__ import annotations

import hashlib
import re
from typing import Any

import pytest

from kixie_desktop.domain.calls import RegistrationChanged, SipAccountConfig, SipMessageCompleted

pytestmark = pytest.mark.sipp


def _account(uas: Any) -> SipAccountConfig:
    return SipAccountConfig(username="agent7", domain="kixie.test",
                            registrar=f"127.0.0.1:{uas.port}", register_expires_s=300)


def _digest_ok(auth: str, password: str) -> bool:
    """Recompute the RFC 2617 response from the wire (qop-less MD5, as challenged)."""
    fields = dict(re.findall(r'(\w+)="?([^",]*)"?', auth))
    ha1 = hashlib.md5(f"{fields['username']}:{fields['realm']}:{password}".encode()).hexdigest()
    ha2 = hashlib.md5(f"REGISTER:{fields['uri']}".encode()).hexdigest()
    expected = hashlib.md5(f"{ha1}:{fields['nonce']}:{ha2}".encode()).hexdigest()
    return fields["response"] == expected


def _registration(events: Any, account_id: str) -> RegistrationChanged:
    return events.wait_for(lambda e: isinstance(e, RegistrationChanged)
                           and e.account_id == account_id)


def test_register_with_digest_challenge(softphone: Any, events: Any, sipp: Any) -> None:
    uas = sipp("register_digest", user="agent7", password="s3cret")
    account_id = softphone.register(_account(uas), "s3cret").result(5)
    try:
        reg = _registration(events, account_id)
        assert uas.wait() == 0, uas.errors()
        assert (reg.registered, reg.sip_status, reg.expires_s) == (True, 200, 300)
        assert uas.flow() == [("received", "REGISTER"), ("sent", "401"),
                              ("received", "REGISTER"), ("sent", "200")]
        first, second = [m for m in uas.messages() if m.direction == "received"]
        assert first.header("Authorization") is None
        auth = second.header("Authorization") or ""
        assert 'username="agent7"' in auth and 'realm="kixie.test"' in auth
        assert _digest_ok(auth, "s3cret") and "s3cret" not in second.text
    finally:
        softphone.unregister(account_id).result(5)


def test_register_with_wrong_password_fails(softphone: Any, events: Any, sipp: Any) -> None:
    uas = sipp("register_digest", user="agent7", password="s3cret")
    account_id = softphone.register(_account(uas), "wrong").result(5)
    try:
        reg = _registration(events, account_id)
        assert uas.wait() == 0, uas.errors()
        assert not reg.registered and reg.sip_status == 403
        auth = uas.messages()[2].header("Authorization") or ""
        assert not _digest_ok(auth, "s3cret") and _digest_ok(auth, "wrong")
    finally:
        softphone.unregister(account_id).result(5)


@pytest.mark.parametrize(("code", "reason"), [(200, "OK"), (403, "Forbidden"),
                                              (404, "Not Found")])
def test_message_outcome_and_headers_on_the_wire(softphone: Any, events: Any, sipp: Any,
                                                 code: int, reason: str) -> None:
    uas = sipp(f"message_{code}")
    fut = softphone.send_message(uas.uri("+15551234567"), "Hi from Kixie",
                                 {"X-Kixie-Idempotency-Key": f"act-{code}"})
    done = fut.result(10)
    assert uas.wait() == 0, uas.errors()
    assert (done.sip_status, done.reason, done.accepted) == (code, reason, code == 200)
    assert events.wait_for(lambda e: isinstance(e, SipMessageCompleted)
                           and e.request_id == done.request_id) == done
    (msg,) = [m for m in uas.messages() if m.direction == "received"]
    assert msg.first_line == f"MESSAGE {uas.uri('+15551234567')} SIP/2.0"
    assert msg.header("X-Kixie-Idempotency-Key") == f"act-{code}"
    assert msg.header("Content-Type") == "text/plain"
    assert msg.text.rstrip().endswith("Hi from Kixie")
