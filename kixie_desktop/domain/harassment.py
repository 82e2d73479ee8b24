"""Harassment rules: at most N touches of a kind per rolling period, per phone number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Literal

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import ActionRunId, CadenceId
from kixie_desktop.domain.wording import plural


class TouchKind(StrEnum):
    CALL = "call"
    SMS = "sms"


class PeriodUnit(StrEnum):
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"


@dataclass(frozen=True)
class RateLimit:
    """At most ``count`` touches per ``period`` (rolling window)."""

    count: int
    period_amount: int
    period_unit: PeriodUnit

    def __post_init__(self) -> None:
        if self.count < 1:
            raise ValidationError("a limit must allow at least 1 touch", field="harassment")
        if self.period_amount < 1:
            raise ValidationError("a period must be at least 1 unit long", field="harassment")

    @property
    def period(self) -> timedelta:
        return timedelta(**{self.period_unit.value: self.period_amount})

    def describe(self, noun: str, plural_noun: str | None = None) -> str:
        """'3 calls / 1 day', '1 call / 24 hours': ``noun`` is the singular ("call")."""
        unit = self.period_unit.value.removesuffix("s")
        return f"{plural(self.count, noun, plural_noun)} / {plural(self.period_amount, unit)}"


@dataclass(frozen=True)
class HarassmentRules:
    """One rule set: a call limit and an SMS limit; ``None`` means unlimited."""

    calls: RateLimit | None = None
    sms: RateLimit | None = None

    def limit_for(self, kind: TouchKind) -> RateLimit | None:
        return self.calls if kind is TouchKind.CALL else self.sms


@dataclass(frozen=True, slots=True)
class NewTouch:
    """A call or SMS to a number, to record: what the limits above count."""

    phone: str
    kind: TouchKind
    at: datetime
    source: Literal["cadence", "manual"]
    action_run_id: ActionRunId | None
    cadence_id: CadenceId | None
