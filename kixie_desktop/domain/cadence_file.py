"""Cadence files (SPEC §7): a cadence's four sections as a versioned JSON document.

A file moves a cadence between workspaces (staging to production, one team to another),
so it names what it uses — queue, SMS templates, dispositions, forward targets — instead
of carrying ids that mean nothing elsewhere; the importing workspace resolves the names.
``dump`` writes a document, ``load`` reads one back, collecting **every** problem with its
JSON path before anything is written, so a person fixes the file in one go. Durations are
whole seconds, hours are per weekday ``[["09:00", "17:00"], …]``. The schema is
``docs/cadence-files.md``; ``FORMAT_VERSION`` goes up, with a reader for the older form,
whenever the document changes shape.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from kixie_desktop.domain.cadence import (
    Action,
    CadenceDefinition,
    CadenceHarassment,
    CadenceSettings,
    CallAction,
    DispositionRule,
    OwnerAssignment,
    ReplyBehavior,
    RuleAction,
    SmsAction,
    validate,
)
from kixie_desktop.domain.errors import UserFacingError, ValidationError
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.ids import CadenceId, DispositionId, QueueId, TemplateId
from kixie_desktop.domain.schedule import WEEKDAYS, DayInterval, WeeklySchedule, fmt_minute, parse_minute
from kixie_desktop.domain.wording import plural

FORMAT = "kixie-cadence"
FORMAT_VERSION = 1
_DAYS = tuple(day.lower() for day in WEEKDAYS)
T = TypeVar("T")


@dataclass(frozen=True)
class Names:
    """How the exporting workspace names what a cadence refers to."""

    queue: Callable[[QueueId], str]
    template: Callable[[TemplateId], str]
    disposition: Callable[[DispositionId], str]
    cadence: Callable[[CadenceId], str]


@dataclass(frozen=True)
class Ids:
    """What the importing workspace has, by name."""

    queues: Mapping[str, QueueId]
    templates: Mapping[str, TemplateId]
    dispositions: Mapping[str, DispositionId]
    cadences: Mapping[str, CadenceId]


class CadenceFileInvalid(ValidationError):
    """Every problem of a file, each as (JSON path, what is wrong)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(f"the cadence file has {plural(len(problems), 'problem')}: "
                         + "; ".join(f"{path}: {what}" for path, what in problems), field="file")
        self.problems = problems


def _seconds(value: timedelta) -> int | float:
    seconds = value.total_seconds()
    return int(seconds) if seconds.is_integer() else seconds


def _hours(schedule: WeeklySchedule) -> dict[str, list[list[str]]]:
    return {day: [[fmt_minute(i.start), fmt_minute(i.end)] for i in schedule.on(n)]
            for n, day in enumerate(_DAYS)}


def _limit(limit: RateLimit | None) -> dict[str, Any] | None:
    if limit is None:
        return None
    return {"count": limit.count, "per": limit.period_amount, "unit": limit.period_unit.value}


def _action(action: Action, names: Names) -> dict[str, Any]:
    if isinstance(action, CallAction):
        return {"type": "call", "after_seconds": _seconds(action.after), "retry": action.retry,
                "attempts": action.attempts, "min_between_seconds": _seconds(action.min_between)}
    return {"type": "sms", "after_seconds": _seconds(action.after), "template": names.template(action.template_id),
            "customize": action.customize, "body": action.body}


def _rule(rule: DispositionRule, names: Names) -> dict[str, Any]:
    out: dict[str, Any] = {"disposition": names.disposition(rule.disposition_id), "action": rule.action.value}
    if rule.target_cadence_id is not None:
        out["to_cadence"] = names.cadence(rule.target_cadence_id)
    return out


def dump(definition: CadenceDefinition, names: Names) -> dict[str, Any]:
    s = definition.settings
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "cadence": {
            "settings": {
                "name": s.name, "queue": names.queue(s.queue_id), "assign_owner": s.assign_owner.value,
                "use_contact_owner": s.use_contact_owner, "allow_reenrollment": s.allow_reenrollment,
                "exclusive": s.exclusive, "check_dnc": s.check_dnc,
                "reply": {"behavior": s.reply_behavior.value, "pause_seconds": _seconds(s.reply_pause)},
                "cadence_hours": _hours(s.cadence_hours), "target_hours": _hours(s.target_hours),
            },
            "actions": [_action(a, names) for a in definition.actions],
            "disposition_rules": [_rule(r, names) for r in definition.disposition_rules],
            "harassment": {"use_business_rules": definition.harassment.use_business_rules,
                           "calls": _limit(definition.harassment.rules.calls),
                           "sms": _limit(definition.harassment.rules.sms)},
        },
    }


