"""Runs SIPp as a UAS on loopback for one test and reads back what crossed the wire.

Each run uses an ephemeral port, ``-m 1`` and a timeout so SIPp always exits, and
``-trace_msg``/``-trace_err`` files the test inspects afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SCENARIOS = Path(__file__).parent / "scenarios"
SIPP = shutil.which("sipp")
_SEPARATOR = re.compile(r"^-{20,} (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+)$", re.MULTILINE)


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_bound(port: int, tcp: bool = False) -> bool:
    # /proc/net/{udp,tcp} list local addresses as hex ip:port; no probe packet needed.
    try:
        text = Path("/proc/net/tcp" if tcp else "/proc/net/udp").read_text()
    except OSError:
        return True  # cannot tell: fall back on the caller's short sleep
    return f":{port:04X} " in text


def _udp_port_bound(port: int) -> bool:
    return _port_bound(port)


@dataclass(frozen=True)
class WireMessage:
    direction: str  # "received" or "sent", from SIPp's point of view
    wallclock: str  # SIPp's timestamp, local time
    text: str

    @property
    def first_line(self) -> str:
        return self.text.split("\n", 1)[0].strip()

    @property
    def method_or_status(self) -> str:
        first = self.first_line
        return first.split(" ")[1] if first.startswith("SIP/2.0") else first.split(" ")[0]

    def header(self, name: str) -> str | None:
        for line in self.text.split("\n"):
            key, sep, value = line.partition(":")
            if sep and key.strip().lower() == name.lower():
                return value.strip()
        return None


def parse_message_log(text: str) -> list[WireMessage]:
    out = []
    chunks = _SEPARATOR.split(text)
    for stamp, body in zip(chunks[1::2], chunks[2::2]):
        head, _, msg = body.lstrip("\n").partition("\n")
        direction = "received" if "received" in head else "sent"
        out.append(WireMessage(direction, stamp, msg.strip("\n")))
    return out


class SippUas:
    """One SIPp process acting as the far end (UAS, or UAC with ``remote``)."""

    def __init__(self, scenario: str, workdir: Path, keys: dict[str, str] | None = None,
                 timeout_s: int = 20, remote: str | None = None, transport: str = "u1",
                 calls: int = 1) -> None:
        assert SIPP is not None
        self._scenario, self._workdir, self._transport = scenario, workdir, transport
        extra: list[str] = []
        for key, value in (keys or {}).items():
            extra += ["-key", key, value]
        if remote:  # UAC role: SIPp calls ``remote`` (host:port) itself
            extra.append(remote)
        # A port free a moment ago can be taken before SIPp binds it (pjsua and other SIPp
        # processes draw from the same ephemeral range): start again on fresh ports then.
        for attempt in range(5):
            self._start(timeout_s, calls, extra)
            error = self._wait_until_bound()
            if error is None:
                return
            if "Address already in use" not in error or attempt == 4:
                raise RuntimeError(f"SIPp did not start: {error}")

    def _start(self, timeout_s: int, calls: int, extra: list[str]) -> None:
        self.port = free_udp_port()
        self.media_port = free_udp_port()
        self.msg_file = self._workdir / f"{self._scenario}-{self.port}-messages.log"
        self.err_file = self._workdir / f"{self._scenario}-{self.port}-errors.log"
        args = [SIPP, "-sf", str(SCENARIOS / f"{self._scenario}.xml"), "-i", "127.0.0.1",
                "-p", str(self.port), "-mp", str(self.media_port), "-m", str(calls), "-nostdin",
                "-t", self._transport,
                "-timeout", f"{timeout_s}s", "-timeout_error",
                "-trace_msg", "-message_file", str(self.msg_file),
                "-trace_err", "-error_file", str(self.err_file), *extra]
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, cwd=self._workdir)

    def _wait_until_bound(self) -> str | None:
        """None once SIPp listens; else why it did not start."""
        deadline = time.monotonic() + 5
        while not _port_bound(self.port, tcp=self._transport.startswith("t")):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                if self.proc.poll() is None:
                    self.proc.kill()
                    self.proc.wait()
                return self.stderr() or "no answer within 5 s"
            time.sleep(0.01)
        return None

    def uri(self, user: str = "+15551234567") -> str:
        return f"sip:{user}@127.0.0.1:{self.port}"

    def stderr(self) -> str:
        if self.proc.poll() is None or self.proc.stderr is None:
            return ""
        return self.proc.stderr.read().decode(errors="replace")

    def wait(self, timeout: float = 25) -> int:
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def messages(self) -> list[WireMessage]:
        if not self.msg_file.exists():
            return []
        return parse_message_log(self.msg_file.read_text(errors="replace"))

    def errors(self) -> str:
        return self.err_file.read_text(errors="replace") if self.err_file.exists() else ""

    def flow(self) -> list[tuple[str, str]]:
        """(direction, method or status) in wire order — what the test asserts on."""
        return [(m.direction, m.method_or_status) for m in self.messages()]


def sipp_required() -> bool:
    return os.environ.get("KIXIE_REQUIRE_SIPP") == "1"
