"""Passing on a call prompt: an agent skips it, or is deactivated while it is offered.

The prompt is declined for that agent only; when nobody it went to is left to answer,
the call counts as unanswered at once and the engine is woken to retry it (with the
agents still there) or record it missed, rather than waiting out the prompt timeout.
"""

from __future__ import annotations

from datetime import datetime

from kixie_desktop.domain.ids import ActionRunId, UserId
from kixie_desktop.services.ports.storage import UnitOfWork


def pass_on(uow: UnitOfWork, prompt_id: int, user_id: UserId, now: datetime) -> tuple[ActionRunId | None, bool]:
    """The run the prompt was for (None when it was no longer offered to ``user_id``), and
    whether the call is now unanswered because everyone it went to has passed."""
    run_id = uow.prompts.decline(prompt_id, user_id, now)
    if run_id is None:
        return None, False  # accepted, expired or withdrawn meanwhile: nothing to pass on
    if uow.prompts.any_open(run_id) or not uow.runs.end_prompt_now(run_id, now):
        return run_id, False
    uow.signal_due()
    return run_id, True
