"""Every failure of the HTTP API as a JSON error with a one-line message, never a traceback.

``error_middleware`` (outermost, on the event loop) turns the domain's errors and
aiohttp's own HTTP exceptions into ``{"error": {"code", "message", "field"?}}``
with the status the API documents; anything unexpected is logged with its
traceback and answered ``500 internal_error``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from kixie_desktop.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    StorageError,
    UserFacingError,
    ValidationError,
)
from kixie_desktop.services.administration.api_tokens import InvalidToken
from kixie_desktop.services.leads.enrollment import EnrollmentRefused
from kixie_desktop.services.leads.idempotent_enrollment import IdempotencyKeyReused
from kixie_desktop.services.leads.pausing import AlreadyPaused, NotPaused
from kixie_desktop.services.leads.unenroll import NotEnrolled

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# A missing resource named by one of these is a bad value in the request body, not a
# missing URL: an unknown owner_email is a 422 on the field, not a 404.
_BODY_FIELDS = frozenset({"owner_email"})

_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
               413: "body_too_large", 415: "unsupported_media_type"}


class ApiError(Exception):
    """An error found by the HTTP layer itself (bad JSON, body too large, bad query)."""

    def __init__(self, status: int, code: str, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


def one_line(text: str) -> str:
    return " ".join(text.split()) or "error"


def error_response(status: int, code: str, message: str, *, field: str | None = None,
                   headers: dict[str, str] | None = None) -> web.Response:
    error: dict[str, str] = {"code": code, "message": one_line(message)}
    if field is not None:
        error["field"] = field
    return web.json_response({"error": error}, status=status, headers=headers)


def from_exception(exc: BaseException) -> web.Response:
    """The response for an exception a handler raised (or None-safe fallback: 500)."""
    if isinstance(exc, ApiError):
        return error_response(exc.status, exc.code, exc.message, field=exc.field)
    if isinstance(exc, InvalidToken):
        return error_response(401, "unauthorized", exc.message, headers={"WWW-Authenticate": "Bearer"})
    if isinstance(exc, PermissionDenied):
        return error_response(403, "forbidden", exc.message)
    if isinstance(exc, IdempotencyKeyReused):
        return error_response(422, exc.code, exc.message, field=exc.field)
    if isinstance(exc, (EnrollmentRefused, NotEnrolled, AlreadyPaused, NotPaused)):
        return error_response(409, exc.code, exc.message, field=exc.field)
    if isinstance(exc, NotFound):
        if exc.field in _BODY_FIELDS:
            return error_response(422, "invalid_field", exc.message, field=exc.field)
        return error_response(404, "not_found", exc.message, field=exc.field)
    if isinstance(exc, ValidationError):
        return error_response(422, "invalid_field", exc.message, field=exc.field)
    if isinstance(exc, Conflict):
        return error_response(409, "conflict", exc.message, field=exc.field)
    if isinstance(exc, UserFacingError):
        return error_response(400, "bad_request", exc.message, field=exc.field)
    if isinstance(exc, web.HTTPException):
        code = _HTTP_CODES.get(exc.status, "http_error")
        headers = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
        return error_response(exc.status, code, exc.reason, headers=headers)
    if isinstance(exc, StorageError):
        log.error("API request failed on the database: %s", exc, exc_info=exc)
        return error_response(503, "unavailable", "the database is unavailable; try again shortly")
    log.error("API request failed", exc_info=exc)
    return error_response(500, "internal_error", "internal error; the details are in the engine's log")


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise  # redirects and the like are answers, not errors
        return from_exception(exc)
    except Exception as exc:  # noqa: BLE001 - the boundary: nothing escapes as a traceback
        return from_exception(exc)
    return response
