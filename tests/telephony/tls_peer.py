"""A minimal SIP-over-TLS far end for tests: SIPp here is built without TLS.

Accepts one TLS connection (Python's ssl, the system OpenSSL), reads one INVITE,
records it and answers ``486 Busy Here``; then reads the ACK. Enough to prove the
softphone's TLS transport (the wheel's own OpenSSL) handshakes with a modern
server and sends SIP inside it.
"""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from pathlib import Path


def self_signed(workdir: Path) -> tuple[Path, Path]:
    cert, key = workdir / "cert.pem", workdir / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True)
    return cert, key


def _read_message(conn: ssl.SSLSocket) -> str:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65535)
        if not chunk:
            return data.decode(errors="replace")
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith((b"content-length:", b"l:")):
            length = int(line.split(b":", 1)[1])
    while len(body) < length:
        body += conn.recv(65535)
    return (head + b"\r\n\r\n" + body).decode(errors="replace")


class TlsBusyPeer:
    def __init__(self, workdir: Path) -> None:
        cert, key = self_signed(workdir)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.received: list[str] = []
        self.tls_version: str | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            self.sock.settimeout(10)
            raw, _ = self.sock.accept()
            with self.ctx.wrap_socket(raw, server_side=True) as conn:
                conn.settimeout(10)
                self.tls_version = conn.version()
                invite = _read_message(conn)
                self.received.append(invite)
                headers = [ln for ln in invite.split("\r\n")
                           if ln.split(":", 1)[0].lower() in ("via", "from", "call-id", "cseq")]
                to = next(ln for ln in invite.split("\r\n") if ln.lower().startswith("to:"))
                reply = "\r\n".join(["SIP/2.0 486 Busy Here", *headers, f"{to};tag=tls1",
                                     "Content-Length: 0", "", ""])
                conn.sendall(reply.encode())
                self.received.append(_read_message(conn))  # the ACK
        except Exception as exc:  # noqa: BLE001 - reported to the test, which asserts on it
            self.error = exc
        finally:
            self.sock.close()
