"""`call` command: a diagnostic that places one call with the softphone.

``kixie-desktop call +15551234567 [--uri sip:...] [--demo]`` normalises the number,
picks a target (``--uri``; else the configured SIP account, registered first; else
— or with ``--demo`` — the built-in demo line), prints every state change and the
final SIP status and reason, and exits 0 when the call connected. Runs on the
CLI's main thread; the softphone's own SIP thread does the SIP work and its
events come back here through a queue.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import queue
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from kixie_desktop.config.sip_account import SipAccount
from kixie_desktop.domain.calls import CallState, CallStateChanged, RegistrationChanged, SipAccountConfig
from kixie_desktop.domain.phone_numbers import normalise

if TYPE_CHECKING:
    from kixie_desktop.composition import Backend
    from kixie_desktop.domain.roles import Actor
    from kixie_desktop.services.calls.powercall import PowerCallService
    from kixie_desktop.telephony.softphone import PjSoftphone


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    call = sub.add_parser("call", help="place a diagnostic call and print its progress")
    call.add_argument("number", help="the number to call, e.g. +15551234567")
    target = call.add_mutually_exclusive_group()
    target.add_argument("--uri", help="call this SIP URI instead of deriving one")
    target.add_argument("--demo", action="store_true",
                        help="call the built-in demo line even when a SIP account is set up")
    call.add_argument("--hold-for", type=float, default=1.0, metavar="SECONDS",
                      help="stay connected this long before hanging up (default 1)")
    call.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                      help="give up when unanswered after this long (default 30)")
    call.set_defaults(handler=run)


@contextlib.contextmanager
def _demo_line() -> Iterator[object]:
    from kixie_desktop.telephony.demo_peer import DemoPeerThread

    with DemoPeerThread(ring_s=1.0) as peer:
        yield peer


def run(args: argparse.Namespace) -> int:
    # Imported here: the rest of the CLI need not load pjsua2 or the database.
    from kixie_desktop.composition import open_backend
    from kixie_desktop.telephony.sip_config import SoftphoneOptions
    from kixie_desktop.telephony.softphone import PjSoftphone

    number = normalise(args.number, field="number")
    backend = open_backend(getattr(args, "database", None))
    with contextlib.ExitStack() as stack:
        stack.callback(backend.close)
        account = None if args.demo else backend.sip_account()
        events: queue.SimpleQueue[object] = queue.SimpleQueue()
        phone = PjSoftphone(events.put, SoftphoneOptions(null_audio=True, sip_log_level=3))
        phone.start().result(10)
        stack.callback(lambda: phone.stop().result(15))
        account_id: str | None = phone.LOCAL_ACCOUNT_ID
        if account is None and args.uri and not _is_loopback(args.uri):
            # No account but a real far end: a registrar-less account on a routable
            # transport (the built-in one only listens on 127.0.0.1).
            account = SipAccount(SipAccountConfig(username="kixie-diagnostic", domain=_host_of(args.uri)), "")
        if account is not None and not (args.uri and _is_loopback(args.uri)):
            account_id = phone.register(account.config, account.password).result(10)
            if account.config.registrar and not _wait_registered(events, account_id):
                return 1
        if args.uri:
            uri = args.uri
        elif account is not None:
            uri = f"sip:{number}@{account.config.domain}"
        else:
            peer = stack.enter_context(_demo_line())
            uri = peer.uri_for(number)  # type: ignore[attr-defined]
            print(f"no SIP account configured: calling the demo line ({uri})")
        record = _CallRecorder.open(backend, number)
        call_id = phone.place_call(uri, account_id=account_id, no_answer_timeout_s=args.timeout)
        outcome = follow_call(phone, events, call_id, args.hold_for, args.timeout)
        record.close(outcome)
        return 0 if outcome.connected_at is not None else 1
    return 1  # not reached: the with-block returns


class _CallRecorder:
    """Keeps the diagnostic call in the call log like any other call: touch, status, cause."""

    def __init__(self, service: PowerCallService | None = None, actor: Actor | None = None,
                 record_id: int | None = None) -> None:
        self._service, self._actor, self._record_id = service, actor, record_id

    @classmethod
    def open(cls, backend: Backend, number: str) -> _CallRecorder:
        if backend.accounts.current() is None:
            print("not recorded: this database has no workspace yet (run `kixie-desktop demo`)")
            return cls()
        actor = backend.actor()
        return cls(backend.powercall, actor, backend.powercall.call_placed(actor, None, number, None))

    def close(self, outcome: CallOutcome) -> None:
        if self._service is None or self._actor is None or self._record_id is None:
            return
        self._service.call_ended(self._actor, self._record_id, outcome.sip_status, outcome.reason,
                                 outcome.connected_at)
        print(f"recorded as call {self._record_id}")


@dataclasses.dataclass(frozen=True)
class CallOutcome:
    connected_at: datetime | None
    sip_status: int | None
    reason: str | None


def _host_of(uri: str) -> str:
    rest = uri.split(":", 1)[1] if ":" in uri else uri
    hostport = rest.split("@", 1)[-1].split(";", 1)[0]
    if hostport.startswith("["):  # [IPv6]:port
        return hostport[1:].split("]", 1)[0]
    return hostport.split(":", 1)[0]


def _is_loopback(uri: str) -> bool:
    return _host_of(uri) in ("127.0.0.1", "localhost", "::1")


def _wait_registered(events: queue.SimpleQueue[object], account_id: str) -> bool:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            event = events.get(timeout=0.2)
        except queue.Empty:
            continue
        if isinstance(event, RegistrationChanged) and event.account_id == account_id:
            print(f"registration: {event.sip_status} {event.reason}")
            return event.registered
    print("registration: no answer from the registrar")
    return False


def follow_call(phone: PjSoftphone, events: queue.SimpleQueue[object], call_id: str,
                hold_for: float, timeout: float, say: Callable[[str], None] = print) -> CallOutcome:
    """Tell each state of the call (to ``say``), hang up ``hold_for`` seconds after it connects,
    and return how it ended. The self-test follows its call to the demo line with it too."""
    connected: datetime | None = None
    hangup_at: float | None = None
    deadline = time.monotonic() + timeout + hold_for + 10
    while time.monotonic() < deadline:
        if hangup_at is not None and time.monotonic() >= hangup_at:
            phone.hangup(call_id)
            hangup_at = None
        try:
            event = events.get(timeout=0.05)
        except queue.Empty:
            continue
        if not isinstance(event, CallStateChanged) or event.call_id != call_id:
            continue
        status = f" ({event.sip_status} {event.reason})" if event.sip_status else ""
        say(f"{event.state.value}{status}")
        if event.state is CallState.CONNECTED and connected is None:
            connected = event.at
            hangup_at = time.monotonic() + hold_for
        elif event.state is CallState.ENDED:
            say(f"final: {event.sip_status} {event.reason}")
            return CallOutcome(connected, event.sip_status, event.reason)
    say("final: no end of call reported")
    return CallOutcome(connected, None, "no end of call reported")
