"""A cadence version: settings, actions, disposition rules and harassment rules.

Every save of a cadence creates a new immutable ``CadenceDefinition``; enrollments
are pinned to the version current when they were made. ``validate`` holds the
rules that need no database; the service adds the ones that do (unique name,
queue and template exist, forward targets alive).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from enum import StrEnum

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.harassment import HarassmentRules
from kixie_desktop.domain.ids import CadenceId, DispositionId, QueueId, TemplateId
from kixie_desktop.domain.schedule import WeeklySchedule

MAX_NAME = 120


class OwnerAssignment(StrEnum):
    ROUND_ROBIN = "round_robin"  # "Auto-Assign from Queue"
    ON_ANSWER = "on_answer"  # "Assign from Queue on Answer"


class ReplyBehavior(StrEnum):
    """What an inbound SMS reply does to the contact's enrollment (SPEC §10)."""

    STOP = "stop"
    PAUSE = "pause"
    CONTINUE = "continue"


class ActionType(StrEnum):
    CALL = "call"
    SMS = "sms"


class RuleAction(StrEnum):
    STOP = "stop"  # "Stop Cadence"
    FORWARD = "forward"  # "Forward to Cadence"


@dataclass(frozen=True)
class CadenceSettings:
    name: str
    queue_id: QueueId
    assign_owner: OwnerAssignment = OwnerAssignment.ROUND_ROBIN
    use_contact_owner: bool = True
    allow_reenrollment: bool = False
    cadence_hours: WeeklySchedule = field(default_factory=WeeklySchedule.always)
    target_hours: WeeklySchedule = field(default_factory=WeeklySchedule.always)
    exclusive: bool = False
    check_dnc: bool = True
    reply_behavior: ReplyBehavior = ReplyBehavior.STOP
    reply_pause: timedelta = timedelta(days=1)


@dataclass(frozen=True)
class CallAction:
    after: timedelta = timedelta(0)
    retry: bool = False
    attempts: int = 0
    min_between: timedelta = timedelta(0)

    @property
    def type(self) -> ActionType:
        return ActionType.CALL

    @property
    def max_retries(self) -> int:
        return self.attempts if self.retry else 0


@dataclass(frozen=True)
class SmsAction:
    template_id: TemplateId
    after: timedelta = timedelta(0)
    customize: bool = False
    body: str | None = None  # the edited text when ``customize`` is on

    @property
    def type(self) -> ActionType:
        return ActionType.SMS

    @property
    def max_retries(self) -> int:
        return 0


Action = CallAction | SmsAction


@dataclass(frozen=True)
class DispositionRule:
    disposition_id: DispositionId
    action: RuleAction
    target_cadence_id: CadenceId | None = None


@dataclass(frozen=True)
class CadenceHarassment:
    use_business_rules: bool = True
    rules: HarassmentRules = field(default_factory=HarassmentRules)


@dataclass(frozen=True)
class CadenceDefinition:
    settings: CadenceSettings
    actions: tuple[Action, ...] = ()
    disposition_rules: tuple[DispositionRule, ...] = ()
    harassment: CadenceHarassment = field(default_factory=CadenceHarassment)


MAX_ATTEMPTS = 50


def validate(defn: CadenceDefinition, *, cadence_id: CadenceId | None = None) -> CadenceDefinition:
    """Check everything that needs no database; return the definition with a trimmed name."""
    name = defn.settings.name.strip()
    if not name:
        raise ValidationError("a cadence needs a name", field="name")
    if len(name) > MAX_NAME:
        raise ValidationError(f"name is longer than {MAX_NAME} characters", field="name")
    if defn.settings.reply_pause <= timedelta(0) and defn.settings.reply_behavior is ReplyBehavior.PAUSE:
        raise ValidationError("a reply pause must be longer than zero", field="reply_pause")
    for n, action in enumerate(defn.actions, start=1):
        if action.after < timedelta(0):
            raise ValidationError(f"action {n}: After cannot be negative", field=f"actions[{n}].after")
        if isinstance(action, CallAction):
            if action.retry and not 1 <= action.attempts <= MAX_ATTEMPTS:
                raise ValidationError(
                    f"action {n}: Attempts must be 1-{MAX_ATTEMPTS} when Retry is Yes",
                    field=f"actions[{n}].attempts",
                )
            if action.min_between < timedelta(0):
                raise ValidationError(
                    f"action {n}: Min. Duration Between Attempts cannot be negative",
                    field=f"actions[{n}].min_between",
                )
        elif action.customize and not (action.body or "").strip():
            raise ValidationError(
                f"action {n}: a customized message cannot be empty", field=f"actions[{n}].body"
            )
    seen: set[DispositionId] = set()
    for n, rule in enumerate(defn.disposition_rules, start=1):
        if rule.disposition_id in seen:
            raise ValidationError(
                f"disposition rule {n}: that disposition already has a rule",
                field=f"disposition_rules[{n}].disposition",
            )
        seen.add(rule.disposition_id)
        if rule.action is RuleAction.FORWARD:
            if rule.target_cadence_id is None:
                raise ValidationError(
                    f"disposition rule {n}: choose the cadence to forward to",
                    field=f"disposition_rules[{n}].cadence",
                )
            if cadence_id is not None and rule.target_cadence_id == cadence_id:
                raise ValidationError(
                    f"disposition rule {n}: a cadence cannot forward to itself",
                    field=f"disposition_rules[{n}].cadence",
                )
        elif rule.target_cadence_id is not None:
            raise ValidationError(
                f"disposition rule {n}: only Forward to Cadence takes a target cadence",
                field=f"disposition_rules[{n}].cadence",
            )
    if defn.settings.name == name:
        return defn
    return replace(defn, settings=replace(defn.settings, name=name))
