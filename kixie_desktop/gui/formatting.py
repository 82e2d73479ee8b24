"""How instants read on screen: in the account's zone, full or compact.

``fmt_instant`` is the long form ("2026-11-29 22:15 CST"). The Inflight and Completed
tables use ``compact_instant``, short enough that three date columns, Why and Outcome
fit at 1440 px, and never cut: the columns are sized to ``COMPACT_SAMPLES``, the widest
text each shape can take. The rule (docs/supervisor-tables.md), by calendar day in the
zone:

- within 3 days either side of today: weekday and time, "Mon 14:32" (seven days, so no
  weekday means two dates);
- otherwise this year: month, day and time, "Nov 29 22:15";
- another year: the date alone, "2025-11-29".

``full_instant`` is the tooltip: the instant to the second, with the zone's name and offset.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime
from zoneinfo import ZoneInfo

NEAR_DAYS = 3  # the weekday form covers today ± 3 days: seven days, every weekday once


def fmt_instant(at: datetime | None, zone: ZoneInfo) -> str:
    if at is None:
        return ""
    return at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z")


def compact_instant(at: datetime | None, zone: ZoneInfo, today: date) -> str:
    """'Mon 14:32', 'Nov 29 22:15' or '2025-11-29' (see the module's rule); '' for None."""
    if at is None:
        return ""
    local = at.astimezone(zone)
    if abs((local.date() - today).days) <= NEAR_DAYS:
        return f"{calendar.day_abbr[local.weekday()]} {local:%H:%M}"
    if local.year == today.year:
        return f"{calendar.month_abbr[local.month]} {local.day} {local:%H:%M}"
    return f"{local:%Y-%m-%d}"


def full_instant(at: datetime | None, zone: ZoneInfo) -> str:
    """'Sunday 2026-11-29 22:15:07 CST (America/Chicago, UTC-06:00)'; '' for None."""
    if at is None:
        return ""
    local = at.astimezone(zone)
    offset = local.strftime("%z")
    return (f"{calendar.day_name[local.weekday()]} {local:%Y-%m-%d %H:%M:%S} {local.tzname()} "
            f"({zone.key}, UTC{offset[:3]}:{offset[3:]})")


# Every shape compact_instant can print, at its widest digits: a column this wide never cuts one.
COMPACT_SAMPLES = (
    *(f"{day} 22:22" for day in calendar.day_abbr),
    *(f"{month} 28 22:22" for month in calendar.month_abbr[1:]),
    "2088-08-28",
)
