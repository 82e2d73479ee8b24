"""Voicemail greetings: an agent's recorded messages that a voicemail drop plays into a call.

Values and their rules, no I/O. A greeting is a 16-bit PCM WAV file on this computer; what
makes one playable into a call (the sample format pjmedia's player reads, a frame of 20 ms
that divides the sample rate, a length a voicemail box takes) is checked here, so the
import, the microphone recording and the settings page refuse in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import AccountId, UserId

NAME_MAX = 60
SHORTEST_S = 0.5  # a shorter greeting is a slip of the mouse, not a message
LONGEST_S = 120.0  # voicemail boxes commonly stop listening after two to three minutes
PCM_16_BIT = 2  # bytes per sample; the only PCM width the call's WAV player reads


@dataclass(frozen=True)
class GreetingOwner:
    """Whose greetings: a person of one workspace (two databases on one computer may both
    have a user 3, so the account is part of it)."""

    account_id: AccountId
    user_id: UserId


@dataclass(frozen=True)
class Greeting:
    """One greeting of one person. ``path`` is the WAV file the softphone plays."""

    greeting_id: str
    name: str
    seconds: float
    path: str
    created_at: datetime

    @property
    def label(self) -> str:
        """"First call · 0:24": what a list or a menu shows."""
        whole = round(self.seconds)
        return f"{self.name} · {whole // 60}:{whole % 60:02d}"


@dataclass(frozen=True)
class AudioFormat:
    """What a WAV file's header says."""

    sample_rate: int
    sample_width: int  # bytes per sample
    channels: int
    frames: int

    @property
    def seconds(self) -> float:
        return self.frames / self.sample_rate if self.sample_rate else 0.0


def greeting_name(name: str, taken: list[str]) -> str:
    """The name tidied, or a refusal naming the ``name`` field; ``taken``: the person's
    other greetings, compared without regard to case."""
    text = " ".join(name.split())
    if not text:
        raise ValidationError("give the greeting a name, e.g. First call", field="name")
    if len(text) > NAME_MAX:
        raise ValidationError(f"a greeting's name is at most {NAME_MAX} characters", field="name")
    if text.casefold() in {t.casefold() for t in taken}:
        raise ValidationError(f"you already have a greeting called {text}", field="name")
    return text


def check_playable(audio: AudioFormat, field: str = "file") -> None:
    """Refuse, in words, a WAV the softphone cannot play into a call or a voicemail box
    would not keep. Stereo is accepted (its first channel is kept)."""
    if audio.sample_width != PCM_16_BIT:
        raise ValidationError(f"this WAV file has {audio.sample_width * 8}-bit samples; calls play 16-bit "
                              "WAV files (most recorders' default): save it as 16-bit and import it again",
                              field=field)
    if audio.sample_rate < 8000 or audio.sample_rate % 50:
        # pjmedia reads 20 ms frames: 11,025 Hz would make frames of 220.5 samples.
        raise ValidationError(f"calls cannot play a recording made at {audio.sample_rate:,} Hz: save it at "
                              "8, 16, 44.1 or 48 kHz and import it again", field=field)
    if audio.channels < 1:
        raise ValidationError("this WAV file has no sound in it", field=field)
    if audio.seconds < SHORTEST_S:
        raise ValidationError("the greeting is too short to be a message: record at least a second", field=field)
    if audio.seconds > LONGEST_S:
        raise ValidationError(f"the greeting lasts {audio.seconds:.0f} s; voicemail boxes stop listening "
                              f"after about two minutes, so keep it under {LONGEST_S:.0f} s", field=field)
