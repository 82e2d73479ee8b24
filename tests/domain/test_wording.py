"""Counts and articles: one noun agrees with its count everywhere a person reads one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import kixie_desktop
from kixie_desktop.domain.harassment import PeriodUnit, RateLimit
from kixie_desktop.domain.wording import noun_for, plural, with_article


@pytest.mark.parametrize(("count", "noun", "plural_noun", "expected"), [
    (0, "action", None, "0 actions"),
    (1, "action", None, "1 action"),
    (2, "action", None, "2 actions"),
    (12_345, "action", None, "12,345 actions"),
    (1, "delivery", "deliveries", "1 delivery"),
    (3, "delivery", "deliveries", "3 deliveries"),
    (1, "SMS", "SMS", "1 SMS"),
    (2, "SMS", "SMS", "2 SMS"),
    (-1, "day", None, "-1 days"),
])
def test_plural_agrees_with_the_count(count: int, noun: str, plural_noun: str | None, expected: str) -> None:
    assert plural(count, noun, plural_noun) == expected
    assert expected.endswith(noun_for(count, noun, plural_noun))


@pytest.mark.parametrize(("word", "expected"), [
    ("agent", "an agent"), ("admin", "an admin"), ("manager", "a manager"),
    ("supervisor", "a supervisor"), ("hour", "an hour"), ("SMS", "an SMS"),
    ("user", "a user"), ("one-off", "a one-off"), ("call", "a call"),
])
def test_with_article_goes_by_the_sound(word: str, expected: str) -> None:
    assert with_article(word) == expected


@pytest.mark.parametrize(("limit", "noun", "plural_noun", "expected"), [
    (RateLimit(1, 1, PeriodUnit.DAYS), "call", None, "1 call / 1 day"),
    (RateLimit(3, 24, PeriodUnit.HOURS), "call", None, "3 calls / 24 hours"),
    (RateLimit(2, 1, PeriodUnit.MINUTES), "SMS", "SMS", "2 SMS / 1 minute"),
    (RateLimit(1, 90, PeriodUnit.MINUTES), "SMS", "SMS", "1 SMS / 90 minutes"),
])
def test_a_rate_limit_reads_right_at_one(limit: RateLimit, noun: str, plural_noun: str | None,
                                        expected: str) -> None:
    assert limit.describe(noun, plural_noun) == expected


def test_no_string_in_the_gui_hedges_a_plural_with_parentheses() -> None:
    """'event(s)', 'cadence(s)': say the count's own word with ``plural`` instead."""
    package = Path(kixie_desktop.__file__).parent
    hedged = []
    for path in (package / "gui").rglob("*.py"):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "(s)" in node.value:
                hedged.append(f"{path.relative_to(package)}:{node.lineno}: {node.value!r}")
    assert hedged == []
