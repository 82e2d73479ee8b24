"""An RTP sink for SIPp scenarios: SIPp answers the call with its SDP pointing here
(``-key rtp_sink PORT``), so the audio our softphone sends arrives in this socket, where a test
counts the packets and measures what they carry (G.711 µ-law, payload type 0: SIPp offers it).

A daemon thread reads the socket; ``RtpSink`` is a context manager that closes it.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

PCMU = 0
SAMPLE_RATE = 8000


def _ulaw_table() -> list[int]:
    table = []
    for byte in range(256):
        u = ~byte & 0xFF
        magnitude = (((u & 0x0F) << 3) + 0x84) << ((u >> 4) & 0x07)
        table.append(-(magnitude - 0x84) if u & 0x80 else magnitude - 0x84)
    return table


ULAW = _ulaw_table()


@dataclass(frozen=True)
class RtpPacket:
    at: float  # time.monotonic() on arrival
    sequence: int
    payload_type: int
    payload: bytes

    @property
    def peak(self) -> int:
        """The loudest sample, decoded (PCMU)."""
        return max((abs(ULAW[b]) for b in self.payload), default=0)


class RtpSink:
    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = int(self._sock.getsockname()[1])
        self._packets: list[RtpPacket] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._read, name="rtp-sink", daemon=True)
        self._thread.start()

    def __enter__(self) -> RtpSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self._closed.set()
        self._thread.join(2)
        self._sock.close()

    def _read(self) -> None:
        while not self._closed.is_set():
            try:
                data = self._sock.recv(2048)
            except TimeoutError:
                continue
            except OSError:
                return
            if len(data) < 12 or data[0] >> 6 != 2:
                continue  # not RTP (an RTCP packet goes to the next port, but be safe)
            csrc = (data[0] & 0x0F) * 4
            (sequence,) = struct.unpack("!H", data[2:4])
            packet = RtpPacket(time.monotonic(), sequence, data[1] & 0x7F, data[12 + csrc:])
            with self._lock:
                self._packets.append(packet)

    def packets(self) -> list[RtpPacket]:
        with self._lock:
            return list(self._packets)

    def audio_seconds(self, loud: Callable[[RtpPacket], bool] = lambda p: True) -> float:
        """Seconds of PCMU audio in the packets ``loud`` keeps (all of them by default)."""
        return sum(len(p.payload) for p in self.packets() if p.payload_type == PCMU and loud(p)) / SAMPLE_RATE

    def tone_seconds(self, threshold: int = 1000) -> float:
        """Seconds of audio louder than ``threshold`` (silence and comfort noise stay far below)."""
        return self.audio_seconds(lambda p: p.peak > threshold)

    def wait_quiet(self, quiet_s: float = 0.3, timeout: float = 10.0) -> None:
        """Until no packet has arrived for ``quiet_s`` (the call's audio has stopped)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            packets = self.packets()
            if packets and time.monotonic() - packets[-1].at >= quiet_s:
                return
            self._closed.wait(0.05)
        raise AssertionError(f"RTP still arriving (or none came) after {timeout}s")
