"""How instants read in tables: in the account's zone."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def fmt_instant(at: datetime | None, zone: ZoneInfo) -> str:
    if at is None:
        return ""
    return at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")

