"""POST /api/v1/cadences/{id}/enrollments over real HTTP, on SQLite and PostgreSQL: every
status code it documents, idempotent retries (exactly one enrollment), tokens, and the
engine sending the first SMS of an enrollment made through the API."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from kixie_desktop.domain.roles import Role
from kixie_desktop.services.execution.engine import Engine
from kixie_desktop.storage.models import ActionRunRow, EnrollmentRow, IdempotencyRecordRow
from tests.api.http_api_support import Api, active_cadence, api_fixture  # noqa: F401
from tests.support.gateways import RecordingGateway

LEAD = {"phone": "(512) 555-0100", "first_name": "Olivia", "last_name": "Garcia",
        "email": "olivia@example.com", "timezone": "America/Chicago", "external_id": "crm-42"}


def count(api: Api, model: type) -> int:
    with api.ws.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def error(response: Any) -> dict[str, Any]:
    return response.json()["error"]  # type: ignore[no-any-return]


def test_201_enrolls_and_the_engine_sends_the_first_sms(api: Api) -> None:
    response = api.enroll(LEAD)
    assert response.status_code == 201, response.text
    body = response.json()
    assert response.headers["Location"] == f"/api/v1/enrollments/{body['id']}"
    assert (body["state"], body["cadence_id"], body["cadence_version"]) == ("active", api.cadence_id, 1)
    assert body["contact"]["phone"] == "+15125550100" and body["contact"]["created"] is True
    assert body["contact_id"] == body["contact"]["id"]
    assert body["owner"]["email"] == "agent@acme.test"  # round robin over the queue
    first = body["first_action"]
    assert (first["step"], first["type"], first["status"]) == (1, "sms", "scheduled")
    assert datetime.fromisoformat(first["scheduled_at"]) == api.ws.clock.now
    assert first["reason"]
    assert api.wakes == [1]  # the engine is woken for speed to lead

    gateway = RecordingGateway()
    Engine(api.ws.store, api.ws.clock, gateway, "e1").tick()
    [sms] = gateway.sent
    assert sms.to == "+15125550100" and "Olivia" in sms.body
    with api.ws.db.read() as s:
        run = s.get(ActionRunRow, first["id"])
        assert run is not None and (run.status, run.outcome) == ("completed", "sent")


def test_service_calls_never_run_on_the_event_loop(api: Api) -> None:
    assert api.enroll(LEAD).status_code == 201
    assert api.call("GET", "/api/v1/cadences").status_code == 200
    # Worker threads are kixie-api_N; the loop's thread (kixie-api-loop) never opens a transaction.
    assert api.store.threads and all(t.startswith("kixie-api_") for t in api.store.threads), api.store.threads


@pytest.mark.parametrize("body", [b"{", b"", b"   ", b"[]", b"42", b"null", b'"phone"', b"\xff\xfe{",
                                  b'{"phone": "1"', b"[" * 50_000, b"1" * 5000],
                         ids=["open", "empty", "blank", "array", "number", "null", "string", "bad-utf8",
                              "truncated", "deep", "huge-int"])
def test_400_malformed_json(api: Api, body: bytes) -> None:
    response = api.call("POST", f"/api/v1/cadences/{api.cadence_id}/enrollments", data=body,
                        headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    assert error(response)["code"] == "malformed_json"
    assert count(api, EnrollmentRow) == 0


@pytest.mark.parametrize(("body", "field", "words"), [
    ({"first_name": "Olivia"}, "phone", "required"),
    ({"phone": ""}, "phone", "required"),
    ({"phone": "not a number"}, "phone", "not a phone number"),
    ({"phone": "+1 512 555"}, "phone", "not a valid phone number"),
    ({"phone": 5125550100}, "phone", "must be a string"),
    ({"phone": "+15125550100", "timezone": "Mars/Olympus_Mons"}, "timezone", "IANA time zone"),
    ({"phone": "+15125550100", "email": "olivia.example.com"}, "email", "not an email address"),
    ({"phone": "+15125550100", "owner_email": "nobody@acme.test"}, "owner_email", "no user"),
    ({"phone": "+15125550100", "phon": "x"}, "phon", "unknown field"),
    ({"phone": "+15125550100", "first_name": "Ol\x00ivia"}, "first_name", "control characters"),
    ({"phone": "+15125550100", "last_name": "\ud800"}, "last_name", "Unicode"),
    ({"phone": "+15125550100", "external_id": ["a"]}, "external_id", "must be a string"),
])
def test_422_names_the_field_and_why(api: Api, body: dict[str, Any], field: str, words: str) -> None:
    response = api.enroll(body)
    assert response.status_code == 422, response.text
    assert error(response)["code"] == "invalid_field"
    assert error(response)["field"] == field
    assert words in error(response)["message"]
    assert count(api, EnrollmentRow) == 0


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer kx_wrong", "Basic a2l4aWU6c2VjcmV0",
                                    "Bearer " + "x" * 5000])
def test_401_without_a_valid_token(api: Api, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    for method, path in (("POST", f"/api/v1/cadences/{api.cadence_id}/enrollments"),
                         ("GET", "/api/v1/cadences"), ("GET", "/api/v1/actions"),
                         ("GET", "/api/v1/openapi.json"), ("DELETE", "/api/v1/enrollments/1"),
                         ("GET", "/api/v1/nowhere")):
        response = api.call(method, path, token=None, headers=headers, json=LEAD)
        assert response.status_code == 401, (method, path, response.text)
        assert error(response)["code"] == "unauthorized"
        assert response.headers["WWW-Authenticate"] == "Bearer"
    assert count(api, EnrollmentRow) == 0


def test_revoked_token_gets_401_at_once(api: Api) -> None:
    assert api.call("GET", "/api/v1/cadences").status_code == 200
    assert api.tokens.revoke(api.ws.admin, "zapier") is True
    response = api.call("GET", "/api/v1/cadences")
    assert response.status_code == 401 and "revoked" in error(response)["message"]


def test_403_when_the_token_role_may_not_enroll(api: Api) -> None:
    agent_token = api.tokens.create(api.ws.admin, "read-only", Role.AGENT).token
    assert api.call("GET", "/api/v1/cadences", token=agent_token).status_code == 200
    response = api.enroll(LEAD, token=agent_token)
    assert response.status_code == 403 and error(response)["code"] == "forbidden"
    assert "API token read-only" in error(response)["message"]


@pytest.mark.parametrize("cadence", ["999999", "2147483648", "99999999999999999999"])
def test_404_unknown_cadence(api: Api, cadence: str) -> None:
    response = api.call("POST", f"/api/v1/cadences/{cadence}/enrollments", json=LEAD)
    assert response.status_code == 404 and error(response)["code"] == "not_found"


def test_409_inactive_cadence(api: Api) -> None:
    api.ws.cadences.set_active(api.ws.manager, api.cadence_id, False)
    response = api.enroll(LEAD)
    assert response.status_code == 409 and error(response)["code"] == "inactive"


def test_409_already_enrolled_then_reenrollment_refused(api: Api) -> None:
    first = api.enroll(LEAD)
    assert first.status_code == 201
    again = api.enroll({"phone": "+1 512-555-0100"})  # the same number in another notation
    assert again.status_code == 409 and error(again)["code"] == "already_enrolled"
    assert api.call("DELETE", f"/api/v1/enrollments/{first.json()['id']}").status_code == 200
    refused = api.enroll(LEAD)
    assert refused.status_code == 409 and error(refused)["code"] == "reenrollment_refused"
    assert count(api, EnrollmentRow) == 1


def test_409_exclusive_cadence(api: Api) -> None:
    exclusive = active_cadence(api.ws, "Exclusive", exclusive=True)
    assert api.enroll(LEAD).status_code == 201
    response = api.enroll(LEAD, cadence_id=exclusive)
    assert response.status_code == 409 and error(response)["code"] == "exclusive"


def test_413_body_over_64_kib(api: Api) -> None:
    path = f"/api/v1/cadences/{api.cadence_id}/enrollments"
    padded = b'{"phone": "+15125550100"}'
    exactly = padded + b" " * (64 * 1024 - len(padded))
    assert api.call("POST", path, data=exactly).status_code == 201  # the limit itself is allowed
    over = api.call("POST", path, data=exactly + b" ")
    assert over.status_code == 413 and error(over)["code"] == "body_too_large"

    def chunks() -> Any:  # no Content-Length: counted as it streams in
        for _ in range(70):
            yield b" " * 1024
    chunked = api.call("POST", path, data=chunks())
    assert chunked.status_code == 413
    assert count(api, EnrollmentRow) == 1


def test_idempotency_key_replays_the_first_answer_without_a_second_enrollment(api: Api) -> None:
    headers = {"Idempotency-Key": "lead-7f3a"}
    first = api.enroll(LEAD, headers=headers)
    assert first.status_code == 201 and "Idempotent-Replayed" not in first.headers
    api.ws.clock.advance(minutes=5)
    reordered = dict(reversed(list(LEAD.items())))  # same content, other key order
    second = api.enroll(reordered, headers=headers)
    assert (second.status_code, second.json()) == (201, first.json())
    assert second.headers["Idempotent-Replayed"] == "true"
    assert count(api, EnrollmentRow) == 1 and count(api, ActionRunRow) == 1
    assert count(api, IdempotencyRecordRow) == 1
    assert api.wakes == [1]

    other = api.enroll({**LEAD, "first_name": "Liv"}, headers=headers)
    assert other.status_code == 422 and error(other)["code"] == "idempotency_key_reused"
    assert error(other)["field"] == "Idempotency-Key"
    elsewhere = api.enroll(LEAD, headers=headers, cadence_id=active_cadence(api.ws, "Other"))
    assert elsewhere.status_code == 422  # the path is part of the request too
    assert count(api, EnrollmentRow) == 1


def test_refused_request_records_nothing_under_its_key(api: Api) -> None:
    headers = {"Idempotency-Key": "retry-me"}
    api.ws.cadences.set_active(api.ws.manager, api.cadence_id, False)
    assert api.enroll(LEAD, headers=headers).status_code == 409
    assert count(api, IdempotencyRecordRow) == 0
    api.ws.cadences.set_active(api.ws.manager, api.cadence_id, True)
    assert api.enroll(LEAD, headers=headers).status_code == 201


def test_concurrent_retries_with_one_key_enroll_once(api: Api) -> None:
    barrier = threading.Barrier(6)

    def post(_: int) -> tuple[int, Any]:
        barrier.wait()
        response = api.enroll(LEAD, headers={"Idempotency-Key": "burst-1"}, check=False)
        return response.status_code, response.json()

    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(post, range(6)))
    assert {status for status, _ in answers} == {201}, answers
    assert len({str(body) for _, body in answers}) == 1
    assert count(api, EnrollmentRow) == 1 and count(api, ActionRunRow) == 1


@pytest.mark.parametrize("key", ["k" * 201, "tab\there"])
def test_422_bad_idempotency_key(api: Api, key: str) -> None:
    response = api.enroll(LEAD, headers={"Idempotency-Key": key})
    assert response.status_code == 422 and error(response)["field"] == "Idempotency-Key"
    assert count(api, EnrollmentRow) == 0
