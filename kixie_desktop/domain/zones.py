"""IANA time zone names: validation with a message a person can act on."""

from __future__ import annotations

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
