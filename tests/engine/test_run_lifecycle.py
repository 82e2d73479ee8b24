"""engine.run_lifecycle: every legal transition of an action run, and every other one raising."""

from __future__ import annotations

import itertools

import pytest

from kixie_desktop.domain.statuses import FINAL, INFLIGHT, ActionStatus
from kixie_desktop.engine.run_lifecycle import (
    TRANSITIONS,
    IllegalRunTransition,
    RunEvent,
    allows,
    next_status,
    sources,
    target,
)

S, E = ActionStatus, RunEvent

# The lifecycle as the SPEC and the Inflight/Completed tables describe it, written out
# independently of the module's table.
LEGAL = {
    (S.SCHEDULED, E.HELD): S.SCHEDULED,
    (S.SCHEDULED, E.DEFERRED): S.SCHEDULED,
    (S.SCHEDULED, E.RELEASED): S.SCHEDULED,
    (S.SCHEDULED, E.SEND_CLAIMED): S.PROCESSING,
    (S.SCHEDULED, E.OFFERED): S.PROCESSING,
    (S.SCHEDULED, E.RETRIED): S.SCHEDULED,
    (S.SCHEDULED, E.MISSED): S.MISSED,
    (S.SCHEDULED, E.SKIPPED): S.SKIPPED,
    (S.SCHEDULED, E.CANCELLED): S.CANCELLED,
    (S.PROCESSING, E.ACCEPTED): S.PROCESSING,
    (S.PROCESSING, E.PROMPT_CLOSED): S.PROCESSING,
    (S.PROCESSING, E.RETRIED): S.SCHEDULED,
    (S.PROCESSING, E.MISSED): S.MISSED,
    (S.PROCESSING, E.DISPOSITIONED): S.COMPLETED,
    (S.PROCESSING, E.CANCELLED): S.CANCELLED,
    (S.PROCESSING, E.SEND_STARTED): S.SENDING,
    (S.PROCESSING, E.UNCLAIMED): S.SCHEDULED,
    (S.SENDING, E.LEASE_TAKEN): S.SENDING,
    (S.SENDING, E.SENT): S.COMPLETED,
    (S.SENDING, E.RETRIED): S.SCHEDULED,
    (S.SENDING, E.FAILED): S.FAILED,
    (S.SENDING, E.UNCONFIRMED): S.UNKNOWN,
    # A person's hand on one lead.
    (S.SCHEDULED, E.RUN_NOW): S.SCHEDULED,
    (S.PROCESSING, E.WITHDRAWN): S.SCHEDULED,
    (S.UNKNOWN, E.MARKED_SENT): S.COMPLETED,
    (S.UNKNOWN, E.SENT_AGAIN): S.SCHEDULED,
}
ILLEGAL = [pair for pair in itertools.product(ActionStatus, RunEvent) if pair not in LEGAL]


def test_the_table_is_exactly_the_lifecycle() -> None:
    assert TRANSITIONS == LEGAL


@pytest.mark.parametrize(("status", "event"), list(LEGAL), ids=lambda v: v.value)
def test_legal_transition(status: ActionStatus, event: RunEvent) -> None:
    assert allows(status, event)
    assert next_status(status, event) is LEGAL[(status, event)]
    assert status in sources(event)
    assert target(event) is LEGAL[(status, event)]


@pytest.mark.parametrize(("status", "event"), ILLEGAL, ids=lambda v: v.value)
def test_illegal_transition_raises(status: ActionStatus, event: RunEvent) -> None:
    assert not allows(status, event)
    assert status not in sources(event)
    message = f"{event.value} is not allowed while the action is {status.value}"
    with pytest.raises(IllegalRunTransition, match=message):
        next_status(status, event)


def test_final_statuses_have_no_way_out_but_a_persons_decision_and_all_are_reached() -> None:
    # Unknown is final for the engine: only a person's decision (mark sent, send again) moves it.
    assert {status for status, _ in TRANSITIONS} == INFLIGHT | {S.UNKNOWN}
    assert {e for (s, e) in TRANSITIONS if s is S.UNKNOWN} == {E.MARKED_SENT, E.SENT_AGAIN}
    reached, frontier = {S.SCHEDULED}, [S.SCHEDULED]
    while frontier:
        here = frontier.pop()
        for (status, _), nxt in TRANSITIONS.items():
            if status is here and nxt not in reached:
                reached.add(nxt)
                frontier.append(nxt)
    assert reached == set(ActionStatus)
    assert FINAL <= set(TRANSITIONS.values())


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # A message being handed to the gateway may already be out: it is left to finish.
        (E.CANCELLED, {S.SCHEDULED, S.PROCESSING}),
        (E.ACCEPTED, {S.PROCESSING}),
        (E.PROMPT_CLOSED, {S.PROCESSING}),
        (E.DISPOSITIONED, {S.PROCESSING}),
        (E.HELD, {S.SCHEDULED}),
        (E.RELEASED, {S.SCHEDULED}),
        (E.RETRIED, {S.SCHEDULED, S.PROCESSING, S.SENDING}),
        (E.LEASE_TAKEN, {S.SENDING}),
        # A pause takes back only what has not reached an agent or the gateway.
        (E.WITHDRAWN, {S.PROCESSING}),
        (E.RUN_NOW, {S.SCHEDULED}),
        (E.SENT_AGAIN, {S.UNKNOWN}),
    ],
)
def test_the_guards_storage_derives(event: RunEvent, expected: set[ActionStatus]) -> None:
    assert sources(event) == expected


def test_illegal_transition_is_a_bug_not_a_user_facing_error() -> None:
    from kixie_desktop.domain.errors import KixieError, UserFacingError

    assert issubclass(IllegalRunTransition, KixieError)
    assert not issubclass(IllegalRunTransition, UserFacingError)
