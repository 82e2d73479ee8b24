"""Logging, configured once per process: a rotating app log, a separate rotating SIP
trace log, and a redaction filter so tokens, passwords and full phone numbers
never reach a log file (numbers are masked to their last four digits).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

from kixie_desktop.config.paths import app_paths

SIP_TRACE_LOGGER = "kixie_desktop.sip_trace"

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
    """Set up handlers once; return the directory the logs go to."""
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
    return directory
