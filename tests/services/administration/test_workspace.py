"""Resetting a workspace, on SQLite and PostgreSQL: admins only, the name typed, and never
while an engine — in this process or another — holds the database."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kixie_desktop.domain.errors import Conflict, PermissionDenied, ValidationError
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.engine_lock import EngineLock
from kixie_desktop.storage.models import AccountRow, CadenceRow
from tests.support.workspace import Workspace, services_over


def test_reset_needs_an_admin_the_name_and_no_engine(ws: Workspace, database: Database) -> None:
    services = services_over(ws.store, ws.clock)
    ws.cadences.create(ws.manager, ws.definition())
    with pytest.raises(PermissionDenied):
        services.workspace.reset(ws.manager, "Acme Solar")
    with pytest.raises(ValidationError, match="type the workspace's name, 'Acme Solar'") as wrong:
        services.workspace.reset(ws.admin, "acme")
    assert wrong.value.field == "confirm"
    engine = EngineLock(database)
    engine.acquire()
    try:
        with pytest.raises(Conflict, match="an engine is running"):
            services.workspace.reset(ws.admin, "Acme Solar")
    finally:
        engine.release()
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(CadenceRow)) == 1

    services.workspace.reset(ws.admin, " Acme Solar ")
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(AccountRow)) == 0
        assert s.scalar(select(func.count()).select_from(CadenceRow)) == 0
