"""Logging, configured once per process: a rotating app log, a separate rotating SIP
trace log, and a redaction filter so tokens, passwords and full phone numbers
never reach a log file (numbers are masked to their last four digits). The
excepthooks installed here send every exception nobody caught — on any thread, or in a
Qt slot — to that log with its traceback, and in the desktop app to the bug dialog.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from kixie_desktop.config.paths import app_paths

log = logging.getLogger(__name__)

SIP_TRACE_LOGGER = "kixie_desktop.sip_trace"

# A bug's one-line summary and its traceback text: what the bug dialog shows.
BugSink = Callable[[str, str], None]

# "+1 (512) 555-0100" style numbers, or bare runs of 10-15 digits; not dates.
_PHONE = re.compile(r"\+\d[\d\-\s().]{7,}\d|\b\d{10,15}\b")
_SECRET = re.compile(
    r"(?i)((?:authorization|bearer|password|passwd|secret|token|api[_-]?key)\s*[:=]?\s*(?:bearer\s+)?)"
    r"(\S+)"
)


def redact(text: str) -> str:
    text = _SECRET.sub(lambda m: m.group(1) + "[redacted]", text)
    return _PHONE.sub(lambda m: _mask(m.group(0)), text)


def _mask(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    return ("+" if number.startswith("+") else "") + "*" * (len(digits) - 4) + digits[-4:]


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True


class OneLineFormatter(logging.Formatter):
    """For the terminal: the message only; tracebacks belong in the log file."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text = saved


_configured = False


def configure_logging(*, verbose: bool = False, log_dir: Path | None = None) -> Path:
    """Set up handlers and the excepthooks once; return the directory the logs go to."""
    global _configured
    directory = log_dir or app_paths().ensure().log_dir
    if _configured:
        return directory
    _configured = True
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    redacting = RedactingFilter()

    app_file = logging.handlers.RotatingFileHandler(
        directory / "kixie-desktop.log", maxBytes=5_000_000, backupCount=5, encoding="utf-8",
        errors="backslashreplace")  # a carrier's stray byte in a logged text must not break the log
    app_file.setFormatter(fmt)
    app_file.addFilter(redacting)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.addHandler(app_file)

    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(redacting)
    root.addHandler(console)

    sip = logging.getLogger(SIP_TRACE_LOGGER)
    sip.propagate = False  # SIP traces are bulky: their own file only
    sip_file = logging.handlers.RotatingFileHandler(
        directory / "sip-trace.log", maxBytes=10_000_000, backupCount=3, encoding="utf-8",
        errors="backslashreplace")
    sip_file.setFormatter(fmt)
    sip_file.addFilter(redacting)
    sip.addHandler(sip_file)
    install_excepthooks()
    return directory


def install_excepthooks(on_bug: BugSink | None = None) -> Callable[[], None]:
    """Route exceptions nobody caught — at the top of the main thread, in a Qt slot (PySide6
    hands those to ``sys.excepthook``) or at the top of any other thread — to the log with
    their traceback, then to ``on_bug`` (the app's bug dialog), which may be called on any
    thread. Returns a function that puts the previous hooks back."""
    previous_sys, previous_threading = sys.excepthook, threading.excepthook

    def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
               thread_name: str) -> None:
        log.error("uncaught exception in thread %s: %r", thread_name, exc, exc_info=(exc_type, exc, tb))
        if on_bug is None:
            return
        try:
            on_bug(f"Something went wrong: {exc}", "".join(traceback.format_exception(exc_type, exc, tb)))
        except Exception:
            # A hook that raises is printed raw to stderr by Python: keep it in the log instead.
            log.exception("the bug report could not be shown")

    def sys_hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_sys(exc_type, exc, tb)  # Ctrl+C is a way out, not a bug
            return
        report(exc_type, exc, tb, threading.current_thread().name)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return  # a thread that exits on purpose, as the default hook has it
        report(args.exc_type, args.exc_value, args.exc_traceback,
               args.thread.name if args.thread is not None else "?")

    sys.excepthook, threading.excepthook = sys_hook, thread_hook

    def restore() -> None:
        sys.excepthook, threading.excepthook = previous_sys, previous_threading

    return restore
