"""compute_due against a minute-by-minute oracle that re-states SPEC §3's due-time rule.

Everything generated is minute-aligned (instants, delays, touches, periods,
schedule edges) and zone offsets since 1995 are whole minutes, so the set of
allowed instants only changes on minute boundaries and a minute scan is exact.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from hypothesis import event, given
from hypothesis import strategies as st

from kixie_desktop.domain.harassment import TouchKind
from kixie_desktop.domain.holidays import YearlyHoliday
from kixie_desktop.domain.phone_numbers import zones_of
from kixie_desktop.engine.compliance import QUIET_HOURS, HolidayCalendar, profile_for
from kixie_desktop.engine.due_time import DueNow, DueRequest, compute_due
from kixie_desktop.engine.harassment import NamedLimit
from tests.engine.oracles import (
    count_in_window,
    first_minute,
    instants,
    limits,
    local_date,
    open_at,
    property_settings,
    schedules,
    zones,
)
from kixie_desktop.domain.schedule import WeeklySchedule

SPAN = timedelta(days=8)
PHONES = (
    "+13125550100",  # Chicago
    "+13055550100",  # Florida
    "+14165550100",  # Toronto, Canada rules
    "+12085550100",  # Boise and Los Angeles
    "+442071234567",  # London, no profile
    "+9779801234567",  # Kathmandu
)


# Wider than the window tests' schedules: most draws should be schedulable, or the
# oracle would mostly confirm "never open".
wide_schedules = st.one_of(
    schedules,
    st.just(WeeklySchedule.always()),
    st.builds(
        lambda days, start, length: WeeklySchedule.daily(start, min(1440, start + length), days),
        st.sets(st.integers(0, 6), min_size=1).map(tuple),
        st.integers(0, 900),
        st.integers(240, 1440),
    ),
)


@st.composite
def requests(draw: st.DrawFn) -> tuple[DueRequest, datetime]:
    account_zone = draw(zones)
    now = draw(instants(account_zone))
    minutes = st.integers(0, 3 * 24 * 60).map(lambda m: timedelta(minutes=m))
    touch = st.integers(-24 * 60, 24 * 60).map(lambda m: now + timedelta(minutes=m))
    start_day = local_date(now, account_zone)
    holiday = st.integers(0, 6).map(lambda d: start_day + timedelta(days=d))
    # Yearly ones: the month-day of a day near the start, or of one in any year (so that
    # some fall inside the span and some do not), Feb 29 among them.
    yearly = st.one_of(holiday, st.dates(date(1996, 1, 1), date(2040, 12, 31))).map(
        lambda d: YearlyHoliday(d.month, d.day))
    req = DueRequest(
        base=now - draw(minutes),
        after=draw(minutes),
        kind=draw(st.sampled_from(TouchKind)),
        cadence_hours=draw(wide_schedules),
        account_zone=account_zone,
        target_hours=draw(wide_schedules),
        contact_phone=draw(st.sampled_from(PHONES)),
        contact_zone=draw(st.none() | zones),
        holidays=HolidayCalendar.of(draw(st.lists(holiday, max_size=2)), draw(st.lists(yearly, max_size=2))),
        quiet_hours_guard=draw(st.booleans()),
        compliance=draw(st.booleans()),
        touches=tuple(draw(st.lists(touch, max_size=6))),
        limits=tuple(NamedLimit(lim, "Harassment rule") for lim in draw(st.lists(limits, max_size=2))),
        horizon=SPAN,
    )
    return req, now


def oracle_allows(req: DueRequest, t: datetime) -> bool:
    day = local_date(t, req.account_zone)
    if day in req.holidays.dates or YearlyHoliday(day.month, day.day) in req.holidays.yearly:
        return False
    if not open_at(req.cadence_hours, req.account_zone, t):
        return False
    contact = [req.target_hours]
    if req.quiet_hours_guard:
        contact.append(QUIET_HOURS)
    profile = profile_for(req.contact_phone) if req.compliance else None
    if profile is not None:
        contact.append(profile.hours)
    zones = (req.contact_zone,) if req.contact_zone else zones_of(req.contact_phone)
    if not all(open_at(s, z, t) for s in contact for z in zones):
        return False
    caps = [n.limit for n in req.limits]
    if profile is not None and req.kind is TouchKind.CALL:
        caps += [n.limit for n in profile.call_limits]
    for cap in caps:
        # Every rolling window that would hold t must have room for it.
        ends = [t, *(x for x in req.touches if t < x < t + cap.period)]
        if any(count_in_window(req.touches, cap, s) >= cap.count for s in ends):
            return False
    return True


@property_settings(250)
@given(requests())
def test_compute_due_is_the_first_instant_every_rule_allows(case: tuple[DueRequest, datetime]) -> None:
    req, now = case
    start = max(req.base + req.after, now)
    decision = compute_due(req, now)
    event(f"{decision.blocked}, {decision.reason.split(' ')[0]}")
    if decision.at is not None:
        assert start <= decision.at <= start + SPAN
        assert oracle_allows(req, decision.at), decision.reason
        end = decision.at
    else:
        end = start + SPAN + timedelta(minutes=1)
    assert first_minute(lambda t: oracle_allows(req, t), start, end) is None, decision.reason
    if decision.at == start:
        assert decision.reason.startswith("Due")
    elif decision.at is not None:
        assert not decision.reason.startswith("Due")



@st.composite
def batches(draw: st.DrawFn) -> tuple[list[DueRequest], datetime]:
    """Requests at one instant, as an engine batch sees them: several share one cadence's
    schedule objects and differ in phone, zone, guards, touches and limits."""
    first, now = draw(requests())
    others = []
    for _ in range(draw(st.integers(1, 5))):
        other, _ = draw(requests())
        shifted = tuple(now + (t - other.base) for t in other.touches)
        others.append(replace(
            first, base=now - timedelta(minutes=draw(st.integers(0, 120))),
            after=timedelta(0), kind=other.kind, contact_phone=other.contact_phone,
            contact_zone=draw(st.sampled_from([first.contact_zone, other.contact_zone])),
            quiet_hours_guard=other.quiet_hours_guard, compliance=other.compliance,
            do_not_contact=draw(st.sampled_from((False, False, False, True))),
            sms_opt_out=draw(st.sampled_from((False, False, False, True))),
            touches=shifted, limits=other.limits))
    return [first, *others], now


@property_settings(200)
@given(batches())
def test_due_now_answers_as_compute_due_does(case: tuple[list[DueRequest], datetime]) -> None:
    reqs, now = case
    due_now = DueNow(now)
    for req in reqs:
        decision = due_now(req)
        event(str(decision.blocked))
        assert decision == compute_due(req, now)
