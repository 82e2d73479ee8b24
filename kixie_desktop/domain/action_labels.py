"""How an action run's fields read to a person, in the Inflight/Completed tables and their
CSV export alike (so a spreadsheet shows what the screen showed)."""

from __future__ import annotations

from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.statuses import ActionStatus

STATUS_LABELS: dict[ActionStatus, str] = {s: s.value.title() for s in ActionStatus}
TYPE_LABELS: dict[ActionType, str] = {ActionType.CALL: "Call", ActionType.SMS: "SMS"}
# Outcomes the engine writes in lower case; anything else is a disposition name, shown as saved.
_ENGINE_OUTCOMES = {"sent": "Sent", "missed": "Missed", "failed": "Failed", "skipped": "Skipped",
                    "cancelled": "Cancelled", "unknown": "Unknown"}


def compact_duration(seconds: int) -> str:
    """'45s', '10m', '4h', '2d', '1h30m': the two largest units, like the article's '3 / 10m'."""
    if seconds <= 0:
        return "0m"
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts[:2])


def retry_label(max_retries: int, min_between_s: int) -> str:
    """The Max Retry / Duration cell: ``3 / 10m``; ``0 / —`` when the action never retries."""
    if max_retries <= 0:
        return "0 / —"
    return f"{max_retries} / {compact_duration(min_between_s)}"


def outcome_label(outcome: str | None) -> str:
    if not outcome:
        return ""
    return _ENGINE_OUTCOMES.get(outcome, outcome)
