"""How instants, durations and phone numbers read in tables: in the account's zone."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo


def fmt_instant(at: datetime | None, zone: ZoneInfo) -> str:
    if at is None:
        return ""
    return at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


def fmt_duration(delta: timedelta) -> str:
    """Compact durations for table cells: '45s', '10m', '4h', '2d', '1h30m'."""
    seconds = int(delta.total_seconds())
    if seconds == 0:
        return "0m"
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts[:2])
