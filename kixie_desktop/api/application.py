"""The aiohttp application of the enrollment API: routes, bearer-token auth, handlers.

Handlers run on the API thread's event loop (``server.ApiThread``) and never block
it: every service call (SQL inside) goes to a thread pool through
``loop.run_in_executor``. Only ``GET /api/v1/health`` answers without a token.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

from kixie_desktop import __version__
from kixie_desktop.domain.errors import NotFound, ValidationError
from kixie_desktop.domain.ids import CadenceId, EnrollmentId
from kixie_desktop.domain.roles import Actor
from kixie_desktop.api import openapi, views
from kixie_desktop.api.errors import Handler, error_middleware
from kixie_desktop.api.requests_in import (
    parse_contact,
    parse_json_object,
    parse_pause,
    path_id,
    query_int,
    read_body,
    request_hash,
)
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.services.supervision.action_listing import DEFAULT_LIMIT, ActionListing
from kixie_desktop.services.administration.api_tokens import ApiTokenService
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.leads.idempotent_enrollment import IdempotentEnrollment
from kixie_desktop.services.leads.pausing import PauseService
from kixie_desktop.services.leads.unenroll import UnenrollService

log = logging.getLogger(__name__)

T = TypeVar("T")
PREFIX = "/api/v1"
PUBLIC = frozenset({f"{PREFIX}/health"})


@dataclass(frozen=True)
class ApiServices:
    """The use cases the API goes through, taken from the composition root
    (``composition.Services.api``); ``enrolled`` is called (on the loop, cheap and
    non-blocking, e.g. ``threading.Event.set``) after each new enrollment and each resume,
    to wake the engine."""

    tokens: ApiTokenService
    accounts: AccountService
    cadences: CadenceService
    enrollments: IdempotentEnrollment
    actions: ActionListing
    unenroll: UnenrollService
    pausing: PauseService
    enrolled: Callable[[], None]


SERVICES = web.AppKey("services", ApiServices)
EXECUTOR = web.AppKey("executor", ThreadPoolExecutor)
ACTOR = web.RequestKey("actor", Actor)


async def blocking(request: web.Request, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a blocking service call on the app's worker threads."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(request.app[EXECUTOR], functools.partial(fn, *args, **kwargs))


def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    # Before routing errors too: without a token, no URL reveals whether it exists.
    if request.path not in PUBLIC:
        services = request.app[SERVICES]
        request[ACTOR] = await blocking(request, services.tokens.authenticate, bearer_token(request))
    return await handler(request)


def actor_of(request: web.Request) -> Actor:
    return request[ACTOR]


# -- handlers ---------------------------------------------------------------------------------

async def health(request: web.Request) -> web.Response:
    await blocking(request, request.app[SERVICES].accounts.current)  # the database answers
    return web.json_response({"status": "ok", "version": __version__})


async def openapi_document(request: web.Request) -> web.Response:
    # The address this request reached, so the document names the server it came from
    # (another port, another interface) rather than the default.
    sockname = request.transport.get_extra_info("sockname") if request.transport else None
    return web.json_response(openapi.document(sockname[:2] if sockname else None))


async def list_cadences(request: web.Request) -> web.Response:
    summaries = await blocking(request, request.app[SERVICES].cadences.list, actor_of(request))
    return web.json_response({"items": [views.cadence_summary(s) for s in summaries]})


async def get_cadence(request: web.Request) -> web.Response:
    services, actor = request.app[SERVICES], actor_of(request)
    cadence_id = CadenceId(path_id(request, "cadence_id", "cadence"))
    # The account's live cadences only: another account's, or a deleted one, is not found.
    summary = next((s for s in await blocking(request, services.cadences.list, actor) if s.id == cadence_id),
                   None)
    if summary is None:
        raise NotFound(f"cadence {cadence_id} does not exist", field="cadence")
    version = await blocking(request, services.cadences.get, actor, cadence_id)
    return web.json_response(views.cadence_detail(summary, version))


async def enroll(request: web.Request) -> web.Response:
    services, actor = request.app[SERVICES], actor_of(request)
    cadence_id = CadenceId(path_id(request, "cadence_id", "cadence"))
    data = parse_json_object(await read_body(request))
    contact = parse_contact(data)
    answer = await blocking(
        request, services.enrollments.enroll, actor, cadence_id, contact,
        key=request.headers.get("Idempotency-Key"),
        request_hash=request_hash(request.method, request.path, data), render=views.enrollment,
    )
    headers = {"Location": f"{PREFIX}/enrollments/{answer.body.get('id')}"}
    if answer.replayed:
        headers["Idempotent-Replayed"] = "true"
    else:
        services.enrolled()
    return web.json_response(answer.body, status=answer.status, headers=headers)


async def list_actions(request: web.Request) -> web.Response:
    services, actor = request.app[SERVICES], actor_of(request)
    state = request.query.get("state", "inflight")
    if state not in ("inflight", "completed"):
        raise ValidationError(f"must be 'inflight' or 'completed', not {state[:40]!r}", field="state")
    cadence_id = query_int(request, "cadence_id", None)
    limit = query_int(request, "limit", DEFAULT_LIMIT)
    assert limit is not None
    page = await blocking(request, services.actions.page, actor, inflight=state == "inflight",
                          cadence_id=CadenceId(cadence_id) if cadence_id is not None else None,
                          cursor=request.query.get("cursor") or None, limit=limit)
    return web.json_response(views.action_page(page))


async def unenroll(request: web.Request) -> web.Response:
    services, actor = request.app[SERVICES], actor_of(request)
    enrollment_id = EnrollmentId(path_id(request, "enrollment_id", "enrollment"))
    result = await blocking(request, services.unenroll.unenroll, actor, enrollment_id)
    return web.json_response(views.unenrolled(result))


async def get_enrollment(request: web.Request) -> web.Response:
    services, actor = request.app[SERVICES], actor_of(request)
    enrollment_id = EnrollmentId(path_id(request, "enrollment_id", "enrollment"))
    detail = await blocking(request, services.pausing.detail, actor, enrollment_id)
    return web.json_response(views.enrollment_detail(detail))


async def pause(request: web.Request) -> web.Response:
    services, actor = request.app[SERVICES], actor_of(request)
    enrollment_id = EnrollmentId(path_id(request, "enrollment_id", "enrollment"))
    until = parse_pause(await read_body(request))
    detail = await blocking(request, services.pausing.pause, actor, enrollment_id, until)
    return web.json_response(views.enrollment_detail(detail))


async def resume(request: web.Request) -> web.Response:
    services, actor = request.app[SERVICES], actor_of(request)
    enrollment_id = EnrollmentId(path_id(request, "enrollment_id", "enrollment"))
    detail = await blocking(request, services.pausing.resume, actor, enrollment_id)
    services.enrolled()  # what is due now should not wait for the engine's next poll
    return web.json_response(views.enrollment_detail(detail))


ROUTES: tuple[tuple[str, str, Handler], ...] = (
    ("GET", f"{PREFIX}/health", health),
    ("GET", f"{PREFIX}/openapi.json", openapi_document),
    ("GET", f"{PREFIX}/cadences", list_cadences),
    ("GET", f"{PREFIX}/cadences/{{cadence_id:[0-9]+}}", get_cadence),
    ("POST", f"{PREFIX}/cadences/{{cadence_id:[0-9]+}}/enrollments", enroll),
    ("GET", f"{PREFIX}/actions", list_actions),
    ("GET", f"{PREFIX}/enrollments/{{enrollment_id:[0-9]+}}", get_enrollment),
    ("DELETE", f"{PREFIX}/enrollments/{{enrollment_id:[0-9]+}}", unenroll),
    ("POST", f"{PREFIX}/enrollments/{{enrollment_id:[0-9]+}}/pause", pause),
    ("POST", f"{PREFIX}/enrollments/{{enrollment_id:[0-9]+}}/resume", resume),
)


def build_app(services: ApiServices, *, executor: ThreadPoolExecutor | None = None,
              workers: int = 8) -> web.Application:
    """The API as an aiohttp application. Without ``executor`` it makes its own pool of
    ``workers`` threads, drained when the app is cleaned up."""
    app = web.Application(middlewares=[error_middleware, auth_middleware])
    app[SERVICES] = services
    own_pool = executor is None
    app[EXECUTOR] = executor or ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kixie-api")
    for method, path, handler in ROUTES:
        app.router.add_route(method, path, handler)

    async def drain(app: web.Application) -> None:
        if own_pool:
            # Off the loop: waiting for a worker mid-transaction must not freeze the UI.
            await asyncio.to_thread(app[EXECUTOR].shutdown, True)

    app.on_cleanup.append(drain)
    return app
