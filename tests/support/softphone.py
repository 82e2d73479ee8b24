"""The one pjsua2 softphone of the test process (pjsua allows one Endpoint per process).

Session-scoped, null audio device; every test filters the shared event stream by
its own call id. Telephony, runtime and GUI tests all use this one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest


class EventLog:
    """Thread-safe sink for the softphone's ``post``; tests wait on it."""

    def __init__(self) -> None:
        self._events: list[Any] = []
        self._cond = threading.Condition()
        self._listeners: list[Callable[[object], None]] = []

    def post(self, event: object) -> None:
        with self._cond:
            self._events.append(event)
            self._cond.notify_all()
            listeners = list(self._listeners)
        for listener in listeners:
            listener(event)

    def subscribe(self, listener: Callable[[object], None]) -> Callable[[], None]:
        """Also hand every event to ``listener`` (a GUI bridge); returns the unsubscribe."""
        with self._cond:
            self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

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