class _Reader:
    """Reads a document, noting every problem instead of stopping at the first."""

    def __init__(self, ids: Ids) -> None:
        self.ids = ids
        self.problems: list[tuple[str, str]] = []

    def problem(self, path: str, what: str) -> None:
        self.problems.append((path, what))

    def field(self, obj: Any, key: str, path: str, kind: type[T], default: T | None = None) -> T | None:
        if not isinstance(obj, dict):
            return default
        if key not in obj:
            if default is None:
                self.problem(f"{path}.{key}", "is missing")
            return default
        value = obj[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            return value  # type: ignore[return-value]  # whole seconds are written as integers
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(f"{path}.{key}", f"must be {_KIND_WORDS.get(kind, kind.__name__)}")
            return default
        return value

    def duration(self, obj: Any, key: str, path: str) -> timedelta:
        value = self.field(obj, key, path, float)
        if value is None:
            return timedelta(0)
        if value < 0:
            self.problem(f"{path}.{key}", "cannot be negative")
            return timedelta(0)
        return timedelta(seconds=value)

    def choice(self, obj: Any, key: str, path: str, kind: type[T]) -> T | None:
        value = self.field(obj, key, path, str)
        if value is None:
            return None
        try:
            return kind(value)  # type: ignore[call-arg]
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in kind)  # type: ignore[attr-defined]
            self.problem(f"{path}.{key}", f"must be one of {allowed}, not {value!r}")
            return None

    def named(self, obj: Any, key: str, path: str, table: Mapping[str, T], what: str) -> T | None:
        name = self.field(obj, key, path, str)
        if name is None:
            return None
        if name not in table:
            self.problem(f"{path}.{key}", f"this workspace has no {what} named {name!r}")
            return None
        return table[name]

    def check(self, path: str, build: Callable[[], T]) -> T | None:
        try:
            return build()
        except UserFacingError as exc:
            self.problem(path, exc.message)
            return None


_KIND_WORDS: dict[type, str] = {str: "text", bool: "true or false", int: "a whole number", float: "a number",
                                dict: "an object", list: "a list"}


def _read_hours(r: _Reader, obj: Any, key: str, path: str) -> WeeklySchedule:
    days = r.field(obj, key, path, dict)
    here = f"{path}.{key}"
    intervals: list[DayInterval] = []
    for day in (days or {}):
        if day not in _DAYS:
            r.problem(f"{here}.{day}", f"is not a weekday ({', '.join(_DAYS)})")
    for n, day in enumerate(_DAYS):
        spans = r.field(days, day, here, list)
        for i, span in enumerate(spans or []):
            at = f"{here}.{day}[{i}]"
            if not (isinstance(span, list) and len(span) == 2):
                r.problem(at, 'must be ["HH:MM", "HH:MM"]')
                continue
            try:
                intervals.append(DayInterval(n, parse_minute(span[0]), parse_minute(span[1])))
            except UserFacingError as exc:
                r.problem(at, exc.message)
    return WeeklySchedule(tuple(intervals))


def _read_limit(r: _Reader, obj: Any, key: str, path: str) -> RateLimit | None:
    if not isinstance(obj, dict) or obj.get(key) is None:
        return None
    here = f"{path}.{key}"
    limit, unit = r.field(obj, key, path, dict), r.choice(obj[key], "unit", here, PeriodUnit)
    count, per = r.field(limit, "count", here, int), r.field(limit, "per", here, int)
    if count is None or per is None or unit is None:
        return None
    return r.check(here, lambda: RateLimit(count, per, unit))


def _read_action(r: _Reader, obj: Any, path: str) -> Action | None:
    kind = r.field(obj, "type", path, str)
    after = r.duration(obj, "after_seconds", path)
    if kind == "call":
        retry = r.field(obj, "retry", path, bool)
        attempts = r.field(obj, "attempts", path, int)
        between = r.duration(obj, "min_between_seconds", path)
        if retry is None or attempts is None:
            return None
        return CallAction(after=after, retry=retry, attempts=attempts, min_between=between)
    if kind == "sms":
        template = r.named(obj, "template", path, r.ids.templates, "SMS template")
        customize = r.field(obj, "customize", path, bool)
        body = obj.get("body") if isinstance(obj, dict) else None
        if body is not None and not isinstance(body, str):
            r.problem(f"{path}.body", "must be text or null")
            body = None
        if template is None or customize is None:
            return None
        return SmsAction(template_id=template, after=after, customize=customize, body=body)
    if kind is not None:
        r.problem(f"{path}.type", f"must be 'call' or 'sms', not {kind!r}")
    return None


