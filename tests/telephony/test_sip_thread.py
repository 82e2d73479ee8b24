"""The SIP thread machinery on its own (no pjsua2): queue, timers, wake-up, stop."""

from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import Future

import pytest

from kixie_desktop.domain.errors import TelephonyError
from kixie_desktop.telephony.sip_thread import SipThread


class _SelectPump:
    """Stands in for libHandleEvents: sleeps on a UDP socket like pjsip's select()."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.datagrams: list[bytes] = []

    def __call__(self, timeout_ms: int) -> None:
        self.sock.settimeout(timeout_ms / 1000)
        try:
            self.datagrams.append(self.sock.recv(100))
        except TimeoutError:
            pass


def _started(thread: SipThread, pump: _SelectPump | None = None) -> SipThread:
    def init() -> None:
        if pump is not None:
            thread.set_pump(pump)
            thread.set_wake_target("127.0.0.1", pump.port)

    thread.start(init, lambda: None).result(5)
    return thread


def test_commands_run_on_the_sip_thread_in_order() -> None:
    thread = _started(SipThread(idle_poll_ms=5))
    seen: list[tuple[int, str]] = []
    futs = [thread.submit(lambda i=i: seen.append((i, threading.current_thread().name)))
            for i in range(5)]
    for f in futs:
        f.result(2)
    assert [i for i, _ in seen] == [0, 1, 2, 3, 4] and {n for _, n in seen} == {"sip"}
    failing: Future[None] = thread.submit(lambda: (_ for _ in ()).throw(ValueError("boom")))
    with pytest.raises(ValueError, match="boom"):
        failing.result(2)
    thread.request_stop().result(2)


def test_wake_datagram_cuts_the_idle_sleep() -> None:
    pump = _SelectPump()
    thread = _started(SipThread(idle_poll_ms=2000, wake=True), pump)
    time.sleep(0.1)  # the pump is now asleep for up to 2 s
    started = time.monotonic()
    thread.submit(lambda: None).result(2)
    assert time.monotonic() - started < 0.5
    assert b"\r\n\r\n" in pump.datagrams  # the RFC 5626 keep-alive pjsip ignores
    thread.request_stop().result(3)


def test_without_wake_a_command_waits_for_the_poll() -> None:
    pump = _SelectPump()
    thread = _started(SipThread(idle_poll_ms=300, wake=False), pump)
    time.sleep(0.05)
    started = time.monotonic()
    thread.submit(lambda: None).result(2)
    assert time.monotonic() - started > 0.1
    thread.request_stop().result(3)


def test_timers_fire_on_time_and_commands_after_stop_fail() -> None:
    thread = _started(SipThread(idle_poll_ms=1000), _SelectPump())  # woken, then the timer
    fired: list[float] = []
    start = time.monotonic()
    thread.submit(lambda: thread.call_later(0.1, lambda: fired.append(time.monotonic())))
    deadline = time.monotonic() + 2
    while not fired and time.monotonic() < deadline:
        time.sleep(0.01)
    assert fired and 0.09 <= fired[0] - start < 0.5
    thread.request_stop().result(3)
    with pytest.raises(TelephonyError):
        thread.submit(lambda: None).result(1)
    with pytest.raises(RuntimeError):
        thread.call_later(1, lambda: None)  # not on the SIP thread


def test_a_failed_command_reaches_the_caller_without_the_sip_threads_frames() -> None:
    # A frame of the SIP thread holds pjsua2 objects; kept alive by the caller's traceback they
    # would be destroyed on the caller's thread, which pjlib aborts on.
    import weakref

    class Held:
        pass

    thread = _started(SipThread(idle_poll_ms=5, wake=False))
    refs: list[weakref.ref[Held]] = []

    def command() -> None:
        held = Held()
        refs.append(weakref.ref(held))
        try:
            raise OSError("from the library")
        except OSError:
            raise TelephonyError("translated") from None

    try:
        error = thread.submit(command).exception(5)
        assert isinstance(error, TelephonyError) and error.__traceback__ is None
        assert error.__context__ is not None and error.__context__.__traceback__ is None
        assert refs[0]() is None  # gone with the command, on the SIP thread
    finally:
        thread.request_stop().result(5)
