"""compute_due by table: every constraint, the reason a supervisor reads, and the blocking kinds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from kixie_desktop.domain.harassment import PeriodUnit, RateLimit, TouchKind
from kixie_desktop.domain.holidays import YearlyHoliday
from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule
from kixie_desktop.engine.compliance import HolidayCalendar
from kixie_desktop.engine.due_time import Blocked, DueNow, DueRequest, compute_due
from kixie_desktop.engine.harassment import NamedLimit
from tests.engine.oracles import utc

ALWAYS = WeeklySchedule.always()
WEEKDAYS_9_17 = WeeklySchedule.daily(9 * 60, 17 * 60, range(5))
THREE_A_DAY = NamedLimit(RateLimit(3, 1, PeriodUnit.DAYS), "Harassment rule 3 calls / 1 day")
MON = utc(2025, 3, 10, 15)  # Monday 11:00 New York, 10:00 Chicago

BASE = DueRequest(
    base=MON,
    after=timedelta(0),
    kind=TouchKind.CALL,
    cadence_hours=ALWAYS,
    account_zone="America/New_York",
    target_hours=ALWAYS,
    contact_phone="+13125550100",  # Chicago
)


def due(now: datetime = MON, **changes: object) -> tuple[datetime | None, str, Blocked]:
    changes.setdefault("base", now)
    d = compute_due(replace(BASE, **changes), now)  # type: ignore[arg-type]
    return d.at, d.reason, d.blocked


def test_nothing_in_the_way_is_due_now() -> None:
    assert due() == (MON, "Due", Blocked.READY)


def test_after_delay_alone_is_ready_at_its_end() -> None:
    assert due(after=timedelta(hours=1)) == (
        MON + timedelta(hours=1), "Due at 12:00 America/New_York", Blocked.READY,
    )


def test_due_is_never_before_now() -> None:
    at, _, _ = due(base=MON - timedelta(days=3), after=timedelta(hours=1))
    assert at == MON


def test_cadence_hours_in_the_account_zone() -> None:
    sat = utc(2025, 3, 8, 15)
    assert due(sat, cadence_hours=WEEKDAYS_9_17) == (
        utc(2025, 3, 10, 13), "Cadence hours closed until Mon 09:00 America/New_York", Blocked.WAITING,
    )


def test_target_hours_in_the_contact_zone() -> None:
    early = utc(2025, 3, 10, 13, 30)  # 08:30 Chicago
    assert due(early, target_hours=WEEKDAYS_9_17) == (
        utc(2025, 3, 10, 14), "Target hours closed until 09:00 America/Chicago", Blocked.WAITING,
    )


def test_quiet_hours_guard() -> None:
    seven = utc(2025, 3, 10, 13)  # 07:00 Denver
    got = due(seven, contact_phone="+13035550100", compliance=False)
    assert got == (utc(2025, 3, 10, 14), "Quiet hours until 08:00 America/Denver", Blocked.WAITING)
    assert due(seven, contact_phone="+13035550100", compliance=False, quiet_hours_guard=False)[2] is Blocked.READY


def test_harassment_rule_reason() -> None:
    touches = (utc(2025, 3, 9, 19, 32), utc(2025, 3, 10, 14), utc(2025, 3, 10, 14, 30))
    assert due(touches=touches, limits=(THREE_A_DAY,)) == (
        utc(2025, 3, 10, 19, 32), "Harassment rule 3 calls / 1 day: next slot 14:32 America/Chicago",
        Blocked.WAITING,
    )


def test_a_harassment_slot_is_rechecked_against_hours() -> None:
    touches = (utc(2025, 3, 9, 22, 30), utc(2025, 3, 10, 14), utc(2025, 3, 10, 14, 30))
    # The slot opens at 22:30 UTC = 17:30 Chicago, after target hours: next morning instead.
    at, reason, _ = due(touches=touches, limits=(THREE_A_DAY,), target_hours=WEEKDAYS_9_17)
    assert (at, reason) == (utc(2025, 3, 11, 14), "Target hours closed until Tue 09:00 America/Chicago")


def test_florida_area_code_ends_at_20_and_caps_calls() -> None:
    evening = utc(2025, 3, 11, 0, 15)  # Monday 20:15 in Miami
    assert due(evening, contact_phone="+13055550100") == (
        utc(2025, 3, 11, 12), "Florida calling hours closed until Tue 08:00 America/New_York", Blocked.WAITING,
    )
    touches = (utc(2025, 3, 10, 13), utc(2025, 3, 10, 14), utc(2025, 3, 10, 14, 30))
    assert due(contact_phone="+13055550100", touches=touches) == (
        utc(2025, 3, 11, 13), "Florida rule 3 calls / 24 hours: next slot Tue 09:00 America/New_York",
        Blocked.WAITING,
    )
    # The cap is on calls; texts keep only the hours.
    assert due(contact_phone="+13055550100", touches=touches, kind=TouchKind.SMS)[2] is Blocked.READY
    assert due(contact_phone="+13055550100", touches=touches, compliance=False)[2] is Blocked.READY


def test_canada_weekend_and_weekday_hours() -> None:
    sat_nine = utc(2025, 3, 8, 14)  # Saturday 09:00 Toronto
    assert due(sat_nine, contact_phone="+14165550100") == (
        utc(2025, 3, 8, 15), "Canada calling hours closed until 10:00 America/Toronto", Blocked.WAITING,
    )
    sat_evening = utc(2025, 3, 8, 23, 30)  # Saturday 18:30; Sunday is the DST switch
    assert due(sat_evening, contact_phone="+14165550100")[:2] == (
        utc(2025, 3, 9, 14), "Canada calling hours closed until Sun 10:00 America/Toronto",
    )
    mon_nine_pm = utc(2025, 3, 11, 1)  # Monday 21:00: Canada allows until 21:30, the guard does not
    assert due(mon_nine_pm, contact_phone="+14165550100", quiet_hours_guard=False)[2] is Blocked.READY
    # Quiet hours push to 08:00, then Canada's weekday 09:00 start binds: the reason names the last push.
    assert due(mon_nine_pm, contact_phone="+14165550100")[:2] == (
        utc(2025, 3, 11, 13), "Canada calling hours closed until Tue 09:00 America/Toronto",
    )


def test_toll_free_number_has_no_usable_zone() -> None:
    assert due(contact_phone="+18005550100", target_hours=WEEKDAYS_9_17) == (
        None, "Time zone unknown: set the contact's time zone", Blocked.TIMEZONE_UNKNOWN,
    )
    at, _, blocked = due(contact_phone="+18005550100", contact_zone="America/Denver")
    assert (at, blocked) == (MON, Blocked.READY)


def test_number_with_several_zones_waits_for_all() -> None:
    at, reason, _ = due(utc(2025, 3, 10, 15), contact_phone="+12085550100", target_hours=WEEKDAYS_9_17)
    assert (at, reason) == (utc(2025, 3, 10, 16), "Target hours closed until 09:00 America/Los_Angeles")


def test_unknown_explicit_zone() -> None:
    at, reason, blocked = due(contact_zone="Mars/Olympus")
    assert (at, blocked) == (None, Blocked.TIMEZONE_UNKNOWN)
    assert "Mars/Olympus" in reason


def test_account_holiday() -> None:
    xmas_eve = utc(2025, 12, 24, 23)  # Wednesday 18:00 New York
    holidays = HolidayCalendar.of([date(2025, 12, 25)])
    assert due(xmas_eve, cadence_hours=WEEKDAYS_9_17, holidays=holidays) == (
        utc(2025, 12, 26, 14), "Account holiday 2025-12-25: cadence hours closed until Fri 09:00 America/New_York",
        Blocked.WAITING,
    )


def test_yearly_holiday_closes_the_day_every_year() -> None:
    holidays = HolidayCalendar.of([], [YearlyHoliday(12, 25)])
    for year in (2025, 2031):  # Dec 24 is a Wednesday in both
        xmas_eve = utc(year, 12, 24, 23)  # 18:00 New York
        assert due(xmas_eve, cadence_hours=WEEKDAYS_9_17, holidays=holidays) == (
            utc(year, 12, 26, 14),
            f"Account holiday {year}-12-25: cadence hours closed until Fri 09:00 America/New_York", Blocked.WAITING,
        )
    # On Christmas Day 2026 (a Friday) it waits for Monday; a one-off 2025-12-25 would not.
    xmas_2026 = utc(2026, 12, 25, 15)
    assert due(xmas_2026, cadence_hours=WEEKDAYS_9_17, holidays=holidays)[:2] == (
        utc(2026, 12, 28, 14), "Account holiday 2026-12-25: cadence hours closed until Mon 09:00 America/New_York")
    once = HolidayCalendar.of([date(2025, 12, 25)])
    assert due(xmas_2026, cadence_hours=WEEKDAYS_9_17, holidays=once) == (xmas_2026, "Due", Blocked.READY)


def test_yearly_feb_29_waits_only_in_leap_years() -> None:
    holidays = HolidayCalendar.of([], [YearlyHoliday(2, 29)])
    assert due(utc(2027, 2, 28, 23), cadence_hours=ALWAYS, account_zone="UTC", holidays=holidays)[1] == "Due"
    assert due(utc(2028, 2, 29, 10), cadence_hours=ALWAYS, account_zone="UTC", holidays=holidays)[:2] == (
        utc(2028, 3, 1), "Account holiday 2028-02-29: cadence hours closed until Wed 00:00 UTC")


def test_due_now_tells_calendars_apart() -> None:
    """DueNow caches "open now" per calendar: a yearly holiday today is not another's open day."""
    xmas = utc(2025, 12, 25, 15)
    due_now = DueNow(xmas)
    plain = replace(BASE, base=xmas)
    closed = replace(plain, holidays=HolidayCalendar.of([], [YearlyHoliday(12, 25)]))
    assert due_now(plain).blocked is Blocked.READY
    assert due_now(closed) == compute_due(closed, xmas) and due_now(closed).blocked is Blocked.WAITING


