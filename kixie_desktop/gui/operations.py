"""Runs blocking work (SQL, HTTP, keyring) off the Qt main thread and brings the
result back to it — the one way widgets call services, so the UI never freezes.

Errors are routed in one place: a ``UserFacingError`` goes to the caller's
``on_error`` (to show next to the field) or the status bar; anything else is a
bug, logged with its traceback and shown in a non-modal details dialog.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

from kixie_desktop.domain.errors import UserFacingError

log = logging.getLogger(__name__)
T = TypeVar("T")


class BackgroundRunner(QObject):
    """Lives on the main thread; ``run`` returns at once."""

    _finished = Signal(object, object)
    user_error = Signal(str)  # a message a person can act on, for the status bar
    bug = Signal(str, str)  # summary, traceback text

    def __init__(self, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix="kixie-io")
        self._pending: set[Future[Any]] = set()
        # Always queued: a future that finishes before ``add_done_callback`` runs its callback
        # on the caller's thread, and results must never arrive inside ``run()`` itself.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, work: Callable[[], T], on_done: Callable[[T], None] | None = None,
            on_error: Callable[[UserFacingError], None] | None = None, *,
            owner: QObject | None = None) -> Future[T]:
        """``owner``: the widget the answer is for; when it has been deleted by the time the
        answer comes (a dialog closed while its call ran), the answer is dropped."""
        future = self._executor.submit(work)
        self._pending.add(future)
        future.add_done_callback(lambda f: self._finished.emit(f, (on_done, on_error, owner)))
        return future

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def _deliver(self, future: Future[Any], callbacks: tuple[Any, Any, QObject | None]) -> None:
        self._pending.discard(future)
        on_done, on_error, owner = callbacks
        if future.cancelled():
            return  # the app is shutting down: nobody is waiting for this answer
        if owner is not None and not isValid(owner):
            return  # its widget is gone
        error = future.exception()
        if error is None:
            if on_done is not None:
                on_done(future.result())
        elif isinstance(error, UserFacingError):
            if on_error is not None:
                on_error(error)
            else:
                self.user_error.emit(str(error))
        else:
            log.error("background operation failed", exc_info=error)
            details = "".join(traceback.format_exception(error))
            self.bug.emit(f"Something went wrong: {error}", details)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
