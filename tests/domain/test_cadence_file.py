"""Cadence files at the document level: any definition round-trips exactly, and a bad file
is answered with every problem and its JSON path."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.cadence import (
    CadenceDefinition,
    CadenceHarassment,
    CadenceSettings,
    CallAction,
    DispositionRule,
    OwnerAssignment,
    ReplyBehavior,
    RuleAction,
    SmsAction,
)
from kixie_desktop.domain.cadence_file import CadenceFileInvalid, Ids, Names, dump, load, parse_text, to_text
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.ids import CadenceId, DispositionId, QueueId, TemplateId
from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule

NAMES = Names(lambda q: f"Queue {q}", lambda t: f"Template {t}", lambda d: f"Disposition {d}",
              lambda c: f"Cadence {c}")
IDS = Ids(queues={f"Queue {n}": QueueId(n) for n in range(1, 4)},
          templates={f"Template {n}": TemplateId(n) for n in range(1, 4)},
          dispositions={f"Disposition {n}": DispositionId(n) for n in range(1, 6)},
          cadences={f"Cadence {n}": CadenceId(n) for n in range(1, 4)})

seconds = st.integers(0, 90 * 86400).map(lambda s: timedelta(seconds=s))
hours = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 1439), st.integers(1, 1440))
                 .filter(lambda t: t[1] < t[2]), max_size=6).map(
    lambda spans: WeeklySchedule(tuple(DayInterval(*t) for t in spans)))
calls = st.builds(lambda after, retry, attempts, between: CallAction(after, retry, attempts if retry else 0, between),
                  seconds, st.booleans(), st.integers(1, 50), seconds)
sms = st.builds(lambda t, after, custom, body: SmsAction(TemplateId(t), after, custom, body if custom else None),
                st.integers(1, 3), seconds, st.booleans(), st.text(min_size=1, max_size=40).filter(str.strip))
limits = st.none() | st.builds(RateLimit, st.integers(1, 20), st.integers(1, 30), st.sampled_from(PeriodUnit))
rules = st.lists(st.tuples(st.integers(1, 5), st.sampled_from(RuleAction), st.integers(1, 3)),
                 max_size=5, unique_by=lambda r: r[0]).map(lambda rs: tuple(
                     DispositionRule(DispositionId(d), a, CadenceId(c) if a is RuleAction.FORWARD else None)
                     for d, a, c in rs))
definitions = st.builds(
    lambda name, queue, owner, flags, reply, pause, ch, th, actions, rules, business, call_limit, sms_limit:
    CadenceDefinition(
        CadenceSettings(name, QueueId(queue), owner, *flags, cadence_hours=ch, target_hours=th,
                        reply_behavior=reply, reply_pause=pause + timedelta(seconds=1)),
        tuple(actions), rules, CadenceHarassment(business, HarassmentRules(call_limit, sms_limit))),
    st.text(min_size=1, max_size=40).map(str.strip).filter(bool), st.integers(1, 3), st.sampled_from(OwnerAssignment),
    st.tuples(st.booleans(), st.booleans()), st.sampled_from(ReplyBehavior), seconds, hours, hours,
    st.lists(calls | sms, max_size=6), rules, st.booleans(), limits, limits)


@given(definitions)
def test_any_cadence_round_trips_exactly_through_its_file(definition: CadenceDefinition) -> None:
    document = dump(definition, NAMES)
    text = to_text(document)
    assert load(parse_text(text), IDS) == definition
    assert to_text(dump(load(parse_text(text), IDS), NAMES)) == text


def _problems(document: Any) -> list[tuple[str, str]]:
    with pytest.raises(CadenceFileInvalid) as refused:
        load(document, IDS)
    assert refused.value.field == "file"
    return refused.value.problems


def test_every_problem_is_reported_with_its_json_path() -> None:
    document = dump(CadenceDefinition(
        CadenceSettings("Inbound", QueueId(1)),
        (SmsAction(TemplateId(1)), CallAction(retry=True, attempts=2)),
        (DispositionRule(DispositionId(1), RuleAction.STOP),)), NAMES)
    body = document["cadence"]
    body["settings"]["queue"] = "Nobody's queue"
    body["settings"]["target_hours"]["funday"] = []
    body["settings"]["cadence_hours"]["monday"] = [["09:00", "7pm"]]
    body["actions"][0]["template"] = "Welcom"
    body["actions"][1]["after_seconds"] = -5
    body["actions"].append({"type": "fax"})
    body["disposition_rules"][0]["action"] = "explode"
    body["harassment"]["sms"] = {"count": 0, "per": 1, "unit": "days"}
    del body["settings"]["check_dnc"]

    assert dict(_problems(document)) == {
        "$.cadence.settings.queue": "this workspace has no queue named \"Nobody's queue\"",
        "$.cadence.settings.check_dnc": "is missing",
        "$.cadence.settings.cadence_hours.monday[0]": "time '7pm' must look like HH:MM",
        "$.cadence.settings.target_hours.funday": (
            "is not a weekday (monday, tuesday, wednesday, thursday, friday, saturday, sunday)"),
        "$.cadence.actions[0].template": "this workspace has no SMS template named 'Welcom'",
        "$.cadence.actions[1].after_seconds": "cannot be negative",
        "$.cadence.actions[2].type": "must be 'call' or 'sms', not 'fax'",
        "$.cadence.actions[2].after_seconds": "is missing",
        "$.cadence.disposition_rules[0].action": "must be one of 'stop', 'forward', not 'explode'",
        "$.cadence.harassment.sms": "a limit must allow at least 1 touch",
    }


def test_the_cadence_rules_answer_with_the_files_path() -> None:
    document = dump(CadenceDefinition(CadenceSettings("Inbound", QueueId(1)), (CallAction(retry=True, attempts=2),)),
                    NAMES)
    document["cadence"]["actions"][0]["attempts"] = 99
    assert _problems(document) == [("$.cadence.actions[0].attempts",
                                    "action 1: Attempts must be 1-50 when Retry is Yes")]


@pytest.mark.parametrize(("document", "path"), [
    ({"format": "something-else"}, "$.format"), ([], "$.format"),
    ({"format": "kixie-cadence", "version": 2}, "$.version"),
    ({"format": "kixie-cadence", "version": 1}, "$.cadence"),
])
def test_a_file_that_is_not_a_cadence_is_refused_at_the_top(document: Any, path: str) -> None:
    assert _problems(document)[0][0] == path


def test_text_that_is_not_json_says_where() -> None:
    with pytest.raises(CadenceFileInvalid, match=r"\$: is not JSON \(line 2, column 1"):
        parse_text('{"format":\n}')