def _read_rule(r: _Reader, obj: Any, path: str) -> DispositionRule | None:
    disposition = r.named(obj, "disposition", path, r.ids.dispositions, "disposition")
    action = r.choice(obj, "action", path, RuleAction)
    target = None
    if isinstance(obj, dict) and obj.get("to_cadence") is not None:
        target = r.named(obj, "to_cadence", path, r.ids.cadences, "cadence")
        if target is None:
            return None
    if disposition is None or action is None:
        return None
    return DispositionRule(disposition, action, target)


def load(document: Any, ids: Ids) -> CadenceDefinition:
    """The definition a document describes in this workspace, or ``CadenceFileInvalid``."""
    r = _Reader(ids)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise CadenceFileInvalid([("$.format", f"is not {FORMAT!r}: this is not a Kixie cadence file")])
    if document.get("version") != FORMAT_VERSION:
        raise CadenceFileInvalid([("$.version", f"{document.get('version')!r} is not a version this app "
                                                f"reads (it reads {FORMAT_VERSION})")])
    body = r.field(document, "cadence", "$", dict) or {}
    s = r.field(body, "settings", "$.cadence", dict) or {}
    sp = "$.cadence.settings"
    reply = r.field(s, "reply", sp, dict) or {}
    settings = dict(
        name=r.field(s, "name", sp, str), queue_id=r.named(s, "queue", sp, ids.queues, "queue"),
        assign_owner=r.choice(s, "assign_owner", sp, OwnerAssignment),
        use_contact_owner=r.field(s, "use_contact_owner", sp, bool),
        allow_reenrollment=r.field(s, "allow_reenrollment", sp, bool),
        exclusive=r.field(s, "exclusive", sp, bool), check_dnc=r.field(s, "check_dnc", sp, bool),
        reply_behavior=r.choice(reply, "behavior", f"{sp}.reply", ReplyBehavior),
        reply_pause=r.duration(reply, "pause_seconds", f"{sp}.reply"),
        cadence_hours=_read_hours(r, s, "cadence_hours", sp), target_hours=_read_hours(r, s, "target_hours", sp))
    actions = [_read_action(r, a, f"$.cadence.actions[{i}]")
               for i, a in enumerate(r.field(body, "actions", "$.cadence", list) or [])]
    rules = [_read_rule(r, x, f"$.cadence.disposition_rules[{i}]")
             for i, x in enumerate(r.field(body, "disposition_rules", "$.cadence", list) or [])]
    h = r.field(body, "harassment", "$.cadence", dict) or {}
    use_business = r.field(h, "use_business_rules", "$.cadence.harassment", bool)
    limits = HarassmentRules(calls=_read_limit(r, h, "calls", "$.cadence.harassment"),
                             sms=_read_limit(r, h, "sms", "$.cadence.harassment"))
    if r.problems or None in settings.values() or None in actions or None in rules or use_business is None:
        raise CadenceFileInvalid(r.problems or [("$", "is incomplete")])
    definition = CadenceDefinition(
        settings=CadenceSettings(**settings),  # type: ignore[arg-type]  # every value checked above
        actions=tuple(a for a in actions if a is not None),
        disposition_rules=tuple(x for x in rules if x is not None),
        harassment=CadenceHarassment(use_business_rules=use_business, rules=limits))
    try:
        return validate(definition)
    except ValidationError as exc:  # the rules a cadence obeys however it is written
        raise CadenceFileInvalid([(json_path(exc.field), exc.message)]) from None


_FIELD_PATHS = {"after": "after_seconds", "min_between": "min_between_seconds", "cadence": "to_cadence"}


def json_path(field: str | None) -> str:
    """A domain field ('actions[2].after', 1-based) as the file's JSON path ('$.cadence.actions[1].after_seconds')."""
    if not field:
        return "$.cadence"
    if field in ("name", "hours"):
        return f"$.cadence.settings.{field}"
    if field == "reply_pause":
        return "$.cadence.settings.reply.pause_seconds"
    found = re.fullmatch(r"(actions|disposition_rules)\[(\d+)\]\.?(\w*)", field)
    if found is None:
        return f"$.cadence.{field}"
    part = _FIELD_PATHS.get(found.group(3), found.group(3))
    return f"$.cadence.{found.group(1)}[{int(found.group(2)) - 1}]" + (f".{part}" if part else "")


def to_text(document: Mapping[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def parse_text(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CadenceFileInvalid([("$", f"is not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})")]) from None
