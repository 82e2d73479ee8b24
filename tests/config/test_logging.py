"""Logs never carry a token, a password or a whole phone number; exceptions nobody caught
reach the log with their traceback."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path

import pytest

from kixie_desktop.logging_setup import RedactingFilter, install_excepthooks, redact


def test_redact_masks_numbers_and_secrets() -> None:
    assert redact("calling +1 (512) 555-0100 now") == "calling +*******0100 now"
    assert redact("Authorization: Bearer abc.def") == "Authorization: Bearer [redacted]"
    assert redact("password=hunter2 user=alex") == "password=[redacted] user=alex"
    assert redact("at 2026-03-02 15:00 step 3") == "at 2026-03-02 15:00 step 3"


def test_filter_applies_to_formatted_arguments(tmp_path: Path) -> None:
    handler = logging.FileHandler(tmp_path / "x.log")
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("kixie_desktop.test_redaction")
    logger.addHandler(handler)
    logger.warning("sms to %s with token=%s", "+15125550100", "sk_live_123")
    handler.close()
    logger.removeHandler(handler)
    text = (tmp_path / "x.log").read_text()
    assert "5125550100" not in text and "sk_live_123" not in text
    assert "+*******0100" in text


def test_uncaught_exceptions_reach_the_log_and_the_bug_sink(caplog: pytest.LogCaptureFixture) -> None:
    reports: list[tuple[str, str, str]] = []
    restore = install_excepthooks(lambda summary, details: reports.append(
        (threading.current_thread().name, summary, details)))
    try:
        def crash() -> None:
            raise ValueError("no such cadence")

        worker = threading.Thread(target=crash, name="kixie-test-worker")
        with caplog.at_level(logging.ERROR, logger="kixie_desktop.logging_setup"):
            worker.start()
            worker.join()
            try:
                raise RuntimeError("in a slot")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())  # what PySide6 does with an exception in a slot
    finally:
        restore()
    assert [r.getMessage() for r in caplog.records] == [
        "uncaught exception in thread kixie-test-worker: ValueError('no such cadence')",
        f"uncaught exception in thread {threading.current_thread().name}: RuntimeError('in a slot')"]
    assert all(r.exc_info is not None for r in caplog.records)  # the traceback goes to the file
    assert [(thread, summary) for thread, summary, _ in reports] == [
        ("kixie-test-worker", "Something went wrong: no such cadence"),
        (threading.current_thread().name, "Something went wrong: in a slot")]
    assert "in crash" in reports[0][2] and "Traceback" in reports[1][2]


def test_ctrl_c_and_thread_exits_are_not_bugs(caplog: pytest.LogCaptureFixture) -> None:
    passed_on: list[type[BaseException]] = []
    previous = sys.excepthook

    def found(exc_type: type[BaseException], exc: BaseException, tb: object) -> None:
        passed_on.append(exc_type)

    sys.excepthook = found
    reports: list[str] = []
    restore = install_excepthooks(lambda summary, details: reports.append(summary))
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
        worker = threading.Thread(target=sys.exit)
        worker.start()
        worker.join()
    finally:
        restore()
        assert sys.excepthook is found
        sys.excepthook = previous
    assert passed_on == [KeyboardInterrupt] and reports == []
    assert not [r for r in caplog.records if r.name == "kixie_desktop.logging_setup"]
