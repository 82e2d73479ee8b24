"""Logs never carry a token, a password or a whole phone number."""

from __future__ import annotations

import logging
from pathlib import Path

from kixie_desktop.logging_setup import RedactingFilter, redact


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
