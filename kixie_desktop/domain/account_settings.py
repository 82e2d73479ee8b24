"""The account's settings as a person changes them: each value checked and made canonical
before it is stored, with a refusal that names the setting.

Every front end (the settings window, ``kixie-desktop account set``, a script) goes
through ``AccountService.update``, which runs ``clean_changes`` first, so a bad default
sender or a caller-ID pool with a typo never reaches the engine that dials from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import phonenumbers

from kixie_desktop.domain import phone_numbers
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.harassment import HarassmentRules
from kixie_desktop.domain.holidays import YearlyHoliday, parse_date
from kixie_desktop.domain.zones import validate_zone

MAX_NAME = 120
MAX_POOL = 200
MAX_HOLIDAYS = 200  # of each kind; a list that long is a mistake, and the engine walks it
PROMPT_TIMEOUT_S = (5, 3600)
SWITCHES = ("quiet_hours_guard", "compliance_profiles", "recording_consent")


def _switch(name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(f"{name.replace('_', ' ')} is on or off", field=name)
    return value


def _region(value: Any) -> str:
    region = str(value).strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(f"{value!r} is not a country code such as US or CA", field="default_region")
    return region


def _numbers(values: Iterable[Any], region: str) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        number = phone_numbers.normalise(str(value), region, field="caller_id_pool")
        if number not in out:
            out.append(number)
    if len(out) > MAX_POOL:
        raise ValidationError(f"the caller-ID pool holds at most {MAX_POOL} numbers", field="caller_id_pool")
    return tuple(out)


def _holidays(values: Iterable[Any]) -> tuple[date, ...]:
    days = sorted({parse_date(value, field="holidays") for value in values})
    if len(days) > MAX_HOLIDAYS:
        raise ValidationError(f"at most {MAX_HOLIDAYS} one-off holidays", field="holidays")
    return tuple(days)


def _yearly(values: Iterable[Any]) -> tuple[YearlyHoliday, ...]:
    days = sorted({value if isinstance(value, YearlyHoliday) else YearlyHoliday.parse(str(value))
                   for value in values})
    if len(days) > MAX_HOLIDAYS:
        raise ValidationError(f"at most {MAX_HOLIDAYS} yearly holidays", field="yearly_holidays")
    return tuple(days)


def clean_changes(changes: Mapping[str, Any], region: str) -> dict[str, Any]:
    """``changes`` checked and canonical; ``region`` is the account's, for phone numbers."""
    out: dict[str, Any] = {}
    region = _region(changes["default_region"]) if "default_region" in changes else region
    for key, value in changes.items():
        if key == "name":
            name = str(value).strip()
            if not name or len(name) > MAX_NAME:
                raise ValidationError(f"the workspace's name must be 1-{MAX_NAME} characters", field="name")
            out[key] = name
        elif key == "timezone":
            out[key] = validate_zone(str(value))
        elif key == "default_region":
            out[key] = region
        elif key == "default_sender":
            text = str(value or "").strip()
            out[key] = phone_numbers.normalise(text, region, field="default_sender") if text else None
        elif key == "prompt_timeout_s":
            low, high = PROMPT_TIMEOUT_S
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValidationError(f"the prompt timeout must be {low}-{high} seconds", field="prompt_timeout_s")
            out[key] = value
        elif key in SWITCHES:
            out[key] = _switch(key, value)
        elif key == "caller_id_pool":
            out[key] = _numbers(value, region)
        elif key == "holidays":
            out[key] = _holidays(value)
        elif key == "yearly_holidays":
            out[key] = _yearly(value)
        elif key == "harassment":
            if not isinstance(value, HarassmentRules):
                raise ValidationError("harassment rules are a call limit and an SMS limit", field="harassment")
            out[key] = value
        else:
            raise ValidationError(f"{key!r} is not an account setting", field=key)
    return out
