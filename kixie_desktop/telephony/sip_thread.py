"""The SIP thread: one OS thread that owns the pjsua2 library and runs everything on it.

pjsua2 is configured with ``threadCnt=0, mainThreadOnly=True``, so the thread that
created the Endpoint is the only one allowed to touch it and every callback fires
here. Other threads talk to it by queueing callables (``submit``), which run
between calls to ``libHandleEvents``. ``libHandleEvents`` sleeps in ``select()``
on the SIP sockets; to avoid adding its whole timeout to every command, a
submitter wakes it by sending a bare CRLF datagram to the loopback SIP transport
(RFC 5626 keep-alive, which pjsip discards before parsing). Nothing here imports
pjsua2: the owner plugs in ``pump`` (one round of event handling).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from kixie_desktop.domain.errors import KixieError, TelephonyError

log = logging.getLogger(__name__)

T = TypeVar("T")

_CRLF_KEEPALIVE = b"\r\n\r\n"


class SipThread:
    """A command queue plus an event pump on one dedicated thread."""

    def __init__(self, *, idle_poll_ms: int = 50, wake: bool = True, name: str = "sip") -> None:
        # idle_poll_ms bounds how long one libHandleEvents may sleep; with wake=False
        # it is also the worst-case latency of a command.
        self._idle_poll_ms = idle_poll_ms
        self._wake_enabled = wake
        self._name = name
        self._commands: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._timers: list[tuple[float, int, Callable[[], None]]] = []
        self._timer_seq = itertools.count()
        self._wake_target: tuple[str, int] | None = None
        self._wake_sock: socket.socket | None = None
        self._wake_lock = threading.Lock()
        self._submit_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._finished = False  # set once ``final`` ran: no command may touch pj any more
        self._pump: Callable[[int], None] = lambda ms: time.sleep(ms / 1000)
        self.stopped: Future[None] = Future()

    # ---- owner side (called on the SIP thread) -------------------------------------
    def set_pump(self, pump: Callable[[int], None]) -> None:
        """Install the per-round event handler (``ep.libHandleEvents``)."""
        self._pump = pump

    def set_wake_target(self, host: str, port: int) -> None:
        """Where to send the wake-up datagram: a UDP SIP transport of ours."""
        with self._wake_lock:
            self._wake_target = (host, port)
            if self._wake_sock is None:
                self._wake_sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def call_later(self, delay_s: float, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the SIP thread after ``delay_s`` (SIP thread only)."""
        self.assert_on_thread()
        heapq.heappush(self._timers, (time.monotonic() + delay_s, next(self._timer_seq), fn))

    def is_current(self) -> bool:
        return threading.current_thread() is self._thread

    def assert_on_thread(self) -> None:
        if not self.is_current():
            raise RuntimeError("this must run on the SIP thread")

    # ---- any thread ---------------------------------------------------------------
    def start(self, init: Callable[[], None], final: Callable[[], None]) -> Future[None]:
        """Start the thread: ``init`` runs first on it (create the Endpoint there),
        ``final`` last (ordered shutdown). The returned future resolves once ``init``
        finished, with its exception if it failed."""
        if self._thread is not None:
            raise RuntimeError("the SIP thread was already started")
        ready: Future[None] = Future()
        self._thread = threading.Thread(
            target=self._main, args=(init, final, ready), name=self._name, daemon=True
        )
        self._thread.start()
        return ready

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """Queue ``fn`` to run on the SIP thread; its result or error lands in the future.
        Done-callbacks of that future run on the SIP thread: keep them short."""
        fut: Future[T] = Future()

        def run() -> None:
            if not fut.set_running_or_notify_cancel():
                return
            if self._finished:  # the library is gone: touching it would crash, not raise
                fut.set_exception(TelephonyError("the softphone is stopped"))
                return
            try:
                fut.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 - handed to the caller, not swallowed
                fut.set_exception(_detached(exc))

        with self._submit_lock:  # no command may slip in after the stop marker
            if self._stopping:
                fut.set_exception(TelephonyError("the softphone is stopped"))
                return fut
            self._commands.put(run)
        if not self.is_current():
            self.wake()
        return fut

    def request_stop(self) -> Future[None]:
        """Ask the loop to finish; ``final`` runs on the thread, then it exits."""
        self._commands.put(self._mark_stopping)
        self.wake()
        return self.stopped

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def wake(self) -> None:
        """Interrupt a sleeping ``libHandleEvents`` (no-op without a wake target)."""
        if not self._wake_enabled:
            return
        with self._wake_lock:
            if self._wake_sock is None or self._wake_target is None:
                return
            try:
                self._wake_sock.sendto(_CRLF_KEEPALIVE, self._wake_target)
            except OSError as exc:  # never fatal: the poll timeout still bounds latency
                log.debug("SIP thread wake-up failed: %s", exc)

    # ---- the loop -----------------------------------------------------------------
    def _mark_stopping(self) -> None:
        with self._submit_lock:
            self._stopping = True

    def _main(
        self, init: Callable[[], None], final: Callable[[], None], ready: Future[None]
    ) -> None:
        try:
            init()
        except BaseException as exc:
            log.exception("SIP thread failed to start")
            self._stopping = self._finished = True
            ready.set_exception(exc)
            self.stopped.set_exception(exc)
            return
        ready.set_result(None)
        while not self._stopping:
            self._run_commands()
            self._run_due_timers()
            if self._stopping:
                break
            try:
                self._pump(self._next_timeout_ms())
            except Exception:  # a broken callback must not kill telephony
                log.exception("error while handling SIP events")
        self._run_commands()  # let queued hang-ups run before the shutdown
        try:
            final()
        except BaseException as exc:
            log.exception("SIP shutdown failed")
            self.stopped.set_exception(exc)
        else:
            self.stopped.set_result(None)
        finally:
            self._finished = True
            self._run_commands()  # late commands fail with TelephonyError
            with self._wake_lock:
                if self._wake_sock is not None:
                    self._wake_sock.close()
                    self._wake_sock = None

    def _run_commands(self) -> None:
        while True:
            try:
                cmd = self._commands.get_nowait()
            except queue.Empty:
                return
            cmd()

    def _run_due_timers(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, _, fn = heapq.heappop(self._timers)
            try:
                fn()
            except Exception:
                log.exception("SIP timer callback failed")

    def _next_timeout_ms(self) -> int:
        if not self._timers:
            return self._idle_poll_ms
        due_ms = (self._timers[0][0] - time.monotonic()) * 1000
        return max(0, min(self._idle_poll_ms, int(due_ms) + 1))


def _detached(exc: BaseException) -> BaseException:
    """``exc`` without its tracebacks, to hand to another thread. The frames of this thread
    hold pjsua2 objects (a call's entry, a greeting's player): a traceback kept by the caller
    would keep them alive there, to be destroyed on that thread when it lets go — and pjlib
    aborts the process on a call from a thread it does not know. A bug's traceback is
    logged here first."""
    if not isinstance(exc, KixieError):
        log.warning("SIP command failed", exc_info=exc)
    seen: set[int] = set()
    link: BaseException | None = exc
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        link.__traceback__ = None
        link = link.__cause__ or link.__context__
    return exc
