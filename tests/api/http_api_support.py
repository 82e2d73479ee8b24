"""The enrollment API served for real: ``ApiThread`` (an ``ApiServer`` on its own asyncio loop),
bound to 127.0.0.1 on a free port, driven with ``requests`` over real HTTP.

``ApiClient.call`` holds every answer to the OpenAPI document: the status must be
documented for the operation, and the JSON body must validate against its schema.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests

from kixie_desktop.domain.roles import Role
from kixie_desktop.api import ApiServer, ApiThread
from kixie_desktop.api.openapi import document
from kixie_desktop.services.administration.api_tokens import ApiTokenService
from kixie_desktop.services.ports.storage import Store, UnitOfWork
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.store import SqlStore
from tests.api.json_schema_subset import errors
from tests.support.workspace import Workspace, build_workspace, services_over

DOC = document()
_TEMPLATES = [(re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", p) + "$"), p) for p in DOC["paths"]]


def operation(method: str, path: str) -> dict[str, Any] | None:
    for pattern, template in _TEMPLATES:
        if pattern.match(path):
            return DOC["paths"][template].get(method.lower())  # type: ignore[no-any-return]
    return None


class ThreadRecordingStore:
    """Wraps the store and notes which threads open units of work (never the loop's)."""

    def __init__(self, inner: SqlStore) -> None:
        self._inner = inner
        self.db = inner.db  # what the composition root builds the maintenance port over
        self.threads: set[str] = set()

    def write(self) -> AbstractContextManager[UnitOfWork]:
        self.threads.add(threading.current_thread().name)
        return self._inner.write()

    def read(self) -> AbstractContextManager[UnitOfWork]:
        self.threads.add(threading.current_thread().name)
        return self._inner.read()


@dataclass
class ApiClient:
    base: str
    token: str
    session: requests.Session = field(default_factory=requests.Session)

    def call(self, method: str, path: str, *, token: str | None = "default", check: bool = True,
             **kwargs: Any) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}))
        token = self.token if token == "default" else token
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        response = self.session.request(method, self.base + path, headers=headers, timeout=30, **kwargs)
        if check:
            check_against_document(method, path.split("?")[0], response)
        return response


def check_against_document(method: str, path: str, response: requests.Response) -> None:
    assert response.headers["Content-Type"].startswith("application/json"), response.text[:200]
    body = response.json()
    assert response.status_code < 500, body
    op = operation(method, path)
    if op is None:  # an unknown URL or method: still a JSON error
        schema: dict[str, Any] = {"$ref": "#/components/schemas/Error"}
    else:
        documented = op["responses"]
        assert str(response.status_code) in documented, (
            f"{method} {path} answered {response.status_code}, not documented: {sorted(documented)}")
        schema = documented[str(response.status_code)]["content"]["application/json"]["schema"]
    problems = errors(body, schema, DOC)
    assert not problems, problems
    if response.status_code >= 400:
        assert "\n" not in body["error"]["message"] and "Traceback" not in body["error"]["message"]


@dataclass
class Api:
    ws: Workspace
    client: ApiClient
    server: ApiServer
    store: ThreadRecordingStore
    cadence_id: int
    tokens: ApiTokenService
    wakes: list[int]

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return self.client.call(method, path, **kwargs)

    def enroll(self, body: Any, *, cadence_id: int | None = None, **kwargs: Any) -> requests.Response:
        return self.call("POST", f"/api/v1/cadences/{cadence_id or self.cadence_id}/enrollments",
                         json=body, **kwargs)


def active_cadence(ws: Workspace, name: str = "Speed to lead", **settings: object) -> int:
    version = ws.cadences.create(ws.manager, ws.definition(name, **settings))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    return version.cadence_id


@contextmanager
def serve(database: Database, *, crm: bool = False) -> Iterator[Api]:
    """``crm``: CRM sync on, as with a HubSpot token configured."""
    ws = build_workspace(database)
    cadence_id = active_cadence(ws)
    store = ThreadRecordingStore(ws.store)
    wakes: list[int] = []
    services = services_over(store, ws.clock, crm=crm).api(enrolled=lambda: wakes.append(1))  # type: ignore[arg-type]
    issued = services.tokens.create(ws.admin, "zapier", Role.MANAGER)
    running = ApiThread(services)
    port = running.start("127.0.0.1", 0)
    try:
        client = ApiClient(f"http://127.0.0.1:{port}", issued.token)
        store.threads.clear()  # set-up ran on this thread; what follows is the server's doing
        yield Api(ws, client, running.server, store, cadence_id, services.tokens, wakes)
        client.session.close()
    finally:
        running.stop()


@pytest.fixture(name="api")
def api_fixture(database: Database) -> Iterator[Api]:
    """Import ``api_fixture`` into a test module to get the ``api`` fixture."""
    with serve(database) as running:
        yield running
