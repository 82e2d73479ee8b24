"""IANA time zone names: validation with a message a person can act on, and the instant a
wall clock time stands for in a zone."""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from kixie_desktop.domain.errors import ValidationError


@lru_cache(maxsize=1)
def known_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def validate_zone(name: str, *, field: str = "timezone") -> str:
    text = name.strip()
    if text not in known_zones():
        raise ValidationError(f"{text!r} is not an IANA time zone such as America/Chicago", field=field)
    return text


@lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        raise ValidationError(f"unknown time zone {name!r}", field="timezone") from None


def instant_at(wall: datetime, zone_name: str) -> datetime:
    """The instant (UTC) a clock in ``zone_name`` shows ``wall`` (naive), as a person picking a
    date and time there means it: the first of the two such instants when the clocks go back,
    and, when the clocks jump over ``wall`` (02:30 on a spring-forward day), the instant as far
    past the jump as ``wall`` was past its start (03:30)."""
    if wall.tzinfo is not None:
        raise ValueError(f"a wall clock time has no zone of its own: {wall!r}")
    return wall.replace(tzinfo=zone(zone_name), fold=0).astimezone(timezone.utc)
