"""Random requests never get a 5xx or a non-JSON answer: arbitrary JSON (and bytes) as an
enrollment body, arbitrary Idempotency-Keys, arbitrary query strings for the actions list."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.api.http_api_support import Api, api_fixture  # noqa: F401

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
FIELDS = st.sampled_from(["phone", "first_name", "last_name", "email", "company", "timezone",
                          "external_id", "owner_email"])
# Mostly well-formed contacts with random values, so the services' validation is reached too.
CONTACTS = st.dictionaries(FIELDS, st.none() | st.text() | st.integers() | JSON, max_size=6) | st.builds(lambda phone, extra: {"phone": phone, **extra},
                             st.sampled_from(["+15125550100", "512 555 0101", "+44 20 7946 0958", "0"]) | st.text(),
                             st.dictionaries(FIELDS, st.text(), max_size=3))
# What HTTP allows in a header value (VCHAR, space, obs-text): anything else is malformed HTTP,
# refused by aiohttp's parser with its own plain-text 400 before the application sees it.
HEADER_CHARS = st.characters(min_codepoint=32, max_codepoint=255, exclude_characters="\x7f")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def answers_in_json(response: Any) -> None:
    assert response.status_code < 500, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    body = response.json()
    if response.status_code >= 400:
        assert body["error"]["message"] and "\n" not in body["error"]["message"]


@FUZZ
@given(body=JSON | CONTACTS, key=st.none() | st.text(HEADER_CHARS, min_size=1, max_size=210))
def test_random_json_bodies_never_give_5xx(api: Api, body: Any, key: str | None) -> None:
    headers = {"Idempotency-Key": key.strip() or "k"} if key is not None else {}
    response = api.call("POST", f"/api/v1/cadences/{api.cadence_id}/enrollments",
                        data=json.dumps(body).encode(), headers=headers, check=False)
    answers_in_json(response)
    assert response.status_code in (201, 400, 404, 409, 422), response.text


@FUZZ
@given(raw=st.binary(max_size=300))
def test_random_bytes_never_give_5xx(api: Api, raw: bytes) -> None:
    response = api.call("POST", f"/api/v1/cadences/{api.cadence_id}/enrollments", data=raw, check=False)
    answers_in_json(response)


@FUZZ
@given(params=st.dictionaries(st.sampled_from(["state", "cadence_id", "limit", "cursor", "x"]),
                              st.text(max_size=25), max_size=4))
def test_random_action_queries_never_give_5xx(api: Api, params: dict[str, str]) -> None:
    response = api.call("GET", "/api/v1/actions", params=params, check=False)
    answers_in_json(response)
    assert response.status_code in (200, 422)
