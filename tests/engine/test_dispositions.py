"""engine.dispositions: rules to Continue / Stop / Forward, and Do Not Call by name."""

from __future__ import annotations

import pytest

from kixie_desktop.domain.cadence import DispositionRule, RuleAction
from kixie_desktop.domain.ids import CadenceId, DispositionId
from kixie_desktop.engine.dispositions import (
    Continue,
    DispositionDecision,
    Forward,
    Stop,
    decide,
    is_do_not_call,
)

NOT_INTERESTED, INTERESTED, NO_ANSWER, DNC = (DispositionId(n) for n in (1, 2, 3, 4))
RULES = (
    DispositionRule(NOT_INTERESTED, RuleAction.STOP),
    DispositionRule(INTERESTED, RuleAction.FORWARD, CadenceId(77)),
    DispositionRule(DNC, RuleAction.FORWARD, CadenceId(78)),
)


@pytest.mark.parametrize(
    ("disposition", "name", "expected"),
    [
        (NOT_INTERESTED, "Not Interested", DispositionDecision(Stop())),
        (INTERESTED, "Interested", DispositionDecision(Forward(CadenceId(77)))),
        (NO_ANSWER, "No Answer", DispositionDecision(Continue())),
        # Do Not Call wins over a rule that would forward the contact to more calls.
        (DNC, "Do Not Call", DispositionDecision(Stop(), do_not_call=True)),
        (DispositionId(99), "do not  CALL ", DispositionDecision(Stop(), do_not_call=True)),
    ],
)
def test_decide(disposition: DispositionId, name: str, expected: DispositionDecision) -> None:
    assert decide(RULES, disposition, name) == expected


def test_do_not_call_name_matching() -> None:
    assert is_do_not_call("DO NOT CALL")
    assert not is_do_not_call("Do Not Call Back Later")


def test_forward_rule_without_target_is_a_bug() -> None:
    with pytest.raises(ValueError):
        decide((DispositionRule(INTERESTED, RuleAction.FORWARD),), INTERESTED, "Interested")
