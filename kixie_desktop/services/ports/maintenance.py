"""What the workspace service needs of the database as a whole."""

from __future__ import annotations

from typing import Protocol


class Maintenance(Protocol):
    def engine_running(self) -> bool:
        """True while any engine, in any process, works on this database."""
        ...

    def wipe_all(self) -> None:
        """Delete every record of the workspace in one transaction."""
        ...
