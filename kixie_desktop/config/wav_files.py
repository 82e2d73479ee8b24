"""Reading the header of a WAV file that pjmedia may still be finishing.

pjmedia's WAV writer (a call recording, a greeting recorded from the microphone) puts a
header with zero sizes at the start and writes the real sizes when the recorder is destroyed,
which its clock thread does a frame or two after the softphone lets go of it. ``wav_format``
waits, boundedly, for those sizes before it reads the file. Any thread but the SIP thread.
"""

from __future__ import annotations

import struct
import time
import wave
from pathlib import Path

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.greetings import AudioFormat

FINISH_WAIT_S = 2.0


def _finished(path: Path) -> bool:
    with path.open("rb") as f:
        head = f.read(8)
    return len(head) < 8 or head[:4] != b"RIFF" or struct.unpack("<I", head[4:8])[0] != 0


def wav_format(path: Path, field: str = "file") -> AudioFormat:
    """What the WAV header of ``path`` says; a refusal in words when it is no WAV we read."""
    deadline = time.monotonic() + FINISH_WAIT_S
    try:
        while not _finished(path) and time.monotonic() < deadline:
            time.sleep(0.01)
        with wave.open(str(path), "rb") as wav:
            return AudioFormat(wav.getframerate(), wav.getsampwidth(), wav.getnchannels(), wav.getnframes())
    except FileNotFoundError:
        raise ValidationError(f"there is no file {path.name} any more", field=field) from None
    except (wave.Error, EOFError, OSError):
        # wave reads PCM only: a compressed WAV (µ-law, ADPCM, MP3 in RIFF) lands here too.
        raise ValidationError(f"{path.name} is not a WAV file calls can play: save it as a 16-bit WAV "
                              "(most recorders' default) and import it again", field=field) from None
