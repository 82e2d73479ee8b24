"""The engine runtime: the threads that run cadences, and their lifecycle, minus any window.

Starts and stops, in order, the engine thread, the softphone (one pjsua2 endpoint per
process, on its SIP thread), the SMS gateway over it (SIP MESSAGE through the configured
account, or the built-in demo line when none is configured), the inbound-message worker,
the outbox workers, the HTTP API thread and, on PostgreSQL, the LISTEN thread that wakes
the engine when another workstation enrolls someone. What each thread does is a service
taken from the composition root; nothing here decides business. The desktop app and
``kixie-desktop engine`` both start one. No Qt here: the app passes
``on_telephony_event`` to bridge events into Qt signals.

Threads: engine loop ("kixie-engine"), inbound worker ("kixie-inbound"), webhook
deliveries ("kixie-webhooks"), CRM sync ("kixie-crm", when configured), the HTTP API's
loop ("kixie-api-loop"), SIP thread (inside the softphone), demo line loop, PostgreSQL
listener. docs/decisions.md (28) is the thread model.

The desktop app builds its runtime before its window paints and starts it after: what only
a started runtime uses (the engine, the softphone and pjsua2, the HTTP API and aiohttp, the
PostgreSQL listener) is imported by ``start``, so building one costs the window nothing.
"""

from __future__ import annotations

import errno
import functools
import logging
import os
import queue
import socket
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from kixie_desktop.composition import Backend
from kixie_desktop.domain.calls import SipMessageReceived
from kixie_desktop.domain.errors import Conflict
from kixie_desktop.services.ports.telephony import SmsGateway
from kixie_desktop.storage.engine_lock import EngineLock

if TYPE_CHECKING:
    from kixie_desktop.api import ApiThread
    from kixie_desktop.services.execution.engine import Engine
    from kixie_desktop.storage.notifications import PgListener
    from kixie_desktop.telephony.demo_peer import DemoPeer, DemoPeerThread
    from kixie_desktop.telephony.softphone import PjSoftphone

log = logging.getLogger(__name__)


