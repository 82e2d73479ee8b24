"""Timeline preview: the engine's own due-time rule, walked over an unsaved cadence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kixie_desktop.domain.cadence import (
    ActionType,
    CadenceDefinition,
    CadenceHarassment,
    CadenceSettings,
    CallAction,
    SmsAction,
)
from kixie_desktop.domain.directory import Account
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.ids import AccountId, QueueId, TemplateId
from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule
from kixie_desktop.engine.due_time import Blocked
from kixie_desktop.engine.planner import kind_of, plan_step
from kixie_desktop.services.authoring.timeline_preview import (
    Assumptions,
    preview,
    sample_contact,
    sample_zones,
)

CHICAGO = ZoneInfo("America/Chicago")
ACCOUNT = Account(AccountId(1), "Acme Solar", "America/Los_Angeles")


def cadence(*actions: CallAction | SmsAction, **settings: object) -> CadenceDefinition:
    return CadenceDefinition(
        settings=CadenceSettings(name="Preview", queue_id=QueueId(1), **settings),  # type: ignore[arg-type]
        actions=actions,
    )


def test_a_friday_evening_lead_waits_for_monday_target_hours() -> None:
    defn = cadence(SmsAction(TemplateId(1)), CallAction(after=timedelta(minutes=10)),
                   target_hours=WeeklySchedule.daily(9 * 60, 17 * 60, range(5)))
    start = datetime(2026, 3, 6, 17, 30, tzinfo=CHICAGO)  # a Friday
    entries = preview(defn, ACCOUNT, sample_contact(zone="America/Chicago"), start)

    monday_9 = datetime(2026, 3, 9, 9, 0, tzinfo=CHICAGO)
    assert [(e.step, e.type, e.at) for e in entries] == [
        (1, ActionType.SMS, monday_9),
        (2, ActionType.CALL, monday_9 + timedelta(minutes=10)),
    ]
    assert entries[0].reason == "Target hours closed until Mon 09:00 America/Chicago"
    assert entries[0].blocked is Blocked.WAITING
    assert entries[1].reason.startswith("Due at ")
    assert entries[1].base == monday_9  # an SMS takes no time: the call's After counts from it


def test_calls_take_the_assumed_duration_and_count_against_harassment_rules() -> None:
    rules = HarassmentRules(calls=RateLimit(1, 1, PeriodUnit.DAYS))
    defn = CadenceDefinition(
        settings=CadenceSettings(name="Twice", queue_id=QueueId(1)),
        actions=(CallAction(), CallAction(after=timedelta(minutes=30))),
        harassment=CadenceHarassment(use_business_rules=False, rules=rules),
    )
    start = datetime(2026, 3, 2, 10, 0, tzinfo=CHICAGO)  # a Monday, within every window
    first, second = preview(defn, ACCOUNT, sample_contact(zone="America/Chicago"), start,
                            Assumptions(call_duration=timedelta(minutes=7)))

    assert (first.at, first.reason, first.ends) == (start, "Due", start + timedelta(minutes=7))
    assert second.base == start + timedelta(minutes=7)
    assert second.at == start + timedelta(days=1)
    assert second.reason == "Harassment rule 1 call / 1 day: next slot Tue 10:00 America/Chicago"


def test_a_number_without_a_zone_stops_the_timeline_with_the_engine_reason() -> None:
    defn = cadence(CallAction(), SmsAction(TemplateId(1)))
    freephone = sample_contact(phone="+800 1234 5678")  # international freephone: no zone at all
    assert sample_zones(freephone) == ()
    first, second = preview(defn, ACCOUNT, freephone, datetime(2026, 3, 2, 15, 0, tzinfo=UTC))
    assert (first.at, first.blocked) == (None, Blocked.TIMEZONE_UNKNOWN)
    assert "Time zone unknown" in first.reason
    assert (second.at, second.blocked, second.reason) == (None, None, "Not planned: step 1 never runs")


def test_a_phone_number_brings_its_zone_and_its_state_rules() -> None:
    florida = sample_contact(phone="(305) 555-0100")
    assert florida.phone == "+13055550100" and florida.timezone is None
    assert sample_zones(florida) == ("America/New_York",)
    defn = cadence(CallAction())
    # 20:30 in Miami: inside target hours (always) and federal hours, outside Florida's 08:00-20:00.
    start = datetime(2026, 3, 3, 1, 30, tzinfo=UTC)
    (entry,) = preview(defn, ACCOUNT, florida, start)
    assert entry.at == datetime(2026, 3, 3, 8, 0, tzinfo=ZoneInfo("America/New_York"))
    assert entry.reason.startswith("Florida calling hours closed until")


def test_sample_contact_needs_a_zone_or_a_valid_number() -> None:
    with pytest.raises(ValidationError) as missing:
        sample_contact()
    assert missing.value.field == "timezone"
    with pytest.raises(ValidationError) as bad_zone:
        sample_contact(zone="Mars/Olympus")
    assert bad_zone.value.field == "timezone"
    with pytest.raises(ValidationError) as bad_phone:
        sample_contact(phone="12")
    assert bad_phone.value.field == "phone"


def test_start_must_be_aware() -> None:
    with pytest.raises(ValueError):
        preview(cadence(CallAction()), ACCOUNT, sample_contact(zone="UTC"), datetime(2026, 3, 2, 9))


# -- property: the preview is the engine's plan, step after step ------------------------------

ZONES = ["America/Chicago", "America/St_Johns", "Asia/Kathmandu", "Europe/London", "Australia/Lord_Howe"]
PHONES = ["", "+13125550100", "+14165550100", "+13055550100"]
durations = st.integers(0, 3 * 24 * 60).map(lambda m: timedelta(minutes=m))
calls = st.builds(CallAction, after=durations)
texts = st.builds(SmsAction, template_id=st.just(TemplateId(1)), after=durations)
intervals = st.builds(lambda d, s, length: DayInterval(d, s, min(1440, s + length)),
                      st.integers(0, 6), st.integers(0, 1439), st.integers(1, 720))
schedules = st.one_of(st.just(WeeklySchedule.always()),
                      st.lists(intervals, min_size=1, max_size=6).map(lambda ivs: WeeklySchedule(tuple(ivs))))
limits = st.none() | st.builds(RateLimit, st.integers(1, 3), st.integers(1, 3), st.sampled_from(PeriodUnit))
starts = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31),
                      timezones=st.just(UTC))


@settings(max_examples=60, deadline=None)
@given(actions=st.lists(calls | texts, min_size=1, max_size=5), cadence_hours=schedules,
       target_hours=schedules, call_limit=limits, sms_limit=limits, zone=st.sampled_from(ZONES),
       phone=st.sampled_from(PHONES), start=starts, call_minutes=st.integers(0, 90))
def test_preview_times_are_non_decreasing_and_each_is_plan_step_from_the_previous_end(
        actions: list[CallAction | SmsAction], cadence_hours: WeeklySchedule,
        target_hours: WeeklySchedule, call_limit: RateLimit | None, sms_limit: RateLimit | None,
        zone: str, phone: str, start: datetime, call_minutes: int) -> None:
    defn = CadenceDefinition(
        settings=CadenceSettings(name="P", queue_id=QueueId(1), cadence_hours=cadence_hours,
                                 target_hours=target_hours),
        actions=tuple(actions),
        harassment=CadenceHarassment(False, HarassmentRules(calls=call_limit, sms=sms_limit)),
    )
    contact = sample_contact(phone=phone, zone=zone)
    assumptions = Assumptions(call_duration=timedelta(minutes=call_minutes))
    entries = preview(defn, ACCOUNT, contact, start, assumptions)

    assert [e.step for e in entries] == list(range(1, len(actions) + 1))
    placed = [e for e in entries if e.at is not None]
    assert entries[:len(placed)] == placed  # once a step cannot be placed, nothing after is
    times = [e.at for e in placed]
    assert times == sorted(times)
    base, touches = start, {kind: [] for kind in ("call", "sms")}  # type: dict[str, list[datetime]]
    for step, entry in enumerate(placed):
        action = actions[step]
        expected = plan_step(ACCOUNT, defn, step, contact, base, touches[kind_of(action).value], base)
        assert (entry.base, entry.at, entry.reason) == (base, expected.at, expected.reason)
        assert entry.at is not None and entry.at >= base + action.after
        touches[kind_of(action).value].append(entry.at)
        base = entry.at + assumptions.duration_of(action.type)


def test_a_call_with_retries_lists_each_attempt_and_the_next_step_when_all_go_unanswered() -> None:
    call = CallAction(retry=True, attempts=2, min_between=timedelta(hours=2))
    defn = cadence(call, SmsAction(TemplateId(1), after=timedelta(minutes=10)))
    start = datetime(2026, 3, 2, 10, 0, tzinfo=CHICAGO)  # a Monday, within every window
    first, sms = preview(defn, ACCOUNT, sample_contact(zone="America/Chicago"), start)

    prompt = timedelta(seconds=ACCOUNT.prompt_timeout_s)
    second_at = start + prompt + timedelta(hours=2)
    third_at = second_at + prompt + timedelta(hours=2)
    assert [(a.number, a.at) for a in first.attempts] == [(2, second_at), (3, third_at)]
    assert sms.at == start + timedelta(minutes=5 + 10)  # answered at the first prompt, 5 min call
    assert sms.if_missed is not None
    assert sms.if_missed.at == third_at + prompt + timedelta(minutes=10)  # missed when the last prompt ends
    assert first.if_missed is None and sms.attempts == ()


def test_a_retry_that_falls_outside_the_hours_waits_for_them() -> None:
    call = CallAction(retry=True, attempts=1, min_between=timedelta(hours=1))
    defn = cadence(call, target_hours=WeeklySchedule.daily(9 * 60, 17 * 60, range(5)))
    friday_4pm = datetime(2026, 3, 6, 16, 0, tzinfo=CHICAGO)
    (entry,) = preview(defn, ACCOUNT, sample_contact(zone="America/Chicago"), friday_4pm)

    (retry,) = entry.attempts
    assert (retry.number, retry.at) == (2, datetime(2026, 3, 9, 9, 0, tzinfo=CHICAGO))
    assert retry.reason == "Target hours closed until Mon 09:00 America/Chicago"


def test_a_call_without_retries_has_no_branches() -> None:
    defn = cadence(CallAction(), SmsAction(TemplateId(1)))
    call, sms = preview(defn, ACCOUNT, sample_contact(zone="America/Chicago"),
                        datetime(2026, 3, 2, 10, 0, tzinfo=CHICAGO))
    assert (call.attempts, sms.if_missed) == ((), None)
