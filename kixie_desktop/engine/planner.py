"""From a cadence version, an account and a contact to a ``DueRequest``: the glue
between the domain values and ``due_time.compute_due``.

The engine (at enrollment, after each action, at execution) and the timeline
preview both plan through here, so a preview shows exactly what will run. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

from kixie_desktop.domain.cadence import Action, CadenceDefinition, CallAction
from kixie_desktop.domain.directory import Account, Contact
from kixie_desktop.domain.harassment import HarassmentRules, RateLimit, TouchKind
from kixie_desktop.domain.holidays import YearlyHoliday
from kixie_desktop.engine.compliance import HolidayCalendar
from kixie_desktop.engine.due_time import DueDecision, DueNow, DueRequest, compute_due
from kixie_desktop.engine.harassment import NamedLimit


def kind_of(action: Action) -> TouchKind:
    return TouchKind.CALL if isinstance(action, CallAction) else TouchKind.SMS


def rules_for(account: Account, definition: CadenceDefinition) -> HarassmentRules:
    """The cadence's toggle "Use Business Harassment Rules" picks the rule set."""
    return account.harassment if definition.harassment.use_business_rules else definition.harassment.rules


def limits_for(account: Account, definition: CadenceDefinition, kind: TouchKind) -> tuple[NamedLimit, ...]:
    limit = rules_for(account, definition).limit_for(kind)
    if limit is None:
        return ()
    # The engine asks for every run it checks, with the same few rule objects: keyed by
    # identity (hashing the dataclass cost more than the rest), the entry keeps its object
    # alive so that the id cannot be reused while it is cached.
    entry = _NAMED.get((id(limit), kind))
    if entry is None or entry[0] is not limit:
        if len(_NAMED) > 1024:
            _NAMED.clear()
        named = limit.describe("call") if kind is TouchKind.CALL else limit.describe("SMS", "SMS")
        entry = _NAMED[(id(limit), kind)] = (limit, (NamedLimit(limit, f"Harassment rule {named}"),))
    return entry[1]


_NAMED: dict[tuple[int, TouchKind], tuple[RateLimit, tuple[NamedLimit, ...]]] = {}


@lru_cache(maxsize=64)
def _calendar_of(days: tuple[date, ...], yearly: tuple[YearlyHoliday, ...]) -> HolidayCalendar:
    # One calendar object per distinct list: it compiles its closed days once, on first use.
    return HolidayCalendar.of(days, yearly)


def _calendar(days: tuple[date, ...], yearly: tuple[YearlyHoliday, ...]) -> HolidayCalendar:
    # Asked for every run of a batch with the same account's tuples: keyed by identity first
    # (hashing a list of holidays cost more than the rest of building the request), the
    # entry keeping its tuples alive so that an id cannot be reused while it is cached.
    entry = _CALENDARS.get((id(days), id(yearly)))
    if entry is None or entry[0] is not days or entry[1] is not yearly:
        if len(_CALENDARS) > 256:
            _CALENDARS.clear()
        entry = _CALENDARS[(id(days), id(yearly))] = (days, yearly, _calendar_of(days, yearly))
    return entry[2]


_CALENDARS: dict[tuple[int, int], tuple[tuple[date, ...], tuple[YearlyHoliday, ...], HolidayCalendar]] = {}


def longest_window(account: Account, definition: CadenceDefinition) -> timedelta:
    """How far back touches matter for this cadence (the longest rate-limit period, 24 h for
    the compliance caps)."""
    rules = rules_for(account, definition)
    periods = [lim.period for lim in (rules.calls, rules.sms) if lim is not None]
    return max([timedelta(hours=24), *periods])


def due_request(account: Account, definition: CadenceDefinition, action: Action, contact: Contact,
                base: datetime, touches: Sequence[datetime], *, after: timedelta | None = None) -> DueRequest:
    settings = definition.settings
    kind = kind_of(action)
    return DueRequest(
        base=base,
        after=action.after if after is None else after,
        kind=kind,
        cadence_hours=settings.cadence_hours,
        account_zone=account.timezone,
        target_hours=settings.target_hours,
        contact_phone=contact.phone,
        contact_zone=contact.timezone,
        holidays=_calendar(account.holidays, account.yearly_holidays),
        quiet_hours_guard=account.quiet_hours_guard,
        compliance=account.compliance_profiles,
        do_not_contact=contact.do_not_contact,
        sms_opt_out=contact.sms_opt_out,
        check_dnc=settings.check_dnc,
        touches=tuple(touches),
        limits=limits_for(account, definition, kind),
    )


def plan_step(account: Account, definition: CadenceDefinition, step: int, contact: Contact,
              base: datetime, touches: Sequence[datetime], now: datetime) -> DueDecision:
    """When step ``step`` (0-based) may run, counting its After delay from ``base``."""
    action = definition.actions[step]
    return compute_due(due_request(account, definition, action, contact, base, touches), now)


def check_now(account: Account, definition: CadenceDefinition, step: int, contact: Contact,
              touches: Sequence[datetime], now: datetime, *, due_now: DueNow | None = None) -> DueDecision:
    """At execution: may the action run right now (its delay already served)? A batch passes
    its ``DueNow`` so that hours shared by its runs are looked at once."""
    action = definition.actions[step]
    req = due_request(account, definition, action, contact, now, touches, after=timedelta(0))
    return due_now(req) if due_now is not None else compute_due(req, now)
