"""The HTTP enrollment API (SPEC §7, issue 5): a front end beside ``gui/`` and ``cli/``, not an
adapter — like them it renders and forwards to the services. The aiohttp app, its server
thread and the OpenAPI document."""

from kixie_desktop.api.application import ApiServices, build_app
from kixie_desktop.api.server import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    ApiServer,
    ApiThread,
)

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ApiServer", "ApiServices", "ApiThread", "build_app"]
