"""Inbound calls from SIPp (UAC) and the SIP MESSAGE SMS gateway against SIPp."""

from __future__ import annotations

from typing import Any

import pytest

from kixie_desktop.domain.calls import CallState, CallStateChanged, IncomingCallReceived
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome
from kixie_desktop.telephony.sip_message_gateway import IDEMPOTENCY_HEADER, SipMessageGateway

pytestmark = pytest.mark.sipp


def test_incoming_call_is_reported_rung_and_answered(softphone: Any, events: Any,
                                                      sipp: Any) -> None:
    host, port = softphone.loopback_address
    uac = sipp("uac_call_us", remote=f"{host}:{port}")
    incoming = events.wait_for(lambda e: isinstance(e, IncomingCallReceived)
                               and "+15125550100" in e.from_uri)
    assert incoming.account_id == softphone.LOCAL_ACCOUNT_ID
    softphone.answer(incoming.call_id).result(5)
    ended = events.wait_for(lambda e: isinstance(e, CallStateChanged)
                            and e.call_id == incoming.call_id and e.state is CallState.ENDED)
    assert uac.wait() == 0, uac.errors()
    states = [e.state for e in events.for_call(incoming.call_id)
              if isinstance(e, CallStateChanged)]
    assert states == [CallState.INCOMING, CallState.CONNECTED, CallState.ENDED]
    assert ended.sip_status == 200  # the caller's BYE
    flow = [f for f in uac.flow() if f != ("received", "100")]
    assert flow == [("sent", "INVITE"), ("received", "180"), ("received", "200"),
                    ("sent", "ACK"), ("sent", "BYE"), ("received", "200")]


@pytest.mark.parametrize(("scenario", "outcome"), [
    ("message_200", SmsOutcome.ACCEPTED),
    ("message_404", SmsOutcome.PERMANENT_FAILURE),
    ("message_503", SmsOutcome.TRANSIENT_FAILURE),
])
def test_sip_message_gateway_outcomes(softphone: Any, sipp: Any, scenario: str,
                                      outcome: SmsOutcome) -> None:
    uas = sipp(scenario)
    gateway = SipMessageGateway(softphone, lambda n: f"sip:{n}@127.0.0.1:{uas.port}")
    sms = OutboundSms(to="+15125550100", sender="+15125550199", body="Your demo is at 3pm",
                      idempotency_key=f"sms-{scenario}")
    result = gateway.send(sms)
    assert uas.wait() == 0, uas.errors()
    assert result.outcome is outcome, result
    assert gateway.lookup(sms.idempotency_key) == result
    assert gateway.lookup("never-sent") is None
    (msg,) = [m for m in uas.messages() if m.direction == "received"]
    assert msg.first_line == f"MESSAGE sip:+15125550100@127.0.0.1:{uas.port} SIP/2.0"
    assert msg.header(IDEMPOTENCY_HEADER) == f"sms-{scenario}"
    assert msg.text.rstrip().endswith("Your demo is at 3pm")


def test_sip_message_gateway_timeout_is_transient(softphone: Any, sipp: Any) -> None:
    uas = sipp("silent_message")
    gateway = SipMessageGateway(softphone, lambda n: f"sip:{n}@127.0.0.1:{uas.port}",
                                timeout_s=0.5)
    result = gateway.send(OutboundSms("+15125550100", None, "ping", "sms-timeout"))
    assert result.outcome is SmsOutcome.TRANSIENT_FAILURE and "no final" in result.detail
    uas.wait()
    assert ("received", "MESSAGE") in uas.flow()


def test_an_incoming_call_rings_until_it_is_answered(softphone: Any, events: Any, sipp: Any) -> None:
    from kixie_desktop.domain.calls import RingToneChanged

    host, port = softphone.loopback_address
    earlier = events.snapshot()
    seen = len(earlier)
    uac = sipp("uac_call_us", remote=f"{host}:{port}")
    incoming = events.wait_for(lambda e: isinstance(e, IncomingCallReceived) and "+15125550100" in e.from_uri
                               and e not in earlier)
    softphone.ring("no-such-call").result(5)  # a call that is not ringing here rings nothing
    softphone.ring(incoming.call_id).result(5)
    softphone.ring(incoming.call_id).result(5)  # asked twice (two banners), rung once
    softphone.answer(incoming.call_id).result(5)
    events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == incoming.call_id
                    and e.state is CallState.ENDED)
    assert uac.wait() == 0, uac.errors()
    rings = [e.ringing for e in events.snapshot()[seen:] if isinstance(e, RingToneChanged)]
    assert rings == [True, False]  # stopped by the answer, without being told
    connected = next(i for i, e in enumerate(events.snapshot()[seen:])
                     if isinstance(e, CallStateChanged) and e.state is CallState.CONNECTED)
    stopped = next(i for i, e in enumerate(events.snapshot()[seen:])
                   if isinstance(e, RingToneChanged) and not e.ringing)
    assert stopped > connected
