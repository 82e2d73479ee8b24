"""The OpenAPI 3.1 document of the enrollment API, written as data.

Served at ``GET /api/v1/openapi.json``. The tests hold the server to it: every
route appears here with its methods, every status a test sees is documented
for its operation, and every JSON body validates against its schema.
"""

from __future__ import annotations

import copy
from typing import Any

from kixie_desktop import __version__

_STR = {"type": "string"}
_INT = {"type": "integer"}
_TIME = {"type": "string", "format": "date-time"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def _obj(required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
    """A closed object; ``required`` keys always present (possibly null), ``optional`` may be absent."""
    return {"type": "object", "properties": {**required, **(optional or {})},
            "required": list(required), "additionalProperties": False}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


SCHEMAS: dict[str, Any] = {
    "Error": _obj({"error": _obj(
        {"code": {**_STR, "description": "machine-readable: invalid_field, malformed_json, unauthorized, "
                  "forbidden, not_found, inactive, already_enrolled, reenrollment_refused, exclusive, "
                  "already_ended, already_paused, not_paused, idempotency_key_reused, body_too_large, "
                  "conflict, internal_error..."},
         "message": {**_STR, "description": "one line a person can act on"}},
        {"field": {**_STR, "description": "the request field at fault, when there is one"}})}),
    "EnrollmentRequest": {
        **_obj({"phone": {**_STR, "description": "any common notation; normalised to E.164 with the "
                          "account's default region"}},
               {name: _nullable(_STR) for name in ("first_name", "last_name", "email", "company",
                                                   "timezone", "external_id", "owner_email")}),
        "example": {"phone": "(512) 555-0100", "first_name": "Olivia", "last_name": "Garcia",
                    "email": "olivia@example.com", "timezone": "America/Chicago", "external_id": "crm-42"},
    },
    "Enrollment": _obj({
        "id": _INT, "state": _STR, "cadence_id": _INT,
        "cadence_version": {**_INT, "description": "the version the enrollment is pinned to"},
        "contact_id": _INT, "created_at": _TIME,
        "contact": _obj({"id": _INT, "phone": {**_STR, "description": "E.164"}, "first_name": _STR,
                         "last_name": _STR, "email": _nullable(_STR), "timezone": _nullable(_STR),
                         "external_id": _nullable(_STR),
                         "created": {"type": "boolean", "description": "false: an existing contact was updated"}}),
        "owner": _nullable(_ref("Owner")),
        "first_action": _nullable(_ref("FirstAction")),
    }),
    "Owner": _obj({"id": _INT, "name": _STR, "email": _STR}),
    "FirstAction": _obj({"id": _INT, "step": {**_INT, "description": "1-based"},
                         "type": {"enum": ["call", "sms"]}, "status": _STR, "scheduled_at": _TIME,
                         "reason": {**_nullable(_STR), "description": "why it waits until scheduled_at"}}),
    "CadenceSummary": _obj({
        "id": _INT, "name": _STR, "active": {"type": "boolean"}, "version": _INT,
        "actions": {**_INT, "description": "number of actions"}, "disposition_rules": _INT,
        "invocations": _INT, "tasks_run": _INT, "last_triggered_at": _nullable(_TIME),
        "last_action_at": _nullable(_TIME), "created_at": _TIME,
    }),
    "CadenceList": _obj({"items": {"type": "array", "items": _ref("CadenceSummary")}}),
    "Cadence": {**_obj({
        "id": _INT, "name": _STR, "active": {"type": "boolean"}, "version": _INT, "actions": _INT,
        "disposition_rules": _INT, "invocations": _INT, "tasks_run": _INT,
        "last_triggered_at": _nullable(_TIME), "last_action_at": _nullable(_TIME), "created_at": _TIME,
        "settings": _obj({"assign_owner": {"enum": ["round_robin", "on_answer"]},
                          "use_contact_owner": {"type": "boolean"}, "allow_reenrollment": {"type": "boolean"},
                          "exclusive": {"type": "boolean"}, "check_dnc": {"type": "boolean"},
                          "reply_behavior": {"enum": ["stop", "pause", "continue"]}}),
        "steps": {"type": "array", "items": _ref("CadenceStep")},
    })},
    "CadenceStep": _obj({"step": _INT, "type": {"enum": ["call", "sms"]}, "after_seconds": _INT},
                        {"retry": {"type": "boolean"}, "attempts": _INT, "min_between_seconds": _INT,
                         "template_id": _INT}),
    "Action": _obj({
        "id": _INT, "enrollment_id": _INT, "contact_id": _INT, "cadence_id": _INT, "cadence_version": _INT,
        "step": {**_INT, "description": "1-based"}, "type": {"enum": ["call", "sms"]},
        "status": {"enum": ["scheduled", "processing", "sending", "completed", "missed", "failed",
                            "skipped", "cancelled", "unknown"]},
        "phone": _STR, "owner_id": _nullable(_INT), "created_at": _TIME,
        "scheduled_at": {**_TIME, "description": "when it runs (inflight) or was due (completed)"},
        "completed_at": _nullable(_TIME),
        "reason": {**_nullable(_STR), "description": "why it is waiting (inflight), or how it ended"},
        "outcome": _nullable(_STR), "retry_count": _INT, "max_retries": _INT, "attempt": _INT,
        "held": {"type": "boolean", "description": "kept but not run while its cadence is off"},
    }),
    "ActionPage": _obj({"items": {"type": "array", "items": _ref("Action")},
                        "next_cursor": {**_nullable(_STR), "description": "pass as cursor for the next "
                                        "page; null on the last page"}}),
    "Unenrolled": _obj({"id": _INT, "state": {"enum": ["cancelled"]}, "cancelled_actions": _INT}),
    "EnrollmentDetail": _obj({
        "id": _INT,
        "state": {"enum": ["active", "paused", "completed", "stopped", "forwarded", "cancelled"]},
        "cadence_id": _INT, "cadence_name": _STR,
        "cadence_version": {**_INT, "description": "the version the enrollment is pinned to"},
        "created_at": _TIME,
        "contact": _obj({"id": _INT, "phone": {**_STR, "description": "E.164"}, "first_name": _STR,
                         "last_name": _STR}),
        "owner": _nullable(_ref("Owner")),
        "paused_until": {**_nullable(_TIME), "description": "while paused: when it resumes by itself; "
                         "null when paused until someone resumes it, or not paused"},
        "paused_by": {**_nullable(_STR), "description": "who paused it (a person, or 'API token NAME'); "
                      "null when not paused or paused by the cadence's reply rule"},
        "next_action": _nullable(_ref("NextAction")),
    }),
    "NextAction": _obj({"id": _INT, "step": {**_INT, "description": "1-based"},
                        "type": {"enum": ["call", "sms"]},
                        "status": {"enum": ["scheduled", "processing", "sending"]},
                        "scheduled_at": {**_TIME, "description": "when it is due"},
                        "reason": {**_nullable(_STR), "description": "why it waits, e.g. 'Paused by Sam "
                                   "Supervisor until Dec 3, 09:00'"}}),
    "PauseRequest": {
        **_obj({}, {"until": {**_nullable(_TIME), "description": "ISO 8601 with a UTC offset, in the "
                              "future; absent or null: until someone resumes it"}}),
        "example": {"until": "2026-12-03T09:00:00-06:00"},
    },
    "Health": _obj({"status": {"enum": ["ok"]}, "version": _STR}),
}


def _json(description: str, schema: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


def _error(description: str) -> dict[str, Any]:
    return _json(description, "Error")


_COMMON = {
    "401": _error("missing, unknown or revoked bearer token"),
    "500": _error("a bug; details in the engine's log"),
    "503": _error("the database is unavailable"),
}
_ID = {"in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}


def _op(summary: str, responses: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"summary": summary, "responses": {**responses, **_COMMON}, **extra}


PATHS: dict[str, Any] = {
    "/api/v1/health": {"get": {
        "summary": "Liveness: the server runs and its database answers (no token needed)",
        "security": [],
        "responses": {"200": _json("healthy", "Health"), "500": _COMMON["500"], "503": _COMMON["503"]},
    }},
    "/api/v1/openapi.json": {"get": _op("This document", {
        "200": {"description": "the OpenAPI 3.1 document", "content": {"application/json": {"schema": {"type": "object"}}}},
    })},
    "/api/v1/cadences": {"get": _op("The account's cadences (not deleted ones)", {
        "200": _json("the cadences", "CadenceList"), "403": _error("the token's role may not view"),
    })},
    "/api/v1/cadences/{cadence_id}": {"get": _op("One cadence: summary, settings and steps", {
        "200": _json("the cadence", "Cadence"), "403": _error("the token's role may not view"),
        "404": _error("no such cadence (or deleted)"),
    }, parameters=[{"name": "cadence_id", **_ID}])},
    "/api/v1/cadences/{cadence_id}/enrollments": {"post": _op(
        "Enroll a contact (created, or updated by phone) into a cadence", {
            "201": {**_json("enrolled; the first action is scheduled", "Enrollment"),
                    "headers": {"Location": {"schema": _STR},
                                "Idempotent-Replayed": {"schema": _STR, "description": "'true' on a replay"}}},
            "400": _error("malformed JSON, or not a JSON object"),
            "403": _error("the token's role may not enroll"),
            "404": _error("no such cadence"),
            "409": _error("refused: code inactive, already_enrolled, reenrollment_refused or exclusive"),
            "413": _error("body over 64 KiB"),
            "422": _error("a field is invalid (named in error.field), or the Idempotency-Key was "
                          "used for a different request (idempotency_key_reused)"),
        },
        parameters=[{"name": "cadence_id", **_ID},
                    {"name": "Idempotency-Key", "in": "header", "required": False,
                     "schema": {"type": "string", "maxLength": 200},
                     "description": "same key and body: the first answer again, no second enrollment"}],
        requestBody={"required": True, "content": {"application/json": {"schema": _ref("EnrollmentRequest")}}},
    )},
    "/api/v1/actions": {"get": _op("Inflight or completed actions, oldest first (keyset pages)", {
        "200": _json("a page of actions", "ActionPage"), "403": _error("the token's role may not view"),
        "422": _error("a bad query parameter (named in error.field)"),
    }, parameters=[
        {"name": "state", "in": "query", "schema": {"enum": ["inflight", "completed"], "default": "inflight"}},
        {"name": "cadence_id", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500,
                                                    "default": 100}},
        {"name": "cursor", "in": "query", "schema": _STR, "description": "next_cursor of the previous page"},
    ])},
    "/api/v1/enrollments/{enrollment_id}": {
        "get": _op("One enrollment: state, cadence, contact, who paused it and until when, next action", {
            "200": _json("the enrollment", "EnrollmentDetail"), "404": _error("no such enrollment"),
        }, parameters=[{"name": "enrollment_id", **_ID}]),
        "delete": _op("Unenroll: end the enrollment 'cancelled' and cancel its pending actions", {
            "200": _json("unenrolled", "Unenrolled"), "403": _error("the token's role may not unenroll"),
            "404": _error("no such enrollment"), "409": _error("already ended (code already_ended)"),
        }, parameters=[{"name": "enrollment_id", **_ID}]),
    },
    "/api/v1/enrollments/{enrollment_id}/pause": {"post": _op(
        "Pause: the engine runs nothing for this enrollment until 'until', or until it is resumed", {
            "200": _json("paused; next_action.reason says who paused it and until when", "EnrollmentDetail"),
            "400": _error("malformed JSON, or not a JSON object"),
            "403": _error("the token's role may not pause leads"),
            "404": _error("no such enrollment"),
            "409": _error("already paused (already_paused) or ended (already_ended)"),
            "413": _error("body over 64 KiB"),
            "422": _error("'until' is not an instant with an offset, or not in the future"),
        }, parameters=[{"name": "enrollment_id", **_ID}],
        requestBody={"required": False, "content": {"application/json": {"schema": _ref("PauseRequest")}}},
    )},
    "/api/v1/enrollments/{enrollment_id}/resume": {"post": _op(
        "Resume a paused enrollment: what was due runs now, the rest when due", {
            "200": _json("resumed", "EnrollmentDetail"), "403": _error("the token's role may not resume leads"),
            "404": _error("no such enrollment"),
            "409": _error("not paused (not_paused) or ended (already_ended)"),
        }, parameters=[{"name": "enrollment_id", **_ID}])},
}

_DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Kixie Desktop enrollment API", "version": __version__,
             "description": "Served by the cadence engine on 127.0.0.1 by default. Every endpoint but "
                            "health needs 'Authorization: Bearer <token>' (kixie-desktop token create)."},
    "servers": [{"url": "http://127.0.0.1:8765"}],
    "security": [{"bearer": []}],
    "paths": PATHS,
    "components": {
        "schemas": SCHEMAS,
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    },
}


def document(served_at: tuple[str, int] | None = None) -> dict[str, Any]:
    """A fresh copy, so no caller can change what the next request is served; ``served_at``
    (host, port) names the server it is served from."""
    out = copy.deepcopy(_DOCUMENT)
    if served_at is not None:
        host, port = served_at
        out["servers"] = [{"url": f"http://{f'[{host}]' if ':' in host else host}:{port}"}]
    return out
