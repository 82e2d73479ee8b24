"""Voicemail drop on the wire: the softphone plays a greeting into a call answered by SIPp
(its audio pointed at the test's RTP sink), then hangs up by itself; the RTP that arrived is
counted and its loud part measured against the greeting's length."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kixie_desktop.domain.calls import CallState, CallStateChanged
from kixie_desktop.domain.errors import TelephonyError
from tests.support.greeting_wav import tone_wav
from tests.support.rtp_sink import RtpSink

pytestmark = pytest.mark.sipp

PACKET_S = 0.02  # pjsua sends 20 ms of PCMU per packet


def _state(events: Any, call_id: str, state: CallState, timeout: float = 10) -> CallStateChanged:
    return events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == call_id
                           and e.state is state, timeout)


def test_the_greeting_plays_into_the_call_then_the_softphone_hangs_up(
        softphone: Any, events: Any, sipp: Any, tmp_path: Path) -> None:
    greeting = tone_wav(tmp_path / "greeting.wav", 1.5)
    with RtpSink() as sink:
        uas = sipp("answer_to_sink", rtp_sink=str(sink.port))
        call_id = softphone.place_call(uas.uri())
        _state(events, call_id, CallState.CONNECTED)
        assert softphone.drop_voicemail(call_id, str(greeting)).result(5) == pytest.approx(1.5)
        with pytest.raises(TelephonyError, match="already playing"):  # one greeting per call
            softphone.drop_voicemail(call_id, str(greeting)).result(5)
        ended = _state(events, call_id, CallState.ENDED)
        assert uas.wait() == 0, uas.errors()
        sink.wait_quiet()

    assert ended.sip_status == 200
    assert uas.flow()[-2:] == [("received", "BYE"), ("sent", "200")]  # we hung up, after it played
    packets = sink.packets()
    # The whole greeting arrived, packet by packet, and nothing of it was cut off or repeated.
    assert sink.tone_seconds() == pytest.approx(1.5, abs=2 * PACKET_S)
    assert len(packets) * PACKET_S >= 1.5
    sequence = [p.sequence for p in packets]
    assert sequence == list(range(sequence[0], sequence[0] + len(sequence)))  # none lost on loopback
    loud = [i for i, p in enumerate(packets) if p.peak > 1000]
    assert loud == list(range(loud[0], loud[-1] + 1))  # one stretch: the greeting, once


def test_a_greeting_needs_a_connected_call_and_a_file_it_can_play(softphone: Any, events: Any, sipp: Any,
                                                                  tmp_path: Path) -> None:
    uas = sipp("ring_until_cancel")
    call_id = softphone.place_call(uas.uri())
    _state(events, call_id, CallState.RINGING)
    with pytest.raises(Exception, match="cannot leave a voicemail on a call that is ringing"):
        softphone.drop_voicemail(call_id, str(tone_wav(tmp_path / "g.wav", 1.0))).result(5)
    softphone.hangup(call_id).result(5)
    _state(events, call_id, CallState.ENDED)
    assert uas.wait() == 0, uas.errors()

    with RtpSink() as sink:
        uas = sipp("answer_to_sink", rtp_sink=str(sink.port))
        call_id = softphone.place_call(uas.uri())
        _state(events, call_id, CallState.CONNECTED)
        with pytest.raises(TelephonyError, match="playing the voicemail greeting failed"):
            softphone.drop_voicemail(call_id, str(tmp_path / "missing.wav")).result(5)
        softphone.hangup(call_id).result(5)  # the call goes on as before
        assert _state(events, call_id, CallState.ENDED).sip_status == 200
        assert uas.wait() == 0, uas.errors()
