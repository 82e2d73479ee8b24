"""The demo line: a tiny loopback SIP user agent in pure asyncio (SPEC §8).

With no SIP account configured, the demo routes calls and SMS here so a newcomer
can click through prompt → call → disposition on a fresh machine. It listens on
UDP 127.0.0.1 (ephemeral port), answers INVITE with 100, 180 and, after one ring
(``ring_s``), 200 OK with a valid audio SDP; handles ACK, BYE, CANCEL, OPTIONS and
REGISTER; answers MESSAGE with 200 OK and records it. Not pjsua2 (one Endpoint per
process). Runs on whatever asyncio loop starts it; ``DemoPeerThread`` gives it a
private loop on a daemon thread for the CLI and tests.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

_COMPACT = {"v": "via", "f": "from", "t": "to", "i": "call-id", "m": "contact",
            "l": "content-length", "c": "content-type", "r": "refer-to"}
_T1 = 0.5  # RFC 3261 T1: 200 OK to INVITE is retransmitted until the ACK comes


@dataclass(frozen=True, slots=True)
class ReceivedMessage:
    from_uri: str
    to_uri: str
    body: str
    headers: dict[str, str]
    received_monotonic: float


@dataclass
class SipRequest:
    method: str
    uri: str
    headers: list[tuple[str, str]]  # in order, names lower-cased, compact forms expanded
    body: bytes

    def first(self, name: str) -> str:
        return next((v for k, v in self.headers if k == name), "")

    def all(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k == name]


def parse_request(data: bytes) -> SipRequest | None:
    """A SIP request from one datagram, or None for responses/keep-alives/garbage."""
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("utf-8", "replace").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or parts[2] != "SIP/2.0":
        return None
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            key = name.strip().lower()
            headers.append((_COMPACT.get(key, key), value.strip()))
    req = SipRequest(parts[0], parts[1], headers, body)
    length = req.first("content-length")
    if length.isdigit():
        req.body = body[: int(length)]
    return req


@dataclass
class _Dialog:
    to_tag: str
    invite: SipRequest
    answered: bool = False
    acked: bool = False
    timer: asyncio.TimerHandle | None = None
    retransmits: list[asyncio.TimerHandle] = field(default_factory=list)
    cseq: int = 0  # of the requests the demo line sends in this dialog (NOTIFY)


class DemoPeer(asyncio.DatagramProtocol):
    """The loopback peer. ``await start()`` on a loop, ``close()`` when done."""

    def __init__(self, *, ring_s: float = 1.0, host: str = "127.0.0.1") -> None:
        self.ring_s = ring_s
        self.host = host
        self.port = 0
        self.messages: list[ReceivedMessage] = []
        self.calls_answered = 0
        self.transfers: list[str] = []  # the Refer-To of each transfer asked for
        self._lock = threading.Lock()  # messages and transfers are read from other threads
        self._transport: asyncio.DatagramTransport | None = None
        self._rtp: asyncio.DatagramTransport | None = None
        self._rtp_port = 0
        self._dialogs: dict[str, _Dialog] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        transport, _ = await self._loop.create_datagram_endpoint(
            lambda: self, local_addr=(self.host, 0))
        self._transport = transport
        self.port = transport.get_extra_info("sockname")[1]
        # RTP sink: the SDP must name a live port or the caller gets ICMP errors.
        rtp, _ = await self._loop.create_datagram_endpoint(
            asyncio.DatagramProtocol, local_addr=(self.host, 0))
        self._rtp = rtp
        self._rtp_port = rtp.get_extra_info("sockname")[1]
        log.info("demo line listening on %s:%d", self.host, self.port)

    def close(self) -> None:
        for dialog in self._dialogs.values():
            self._cancel_timers(dialog)
        self._dialogs.clear()
        for t in (self._transport, self._rtp):
            if t is not None:
                t.close()

    def uri_for(self, number: str) -> str:
        """The SIP URI that reaches the demo line for ``number``."""
        return f"sip:{number}@{self.host}:{self.port}"

    def received_messages(self) -> list[ReceivedMessage]:
        with self._lock:
            return list(self.messages)

    # ---- protocol -----------------------------------------------------------------
    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        req = parse_request(data)
        if req is None:
            return
        handler = {"INVITE": self._on_invite, "ACK": self._on_ack, "BYE": self._on_bye,
                   "CANCEL": self._on_cancel, "MESSAGE": self._on_message,
                   "REFER": self._on_refer}.get(req.method)
        if handler is not None:
            handler(req, addr)
        elif req.method in ("OPTIONS", "REGISTER"):
            self._respond(req, addr, 200, "OK")
        else:
            self._respond(req, addr, 501, "Not Implemented")

    def _respond(self, req: SipRequest, addr: tuple[str, int], code: int, reason: str,
                 *, to_tag: str | None = None, body: bytes = b"",
                 content_type: str | None = None) -> bytes:
        to = req.first("to")
        if to_tag and ";tag=" not in to:
            to = f"{to};tag={to_tag}"
        lines = [f"SIP/2.0 {code} {reason}"]
        lines += [f"Via: {v}" for v in req.all("via")]
        lines += [f"From: {req.first('from')}", f"To: {to}",
                  f"Call-ID: {req.first('call-id')}", f"CSeq: {req.first('cseq')}",
                  "Server: Kixie demo line"]
        if req.method == "INVITE" and 200 <= code < 300:
            lines.append(f"Contact: <sip:demo@{self.host}:{self.port}>")
        if content_type:
            lines.append(f"Content-Type: {content_type}")
        lines.append(f"Content-Length: {len(body)}")
        packet = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
        if self._transport is not None:
            self._transport.sendto(packet, addr)
        return packet

    def _sdp(self, offer: bytes = b"") -> bytes:
        # Answer a hold offer (sendonly) with recvonly, as RFC 3264 requires.
        direction = "recvonly" if b"a=sendonly" in offer else (
            "inactive" if b"a=inactive" in offer else "sendrecv")
        sid = int(time.time())
        return (f"v=0\r\no=kixie-demo {sid} {sid} IN IP4 {self.host}\r\ns=Kixie demo line\r\n"
                f"c=IN IP4 {self.host}\r\nt=0 0\r\nm=audio {self._rtp_port} RTP/AVP 0 8 101\r\n"
                "a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
                f"a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na={direction}\r\n"
                ).encode()

    def _on_invite(self, req: SipRequest, addr: tuple[str, int]) -> None:
        call_id = req.first("call-id")
        dialog = self._dialogs.get(call_id)
        if dialog is not None:  # a retransmission, or a re-INVITE (hold/resume)
            if dialog.answered and ";tag=" in req.first("to"):
                dialog.acked = False  # the re-INVITE's own ACK is awaited afresh
                self._respond(req, addr, 200, "OK", to_tag=dialog.to_tag,
                              body=self._sdp(req.body),
                              content_type="application/sdp")
            return
        dialog = self._dialogs[call_id] = _Dialog(uuid.uuid4().hex[:10], req)
        self._respond(req, addr, 100, "Trying")
        self._respond(req, addr, 180, "Ringing", to_tag=dialog.to_tag)
        assert self._loop is not None
        dialog.timer = self._loop.call_later(self.ring_s, self._answer, call_id, addr)

    def _answer(self, call_id: str, addr: tuple[str, int]) -> None:
        dialog = self._dialogs.get(call_id)
        if dialog is None:
            return
        dialog.answered = True
        self.calls_answered += 1
        packet = self._respond(dialog.invite, addr, 200, "OK", to_tag=dialog.to_tag,
                               body=self._sdp(), content_type="application/sdp")
        assert self._loop is not None
        delay = _T1
        for _ in range(6):  # T1, 2T1, 4T1...: stop once the ACK arrives
            dialog.retransmits.append(self._loop.call_later(delay, self._resend, call_id,
                                                            packet, addr))
            delay = min(delay * 2 + _T1, 16.0)

    def _resend(self, call_id: str, packet: bytes, addr: tuple[str, int]) -> None:
        dialog = self._dialogs.get(call_id)
        if dialog is not None and not dialog.acked and self._transport is not None:
            self._transport.sendto(packet, addr)

    def _cancel_timers(self, dialog: _Dialog) -> None:
        for handle in [dialog.timer, *dialog.retransmits]:
            if handle is not None:
                handle.cancel()

    def _on_ack(self, req: SipRequest, addr: tuple[str, int]) -> None:
        dialog = self._dialogs.get(req.first("call-id"))
        if dialog is None:
            return
        dialog.acked = True
        if not dialog.answered:  # ACK to our 487: the cancelled call is over
            self._dialogs.pop(req.first("call-id"), None)

    def _on_bye(self, req: SipRequest, addr: tuple[str, int]) -> None:
        dialog = self._dialogs.pop(req.first("call-id"), None)
        if dialog is not None:
            self._cancel_timers(dialog)
            self._respond(req, addr, 200, "OK")
        else:
            self._respond(req, addr, 481, "Call/Transaction Does Not Exist")

    def _on_cancel(self, req: SipRequest, addr: tuple[str, int]) -> None:
        dialog = self._dialogs.get(req.first("call-id"))
        if dialog is None or dialog.answered:
            self._respond(req, addr, 481, "Call/Transaction Does Not Exist")
            return
        self._cancel_timers(dialog)
        self._respond(req, addr, 200, "OK")
        self._respond(dialog.invite, addr, 487, "Request Terminated", to_tag=dialog.to_tag)

    def _on_refer(self, req: SipRequest, addr: tuple[str, int]) -> None:
        """A blind transfer: accepted, "calling" the target (a NOTIFY with 100 Trying), and
        half a ring later connected (200 OK) — so a new user sees a transfer go through."""
        dialog = self._dialogs.get(req.first("call-id"))
        if dialog is None or not dialog.answered:
            self._respond(req, addr, 481, "Call/Transaction Does Not Exist")
            return
        self._respond(req, addr, 202, "Accepted", to_tag=dialog.to_tag)
        with self._lock:
            self.transfers.append(req.first("refer-to"))
        self._notify(dialog, addr, "SIP/2.0 100 Trying", final=False)
        assert self._loop is not None
        self._loop.call_later(self.ring_s / 2, self._notify, dialog, addr, "SIP/2.0 200 OK", True)

    def _notify(self, dialog: _Dialog, addr: tuple[str, int], sipfrag: str, final: bool) -> None:
        """The REFER's progress, in the dialog: the demo line is its UAS, so From is the
        INVITE's To (with our tag) and the request goes to the caller's Contact."""
        invite = dialog.invite
        target = invite.first("contact").split("<", 1)[-1].split(">", 1)[0] or invite.first("from")
        dialog.cseq += 1
        body = (sipfrag + "\r\n").encode()
        state = "terminated;reason=noresource" if final else "active;expires=60"
        lines = [f"NOTIFY {target} SIP/2.0",
                 f"Via: SIP/2.0/UDP {self.host}:{self.port};branch=z9hG4bK{uuid.uuid4().hex[:16]}",
                 "Max-Forwards: 70", f"From: {invite.first('to')};tag={dialog.to_tag}",
                 f"To: {invite.first('from')}", f"Call-ID: {invite.first('call-id')}",
                 f"CSeq: {dialog.cseq} NOTIFY", f"Contact: <sip:demo@{self.host}:{self.port}>",
                 "Event: refer", f"Subscription-State: {state}",
                 "Content-Type: message/sipfrag;version=2.0", f"Content-Length: {len(body)}"]
        if self._transport is not None and invite.first("call-id") in self._dialogs:
            self._transport.sendto(("\r\n".join(lines) + "\r\n\r\n").encode() + body, addr)

    def _on_message(self, req: SipRequest, addr: tuple[str, int]) -> None:
        msg = ReceivedMessage(req.first("from"), req.first("to"),
                              req.body.decode("utf-8", "replace"),
                              {k: v for k, v in req.headers}, time.monotonic())
        with self._lock:
            self.messages.append(msg)
        self._respond(req, addr, 200, "OK", to_tag=uuid.uuid4().hex[:10])


class DemoPeerThread:
    """A ``DemoPeer`` on its own event loop in a daemon thread (CLI, tests, bench)."""

    def __init__(self, *, ring_s: float = 1.0) -> None:
        self.peer = DemoPeer(ring_s=ring_s)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="demo-line",
                                        daemon=True)

    def __enter__(self) -> DemoPeer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.peer.start(), self._loop).result(5)
        return self.peer

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self.peer.close)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()
