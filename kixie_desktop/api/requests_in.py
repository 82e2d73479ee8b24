"""Reading what a client sent: the body (at most 64 KiB), its JSON, the contact in it,
query parameters and path ids. Runs on the event loop; no blocking work here.

Malformed JSON is a 400; a well-formed body whose fields are wrong is a 422 that
names the field. Strings the database could not store (NUL and other control
characters, lone surrogates) are refused here, as 422s, rather than failing deep
inside a transaction.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Any

from aiohttp import web

from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.errors import NotFound, ValidationError
from kixie_desktop.api.errors import ApiError

MAX_BODY = 64 * 1024
MAX_ID = 2**31 - 1  # ids are 32-bit integers in the database
CONTACT_FIELDS = ("phone", "first_name", "last_name", "email", "company", "timezone",
                  "external_id", "owner_email")
_MAX_LENGTH = 1000  # per field; the services apply tighter limits where the columns need them


async def read_body(request: web.Request) -> bytes:
    too_large = ApiError(413, "body_too_large", f"the body is larger than {MAX_BODY // 1024} KiB")
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise too_large
    chunks: list[bytes] = []
    size = 0
    # Counted as it arrives (chunked bodies carry no length), and after decompression.
    async for chunk in request.content.iter_chunked(16 * 1024):
        size += len(chunk)
        if size > MAX_BODY:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json_object(body: bytes) -> dict[str, Any]:
    if not body.strip():
        raise ApiError(400, "malformed_json", "the body is empty; send a JSON object")
    try:
        data = json.loads(body)
    except RecursionError:
        raise ApiError(400, "malformed_json", "the JSON is nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, bad UTF-8, an integer too long to convert
        raise ApiError(400, "malformed_json", f"the body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ApiError(400, "malformed_json", f"the body must be a JSON object, not {type(data).__name__}")
    return data


def request_hash(method: str, path: str, data: dict[str, Any]) -> str:
    """What identifies a request for idempotency: method, path and the body's content
    (key order and whitespace do not matter)."""
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode("ascii")).hexdigest()


def _text(data: dict[str, Any], name: str, *, required: bool = False) -> str | None:
    value = data.get(name)
    if value is None:
        if required:
            raise ValidationError("is required", field=name)
        return None
    if not isinstance(value, str):
        raise ValidationError(f"must be a string, not {_json_type(value)}", field=name)
    if len(value) > _MAX_LENGTH:
        raise ValidationError(f"longer than {_MAX_LENGTH} characters", field=name)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError("is not valid Unicode (a lone surrogate)", field=name) from None
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in value):
        raise ValidationError("must not contain control characters", field=name)
    return value


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def parse_contact(data: dict[str, Any]) -> NewContact:
    unknown = sorted(k for k in data if k not in CONTACT_FIELDS)
    if unknown:
        raise ValidationError(f"unknown field; expected {', '.join(CONTACT_FIELDS)}", field=unknown[0][:100])
    phone = _text(data, "phone", required=True)
    assert phone is not None
    return NewContact(
        phone=phone,
        first_name=_text(data, "first_name") or "",
        last_name=_text(data, "last_name") or "",
        email=_text(data, "email"),
        company=_text(data, "company"),
        timezone=_text(data, "timezone"),
        external_id=_text(data, "external_id"),
        owner_email=_text(data, "owner_email"),
    )


def parse_pause(body: bytes) -> datetime | None:
    """A pause's body: none, ``{}`` or ``{"until": null}`` pause until someone resumes;
    ``{"until": "2026-12-03T09:00:00-06:00"}`` (ISO 8601 with an offset) until then."""
    if not body.strip():
        return None
    data = parse_json_object(body)
    unknown = sorted(k for k in data if k != "until")
    if unknown:
        raise ValidationError("unknown field; expected until", field=unknown[0][:100])
    raw = _text(data, "until")
    if raw is None:
        return None
    try:
        until = datetime.fromisoformat(raw)
    except ValueError:
        raise ValidationError(f"must be an ISO 8601 instant, e.g. 2026-12-03T09:00:00-06:00, not {raw[:40]!r}",
                              field="until") from None
    if until.tzinfo is None or until.utcoffset() is None:
        raise ValidationError("needs a UTC offset, e.g. 2026-12-03T09:00:00-06:00", field="until")
    return until


def path_id(request: web.Request, name: str, thing: str) -> int:
    """A numeric id from the path; one no row can have is simply not found."""
    raw = request.match_info[name]
    value = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 10 else 0
    if not 1 <= value <= MAX_ID:
        raise NotFound(f"{thing} {raw} does not exist", field=thing)
    return value


def query_int(request: web.Request, name: str, default: int | None) -> int | None:
    raw = request.query.get(name)
    if raw is None or raw == "":
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 10 or not 1 <= int(raw) <= MAX_ID:
        raise ValidationError(f"must be a positive whole number, not {raw[:40]!r}", field=name)
    return int(raw)
