"""The API's read endpoints, unenroll, health and the OpenAPI document over real HTTP,
on SQLite and PostgreSQL; and the document checked against the app's own routes."""

from __future__ import annotations

import logging
import socket

import pytest

from typing import Any

from sqlalchemy import select

from kixie_desktop.api import build_app
from kixie_desktop.api.openapi import document
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import ActionRunRow, EnrollmentRow
from tests.api.http_api_support import Api, active_cadence, api_fixture  # noqa: F401
from tests.support.gateways import RecordingGateway
from tests.support.workspace import services_over


def phones(n: int) -> list[str]:
    return [f"+1512555{100 + i:04d}" for i in range(n)]


def all_pages(api: Api, query: str, limit: int) -> list[list[dict[str, Any]]]:
    pages, cursor = [], ""
    while True:
        response = api.call("GET", f"/api/v1/actions?{query}&limit={limit}{cursor}")
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(body["items"])
        if body["next_cursor"] is None:
            return pages
        cursor = f"&cursor={body['next_cursor']}"


def test_health_needs_no_token(api: Api) -> None:
    response = api.call("GET", "/api/v1/health", token=None)
    assert response.status_code == 200 and response.json()["status"] == "ok"


def test_cadence_list_and_detail(api: Api) -> None:
    other = active_cadence(api.ws, "Nurture")
    listed = api.call("GET", "/api/v1/cadences").json()["items"]
    assert sorted((c["id"], c["name"], c["active"], c["version"]) for c in listed) == [
        (api.cadence_id, "Speed to lead", True, 1), (other, "Nurture", True, 1)]
    detail = api.call("GET", f"/api/v1/cadences/{api.cadence_id}").json()
    assert [s["type"] for s in detail["steps"]] == ["sms", "call"]
    assert detail["steps"][1]["attempts"] == 2 and detail["settings"]["allow_reenrollment"] is False

    api.ws.cadences.delete(api.ws.manager, other)
    gone = api.call("GET", f"/api/v1/cadences/{other}")
    assert gone.status_code == 404 and gone.json()["error"]["code"] == "not_found"
    assert api.call("GET", "/api/v1/cadences/424242").status_code == 404
    assert [c["id"] for c in api.call("GET", "/api/v1/cadences").json()["items"]] == [api.cadence_id]


def test_actions_pages_by_id_with_why_each_waits(api: Api) -> None:
    second = active_cadence(api.ws, "Nurture")
    for phone in phones(5):
        assert api.enroll({"phone": phone}).status_code == 201
    assert api.enroll({"phone": "+13125550199"}, cadence_id=second).status_code == 201

    pages = all_pages(api, "state=inflight", limit=2)
    assert [len(p) for p in pages] == [2, 2, 2]
    ids = [a["id"] for p in pages for a in p]
    assert ids == sorted(ids) and len(set(ids)) == 6
    only_first = [a for p in all_pages(api, f"state=inflight&cadence_id={api.cadence_id}", 10) for a in p]
    assert {a["cadence_id"] for a in only_first} == {api.cadence_id} and len(only_first) == 5
    assert all(a["status"] == "scheduled" and a["type"] == "sms" and a["reason"] for a in only_first)
    assert api.call("GET", "/api/v1/actions?state=completed").json() == {"items": [], "next_cursor": None}

    Engine(api.ws.store, api.ws.clock, RecordingGateway(), "e1").tick()
    done = [a for p in all_pages(api, "state=completed", 4) for a in p]
    assert len(done) == 6 and {(a["type"], a["status"], a["outcome"]) for a in done} == {("sms", "completed", "sent")}
    assert all(a["completed_at"] is not None for a in done)
    calls = [a for p in all_pages(api, "state=inflight", 100) for a in p]
    # Nobody in the queue is available: each call says why it waits, and which retry it is on.
    assert {(a["type"], a["step"], a["retry_count"]) for a in calls} == {("call", 2, 1)}
    assert {a["reason"] for a in calls} == {"Waiting for an available agent (attempt 2 of 3)"}


