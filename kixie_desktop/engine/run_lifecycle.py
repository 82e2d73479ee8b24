"""The action-run lifecycle: one table of what may happen to a run in each status.

h11 style, like ``call_state``: every status change an action run goes through —
by the engine, an agent's PowerCall or a supervisor's service — is a ``RunEvent``,
and ``TRANSITIONS`` says which status it leads to from which status. Anything the
table does not list raises ``IllegalRunTransition``: a run is never silently moved
out of a final status, nor sent while an agent holds it. The one final status with a way
out is ``unknown``, and only by a person's decision (mark it sent, or send it again). The storage adapter derives
its concurrency guards (``WHERE status IN ...``) from ``sources``, so the SQL and
the engine cannot disagree about where an event may start. Pure: no I/O, no clock.
"""

from __future__ import annotations

import enum

from kixie_desktop.domain.errors import KixieError
from kixie_desktop.domain.statuses import ActionStatus


class RunEvent(enum.Enum):
    """What can happen to an action run, named as the fact it records."""

    HELD = "held"  # kept, not run, until something changes (cadence off, paused, zone unknown)
    DEFERRED = "deferred"  # due later: hours, a harassment limit, a pause with an end
    RELEASED = "released"  # looked at again (cadence back on, the contact changed)
    SEND_CLAIMED = "send_claimed"  # an engine took the SMS to send, checked it and counted its touch
    SEND_STARTED = "send_started"  # its window is being handed to the gateway
    UNCLAIMED = "unclaimed"  # its engine died before handing it over: due again, never sent
    OFFERED = "offered"  # call prompts went out to the available agents
    ACCEPTED = "accepted"  # one agent won the prompt
    PROMPT_CLOSED = "prompt_closed"  # every agent it went to declined: the deadline is now
    RETRIED = "retried"  # another attempt later (unanswered call, busy gateway)
    LEASE_TAKEN = "lease_taken"  # an engine took over a send whose engine died
    SENT = "sent"  # the gateway accepted the SMS
    DISPOSITIONED = "dispositioned"  # the agent saved the call's outcome
    MISSED = "missed"  # the call's last attempt went unanswered
    FAILED = "failed"  # the gateway refused the SMS, or kept failing
    SKIPPED = "skipped"  # Do Not Call / opted out at execution
    CANCELLED = "cancelled"  # its enrollment ended or a person cancelled it
    UNCONFIRMED = "unconfirmed"  # a crashed send the gateway cannot account for
    # A person's hand on one lead (services/leads, services/supervision):
    RUN_NOW = "run_now"  # due at once (every window and limit still applies when it comes due)
    WITHDRAWN = "withdrawn"  # its enrollment was paused before an agent took the call or the text left
    MARKED_SENT = "marked_sent"  # an Unknown SMS a person checked: it did go out
    SENT_AGAIN = "sent_again"  # an Unknown SMS a person checked: it did not; send it once more


class IllegalRunTransition(KixieError):
    """An event the run's current status does not allow: a bug, never a user's mistake."""


_S = ActionStatus
_E = RunEvent

# (status, event) -> next status. Anything absent is illegal. Self-loops are changes that
# leave the status alone (a hold, a deferral, a taken lease) but are still only legal
# from where the table says: a deferral of a run being sent would lose the send.
TRANSITIONS: dict[tuple[ActionStatus, RunEvent], ActionStatus] = {
    (_S.SCHEDULED, _E.HELD): _S.SCHEDULED,
    (_S.SCHEDULED, _E.DEFERRED): _S.SCHEDULED,
    (_S.SCHEDULED, _E.RELEASED): _S.SCHEDULED,
    # An SMS is claimed (processing, leased) when it is checked, and moves to sending only
    # with its window of at most N, just before the hand-off: a crash leaves at most N to
    # decide, and a claimed one, which never left, goes back to due (decision 30).
    (_S.SCHEDULED, _E.SEND_CLAIMED): _S.PROCESSING,
    (_S.SCHEDULED, _E.OFFERED): _S.PROCESSING,
    # Nobody available to offer the call to: the attempt is spent without a prompt.
    (_S.SCHEDULED, _E.RETRIED): _S.SCHEDULED,
    (_S.SCHEDULED, _E.MISSED): _S.MISSED,
    (_S.SCHEDULED, _E.SKIPPED): _S.SKIPPED,
    (_S.SCHEDULED, _E.CANCELLED): _S.CANCELLED,
    (_S.PROCESSING, _E.ACCEPTED): _S.PROCESSING,
    (_S.PROCESSING, _E.PROMPT_CLOSED): _S.PROCESSING,
    (_S.PROCESSING, _E.RETRIED): _S.SCHEDULED,
    (_S.PROCESSING, _E.MISSED): _S.MISSED,
    (_S.PROCESSING, _E.DISPOSITIONED): _S.COMPLETED,
    (_S.PROCESSING, _E.CANCELLED): _S.CANCELLED,
    (_S.PROCESSING, _E.SEND_STARTED): _S.SENDING,
    (_S.PROCESSING, _E.UNCLAIMED): _S.SCHEDULED,
    # No CANCELLED from SENDING: the message may already be out; it finishes, then ends.
    (_S.SENDING, _E.LEASE_TAKEN): _S.SENDING,
    (_S.SENDING, _E.SENT): _S.COMPLETED,
    (_S.SENDING, _E.RETRIED): _S.SCHEDULED,
    (_S.SENDING, _E.FAILED): _S.FAILED,
    (_S.SENDING, _E.UNCONFIRMED): _S.UNKNOWN,
    (_S.SCHEDULED, _E.RUN_NOW): _S.SCHEDULED,
    # A call offered but not yet accepted, or an SMS claimed but not yet handed over: a pause
    # takes it back (the prompt closes; the claim's window refuses it, so it is never sent).
    # An accepted call or an SMS being sent is past taking back, and finishes.
    (_S.PROCESSING, _E.WITHDRAWN): _S.SCHEDULED,
    (_S.UNKNOWN, _E.MARKED_SENT): _S.COMPLETED,
    (_S.UNKNOWN, _E.SENT_AGAIN): _S.SCHEDULED,
}

_SOURCES: dict[RunEvent, frozenset[ActionStatus]] = {
    event: frozenset(s for (s, e) in TRANSITIONS if e is event) for event in RunEvent
}
_TARGETS: dict[RunEvent, frozenset[ActionStatus]] = {
    event: frozenset(t for (_, e), t in TRANSITIONS.items() if e is event) for event in RunEvent
}


def next_status(status: ActionStatus, event: RunEvent) -> ActionStatus:
    """The status ``event`` leads to from ``status``; raise ``IllegalRunTransition`` if the
    table does not allow it."""
    try:
        return TRANSITIONS[(status, event)]
    except KeyError:
        raise IllegalRunTransition(
            f"{event.value} is not allowed while the action is {status.value}"
        ) from None


def allows(status: ActionStatus, event: RunEvent) -> bool:
    return (status, event) in TRANSITIONS


def sources(event: RunEvent) -> frozenset[ActionStatus]:
    """The statuses from which ``event`` is legal: the guard of a conditional UPDATE."""
    return _SOURCES[event]


def target(event: RunEvent) -> ActionStatus:
    """The status ``event`` leads to. Each event leads to one status wherever it starts,
    so a bulk write can set it without reading the row first."""
    [status] = _TARGETS[event]
    return status
