"""Outbound calls from the pjsua2 softphone to a real SIPp UAS on loopback.

Each test asserts both sides: the domain events the softphone posted and the SIP
messages SIPp logged (``-trace_msg``).
"""

from __future__ import annotations

from typing import Any

import pytest

from kixie_desktop.domain.calls import (
    CallState,
    CallStateChanged,
    CallTransferProgressed,
    MediaStateChanged,
    SipAccountConfig,
    SipTransport,
    SrtpMode,
)
from kixie_desktop.domain.errors import TelephonyError
from kixie_desktop.engine.call_state import IllegalCallTransition

pytestmark = pytest.mark.sipp


def _states(events: Any, call_id: str) -> list[CallState]:
    return [e.state for e in events.for_call(call_id) if isinstance(e, CallStateChanged)]


def _ended(events: Any, call_id: str, timeout: float = 10) -> CallStateChanged:
    return events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == call_id
                           and e.state is CallState.ENDED, timeout)


def _reached(events: Any, call_id: str, state: CallState, timeout: float = 10) -> None:
    events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == call_id
                    and e.state is state, timeout)


def test_answered_then_far_end_hangs_up(softphone: Any, events: Any, sipp: Any) -> None:
    uas = sipp("answer_then_remote_bye")
    call_id = softphone.place_call(uas.uri(), {"X-Kixie-Action": "act-42"})
    ended = _ended(events, call_id)
    assert uas.wait() == 0, uas.errors()
    assert _states(events, call_id) == [CallState.DIALING, CallState.RINGING,
                                        CallState.CONNECTED, CallState.ENDED]
    assert ended.sip_status == 200 and ended.reason  # a normal BYE ends with 200
    assert uas.flow() == [("received", "INVITE"), ("sent", "180"), ("sent", "200"),
                          ("received", "ACK"), ("sent", "BYE"), ("received", "200")]
    invite = uas.messages()[0]
    assert invite.header("X-Kixie-Action") == "act-42"
    assert invite.first_line == f"INVITE {uas.uri()} SIP/2.0"


def test_answered_then_we_hang_up(softphone: Any, events: Any, sipp: Any) -> None:
    uas = sipp("answer_wait_bye")
    call_id = softphone.place_call(uas.uri())
    _reached(events, call_id, CallState.CONNECTED)
    softphone.hangup(call_id).result(5)
    ended = _ended(events, call_id)
    assert uas.wait() == 0, uas.errors()
    assert ended.sip_status == 200
    assert uas.flow()[-2:] == [("received", "BYE"), ("sent", "200")]


@pytest.mark.parametrize(("code", "reason"), [("486", "Busy Here"),
                                              ("480", "Temporarily Unavailable"),
                                              ("503", "Service Unavailable")])
def test_rejected_call_ends_with_sip_status(softphone: Any, events: Any, sipp: Any,
                                            code: str, reason: str) -> None:
    uas = sipp(f"reject_{code}")
    call_id = softphone.place_call(uas.uri())
    ended = _ended(events, call_id)
    assert uas.wait() == 0, uas.errors()
    assert (ended.sip_status, ended.reason) == (int(code), reason)
    assert _states(events, call_id) == [CallState.DIALING, CallState.ENDED]
    assert uas.flow() == [("received", "INVITE"), ("sent", "100"), ("sent", code),
                          ("received", "ACK")]


def test_no_answer_our_cancel(softphone: Any, events: Any, sipp: Any) -> None:
    uas = sipp("ring_until_cancel")
    call_id = softphone.place_call(uas.uri())
    _reached(events, call_id, CallState.RINGING)
    softphone.hangup(call_id).result(5)
    ended = _ended(events, call_id)
    assert uas.wait() == 0, uas.errors()
    assert ended.sip_status == 487
    assert uas.flow() == [("received", "INVITE"), ("sent", "180"), ("received", "CANCEL"),
                          ("sent", "200"), ("sent", "487"), ("received", "ACK")]


def test_ring_timeout_cancels_and_reports_408(softphone: Any, events: Any, sipp: Any) -> None:
    uas = sipp("ring_until_cancel")
    call_id = softphone.place_call(uas.uri(), no_answer_timeout_s=0.8)
    ended = _ended(events, call_id)
    assert uas.wait() == 0, uas.errors()
    assert ended.sip_status == 408 and "No answer" in (ended.reason or "")
    assert ("received", "CANCEL") in uas.flow()


def test_silent_peer_times_out_with_408(softphone: Any, events: Any, sipp: Any) -> None:
    # No response at all: pjsip would wait out Timer B (32 s); the call's own
    # no-answer timeout ends it first, without a CANCEL (nothing to cancel yet).
    uas = sipp("silent")
    call_id = softphone.place_call(uas.uri(), no_answer_timeout_s=1.0)
    ended = _ended(events, call_id)
    assert ended.sip_status == 408
    assert _states(events, call_id) == [CallState.DIALING, CallState.ENDED]
    uas.wait()
    flow = uas.flow()
    assert flow and all(item == ("received", "INVITE") for item in flow), flow
    assert len(flow) >= 2  # the INVITE was retransmitted while nobody answered


