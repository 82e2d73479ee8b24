"""WAV files for greeting tests: a tone of a known length, in the format asked for."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path


def tone_wav(path: Path, seconds: float, *, rate: int = 8000, channels: int = 1, width: int = 2,
             freq: float = 440.0, amplitude: int = 12000) -> Path:
    """A sine tone of ``seconds``; ``width`` 1 writes 8-bit samples (which calls refuse)."""
    frames = int(seconds * rate)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        if amplitude == 0:  # silence: fast, for the long files
            wav.writeframes(bytes(frames * channels * width))
            return path
        out = bytearray()
        for i in range(frames):
            value = int(amplitude * math.sin(2 * math.pi * freq * i / rate))
            sample = struct.pack("<h", value) if width == 2 else struct.pack("<B", 128 + value // 256)
            out += sample * channels
        wav.writeframes(bytes(out))
    return path
