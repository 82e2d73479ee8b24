"""pjsua2 subclasses whose callbacks become plain Python facts at once.

``PjAccount``, ``PjCall``, ``PjBuddy`` and ``PjLogWriter`` run on the SIP thread
(pjsua2 calls them from ``libHandleEvents``; the log writer may also be called
from pjmedia's own threads). ``PjPlayer``'s end-of-file callback comes from pjmedia's
event thread, never the SIP thread: it only hands a function to the SIP thread's queue. Each callback copies what it needs out of the pj
parameter objects (which are only valid during the call) and hands plain values
to a ``CallbackSink`` (``sip_core.SipCore``), which turns them into domain events.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import pjsua2 as pj

SIP_TRACE_LOGGER = "kixie_desktop.sip_trace"
log = logging.getLogger(__name__)
_trace = logging.getLogger(SIP_TRACE_LOGGER)

# pjlib levels: 1 error, 2 warning, 3 info, 4 and up debug (4 carries whole messages).
_PJ_TO_LOGGING = {0: logging.CRITICAL, 1: logging.ERROR, 2: logging.WARNING, 3: logging.INFO}


F = TypeVar("F", bound=Callable[..., None])


def guarded(method: F) -> F:
    """An exception must not travel back into C++ (SWIG would swallow it or abort):
    log it with its traceback here instead."""

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            method(*args, **kwargs)
        except Exception:
            log.exception("error in pjsua2 callback %s", method.__name__)

    return wrapper  # type: ignore[return-value]


class CallbackSink(Protocol):
    def on_call_state(self, call_id: str, pj_state: int, status: int, reason: str) -> None: ...
    def on_call_media(self, call_id: str) -> None: ...
    def on_transfer_status(self, call_id: str, status: int, reason: str, final: bool) -> None: ...
    def on_incoming_call(self, account_id: str, pj_call_id: int) -> None: ...
    def on_reg_state(self, account_id: str, code: int, reason: str, expires: int) -> None: ...
    def on_message(
        self, from_uri: str, to_uri: str, body: str, content_type: str, whole_msg: str
    ) -> None: ...
    def on_message_status(self, to_uri: str, body: str, code: int, reason: str) -> None: ...


class PjLogWriter(pj.LogWriter):  # type: ignore[misc]
    """pjsip's own log into the separate SIP trace logger."""

    def write(self, entry: pj.LogEntry) -> None:
        level = _PJ_TO_LOGGING.get(int(entry.level), logging.DEBUG)
        if _trace.isEnabledFor(level):
            _trace.log(level, "%s", str(entry.msg).rstrip())


class PjAccount(pj.Account):  # type: ignore[misc]
    def __init__(self, account_id: str, sink: CallbackSink) -> None:
        super().__init__()
        self.account_id = account_id
        self._sink = sink

    @guarded
    def onRegState(self, prm: pj.OnRegStateParam) -> None:
        self._sink.on_reg_state(
            self.account_id, int(prm.code), str(prm.reason), int(prm.expiration)
        )

    @guarded
    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        self._sink.on_incoming_call(self.account_id, int(prm.callId))

    @guarded
    def onInstantMessage(self, prm: pj.OnInstantMessageParam) -> None:
        whole = ""
        try:
            whole = str(prm.rdata.wholeMsg)
        except Exception:  # rdata is optional; the body alone still counts
            log.debug("MESSAGE without rdata", exc_info=True)
        self._sink.on_message(
            str(prm.fromUri), str(prm.toUri), str(prm.msgBody), str(prm.contentType), whole
        )

    @guarded
    def onInstantMessageStatus(self, prm: pj.OnInstantMessageStatusParam) -> None:
        self._sink.on_message_status(
            str(prm.toUri), str(prm.msgBody), int(prm.code), str(prm.reason)
        )


class PjCall(pj.Call):  # type: ignore[misc]
    def __init__(
        self, account: PjAccount, call_id: str, sink: CallbackSink, pj_call_id: int = -1
    ) -> None:
        if pj_call_id >= 0:
            super().__init__(account, pj_call_id)
        else:
            super().__init__(account)
        self.call_id = call_id
        self._sink = sink

    @guarded
    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        info = self.getInfo()
        self._sink.on_call_state(
            self.call_id, int(info.state), int(info.lastStatusCode), str(info.lastReason)
        )

    @guarded
    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        self._sink.on_call_media(self.call_id)

    @guarded
    def onCallTransferStatus(self, prm: pj.OnCallTransferStatusParam) -> None:
        self._sink.on_transfer_status(
            self.call_id, int(prm.statusCode), str(prm.reason), bool(prm.finalNotify)
        )


class PjPlayer(pj.AudioMediaPlayer):  # type: ignore[misc]
    """A WAV played once (``PJMEDIA_FILE_NO_LOOP``); ``on_end`` is called when it has played,
    on pjmedia's event thread — so it must only queue work for the SIP thread (pjsua2 objects
    may not be touched there, nor the player destroyed inside the callback)."""

    def __init__(self, on_end: Callable[[], None]) -> None:
        super().__init__()
        self._on_end = on_end

    @guarded
    def onEof2(self) -> None:
        self._on_end()


class PjBuddy(pj.Buddy):  # type: ignore[misc]
    """Only a route for out-of-dialog MESSAGE; presence is never subscribed."""
