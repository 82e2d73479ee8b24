"""Queues: each queue's name and its teams, chosen by checkboxes; a cadence assigns its
leads and call prompts from its queue's people. A queue keeps at least one team (the
directory service refuses an empty one). Read-only for those who may not change the directory.
"""

from __future__ import annotations

from collections.abc import Sequence

from kixie_desktop.domain.directory import Queue
from kixie_desktop.domain.ids import QueueId, TeamId
from kixie_desktop.gui.settings.named_set_page import Choice, NamedSet, NamedSetPage


def _named(queue: Queue) -> NamedSet:
    return NamedSet(queue.id, queue.name, tuple(queue.team_ids))


class QueuesPage(NamedSetPage):
    TITLE = "Queues"
    NOUN = "queue"
    CHOICES = "Teams"
    CHOICES_FIELD = "teams"
    HINT = ("A queue is the pool of people a cadence works from: its teams' active members take turns "
            "owning new leads, or all get the first call when the cadence assigns on answer.")

    def _fetch(self) -> tuple[list[NamedSet], list[Choice]]:
        directory, actor = self._ctx.directory, self._ctx.actor
        teams = [Choice(t.id, t.name) for t in directory.teams(actor)]
        return [_named(q) for q in directory.queues(actor)], teams

    def _add(self, name: str, chosen: Sequence[int]) -> NamedSet:
        return _named(self._ctx.directory.add_queue(self._ctx.actor, name, [TeamId(i) for i in chosen]))

    def _edit(self, set_id: int, name: str, chosen: Sequence[int]) -> NamedSet:
        return _named(self._ctx.directory.edit_queue(self._ctx.actor, QueueId(set_id), name=name,
                                                     team_ids=[TeamId(i) for i in chosen]))
