"""GET /api/v1/enrollments/{id}, POST …/pause and …/resume over real HTTP, on SQLite and
PostgreSQL: every status each can answer (checked against the OpenAPI document by the
client), what reached the database, and the engine honouring the pause."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from kixie_desktop.domain.roles import Role
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import ActionRunRow, AuditLogRow, EnrollmentRow
from tests.api.http_api_support import Api, api_fixture  # noqa: F401
from tests.services.leads.test_pausing import snapshot
from tests.support.gateways import RecordingGateway


def enrolled(api: Api) -> int:
    response = api.enroll({"phone": "+15125550100", "first_name": "Olivia", "last_name": "Garcia"})
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def error(response: Any) -> dict[str, Any]:
    return response.json()["error"]  # type: ignore[no-any-return]


def test_an_enrollment_reads_with_its_cadence_contact_and_next_action(api: Api) -> None:
    enrollment_id = enrolled(api)
    response = api.call("GET", f"/api/v1/enrollments/{enrollment_id}")
    assert response.status_code == 200
    body = response.json()
    assert (body["id"], body["state"], body["cadence_name"], body["cadence_version"]) == (
        enrollment_id, "active", "Speed to lead", 1)
    assert body["contact"]["phone"] == "+15125550100" and body["contact"]["first_name"] == "Olivia"
    assert (body["paused_until"], body["paused_by"]) == (None, None)
    assert body["owner"]["email"] == "agent@acme.test"
    action = body["next_action"]
    assert (action["step"], action["type"], action["status"]) == (1, "sms", "scheduled")
    assert action["scheduled_at"] == api.ws.clock.now.isoformat()

    assert api.call("GET", "/api/v1/enrollments/999999").status_code == 404
    unauthenticated = api.call("GET", f"/api/v1/enrollments/{enrollment_id}", token=None)
    assert unauthenticated.status_code == 401
    agent = api.tokens.create(api.ws.admin, "dashboard", Role.AGENT).token
    assert api.call("GET", f"/api/v1/enrollments/{enrollment_id}", token=agent).status_code == 200


def test_pause_until_then_the_engine_runs_nothing_and_resume_lets_it_go(api: Api) -> None:
    enrollment_id = enrolled(api)
    until = api.ws.clock.now + timedelta(days=2)
    response = api.call("POST", f"/api/v1/enrollments/{enrollment_id}/pause", json={"until": until.isoformat()})
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["state"], body["paused_by"]) == ("paused", "API token zapier")
    assert body["paused_until"] == until.isoformat()
    # The account's zone is Los Angeles.
    assert body["next_action"]["reason"] == "Paused by API token zapier until Mar 4, 07:00"
    with api.ws.db.read() as s:
        row = s.get(EnrollmentRow, enrollment_id)
        assert row is not None and (row.state, row.paused_until, row.paused_by) == (
            "paused", until, "API token zapier")
        assert s.scalar(select(AuditLogRow.action).order_by(AuditLogRow.id.desc())) == "pause"
    gateway = RecordingGateway()
    Engine(api.ws.store, api.ws.clock, gateway, "e1").tick()
    assert gateway.sent == []

    wakes = len(api.wakes)
    resumed = api.call("POST", f"/api/v1/enrollments/{enrollment_id}/resume")
    assert resumed.status_code == 200
    assert (resumed.json()["state"], resumed.json()["paused_until"], resumed.json()["paused_by"]) == (
        "active", None, None)
    assert len(api.wakes) == wakes + 1  # the engine is woken: what was due goes now
    Engine(api.ws.store, api.ws.clock, gateway, "e1").tick()
    assert [m.to for m in gateway.sent] == ["+15125550100"]


@pytest.mark.parametrize("body", [None, {}, {"until": None}])
def test_pause_without_an_end(api: Api, body: dict[str, Any] | None) -> None:
    enrollment_id = enrolled(api)
    kwargs: dict[str, Any] = {} if body is None else {"json": body}
    response = api.call("POST", f"/api/v1/enrollments/{enrollment_id}/pause", **kwargs)
    assert response.status_code == 200, response.text
    assert (response.json()["paused_until"], response.json()["next_action"]["reason"]) == (
        None, "Paused by API token zapier")
    with api.ws.db.read() as s:
        assert s.scalar(select(ActionRunRow.held)) is True


@pytest.mark.parametrize(
    ("body", "status", "code", "field"),
    [
        (b"{not json", 400, "malformed_json", None),
        (b"[1, 2]", 400, "malformed_json", None),
        ({"until": "next tuesday"}, 422, "invalid_field", "until"),
        ({"until": "2026-12-03T09:00:00"}, 422, "invalid_field", "until"),  # no offset
        ({"until": "2026-03-01T09:00:00+00:00"}, 422, "invalid_field", "until"),  # the past
        ({"until": 1764777600}, 422, "invalid_field", "until"),
        ({"untill": "2026-12-03T09:00:00+00:00"}, 422, "invalid_field", "untill"),
        (b"x" * (65 * 1024), 413, "body_too_large", None),
    ],
)
def test_a_bad_pause_body_is_refused_and_writes_nothing(api: Api, body: Any, status: int, code: str,
                                                      field: str | None) -> None:
    enrollment_id = enrolled(api)
    before = snapshot(api.ws)
    kwargs: dict[str, Any] = {"data": body, "headers": {"Content-Type": "application/json"}} if isinstance(
        body, bytes) else {"json": body}
    response = api.call("POST", f"/api/v1/enrollments/{enrollment_id}/pause", **kwargs)
    assert response.status_code == status, response.text
    assert error(response)["code"] == code and error(response).get("field") == field
    assert snapshot(api.ws) == before


def test_pause_and_resume_refusals(api: Api) -> None:
    enrollment_id = enrolled(api)
    path = f"/api/v1/enrollments/{enrollment_id}"
    agent = api.tokens.create(api.ws.admin, "dashboard", Role.AGENT).token
    before = snapshot(api.ws)
    for action in ("pause", "resume"):
        assert api.call("POST", f"{path}/{action}", token=None).status_code == 401
        forbidden = api.call("POST", f"{path}/{action}", token=agent)  # an agent token owns no lead
        assert forbidden.status_code == 403 and error(forbidden)["code"] == "forbidden"
        assert api.call("POST", f"/api/v1/enrollments/999999/{action}").status_code == 404
    not_paused = api.call("POST", f"{path}/resume")
    assert not_paused.status_code == 409 and error(not_paused)["code"] == "not_paused"
    assert snapshot(api.ws) == before

    assert api.call("POST", f"{path}/pause").status_code == 200
    twice = api.call("POST", f"{path}/pause")
    assert twice.status_code == 409 and error(twice)["code"] == "already_paused"

    assert api.call("DELETE", path).status_code == 200
    for action in ("pause", "resume"):
        ended = api.call("POST", f"{path}/{action}")
        assert ended.status_code == 409 and error(ended)["code"] == "already_ended"
    assert api.call("GET", path).json()["state"] == "cancelled"
