"""The API served on the desktop app's loop: ``ApiServer`` started on a qasync
``QEventLoop`` answers real HTTP while Qt keeps running the loop."""

from __future__ import annotations

import asyncio

import pytest
import requests

from kixie_desktop.domain.roles import Role
from kixie_desktop.api import ApiServer
from kixie_desktop.storage.database import Database
from tests.api.http_api_support import active_cadence
from tests.support.workspace import build_workspace, services_over


def test_api_server_runs_on_the_qt_loop(qapp: object, database: Database) -> None:
    qasync = pytest.importorskip("qasync")
    ws = build_workspace(database)
    cadence = active_cadence(ws)
    services = services_over(ws.store, ws.clock).api(enrolled=lambda: None)
    token = services.tokens.create(ws.admin, "qt", Role.MANAGER).token
    loop = qasync.QEventLoop(qapp)
    server = ApiServer(services)

    async def scenario() -> tuple[int, int]:
        port = await server.start("127.0.0.1", 0)
        try:
            base = f"http://127.0.0.1:{port}/api/v1"
            # The client runs on a worker thread; the loop (Qt's) must serve it meanwhile.
            health = await asyncio.to_thread(requests.get, f"{base}/health", timeout=10)
            enrolled = await asyncio.to_thread(
                requests.post, f"{base}/cadences/{cadence}/enrollments", json={"phone": "+15125550100"},
                headers={"Authorization": f"Bearer {token}"}, timeout=10)
            return health.status_code, enrolled.status_code
        finally:
            await server.stop()

    try:
        assert loop.run_until_complete(scenario()) == (200, 201)
    finally:
        loop.close()
        asyncio.set_event_loop(None)
