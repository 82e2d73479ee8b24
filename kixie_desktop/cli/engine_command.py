"""`kixie-desktop engine`: the cadence engine without a window, for servers and team mode.

Logs to the user log directory, stops cleanly on SIGINT/SIGTERM (ordered: engine,
listeners, SIP), and refuses to start a second engine on one SQLite file.
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from types import FrameType

from kixie_desktop.composition import open_backend
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.runtime import EngineRuntime

log = logging.getLogger(__name__)


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    engine = sub.add_parser("engine", help="run the cadence engine headless (no window)")
    engine.add_argument("--engine-id", help="name shown in leases and logs (default: host:pid)")
    engine.add_argument("--poll", type=float, default=0.5, metavar="SECONDS",
                        help="how often to look for due actions when not woken (default 0.5)")
    engine.add_argument("--api-host", metavar="HOST",
                        help="address the HTTP API listens on (default from settings: 127.0.0.1)")
    engine.add_argument("--api-port", type=int, metavar="PORT", help="HTTP API port (default 8765)")
    engine.add_argument("--no-api", action="store_true", help="run without the HTTP API")
    engine.set_defaults(handler=run_engine)


def run_engine(args: argparse.Namespace) -> int:
    backend = open_backend(args.database)
    settings = backend.settings
    api = None
    if settings.api_enabled and not args.no_api:
        port = settings.api_port if args.api_port is None else args.api_port
        if not 0 <= port <= 65535:
            raise ValidationError(f"--api-port {port} is not a port number", field="api_port")
        api = (args.api_host or settings.api_host, port)
    runtime = EngineRuntime(backend, engine_id=args.engine_id, poll_s=args.poll, api=api, api_required=True)
    stopped = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %s: stopping", signal.Signals(signum).name)
        stopped.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        runtime.start()
        where = f"; API on http://{api[0]}:{runtime.api_port}/api/v1" if api else ""
        print(f"engine {runtime.engine_id} running on {backend.db.safe_url}{where}; Ctrl+C stops it",
              flush=True)
        while not stopped.wait(1):
            pass
    finally:
        runtime.stop()
        backend.close()
    print("engine stopped", flush=True)
    return 0
