"""Brings the outcome of softphone commands (futures completed on the SIP thread) back to
the Qt main thread, so a widget learns that Hold or a transfer was refused without ever
waiting on a future.

``watch`` returns at once; a failure is emitted as ``failed`` with a one-line message
for the panel's message line. Success needs no message: what the command changed
arrives as a telephony event through the bridge.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from kixie_desktop.domain.errors import KixieError

log = logging.getLogger(__name__)


class CommandRelay(QObject):
    failed = Signal(str)
    _done = Signal(object, str, object)  # future, what was being done, on_success

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Queued: the done-callback runs on the SIP thread (or inline when already done).
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def watch(self, future: Future[Any], doing: str,
              on_success: Callable[[], None] | None = None) -> None:
        future.add_done_callback(lambda f: self._done.emit(f, doing, on_success))

    def _deliver(self, future: Future[Any], doing: str, on_success: Callable[[], None] | None) -> None:
        error = future.exception()
        if error is None:
            if on_success is not None:
                on_success()
            return
        if not isinstance(error, KixieError):
            log.error("softphone command failed while %s", doing, exc_info=error)
        # TelephonyError / IllegalCallTransition carry text a person can read ("cannot hold
        # a call that is ringing"); the call itself goes on, so one line is enough.
        self.failed.emit(f"Could not {doing}: {error}")
