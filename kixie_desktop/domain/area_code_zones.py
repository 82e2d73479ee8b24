"""Time zones of North American area codes that span more than one, where ``phonenumbers``
is coarse.

``phonenumbers`` maps some numbers of a split area code to a single zone — 850, the Florida
panhandle, gives only America/New_York for many exchanges, so a lead in Pensacola (Central
time) could be called at 07:30 local — and assigns zones by exchange, which a ported or
moved mobile number no longer follows. For the area codes below every number is presumed to
be in **any** of the listed zones, so the strictest-window rule (SPEC §2: an action runs only
when the window is open in all of a number's zones) keeps calls legal wherever in the area
code the lead is. The cost is a narrower window for the whole area code (850: 09:00–21:00
Eastern instead of 08:00–21:00), the price of not calling anyone before 08:00.

Each entry is the complete set for its area code (overlays included) and replaces what
``phonenumbers`` says. Zones with the same offsets all year are listed once
(America/Boise for Mountain time in Idaho, Oregon and Nevada). Sources: the US standard time
zone boundaries of 49 CFR Part 71 (§71.5–71.9) read against NANPA's area code maps
(nationalnanpa.com); Canada's provincial time acts and the CRTC's area code maps.
``docs/compliance.md`` lists them with the place that makes each split; keep the two in step
when NANPA adds an overlay.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

_EASTERN, _CENTRAL, _MOUNTAIN, _PACIFIC = ("America/New_York", "America/Chicago", "America/Denver",
                                           "America/Los_Angeles")


def _each(codes: tuple[str, ...], zones: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    return {code: zones for code in codes}


SPLIT_AREA_CODES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    # Florida panhandle west of the Apalachicola river is Central (49 CFR 71.5(b)).
    **_each(("850", "448"), (_EASTERN, _CENTRAL)),
    # Alabama: Phenix City and the Chattahoochee valley keep Eastern time in practice.
    **_each(("334",), (_CENTRAL, _EASTERN)),
    # Kentucky: the west is Central, the east Eastern; Wayne, Clinton and Russell counties
    # (606) are Central, and Hardin/Meade/Breckinridge (270) Eastern.
    **_each(("270", "364", "606"), (_EASTERN, _CENTRAL)),
    # Tennessee: East Tennessee (423) is Eastern except Marion and Sequatchie-valley counties.
    **_each(("423",), (_EASTERN, _CENTRAL)),
    # Indiana: the south-west corner (812/930) and Starke County (574) are Central.
    **_each(("812", "930", "574"), (_EASTERN, _CENTRAL)),
    # Michigan: the four Upper Peninsula counties bordering Wisconsin are Central.
    **_each(("906",), (_EASTERN, _CENTRAL)),
    # Great Plains: the western counties are Mountain.
    **_each(("308", "605", "701", "785", "620"), (_CENTRAL, _MOUNTAIN)),
    # Texas: Culberson County (432) is Mountain.
    **_each(("432",), (_CENTRAL, _MOUNTAIN)),
    # Idaho's panhandle is Pacific; Oregon's Malheur County and Nevada's West Wendover and
    # Jackpot keep Mountain time.
    **_each(("208", "986", "541", "458", "775"), ("America/Boise", _PACIFIC)),
    # Arizona keeps standard time all year; the Navajo Nation keeps daylight saving time.
    **_each(("928",), ("America/Phoenix", _MOUNTAIN)),
    # Canada. North-western Ontario (Kenora, Rainy River) is Central.
    **_each(("807",), ("America/Toronto", "America/Winnipeg")),
    # Quebec: the Magdalen Islands and the Lower North Shore keep Atlantic time.
    **_each(("418", "581", "367"), ("America/Toronto", "America/Halifax")),
    # Saskatchewan keeps Central standard time all year (``phonenumbers`` gives 474 Winnipeg's
    # daylight time); Lloydminster keeps Alberta's Mountain time.
    **_each(("306", "639", "474"), ("America/Regina", "America/Edmonton")),
    # British Columbia: the East Kootenays are Mountain; Creston, Dawson Creek and Fort Nelson
    # keep UTC-7 all year, which is one of these two offsets in every season.
    **_each(("250", "236", "778", "672"), ("America/Vancouver", "America/Edmonton")),
    # The territories: Yukon keeps UTC-7 all year since 2020 (``phonenumbers`` still gives
    # some of its exchanges Vancouver's Pacific time); the Northwest Territories are Mountain;
    # Nunavut spans Mountain, Central and Eastern.
    **_each(("867",), ("America/Whitehorse", "America/Edmonton", "America/Winnipeg", "America/Iqaluit")),
})


def zones_for_area_code(e164: str) -> tuple[str, ...] | None:
    """The zones of a split NANP area code, or None when the table does not list it."""
    if e164.startswith("+1") and len(e164) == 12 and e164[1:].isdigit():
        return SPLIT_AREA_CODES.get(e164[2:5])
    return None