def test_dst_gap_in_cadence_hours() -> None:
    gap = WeeklySchedule((DayInterval(6, 150, 240),))  # Sunday 02:30-04:00, New York springs at 02:00
    at, reason, _ = due(utc(2025, 3, 9, 5), cadence_hours=gap, contact_zone="UTC", quiet_hours_guard=False, compliance=False)
    assert (at, reason) == (utc(2025, 3, 9, 7), "Cadence hours closed until 03:00 America/New_York")


def test_lord_howe_and_kathmandu_contacts() -> None:
    wed = WeeklySchedule((DayInterval(2, 600, 630),))
    for zone, expected in [("Australia/Lord_Howe", utc(2025, 3, 11, 23)), ("Asia/Kathmandu", utc(2025, 3, 12, 4, 15))]:
        at, reason, _ = due(utc(2025, 3, 7), target_hours=wed, contact_zone=zone, contact_phone="+442071234567")
        assert at == expected and zone in reason


@pytest.mark.parametrize(
    ("flags", "kind", "blocked", "reason"),
    [
        ({"do_not_contact": True}, TouchKind.CALL, Blocked.DNC, "Contact is Do Not Contact"),
        ({"do_not_contact": True}, TouchKind.SMS, Blocked.DNC, "Contact is Do Not Contact"),
        ({"sms_opt_out": True}, TouchKind.SMS, Blocked.OPTED_OUT, "Contact opted out of SMS"),
        ({"sms_opt_out": True}, TouchKind.CALL, Blocked.READY, "Due"),
        ({"do_not_contact": True, "check_dnc": False}, TouchKind.CALL, Blocked.READY, "Due"),
    ],
)
def test_contact_flags(flags: dict[str, bool], kind: TouchKind, blocked: Blocked, reason: str) -> None:
    at, got_reason, got_blocked = due(kind=kind, **flags)
    assert (got_blocked, got_reason) == (blocked, reason)
    assert (at is None) == (blocked in (Blocked.DNC, Blocked.OPTED_OUT))


