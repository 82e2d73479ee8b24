"""What a saved call disposition does to the enrollment (SPEC §4): continue, stop, or forward.

The rules map disposition ids to Stop Cadence or Forward to Cadence; a disposition
without a rule continues to the next action. "Do Not Call" is recognised by name,
whatever the rules say, because admins may rename or recreate dispositions but the
legal meaning of that one must not depend on a cadence having a rule for it: it
stops this enrollment and every other open one of the contact, and marks the
contact do_not_contact. The caller carries the decision out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kixie_desktop.domain.cadence import DispositionRule, RuleAction
from kixie_desktop.domain.ids import CadenceId, DispositionId

DO_NOT_CALL = "do not call"


@dataclass(frozen=True)
class Continue:
    pass


@dataclass(frozen=True)
class Stop:
    pass


@dataclass(frozen=True)
class Forward:
    target_cadence_id: CadenceId


Outcome = Continue | Stop | Forward


@dataclass(frozen=True)
class DispositionDecision:
    outcome: Outcome
    # True: stop every open enrollment of the contact and mark it do_not_contact.
    do_not_call: bool = False


def is_do_not_call(name: str) -> bool:
    """'Do Not Call', 'do not  call', ' DO NOT CALL ' all count; spacing and case do not matter."""
    return " ".join(name.split()).casefold() == DO_NOT_CALL


def decide(
    rules: Sequence[DispositionRule], disposition_id: DispositionId, disposition_name: str
) -> DispositionDecision:
    if is_do_not_call(disposition_name):
        # Forwarding a contact who asked not to be called would keep calling them.
        return DispositionDecision(Stop(), do_not_call=True)
    for rule in rules:
        if rule.disposition_id != disposition_id:
            continue
        if rule.action is RuleAction.STOP:
            return DispositionDecision(Stop())
        if rule.target_cadence_id is None:
            raise ValueError(f"forward rule for disposition {disposition_id} has no target cadence")
        return DispositionDecision(Forward(rule.target_cadence_id))
    return DispositionDecision(Continue())
