"""Local presence: call from an account number in the contact's area code when there is one."""

from __future__ import annotations

from collections.abc import Sequence

from kixie_desktop.domain.phone_numbers import region_of


def _area(e164: str) -> str | None:
    # NANP numbers: +1 NPA NXX XXXX; elsewhere local presence does not apply here.
    return e164[2:5] if e164.startswith("+1") and len(e164) == 12 else None


def pick_caller_id(contact_phone: str, pool: Sequence[str], fallback: str | None) -> str | None:
    area = _area(contact_phone)
    if area is not None:
        for number in pool:
            if _area(number) == area:
                return number
        region = region_of(contact_phone)
        for number in pool:
            if region and region_of(number) == region:
                return number
    return fallback
