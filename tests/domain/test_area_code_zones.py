"""Split area codes: every number of one is presumed in every zone of the area code, so the
strictest-window rule keeps each call inside legal hours wherever the lead is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st
from phonenumbers import timezone as pn_timezone

from kixie_desktop.domain.area_code_zones import SPLIT_AREA_CODES
from kixie_desktop.domain.phone_numbers import zones_of
from kixie_desktop.engine.compliance import QUIET_HOURS
from kixie_desktop.engine.due_time import contact_zones
from kixie_desktop.engine.windows import next_open_all

# Where the table deliberately disagrees with phonenumbers (see the module docstring).
CORRECTIONS = {("474", "America/Winnipeg"), ("867", "America/Vancouver")}
SEASONS = (datetime(2026, 1, 15, 12, tzinfo=UTC), datetime(2026, 7, 15, 12, tzinfo=UTC))


def _offsets(zone: str) -> tuple[timedelta | None, ...]:
    return tuple(t.astimezone(ZoneInfo(zone)).utcoffset() for t in SEASONS)


@pytest.mark.parametrize("code", sorted(SPLIT_AREA_CODES))
def test_the_table_covers_every_zone_phonenumbers_knows_for_the_area_code(code: str) -> None:
    listed = {_offsets(z) for z in SPLIT_AREA_CODES[code]}
    assert len(listed) == len(SPLIT_AREA_CODES[code]) > 1  # a real split, no zone listed twice over
    for exchange in range(200, 1000):
        number = phonenumbers.parse(f"+1{code}{exchange:03d}0100")
        for zone in pn_timezone.time_zones_for_number(number):
            if zone != "Etc/Unknown" and (code, zone) not in CORRECTIONS:
                assert _offsets(zone) in listed, (code, exchange, zone)


def test_a_panhandle_number_phonenumbers_calls_eastern_is_also_central() -> None:
    phone = "+18502010100"
    assert pn_timezone.time_zones_for_number(phonenumbers.parse(phone)) == ("America/New_York",)
    assert set(contact_zones(phone, None)[0]) == {"America/New_York", "America/Chicago"}
    assert zones_of("+15125550100") == ("America/Chicago",)  # an unsplit area code is left alone
    assert contact_zones(phone, "America/Chicago")[0] == ("America/Chicago",)  # an explicit zone wins


@given(code=st.sampled_from(sorted(SPLIT_AREA_CODES)), line=st.integers(2_000_000, 9_999_999),
       start=st.datetimes(datetime(2026, 1, 1), datetime(2030, 12, 31)))
def test_quiet_hours_hold_in_every_zone_of_a_split_area_code(code: str, line: int, start: datetime) -> None:
    zones = zones_of(f"+1{code}{line}")
    due = next_open_all(QUIET_HOURS, zones, start.replace(tzinfo=UTC))
    assert due is not None
    for zone in SPLIT_AREA_CODES[code]:
        local = due.astimezone(ZoneInfo(zone))
        assert 8 <= local.hour < 21, (zone, local)
