"""``ApiServer``: serves the API on whichever asyncio loop is running when ``start`` is
awaited — the desktop app's qasync loop or the headless engine's ``asyncio.run`` loop.

Loopback (127.0.0.1) by default: exposing the API on a network is a deliberate
choice of host. ``stop`` stops listening, lets requests in progress finish (up to
``shutdown_timeout_s``), then drains the worker threads.
"""

from __future__ import annotations

import logging

from aiohttp import web

from kixie_desktop.integrations.http_api.application import ApiServices, build_app

log = logging.getLogger(__name__)

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
