"""``ApiThread`` serves the API on its own thread ("kixie-api-loop") with a private asyncio
loop, in the desktop app and the headless engine alike (docs/decisions.md, 28); its
``start``/``stop`` block the caller and may be called from any thread. ``ApiServer`` is
the server itself, which ``ApiThread`` starts and stops on that loop.

Loopback (127.0.0.1) by default: exposing the API on a network is a deliberate
choice of host. ``stop`` stops listening, lets requests in progress finish (up to
``shutdown_timeout_s``), then drains the worker threads.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from kixie_desktop.api.application import ApiServices, build_app

log = logging.getLogger(__name__)


class ClientErrorsInOneLine(logging.Filter):
    """aiohttp logs a request it cannot parse (a NUL in a header, a broken request line) at
    ERROR with a traceback; that is the client's mistake, answered with a 400, so it goes to
    the log as one INFO line, and a traceback in our log always means our bug."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, HttpProcessingError) and 400 <= (error.code or 0) < 500:
            record.msg, record.args = "%s: %s %s", (record.getMessage(), error.code, error.message)
            record.levelno, record.levelname = logging.INFO, "INFO"
            record.exc_info = record.exc_text = None
        return True


_CLIENT_ERRORS = ClientErrorsInOneLine()

T = TypeVar("T")
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


class ApiServer:
    def __init__(self, services: ApiServices, *, workers: int = 8, shutdown_timeout_s: float = 5.0) -> None:
        self._services = services
        self._workers = workers
        self._shutdown_timeout_s = shutdown_timeout_s
        self._runner: web.AppRunner | None = None
        self.host: str | None = None
        self.port: int | None = None

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:8765`` (IPv6 hosts bracketed)."""
        if self.port is None or self.host is None:
            raise RuntimeError("the API server is not running")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> int:
        """Listen on ``host:port`` (port 0: any free one); returns the port bound."""
        if self._runner is not None:
            raise RuntimeError("the API server is already running")
        server_log = logging.getLogger("aiohttp.server")
        if _CLIENT_ERRORS not in server_log.filters:
            server_log.addFilter(_CLIENT_ERRORS)
        app = build_app(self._services, workers=self._workers)
        runner = web.AppRunner(app, access_log=logging.getLogger(f"{__name__}.access"),
                               shutdown_timeout=self._shutdown_timeout_s, handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, host, port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        # The port actually bound: with port 0 the OS chose it.
        self.host, self.port = host, int(runner.addresses[0][1])
        log.info("HTTP API listening on %s", self.url)
        return self.port

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is None:
            return
        await runner.cleanup()
        log.info("HTTP API stopped")
        self.host = self.port = None


class ApiThread:
    """An ``ApiServer`` on a private asyncio loop in its own thread; call from any thread."""

    def __init__(self, services: ApiServices, **server_options: Any) -> None:
        self.server = ApiServer(services, **server_options)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def _run(self, coro: Coroutine[Any, Any, T], timeout_s: float = 30) -> T:
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout_s)

    def start(self, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> int:
        """Listen (blocking until bound or failed); returns the port bound."""
        if self._thread is not None:
            raise RuntimeError("the API thread is already running")
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="kixie-api-loop", daemon=True)
        thread.start()
        self._loop, self._thread = loop, thread
        try:
            return self._run(self.server.start(host, port))
        except BaseException:
            self._close_loop()
            raise

    def stop(self) -> None:
        if self._thread is None:
            return
        try:
            self._run(self.server.stop(), timeout_s=60)
        finally:
            self._close_loop()

    def _close_loop(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
