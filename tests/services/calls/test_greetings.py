"""Voicemail greetings through the service: imported WAVs checked and kept per person in the
user data directory, refusals in words next to their field, deletion, and a greeting recorded
from the microphone of the session's softphone (null audio: silence, but a real WAV)."""

from __future__ import annotations

import json
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kixie_desktop.config.paths import app_paths
from kixie_desktop.domain.errors import NotFound, PermissionDenied, PhoneNotReady, ValidationError
from kixie_desktop.domain.roles import Actor
from kixie_desktop.services.calls.greetings import GreetingService
from kixie_desktop.telephony.live_phone import LivePhone
from tests.support.greeting_wav import tone_wav
from tests.support.workspace import Workspace, services_over


@pytest.fixture
def greetings(ws: Workspace) -> GreetingService:
    return services_over(ws.store, ws.clock).greetings


def test_an_imported_wav_is_kept_in_the_agents_own_folder(ws: Workspace, greetings: GreetingService,
                                                           tmp_path: Path) -> None:
    source = tone_wav(tmp_path / "mine.wav", 3.0, rate=16000)
    kept = greetings.import_wav(ws.agent, "  First   call ", str(source))
    assert (kept.name, kept.seconds, kept.label) == ("First call", 3.0, "First call · 0:03")
    folder = app_paths().data_dir / "greetings" / f"{ws.agent.account_id}-{ws.agent.user_id}"
    assert Path(kept.path).parent == folder and Path(kept.path).read_bytes() == source.read_bytes()
    index = json.loads((folder / "greetings.json").read_text())
    assert [(e["name"], e["seconds"]) for e in index] == [("First call", 3.0)]
    source.unlink()  # a copy: the agent's own file may go
    assert greetings.greetings(ws.agent) == [kept]
    assert greetings.greetings(ws.manager) == []  # nobody sees another's


def test_a_stereo_recording_keeps_its_first_channel(ws: Workspace, greetings: GreetingService, tmp_path: Path) -> None:
    kept = greetings.import_wav(ws.agent, "Stereo", str(tone_wav(tmp_path / "s.wav", 1.5, rate=44100, channels=2)))
    with wave.open(kept.path) as wav:
        assert (wav.getnchannels(), wav.getframerate(), wav.getnframes()) == (1, 44100, 66150)
    assert kept.seconds == 1.5


@pytest.mark.parametrize(("make", "field", "words"), [
    (lambda p: tone_wav(p, 1.0, width=1), "file", "8-bit samples"),
    (lambda p: tone_wav(p, 1.0, rate=11025), "file", "11,025 Hz"),
    (lambda p: tone_wav(p, 0.2), "file", "too short"),
    (lambda p: tone_wav(p, 121.0, amplitude=0), "file", "under 120 s"),
    (lambda p: p.write_bytes(b"ID3\x03 not a wav") and p, "file", "not a WAV file"),
])
def test_what_a_call_cannot_play_is_refused_in_words(ws: Workspace, greetings: GreetingService, tmp_path: Path,
                                                     make: Any, field: str, words: str) -> None:
    source = make(tmp_path / "bad.wav")
    with pytest.raises(ValidationError, match=words) as refused:
        greetings.import_wav(ws.agent, "Bad", str(source))
    assert refused.value.field == field
    assert greetings.greetings(ws.agent) == []


def test_names_are_needed_and_unique_per_person(ws: Workspace, greetings: GreetingService, tmp_path: Path) -> None:
    source = str(tone_wav(tmp_path / "g.wav", 1.0))
    with pytest.raises(ValidationError, match="give the greeting a name") as refused:
        greetings.import_wav(ws.agent, "  ", source)
    assert refused.value.field == "name"
    greetings.import_wav(ws.agent, "First call", source)
    with pytest.raises(ValidationError, match="already have a greeting called FIRST CALL"):
        greetings.import_wav(ws.agent, "FIRST CALL", source)
    greetings.import_wav(ws.manager, "First call", source)  # someone else's list
    assert [g.name for g in greetings.greetings(ws.agent)] == ["First call"]


def test_deleting_a_greeting_removes_its_file(ws: Workspace, greetings: GreetingService, tmp_path: Path) -> None:
    first = greetings.import_wav(ws.agent, "First", str(tone_wav(tmp_path / "a.wav", 1.0)))
    second = greetings.import_wav(ws.agent, "Second", str(tone_wav(tmp_path / "b.wav", 1.0)))
    with pytest.raises(NotFound):
        greetings.delete(ws.manager, first.greeting_id)  # not theirs
    greetings.delete(ws.agent, first.greeting_id)
    assert greetings.greetings(ws.agent) == [second] and not Path(first.path).exists()


def test_greetings_belong_to_a_person(ws: Workspace, greetings: GreetingService) -> None:
    token = Actor(ws.agent.account_id, None, ws.agent.role, "API token zapier")
    with pytest.raises(PermissionDenied):
        greetings.greetings(token)


def test_recording_needs_the_phone_running(ws: Workspace, greetings: GreetingService) -> None:
    with pytest.raises(PhoneNotReady):
        greetings.start_recording(ws.agent)
    assert not greetings.recording


@pytest.fixture
def phone(softphone: Any) -> Iterator[LivePhone]:
    live = LivePhone()
    live.attach(softphone, None)
    yield live
    live.detach()


def test_a_greeting_recorded_from_the_microphone(ws: Workspace, phone: LivePhone) -> None:
    greetings = services_over(ws.store, ws.clock, phone=phone).greetings
    greetings.start_recording(ws.agent)
    with pytest.raises(ValidationError, match="already being recorded"):
        greetings.start_recording(ws.agent)
    folder = app_paths().data_dir / "greetings" / f"{ws.agent.account_id}-{ws.agent.user_id}"
    [recording] = folder.glob("recording-*.wav")
    deadline = time.monotonic() + 10
    while recording.stat().st_size < 16000 * 2 and time.monotonic() < deadline:  # the bridge's 16 kHz: ~1 s
        time.sleep(0.05)
    with pytest.raises(ValidationError, match="give the greeting a name"):
        greetings.finish_recording(ws.agent, "")
    assert greetings.recording  # a refused name leaves it recording
    kept = greetings.finish_recording(ws.agent, "Recorded")
    assert not greetings.recording and not recording.exists()
    assert kept.seconds >= 0.9
    with wave.open(kept.path) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        assert wav.getnframes() / wav.getframerate() == pytest.approx(kept.seconds, abs=0.001)

    greetings.start_recording(ws.agent)
    greetings.cancel_recording(ws.agent)
    assert list(folder.glob("recording-*.wav")) == []
    assert [g.name for g in greetings.greetings(ws.agent)] == ["Recorded"]
