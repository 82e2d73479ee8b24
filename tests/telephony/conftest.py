"""Fixtures for the telephony tests: one pjsua2 softphone per process, SIPp peers.

pjsua allows one Endpoint per process, so the softphone is session-scoped (null
audio device) and every test filters the shared event stream by its own call id.
Tests marked ``sipp`` skip with a reason when SIPp is missing, and fail instead
when ``KIXIE_REQUIRE_SIPP=1`` (CI).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.telephony.sipp_runner import SIPP, SippUas, sipp_required


class EventLog:
    """Thread-safe sink for the softphone's ``post``; tests wait on it."""

    def __init__(self) -> None:
        self._events: list[Any] = []
        self._cond = threading.Condition()

    def post(self, event: object) -> None:
        with self._cond:
            self._events.append(event)
            self._cond.notify_all()

    def snapshot(self) -> list[Any]:
        with self._cond:
            return list(self._events)

    def wait_for(self, predicate: Callable[[Any], bool], timeout: float = 10.0) -> Any:
        deadline = time.monotonic() + timeout
        with self._cond:
            seen = 0
            while True:
                for event in self._events[seen:]:
                    if predicate(event):
                        return event
                seen = len(self._events)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no matching event within {timeout}s; "
                                         f"last events: {self._events[-8:]}")
                self._cond.wait(remaining)

    def for_call(self, call_id: str) -> list[Any]:
        return [e for e in self.snapshot() if getattr(e, "call_id", None) == call_id]


@pytest.fixture(scope="session")
def events() -> EventLog:
    return EventLog()


@pytest.fixture(scope="session")
def softphone(events: EventLog) -> Iterator[Any]:
    from kixie_desktop.telephony.sip_config import SoftphoneOptions
    from kixie_desktop.telephony.softphone import PjSoftphone

    phone = PjSoftphone(events.post, SoftphoneOptions(null_audio=True))
    phone.start().result(10)
    yield phone
    phone.stop().result(15)
    phone.join(5)


@pytest.fixture
def sipp(tmp_path: Path) -> Iterator[Callable[..., SippUas]]:
    if SIPP is None:
        if sipp_required():
            pytest.fail("KIXIE_REQUIRE_SIPP=1 but sipp is not on PATH (install sip-tester)")
        pytest.skip("SIPp not found on PATH (Debian package sip-tester); "
                    "set KIXIE_REQUIRE_SIPP=1 to make this a failure")
    started: list[SippUas] = []

    def start(scenario: str, remote: str | None = None, transport: str = "u1",
              **keys: str) -> SippUas:
        uas = SippUas(scenario, tmp_path, keys, remote=remote, transport=transport)
        started.append(uas)
        return uas

    yield start
    for uas in started:
        uas.kill()