def test_never_open() -> None:
    assert due(cadence_hours=WeeklySchedule(()))[::2] == (None, Blocked.NEVER_OPEN)
    late = WeeklySchedule.daily(22 * 60, 23 * 60)
    at, reason, blocked = due(target_hours=late)
    assert (at, blocked) == (None, Blocked.NEVER_OPEN) and "quiet hours" in reason
    short = WeeklySchedule.daily(9 * 60, 10 * 60)
    india = {"contact_phone": "+919876543210", "contact_zone": None}
    assert due(cadence_hours=short, target_hours=short, **india)[::2] == (None, Blocked.NEVER_OPEN)  # type: ignore[arg-type]


def test_naive_instants_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        compute_due(BASE, datetime(2025, 3, 10, 15))
    with pytest.raises(ValueError, match="naive"):
        compute_due(replace(BASE, base=datetime(2025, 3, 10, 15)), MON)


def test_due_now_tells_jurisdictions_apart_in_one_zone() -> None:
    # 20:15 in New York: federal hours are open, Florida's closed; both contacts are in
    # the same zone, so only the jurisdiction tells their answers apart.
    evening = utc(2025, 3, 11, 0, 15)
    due_now = DueNow(evening)
    new_york = replace(BASE, base=evening, contact_phone="+12125550100", contact_zone="America/New_York")
    miami = replace(new_york, contact_phone="+13055550100")
    assert due_now(new_york) == compute_due(new_york, evening)
    assert due_now(new_york).blocked is Blocked.READY
    assert due_now(miami) == compute_due(miami, evening)
    assert due_now(miami).blocked is Blocked.WAITING


def test_due_now_checks_limits_per_request() -> None:
    touches = (utc(2025, 3, 10, 13), utc(2025, 3, 10, 14), utc(2025, 3, 10, 14, 30))
    due_now = DueNow(MON)
    free = replace(BASE, limits=(THREE_A_DAY,))
    capped = replace(free, touches=touches)
    assert due_now(free) == compute_due(free, MON) and due_now(free).blocked is Blocked.READY
    assert due_now(capped) == compute_due(capped, MON) and due_now(capped).blocked is Blocked.WAITING
