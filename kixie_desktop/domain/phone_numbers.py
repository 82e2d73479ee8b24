"""Phone numbers: E.164 normalisation and the time zones a number maps to.

Wraps the ``phonenumbers`` library so the rest of the code speaks in E.164
strings and IANA zone names only.
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import timezone as pn_timezone

from kixie_desktop.domain.area_code_zones import zones_for_area_code
from kixie_desktop.domain.errors import ValidationError

UNKNOWN_ZONE = "Etc/Unknown"


def normalise(raw: str, default_region: str = "US", *, field: str = "phone") -> str:
    """Return ``raw`` as E.164 ('+15125550100'), or raise ``ValidationError`` naming ``field``."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError("a phone number is required", field=field)
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        raise ValidationError(f"{text!r} is not a phone number", field=field) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(f"{text!r} is not a valid phone number", field=field)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=65536)
def zones_of(e164: str) -> tuple[str, ...]:
    """The IANA zones a number may be in; ``()`` when unknown (``Etc/Unknown``). For area codes
    that span zones, every zone of the area code (``domain/area_code_zones.py``)."""
    split = zones_for_area_code(e164)
    if split is not None:
        return split
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return ()
    zones = tuple(z for z in pn_timezone.time_zones_for_number(number) if z != UNKNOWN_ZONE)
    return zones


def regions() -> tuple[str, ...]:
    """Every country code a number can be read in ('US', 'CA', …), sorted."""
    return tuple(sorted(phonenumbers.SUPPORTED_REGIONS))


def region_of(e164: str) -> str | None:
    """ISO region code ('US', 'CA') of a number, or None."""
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return None


def mask(e164: str) -> str:
    """Mask all but the last four digits, for logs: '+1******0100'."""
    if len(e164) <= 4:
        return e164
    head = "+" if e164.startswith("+") else ""
    body = e164[len(head):]
    return head + "*" * (len(body) - 4) + body[-4:]
