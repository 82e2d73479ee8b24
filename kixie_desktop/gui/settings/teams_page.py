"""Teams: each team's name and its members, chosen by checkboxes from the active users. A
deactivated member stays listed (marked Deactivated) until someone unticks them; nobody
deactivated can be added. Read-only for those who may not change the directory.
"""

from __future__ import annotations

from collections.abc import Sequence

from kixie_desktop.domain.directory import Team
from kixie_desktop.domain.ids import TeamId, UserId
from kixie_desktop.gui.settings.named_set_page import Choice, NamedSet, NamedSetPage


def _named(team: Team) -> NamedSet:
    return NamedSet(team.id, team.name, tuple(team.member_ids))


class TeamsPage(NamedSetPage):
    TITLE = "Teams"
    NOUN = "team"
    CHOICES = "Members"
    CHOICES_FIELD = "members"
    HINT = "A team is a group of people; queues are made of teams, and a cadence's calls go to its queue's people."

    def _fetch(self) -> tuple[list[NamedSet], list[Choice]]:
        directory, actor = self._ctx.directory, self._ctx.actor
        people = [Choice(u.id, u.full_name or u.email, u.email, retired=not u.active)
                  for u in directory.users(actor)]
        return [_named(t) for t in directory.teams(actor)], people

    def _add(self, name: str, chosen: Sequence[int]) -> NamedSet:
        return _named(self._ctx.directory.add_team(self._ctx.actor, name, [UserId(i) for i in chosen]))

    def _edit(self, set_id: int, name: str, chosen: Sequence[int]) -> NamedSet:
        return _named(self._ctx.directory.edit_team(self._ctx.actor, TeamId(set_id), name=name,
                                                    member_ids=[UserId(i) for i in chosen]))