def test_actions_query_errors_are_422_naming_the_parameter(api: Api) -> None:
    for query, field in (("state=done", "state"), ("limit=0", "limit"), ("limit=501", "limit"),
                         ("limit=ten", "limit"), ("cadence_id=-1", "cadence_id"),
                         ("cadence_id=99999999999", "cadence_id"), ("cursor=abc", "cursor"),
                         ("cursor=%C2%B2", "cursor")):
        response = api.call("GET", f"/api/v1/actions?{query}")
        assert response.status_code == 422, (query, response.text)
        assert response.json()["error"]["field"] == field


def test_unenroll_cancels_pending_actions(api: Api) -> None:
    enrolled = api.enroll({"phone": "+15125550100"}).json()
    response = api.call("DELETE", f"/api/v1/enrollments/{enrolled['id']}")
    assert response.status_code == 200
    assert response.json() == {"id": enrolled["id"], "state": "cancelled", "cancelled_actions": 1}
    with api.ws.db.read() as s:
        enrollment = s.get(EnrollmentRow, enrolled["id"])
        assert enrollment is not None and enrollment.state == "cancelled"
        assert enrollment.end_reason == "Unenrolled by API token zapier"
        assert list(s.scalars(select(ActionRunRow.status))) == ["cancelled"]
    gateway = RecordingGateway()
    Engine(api.ws.store, api.ws.clock, gateway, "e1").tick()
    assert gateway.sent == []  # nothing left to send

    again = api.call("DELETE", f"/api/v1/enrollments/{enrolled['id']}")
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_ended"
    missing = api.call("DELETE", "/api/v1/enrollments/999999")
    assert missing.status_code == 404


def test_unknown_urls_and_methods_are_json_errors(api: Api) -> None:
    assert api.call("GET", "/api/v1/nowhere").status_code == 404
    assert api.call("GET", "/api/v1/cadences/abc").status_code == 404
    wrong = api.call("PUT", "/api/v1/cadences")
    assert wrong.status_code == 405 and wrong.json()["error"]["code"] == "method_not_allowed"
    assert "GET" in wrong.headers["Allow"]


def test_openapi_document_is_served_and_matches_the_routes(api: Api) -> None:
    served = api.call("GET", "/api/v1/openapi.json")
    port = int(api.client.base.rsplit(":", 1)[1])
    assert served.status_code == 200 and served.json() == document(("127.0.0.1", port))
    assert served.json()["openapi"] == "3.1.0"
    assert served.json()["servers"] == [{"url": api.client.base}]  # where it was served from, not 8765

    app = build_app(services_over(api.ws.store, api.ws.clock).api(enrolled=lambda: None))
    routes = {(r.resource.canonical, r.method.lower()) for r in app.router.routes()
              if r.resource is not None}
    documented = {(path, method) for path, item in document()["paths"].items() for method in item}
    assert routes == documented
    for path, item in document()["paths"].items():
        for method, op in item.items():
            codes = set(op["responses"])
            assert {"500", "503"} <= codes, (path, method)
            if path != "/api/v1/health":
                assert "401" in codes, (path, method)
            assert any(c.startswith("2") for c in codes)


def test_a_request_aiohttp_cannot_parse_is_a_400_and_one_log_line(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    """A NUL in a header is the client's mistake: a 400, and no traceback in our log."""
    host, port = api.client.base.removeprefix("http://").rsplit(":", 1)
    with caplog.at_level(logging.INFO), socket.create_connection((host, int(port)), timeout=10) as conn:
        conn.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Bad: a\x00b\r\n\r\n")
        answer = conn.recv(200)
    assert answer.startswith(b"HTTP/1.0 400") or answer.startswith(b"HTTP/1.1 400")
    records = [r for r in caplog.records if r.name == "aiohttp.server"]
    assert records and all(r.levelno == logging.INFO and r.exc_info is None for r in records)
    assert "400" in records[0].getMessage()