def test_hold_resume_mute_and_dtmf(softphone: Any, events: Any, sipp: Any) -> None:
    uas = sipp("hold_resume")
    call_id = softphone.place_call(uas.uri())
    _reached(events, call_id, CallState.CONNECTED)
    softphone.mute(call_id).result(5)
    assert events.wait_for(lambda e: isinstance(e, MediaStateChanged)
                           and e.call_id == call_id and e.muted)
    softphone.send_dtmf(call_id, "1#").result(5)
    with pytest.raises(TelephonyError):
        softphone.send_dtmf(call_id, "12x").result(5)
    with pytest.raises(IllegalCallTransition):
        softphone.resume(call_id).result(5)  # not on hold yet
    softphone.hold(call_id).result(5)
    _reached(events, call_id, CallState.ON_HOLD)
    softphone.resume(call_id).result(5)
    events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == call_id
                    and e.state is CallState.CONNECTED and _states(events, call_id).count(
                        CallState.CONNECTED) == 2)
    softphone.hangup(call_id).result(5)
    _ended(events, call_id)
    assert uas.wait() == 0, uas.errors()
    invites = [m for m in uas.messages() if m.method_or_status == "INVITE"]
    assert len(invites) == 3
    assert "a=sendonly" in invites[1].text  # hold offer
    assert "a=sendrecv" in invites[2].text  # resume offer
    infos = [m for m in uas.messages() if m.method_or_status == "INFO"]
    assert [m.header("Content-Type") for m in infos] == ["application/dtmf-relay"] * 2
    assert ["Signal=1" in infos[0].text, "Signal=#" in infos[1].text] == [True, True]


def test_call_over_tcp_through_a_tcp_account(softphone: Any, events: Any, sipp: Any) -> None:
    uas = sipp("answer_wait_bye", transport="t1")
    account_id = softphone.register(
        SipAccountConfig(username="agent", domain=f"127.0.0.1:{uas.port}",
                         transport=SipTransport.TCP), "").result(5)
    try:
        call_id = softphone.place_call(f"{uas.uri()};transport=tcp", account_id=account_id)
        _reached(events, call_id, CallState.CONNECTED)
        softphone.hangup(call_id).result(5)
        assert _ended(events, call_id).sip_status == 200
        assert uas.wait() == 0, uas.errors()
        invite = uas.messages()[0]
        assert (invite.header("Via") or "").startswith("SIP/2.0/TCP ")
        assert "transport=tcp" in (invite.header("Contact") or "").lower()
    finally:
        softphone.unregister(account_id).result(5)


def test_blind_transfer_sends_refer_then_leaves(softphone: Any, events: Any,
                                               sipp: Any) -> None:
    uas = sipp("blind_transfer")
    call_id = softphone.place_call(uas.uri())
    _reached(events, call_id, CallState.CONNECTED)
    softphone.blind_transfer(call_id, "sip:+15125550142@127.0.0.1").result(5)
    done = events.wait_for(lambda e: isinstance(e, CallTransferProgressed)
                           and e.call_id == call_id and e.final)
    assert (done.sip_status, done.reason) == (200, "OK")
    assert _ended(events, call_id).sip_status == 200
    assert uas.wait() == 0, uas.errors()
    refer = next(m for m in uas.messages() if m.method_or_status == "REFER")
    assert "sip:+15125550142@127.0.0.1" in (refer.header("Refer-To") or "")
    assert uas.flow()[-6:] == [("received", "REFER"), ("sent", "202"), ("sent", "NOTIFY"),
                               ("received", "200"), ("received", "BYE"), ("sent", "200")]


def test_commands_on_unknown_call_fail(softphone: Any) -> None:
    with pytest.raises(TelephonyError):
        softphone.hangup("no-such-call").result(5)


def test_call_over_tls_with_srtp_offer(softphone: Any, events: Any, tmp_path: Any) -> None:
    from tests.telephony.tls_peer import TlsBusyPeer

    peer = TlsBusyPeer(tmp_path)
    account_id = softphone.register(
        SipAccountConfig(username="agent", domain=f"127.0.0.1:{peer.port}",
                         transport=SipTransport.TLS, srtp=SrtpMode.OPTIONAL), "").result(5)
    try:
        call_id = softphone.place_call(f"sip:+15551234567@127.0.0.1:{peer.port};transport=tls",
                                       account_id=account_id)
        ended = _ended(events, call_id)
        peer.thread.join(5)
        assert peer.error is None, peer.error
        assert (ended.sip_status, ended.reason) == (486, "Busy Here")
        assert peer.tls_version in ("TLSv1.2", "TLSv1.3")
        invite, ack = peer.received
        assert invite.startswith("INVITE sip:+15551234567@127.0.0.1:")
        assert "Via: SIP/2.0/TLS " in invite
        assert "a=crypto:" in invite  # SRTP (SDES) offered, optional
        assert ack.startswith("ACK ")
    finally:
        softphone.unregister(account_id).result(5)
