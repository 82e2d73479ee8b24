"""Call recording on the wire: the softphone records both directions of a call answered by
SIPp, which plays a tone to us (the lead talking, ``rtp_stream``); the WAV is complete when the
call's end is posted, as long as the call, and holds the far end's audio."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from kixie_desktop.config.wav_files import wav_format
from kixie_desktop.domain.calls import CallState, CallStateChanged
from kixie_desktop.domain.errors import TelephonyError
from tests.support.greeting_wav import loud_seconds, tone_wav, ulaw_tone

pytestmark = pytest.mark.sipp


def _state(events: Any, call_id: str, state: CallState, timeout: float = 10) -> CallStateChanged:
    return events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == call_id
                           and e.state is state, timeout)


def _grown(path: Path, size: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while (not path.exists() or path.stat().st_size < size) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert path.stat().st_size >= size


def test_both_directions_are_recorded_for_the_length_of_the_call(softphone: Any, events: Any, sipp: Any,
                                                                 tmp_path: Path) -> None:
    ulaw_tone(tmp_path / "lead.ulaw", 1.0)  # SIPp runs in tmp_path
    uas = sipp("answer_play_tone")
    recording = tmp_path / "call.wav"
    call_id = softphone.place_call(uas.uri())
    softphone.record_call(call_id, str(recording)).result(5)  # before the answer: it starts with the audio
    with pytest.raises(TelephonyError, match="already being recorded"):
        softphone.record_call(call_id, str(tmp_path / "again.wav")).result(5)
    connected = _state(events, call_id, CallState.CONNECTED)
    _grown(recording, 2 * 16000 * 2)  # two seconds of the bridge's 16 kHz, 16-bit audio
    softphone.hangup(call_id).result(5)
    ended = _state(events, call_id, CallState.ENDED)
    assert uas.wait() == 0, uas.errors()

    audio = wav_format(recording)  # once pjmedia has written its header, just after the end
    assert (audio.channels, audio.sample_width) == (1, 2)
    seconds = audio.seconds
    call_s = (ended.at - connected.at).total_seconds()
    assert seconds == pytest.approx(call_s, abs=0.3)
    assert loud_seconds(recording) >= 0.8 * seconds - 0.3  # the lead's side, looping from the answer on
    with pytest.raises(TelephonyError):
        softphone.record_call(call_id, str(tmp_path / "late.wav")).result(5)  # gone with the call


def test_a_voicemail_greeting_is_recorded_in_place_of_the_agent(softphone: Any, events: Any, sipp: Any,
                                                                tmp_path: Path) -> None:
    uas = sipp("answer_wait_bye")  # a silent far end: what is loud in the recording is ours
    recording = tmp_path / "call.wav"
    call_id = softphone.place_call(uas.uri())
    _state(events, call_id, CallState.CONNECTED)
    softphone.record_call(call_id, str(recording)).result(5)
    softphone.drop_voicemail(call_id, str(tone_wav(tmp_path / "greeting.wav", 1.0))).result(5)
    _state(events, call_id, CallState.ENDED)
    assert uas.wait() == 0, uas.errors()
    wav_format(recording)
    assert loud_seconds(recording) == pytest.approx(1.0, abs=0.1)
