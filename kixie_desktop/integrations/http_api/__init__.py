"""The HTTP enrollment API (SPEC §7, issue 5): aiohttp app, server and OpenAPI document."""

from kixie_desktop.integrations.http_api.application import ApiServices, build_app
from kixie_desktop.integrations.http_api.server import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    ApiServer,
    ApiThread,
)

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ApiServer", "ApiServices", "ApiThread", "build_app"]
