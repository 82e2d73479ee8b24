"""The workspace as a whole: create it on an empty database, and reset it (wipe every record).

A reset is the one operation that can lose a team's work at a keystroke, so it is guarded
here, where every front end passes: only an admin may, only while no engine works on the
database (in this process or any other — an engine reading a wiped database would act on
nothing and its writes would fail half-way), and only when the person typed the
workspace's name, which says they know which workspace they are wiping.
"""

from __future__ import annotations

from kixie_desktop.domain.directory import Account, User
from kixie_desktop.domain.email_addresses import normalise_email
from kixie_desktop.domain.errors import Conflict, ValidationError
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.maintenance import Maintenance
from kixie_desktop.services.ports.storage import Store


class WorkspaceService(Service):
    def __init__(self, store: Store, clock: Clock, accounts: AccountService, maintenance: Maintenance) -> None:
        super().__init__(store, clock)
        self._accounts, self._maintenance = accounts, maintenance

    def create(self, name: str, time_zone: str, admin_name: str, admin_email: str) -> tuple[Account, User]:
        """The account, its first admin and the default dispositions, on an empty database."""
        first, _, last = admin_name.strip().partition(" ")
        if not first:
            raise ValidationError("the first admin needs a name", field="admin_name")
        email = normalise_email(admin_email, field="admin_email")
        return self._accounts.bootstrap(name, time_zone, first, email, admin_last_name=last.strip())

    def reset(self, actor: Actor, typed_name: str) -> None:
        """Delete every record of the workspace; ``typed_name`` must be its name."""
        require(actor, Permission.RESET_WORKSPACE)
        account = self._accounts.get(actor)
        if typed_name.strip() != account.name:
            raise ValidationError(f"type the workspace's name, {account.name!r}, to confirm", field="confirm")
        if self._maintenance.engine_running():
            raise Conflict("an engine is running on this database (the desktop app or `kixie-desktop "
                           "engine`): stop it, then reset", field="engine")
        self._maintenance.wipe_all()
