"""`call` command: a diagnostic that places one call with the softphone.

``kixie-desktop call +15551234567 [--uri sip:...] [--demo]`` normalises the number,
picks a target (``--uri``; else the configured SIP account, registered first; else
— or with ``--demo`` — the built-in demo line), prints every state change and the
final SIP status and reason, and exits 0 when the call connected. The call is a
manual call of the agent's session (``engine/agent_session.py``), as in the PowerCall
panel: this module forwards events to it and carries out its commands. Runs on the
CLI's main thread; the softphone's own SIP thread does the SIP work and its
events come back here through a queue.
"""

from __future__ import annotations

import argparse
import contextlib
import queue
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kixie_desktop.config.sip_account import SipAccount
from kixie_desktop.domain.calls import (
    CallState,
    CallStateChanged,
    MediaStateChanged,
    RegistrationChanged,
    SipAccountConfig,
)
from kixie_desktop.domain.phone_numbers import normalise
from kixie_desktop.domain.roles import Actor, Availability
from kixie_desktop.engine.agent_events import (
    AttachCall,
    CallStarted,
    CloseCallRecord,
    Command,
    HangUpChosen,
    ManualDialChosen,
    OpenCallRecord,
    PhoneAction,
    PhoneCommand,
    PlaceCall,
    RecordNotOpened,
    RecordOpened,
    Say,
    Warn,
)
from kixie_desktop.engine.agent_session import AgentSession

if TYPE_CHECKING:
    from kixie_desktop.composition import Backend
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
        call = _DiagnosticCall(phone, uri, account_id, args.timeout, _Recorder.open(backend))
        call.forward(ManualDialChosen(number))
        return 0 if call.follow(events, args.hold_for, args.timeout) else 1
    return 1  # not reached: the with-block returns


class _Recorder:
    """Keeps the diagnostic call in the call log like any other call: touch, status, cause."""

    def __init__(self, service: PowerCallService | None = None, actor: Actor | None = None) -> None:
        self.service, self.actor = service, actor

    @classmethod
    def open(cls, backend: Backend) -> _Recorder:
        if backend.accounts.current() is None:
            return cls()
        return cls(backend.powercall, backend.actor())


class _DiagnosticCall:
    """Forwards the call's events to an ``AgentSession`` and carries out what it answers,
    as the PowerCall panel does; prints the call's progress."""

    def __init__(self, phone: PjSoftphone, uri: str, account_id: str | None, timeout: float,
                 recorder: _Recorder) -> None:
        self._phone, self._uri, self._account_id, self._timeout = phone, uri, account_id, timeout
        self._recorder = recorder
        # A diagnostic is not the agent at work: their availability stays as it is.
        self.session = AgentSession(Availability.OFFLINE, keeps_availability=False)
        self.call_id: str | None = None

    def forward(self, event: object) -> None:
        for command in self.session.handle(event):
            self._carry_out(command)

    def _carry_out(self, command: Command) -> None:
        recorder = self._recorder
        match command:
            case PlaceCall():
                self.call_id = self._phone.place_call(self._uri, account_id=self._account_id,
                                                      no_answer_timeout_s=self._timeout)
                self.forward(CallStarted(self.call_id))
            case OpenCallRecord(call_id=call_id, run_id=run_id, phone=phone, caller_id=caller_id):
                if recorder.service is None or recorder.actor is None:
                    print("not recorded: this database has no workspace yet (run `kixie-desktop demo`)")
                    self.forward(RecordNotOpened(call_id))
                else:
                    self.forward(RecordOpened(call_id, recorder.service.call_placed(
                        recorder.actor, run_id, phone, caller_id)))
            case CloseCallRecord(record_id=record_id, end=end) if recorder.service and recorder.actor:
                recorder.service.call_ended(recorder.actor, record_id, end)
                print(f"recorded as call {record_id}")
            case PhoneCommand(action=PhoneAction.HANG_UP, call_id=call_id):
                self._phone.hangup(call_id)
            case Warn(text=text):
                print(text)
            case AttachCall() | Say():
                pass  # ``follow`` prints the call's progress as it comes
            case _:
                raise AssertionError(f"a diagnostic call does not {command}")

    def follow(self, events: queue.SimpleQueue[object], hold_for: float, timeout: float) -> bool:
        """Print the call's progress until it ends; hang up ``hold_for`` seconds after it
        connects. True when it connected."""
        connected = False
        hangup_at: float | None = None
        deadline = time.monotonic() + timeout + hold_for + 10
        while self.call_id is not None and time.monotonic() < deadline:
            if hangup_at is not None and time.monotonic() >= hangup_at:
                hangup_at = None
                if self.session.allows(HangUpChosen()):
                    self.forward(HangUpChosen())
            try:
                event = events.get(timeout=0.05)
            except queue.Empty:
                continue
            if isinstance(event, MediaStateChanged):
                self.forward(event)
            if not isinstance(event, CallStateChanged) or event.call_id != self.call_id:
                continue
            status = f" ({event.sip_status} {event.reason})" if event.sip_status else ""
            print(f"{event.state.value}{status}")
            if event.state is CallState.ENDED:
                print(f"final: {event.sip_status} {event.reason}")
                self.forward(event)
                return connected
            self.forward(event)
            if event.state is CallState.CONNECTED and not connected:
                connected = True
                hangup_at = time.monotonic() + hold_for
        if self.call_id is not None:
            print("final: no end of call reported")
            self.forward(CallStateChanged(self.call_id, CallState.ENDED, None, "no end of call reported",
                                          datetime.now(UTC)))
        return connected


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
