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


def _ulaw(sample: int) -> int:
    sign = 0x80 if sample < 0 else 0
    magnitude = min(abs(sample), 32635) + 0x84
    exponent, mask = 7, 0x4000
    while exponent > 0 and not magnitude & mask:
        exponent, mask = exponent - 1, mask >> 1
    return ~(sign | exponent << 4 | (magnitude >> (exponent + 3)) & 0x0F) & 0xFF


def ulaw_tone(path: Path, seconds: float, *, freq: float = 440.0, amplitude: int = 12000) -> Path:
    """Raw G.711 µ-law at 8 kHz: what SIPp's ``rtp_stream`` plays (the lead talking)."""
    path.write_bytes(bytes(_ulaw(int(amplitude * math.sin(2 * math.pi * freq * i / 8000)))
                           for i in range(int(seconds * 8000))))
    return path


def loud_seconds(path: Path, threshold: int = 1000) -> float:
    """Seconds of a 16-bit mono WAV louder than ``threshold``, in 20 ms windows."""
    from array import array

    with wave.open(str(path), "rb") as wav:
        rate = wav.getframerate()
        samples = array("h", wav.readframes(wav.getnframes()))
    window = rate // 50
    loud = sum(1 for i in range(0, len(samples), window) if max(map(abs, samples[i:i + window]), default=0) > threshold)
    return loud * window / rate
