"""The engine runtime: everything that runs cadences, minus any window.

Owns the engine thread, the softphone (one pjsua2 endpoint per process), the SMS
gateway (SIP MESSAGE over the configured account, or the built-in demo line
when none is configured), the inbound-message worker and, on PostgreSQL, the
LISTEN thread that wakes the engine when another workstation enrolls someone.
The desktop app and ``kixie-desktop engine`` both start one. No Qt here: the app
passes ``on_telephony_event`` to bridge events into Qt signals.

Threads: engine loop ("kixie-engine"), inbound worker ("kixie-inbound"), webhook
deliveries ("kixie-webhooks"), CRM sync ("kixie-crm", when configured), the HTTP
API's loop, SIP thread (inside the softphone), demo line loop, PostgreSQL listener.
"""

from __future__ import annotations

import logging
import os
import queue
import socket
import threading
from collections.abc import Callable

from kixie_desktop.composition import Backend
from kixie_desktop.config.secrets import HUBSPOT_TOKEN, sip_password_name
from kixie_desktop.domain.calls import SipAccountConfig, SipMessageReceived, SipTransport, SrtpMode
from kixie_desktop.domain.errors import SecretStoreUnavailable
from kixie_desktop.domain.inbound_text import InboundText
from kixie_desktop.domain.messaging import OutboundSms
from kixie_desktop.integrations.crm.hubspot import HubSpotAdapter
from kixie_desktop.integrations.http_api import ApiServices, ApiThread
from kixie_desktop.integrations.webhook_delivery import RequestsWebhookSender
from kixie_desktop.services.crm_sync import CrmWorker
from kixie_desktop.services.engine import Engine
from kixie_desktop.services.inbound_sms import InboundSmsService
from kixie_desktop.services.webhook_dispatch import WebhookDispatcher
from kixie_desktop.storage.engine_lock import EngineLock
from kixie_desktop.storage.notifications import PgListener
from kixie_desktop.telephony.demo_peer import DemoPeer, DemoPeerThread
from kixie_desktop.telephony.sip_message_gateway import SipMessageGateway
from kixie_desktop.telephony.softphone import PjSoftphone, SoftphoneOptions

log = logging.getLogger(__name__)

def sip_user(uri: str) -> str:
    """'sip:+15125550100@host;x=y' -> '+15125550100'."""
    user = uri.split(":", 1)[-1].split("@", 1)[0]
    return user.split(";", 1)[0]


class EngineRuntime:
    def __init__(self, backend: Backend, *, engine_id: str | None = None, null_audio: bool = True,
                 on_telephony_event: Callable[[object], None] | None = None, poll_s: float = 0.5,
                 api: tuple[str, int] | None = None, softphone: PjSoftphone | None = None) -> None:
        self.backend = backend
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
        self.gateway: SipMessageGateway | None = None
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
            self._start_telephony()
            assert self.gateway is not None
            self.engine = Engine(self.backend.store, self.backend.clock, self.gateway, self.engine_id)
            self._spawn("kixie-engine", lambda: self.engine.run_forever(self._stop, self._wake, self._poll_s))  # type: ignore[union-attr]
            self._spawn("kixie-inbound", self._inbound_worker)
            self._start_outbox_workers()
            if not self.backend.db.is_sqlite:
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
        """Ordered shutdown: stop the engine, then the listeners, then hang up and close SIP."""
        if self._api is not None:
            self._api.stop()  # no new enrollments while the engine winds down
        self._stop.set()
        self._wake.set()
        self._inbound.put(None)
        for thread in self._threads:
            thread.join(10)
        if self._listener is not None:
            self._listener.stop()
        if self.softphone is not None and self._owns_softphone:
            try:
                self.softphone.stop().result(10)
            except Exception:
                log.exception("softphone stop failed")
        if self._demo is not None:
            self._demo.__exit__(None, None, None)
        self._lock.release()

    def _spawn(self, name: str, target: Callable[[], None]) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def _start_api(self, host: str, port: int) -> None:
        services = ApiServices.create(self.backend.store, self.backend.clock, enrolled=self.wake)
        api = ApiThread(services)
        try:
            self.api_port = api.start(host, port)
        except OSError as exc:
            # A busy port (a second app, another program) must not stop the engine.
            self.api_error = f"HTTP API not started on {host}:{port}: {exc.strerror or exc}"
            log.warning(self.api_error)
            return
        self._api = api

    def _start_outbox_workers(self) -> None:
        """Webhook deliveries always (they idle when nobody subscribed); CRM work when configured."""
        backend = self.backend
        dispatcher = WebhookDispatcher(backend.store, backend.clock, RequestsWebhookSender(), backend.secrets)
        self._spawn("kixie-webhooks", lambda: dispatcher.run_until(self._stop))
        if backend.crm_jobs.enabled:
            token = backend.secrets.get(HUBSPOT_TOKEN) or ""
            base = backend.settings.crm_base_url
            adapter = HubSpotAdapter(token, base_url=base) if base else HubSpotAdapter(token)
            worker = CrmWorker(backend.store, backend.clock, adapter)
            self._spawn("kixie-crm", lambda: worker.run_until(self._stop))

    # -- telephony ----------------------------------------------------------------------------

    def _start_telephony(self) -> None:
        if self.softphone is None:
            self.softphone = PjSoftphone(self.on_telephony_event, SoftphoneOptions(null_audio=self._null_audio))
            self.softphone.start().result(15)
        sip = self.backend.settings.sip
        if sip.configured:
            password = self.backend.secrets.get(sip_password_name(sip.username))
            if password is None and not sip.registrar:
                password = ""  # a trunk that authorises by IP: no registrar, no password
            if password is None:
                raise SecretStoreUnavailable(
                    f"no SIP password for {sip.username} in the keyring: run `kixie-desktop sip configure`")
            config = SipAccountConfig(
                domain=sip.domain, username=sip.username, registrar=sip.registrar or None,
                transport=SipTransport(sip.transport), srtp=SrtpMode(sip.srtp))
            self.account_id = self.softphone.register(config, password).result(15)
            domain = sip.domain
            self.gateway = SipMessageGateway(self.softphone, lambda number: f"sip:{number}@{domain}",
                                             account_id=self.account_id)
            return
        # No account: the demo line answers calls and accepts MESSAGEs on loopback.
        self._demo = DemoPeerThread()
        self.demo_peer = self._demo.__enter__()
        self.account_id = PjSoftphone.LOCAL_ACCOUNT_ID
        self.gateway = SipMessageGateway(self.softphone, self.demo_peer.uri_for, account_id=self.account_id)

    def on_telephony_event(self, event: object) -> None:
        """On the SIP thread: hand work elsewhere at once, never block here."""
        if isinstance(event, SipMessageReceived):
            self._inbound.put(event)
        if self._forward is not None:
            self._forward(event)

    def _inbound_worker(self) -> None:
        service = InboundSmsService(self.backend.store, self.backend.clock, self.backend.crm_jobs)
        while (event := self._inbound.get()) is not None:
            try:
                account = self.backend.accounts.current()
                if account is None:
                    continue
                sender = sip_user(event.from_uri)
                text = InboundText(event.body, event.raw_body)
                result = service.receive(account.id, sender, sip_user(event.to_uri or ""), text)
                if result.confirmation and self.gateway is not None:
                    key = f"kx-optout-{sender}-{int(self.backend.clock().timestamp())}"
                    self.gateway.send(OutboundSms(sender, account.default_sender, result.confirmation, key))
            except Exception:
                log.exception("inbound message failed")
