"""SIP MESSAGE (RFC 3428) on the SIP thread: sending with a result, receiving as events.

pjsua2 sends an out-of-dialog MESSAGE through a ``Buddy`` and reports the outcome
in ``Account.onInstantMessageStatus`` with the destination URI and body, but its
``userData`` token cannot be set from Python. So outcomes are matched on
(destination, body), and only one MESSAGE per such pair is in flight at a time:
identical ones queue behind it, which keeps the match exact.

pjsua has room for 256 buddies (``PJSUA_MAX_BUDDIES``) and *aborts the process* on
the 257th, so buddies are kept in a small least-recently-used set: one whose URI has
nothing in flight is released before a new one is made.
"""

from __future__ import annotations

import logging
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime

import pjsua2 as pj

from kixie_desktop.domain.calls import SipMessageCompleted, SipMessageReceived
from kixie_desktop.domain.errors import TelephonyError
from kixie_desktop.domain.inbound_text import decode
from kixie_desktop.telephony import sip_config
from kixie_desktop.telephony.pj_callbacks import PjAccount, PjBuddy

log = logging.getLogger(__name__)

# Well under pjsua's compiled-in 256, whatever the other buddies of the process.
MAX_BUDDIES = 64


@dataclass
class _Outgoing:
    account: PjAccount
    request_id: str
    uri: str
    body: str
    headers: Mapping[str, str]
    fut: Future[SipMessageCompleted]


def _strip(uri: str) -> str:
    uri = uri.strip()
    if "<" in uri and ">" in uri:
        uri = uri[uri.index("<") + 1 : uri.index(">")]
    return uri


def raw_bytes(swig_text: str) -> bytes:
    """The bytes behind a pjsua2 string: SWIG decodes ``std::string`` as UTF-8 with
    ``surrogateescape``, so each byte that is not valid UTF-8 arrives as U+DC80–U+DCFF."""
    return swig_text.encode("utf-8", errors="surrogateescape")


def parse_headers(whole_msg: str) -> tuple[tuple[str, str], ...]:
    """Header fields of a raw SIP message (folded lines are not used by pjsip)."""
    head = whole_msg.replace("\r\n", "\n").split("\n\n", 1)[0].split("\n")[1:]
    out = []
    for line in head:
        name, sep, value = line.partition(":")
        if sep:
            out.append((name.strip(), value.strip()))
    return tuple(out)


class MessageRouter:
    def __init__(self, post: Callable[[object], None], clock: Callable[[], datetime]) -> None:
        self._post = post
        self._clock = clock
        self._buddies: OrderedDict[tuple[str, str], PjBuddy] = OrderedDict()
        self._in_flight: dict[tuple[str, str], deque[_Outgoing]] = {}
        self._closed = False

    def send(self, account: PjAccount, request_id: str, uri: str, body: str,
             headers: Mapping[str, str] | None, fut: Future[SipMessageCompleted]) -> None:
        out = _Outgoing(account, request_id, uri, body, dict(headers or {}), fut)
        queue = self._in_flight.setdefault((_strip(uri), body), deque())
        queue.append(out)
        if len(queue) == 1:
            self._transmit(out)

    def _transmit(self, out: _Outgoing) -> None:
        try:
            buddy = self._buddy(out.account, out.uri)
            prm = pj.SendInstantMessageParam()
            prm.content = out.body
            for name, value in out.headers.items():
                header = pj.SipHeader()
                header.hName, header.hValue = name, value
                prm.txOption.headers.append(header)
            buddy.sendInstantMessage(prm)
        except pj.Error as exc:
            self._finish((_strip(out.uri), out.body),
                         error=sip_config.translate_error(exc, f"MESSAGE to {out.uri}"))

    def _buddy(self, account: PjAccount, uri: str) -> PjBuddy:
        key = (account.account_id, uri)
        buddy = self._buddies.get(key)
        if buddy is not None:
            self._buddies.move_to_end(key)
        else:
            self._release_idle_buddies()
            cfg = pj.BuddyConfig()
            cfg.uri = uri
            cfg.subscribe = False  # a route for MESSAGE only, no presence traffic
            buddy = PjBuddy()
            buddy.create(account, cfg)
            self._buddies[key] = buddy
        return buddy

    def _release_idle_buddies(self) -> None:
        """Make room under MAX_BUDDIES, oldest first, never one a MESSAGE is still using."""
        busy = {_strip(uri) for uri, _body in self._in_flight}
        for key in list(self._buddies):
            if len(self._buddies) < MAX_BUDDIES:
                return
            if _strip(key[1]) not in busy:
                del self._buddies[key]  # the last reference: pjsua2 deletes the buddy

    def on_status(self, to_uri: str, body: str, code: int, reason: str) -> None:
        key = (_strip(to_uri), body)
        if not self._in_flight.get(key):
            # Expected while stopping: libDestroy ends pending transactions with 503.
            log.log(logging.DEBUG if self._closed else logging.WARNING,
                    "MESSAGE status %d for a request we do not know", code)
            return
        self._finish(key, status=(code, reason))

    def _finish(self, key: tuple[str, str], *, status: tuple[int, str] | None = None,
                error: TelephonyError | None = None) -> None:
        queue = self._in_flight[key]
        out = queue.popleft()
        if status is not None:
            done = SipMessageCompleted(out.request_id, out.uri, status[0], status[1],
                                       self._clock())
            self._post(done)
            if not out.fut.done():
                out.fut.set_result(done)
        elif not out.fut.done():
            out.fut.set_exception(error or TelephonyError("MESSAGE failed"))
        if queue:
            self._transmit(queue[0])
        else:
            del self._in_flight[key]

    def on_message(self, from_uri: str, to_uri: str, body: str, content_type: str,
                   whole_msg: str) -> None:
        headers = parse_headers(whole_msg)
        # pjsua2 drops the Content-Type's parameters; the charset is read from the header.
        declared = next((v for n, v in headers if n.lower() in ("content-type", "c")), content_type)
        text = decode(raw_bytes(body), declared)
        self._post(SipMessageReceived(from_uri=from_uri, body=text.text, at=self._clock(),
                                      to_uri=to_uri, content_type=declared, headers=headers,
                                      raw_body=text.raw))

    def in_flight_for(self, account_id: str) -> bool:
        return any(out.account.account_id == account_id
                   for queue in self._in_flight.values() for out in queue)

    def forget_account(self, account_id: str) -> None:
        for key in [k for k in self._buddies if k[0] == account_id]:
            del self._buddies[key]

    def close(self) -> None:
        """Fail what is still waiting and release every Buddy (before libDestroy)."""
        self._closed = True
        for queue in self._in_flight.values():
            for out in queue:
                if not out.fut.done():
                    out.fut.set_exception(TelephonyError("the softphone stopped"))
        self._in_flight.clear()
        self._buddies.clear()
