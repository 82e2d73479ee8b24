"""Reading HTTP responses from third-party services: JSON bodies that may not be JSON,
and Retry-After headers in either of their two forms (seconds, or an HTTP date)."""

from __future__ import annotations

import time
from email.utils import parsedate_to_datetime
from typing import Any

import requests


def json_object(resp: requests.Response) -> dict[str, Any]:
    """The body as a JSON object, or {} when it is not one (HTML error pages, empty bodies)."""
    try:
        data = resp.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def retry_after(resp: requests.Response, default: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header, or ``default`` when it is missing or unreadable."""
    value = resp.headers.get("Retry-After")
    if not value:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return default
