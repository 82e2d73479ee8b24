"""The lifecycle table's answers the run repository's writes must respect, stated with its port.

A conditional UPDATE (accept a prompt, cancel an enrollment's runs, hold a cadence's)
keeps its ``WHERE status IN (...)``, since another engine or workstation may have moved
the row since it was read; those statuses, and the status each kind of typed change
leads to, are read here from ``engine/run_lifecycle.py``. So the SQL and the engine
state one rule, and the storage adapter, which reaches nothing of ours above the ports,
takes it from its port rather than from the engine.
"""

from __future__ import annotations

from kixie_desktop.domain.run_changes import (
    RunDispositioned,
    RunOffered,
    RunRetried,
    RunSendClaimed,
    RunSentAgain,
    RunUnclaimed,
    RunWithdrawn,
)
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.engine.run_lifecycle import RunEvent, sources, target

# The statuses from which each conditional write may start.
ACCEPTABLE: frozenset[ActionStatus] = sources(RunEvent.ACCEPTED)
PROMPT_CLOSABLE: frozenset[ActionStatus] = sources(RunEvent.PROMPT_CLOSED)
CANCELLABLE: frozenset[ActionStatus] = sources(RunEvent.CANCELLED)
HOLDABLE: frozenset[ActionStatus] = sources(RunEvent.HELD)
RELEASABLE: frozenset[ActionStatus] = sources(RunEvent.RELEASED)
# A claimed SMS moves to sending with its window only if it is still claimed (a supervisor
# may have cancelled it meanwhile, or a recovery taken it back): the hand-off's guard.
SENDABLE: frozenset[ActionStatus] = sources(RunEvent.SEND_STARTED)
SENDING: ActionStatus = target(RunEvent.SEND_STARTED)

CANCELLED: ActionStatus = target(RunEvent.CANCELLED)
# The status a kind of change writes (RunEnded carries its own; the others leave it alone).
STATUS_AFTER: dict[type, ActionStatus] = {
    RunSendClaimed: target(RunEvent.SEND_CLAIMED),
    RunUnclaimed: target(RunEvent.UNCLAIMED),
    RunOffered: target(RunEvent.OFFERED),
    RunRetried: target(RunEvent.RETRIED),
    RunDispositioned: target(RunEvent.DISPOSITIONED),
    RunWithdrawn: target(RunEvent.WITHDRAWN),
    RunSentAgain: target(RunEvent.SENT_AGAIN),
}