class EngineRuntime:
    def __init__(self, backend: Backend, *, engine_id: str | None = None, null_audio: bool = True,
                 on_telephony_event: Callable[[object], None] | None = None, poll_s: float = 0.5,
                 api: tuple[str, int] | None = None, softphone: PjSoftphone | None = None,
                 api_required: bool = False) -> None:
        """``api_required``: a headless engine exists to serve the API, so a port it cannot
        listen on stops it with a one-line error; the desktop app runs on without the API."""
        self.backend = backend
        self._api_required = api_required
        self.engine_id = engine_id or f"{socket.gethostname()}:{os.getpid()}"
        self._null_audio = null_audio
        self._forward = on_telephony_event
        self._poll_s = poll_s
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._lock = EngineLock(backend.db)
        self._inbound: queue.Queue[SipMessageReceived | None] = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._listener: PgListener | None = None
        self._demo: DemoPeerThread | None = None
        self.demo_peer: DemoPeer | None = None
        # A softphone handed in (tests share one per process) is not ours to stop; its owner
        # must pass its events to ``on_telephony_event``.
        self.softphone: PjSoftphone | None = softphone
        self._owns_softphone = softphone is None
        self.gateway: SmsGateway | None = None
        self.engine: Engine | None = None
        self.account_id: str | None = None
        self._api_address = api
        self._api: ApiThread | None = None
        self.api_port: int | None = None
        self.api_error: str | None = None

    # -- lifecycle --------------------------------------------------------------------------

    def start(self) -> None:
        self._lock.acquire()
        try:
            self._sweep_recordings()
            self._start_telephony()
            assert self.gateway is not None
            engine = self.engine = self.backend.engine(
                self.gateway, self.engine_id, inflight_window=self.backend.settings.sms_inflight_window,
                sole_engine=self._lock.exclusive)
            self._spawn("kixie-engine", lambda: engine.run_forever(self._stop, self._wake, self._poll_s))
            self._spawn("kixie-inbound", self._inbound_worker)
            self._start_outbox_workers()
            if not self.backend.db.is_sqlite:
                from kixie_desktop.storage.notifications import PgListener

                self._listener = PgListener(self.backend.db, self._wake.set)
                self._listener.start()
            if self._api_address is not None:
                self._start_api(*self._api_address)
        except BaseException:
            self.stop()
            raise
        log.info("engine %s running on %s", self.engine_id, self.backend.db.safe_url)

    def wake(self) -> None:
        """Something may be due now (an enrollment was just made in this process)."""
        self._wake.set()

    def stop(self) -> None:
        """Ordered shutdown: stop the engine, then the listeners, then hang up and close SIP.
        Safe to call again (a failed ``start`` stops what it started; its caller stops too)."""
        api, self._api = self._api, None
        if api is not None:
            api.stop()  # no new enrollments while the engine winds down
        self._stop.set()
        self._wake.set()
        self._inbound.put(None)
        threads, self._threads = self._threads, []
        for thread in threads:
            thread.join(10)
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        self.backend.live_phone.detach()  # no more test calls: the phone is going
        if self.softphone is not None and self._owns_softphone:
            phone, self.softphone = self.softphone, None
            try:
                phone.stop().result(10)
            except Exception:
                log.exception("softphone stop failed")
        elif self.softphone is not None and self.account_id not in (None, self.softphone.LOCAL_ACCOUNT_ID):
            # A borrowed softphone outlives us: take our registration off it.
            try:
                self.softphone.unregister(self.account_id).result(10)
            except Exception:
                log.exception("unregistering the SIP account failed")
            self.account_id = None
        demo, self._demo = self._demo, None
        if demo is not None:
            demo.__exit__(None, None, None)
        self._lock.release()

    def _sweep_recordings(self) -> None:
        # Recordings of contacts deleted meanwhile, maybe on another workstation, go now.
        try:
            swept = self.backend.recordings.sweep()
        except Exception:  # a file we cannot delete must not keep the engine from starting
            log.exception("sweeping call recordings failed")
            return
        if swept:
            log.info("%d call recording(s) of deleted contacts removed", swept)

    def _spawn(self, name: str, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def _start_api(self, host: str, port: int) -> None:
        from kixie_desktop.api import ApiThread

        api = ApiThread(self.backend.api(enrolled=self.wake))
        try:
            self.api_port = api.start(host, port)
        except OSError as exc:
            why = ("another program is using that port" if exc.errno == errno.EADDRINUSE
                   else os.strerror(exc.errno) if exc.errno else str(exc))
            if self._api_required:
                raise Conflict(f"the HTTP API cannot listen on {host}:{port}: {why} "
                               "(choose another port with --api-port, or run with --no-api)",
                               field="api_port") from None
            # In the desktop app a busy port (a second app, another program) must not stop the
            # engine: the window says the API is off and why.
            self.api_error = f"HTTP API not started on {host}:{port}: {why}"
            log.warning(self.api_error)
            return
        self._api = api

    def _start_outbox_workers(self) -> None:
        for name, worker in self.backend.outbox_workers().items():
            self._spawn(name, functools.partial(worker.run_until, self._stop))

    # -- telephony ----------------------------------------------------------------------------

    def _start_telephony(self) -> None:
        from kixie_desktop.telephony.demo_peer import DemoPeerThread
        from kixie_desktop.telephony.sip_message_gateway import SipMessageGateway
        from kixie_desktop.telephony.softphone import PjSoftphone, SoftphoneOptions

        if self.softphone is None:
            devices = self.backend.workstation.audio_devices()
            options = SoftphoneOptions(null_audio=self._null_audio, microphone=devices.microphone,
                                       speaker=devices.speaker, ring_device=devices.ring)
            self.softphone = PjSoftphone(self.on_telephony_event, options)
            self.softphone.start().result(15)
        account = self.backend.sip_account()
        if account is not None:
            self.account_id = self.softphone.register(account.config, account.password).result(15)
            domain = account.config.domain
            sip_messages = SipMessageGateway(self.softphone, lambda number: f"sip:{number}@{domain}",
                                             account_id=self.account_id)
        else:
            # No account: the demo line answers calls and accepts MESSAGEs on loopback.
            self._demo = DemoPeerThread()
            self.demo_peer = self._demo.__enter__()
            self.account_id = PjSoftphone.LOCAL_ACCOUNT_ID
            sip_messages = SipMessageGateway(self.softphone, self.demo_peer.uri_for, account_id=self.account_id)
        self.gateway = self.backend.http_sms_gateway() or sip_messages
        # The settings window's test calls and sound devices go to this phone from now on.
        self.backend.live_phone.attach(self.softphone, self.demo_peer)

    def on_telephony_event(self, event: object) -> None:
        """On the SIP thread: hand work elsewhere at once, never block here."""
        if isinstance(event, SipMessageReceived):
            self._inbound.put(event)
        self.backend.live_phone.on_event(event)
        if self._forward is not None:
            self._forward(event)

    def _inbound_worker(self) -> None:
        assert self.gateway is not None
        messages = self.backend.inbound_messages(self.gateway)
        while (event := self._inbound.get()) is not None:
            try:
                messages.on_message_received(event)
            except Exception:
                # One bad message must not stop the worker: the next one may be a STOP.
                log.exception("inbound message failed")
