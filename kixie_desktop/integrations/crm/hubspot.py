"""``HubSpotAdapter``: the CRM port over HubSpot's CRM v3 objects API with ``requests``.

Blocking; used only by the CRM worker's thread (``services.crm_sync.CrmWorker``). The
private-app token is handed in by the composition root (read from the keyring there),
sent as a bearer token and never logged or shown in ``repr``. ``base_url`` is
configurable so tests point it at a local server.

Rate limits: a 429 is waited out in place when its ``Retry-After`` (or the back-off, when
there is none) is short, a few times; otherwise it raises a transient
``IntegrationError`` and the outbox retries the job later. 5xx and network errors are
retried the same way. 401/403 (bad token, missing scope) are transient too — fixing the
token lets queued jobs through — while other 4xx are permanent (``permanent=True``).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import requests

from kixie_desktop.domain.errors import IntegrationError
from kixie_desktop.domain.phone_numbers import mask
from kixie_desktop.integrations.http_responses import json_object, retry_after
from kixie_desktop.services.ports.crm import CrmContactData, CrmContactRef

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://api.hubapi.com"
# HubSpot-defined association types (v4 association type ids used by the v3 objects API).
CALL_TO_CONTACT = 194
COMMUNICATION_TO_CONTACT = 81
# HubSpot's default call outcomes; other dispositions go in the call's title only.
CALL_OUTCOMES = {
    "busy": "9d9162e7-6cf3-4944-bf63-4dff82258764",
    "connected": "f240bbac-87c9-4f6e-bf70-924b57d47db7",
    "left live message": "a4c4c377-d246-4b32-a13b-75a56a4cd0ff",
    "left voicemail": "b2cf5968-551e-4856-9783-52b3da59a7d0",
    "no answer": "73a0d17f-1163-4015-bdd5-ec830791da20",
    "wrong number": "17b47fee-58de-441e-a44c-c6300d46f273",
}
_EXISTING_ID = re.compile(r"Existing ID:\s*(\d+)")
_CONTACT_PROPERTIES = ["phone", "mobilephone", "firstname", "lastname", "email", "hubspot_owner_id"]


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class HubSpotAdapter:
    name = "hubspot"

    def __init__(self, token: str, *, base_url: str = DEFAULT_BASE_URL, attempts: int = 3,
                 backoff_s: float = 1.0, max_wait_s: float = 10.0, timeout_s: tuple[float, float] = (5.0, 20.0),
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not token:
            raise IntegrationError("no HubSpot private-app token is configured", permanent=True)
        self._token = token
        self._base = base_url.rstrip("/")
        self._attempts = attempts
        self._backoff_s = backoff_s
        self._max_wait_s = max_wait_s
        self._timeout = timeout_s
        self._sleep = sleep
        self._session = requests.Session()
        self._owners: dict[str, str] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:  # never show the token
        return f"HubSpotAdapter(base_url={self._base!r})"

    # --- the port -----------------------------------------------------------------------

    def find_or_create_contact(self, contact: CrmContactData) -> CrmContactRef:
        found = self._request("POST", "/crm/v3/objects/contacts/search", json={
            "filterGroups": [
                {"filters": [{"propertyName": "phone", "operator": "EQ", "value": contact.phone}]},
                {"filters": [{"propertyName": "mobilephone", "operator": "EQ", "value": contact.phone}]},
            ],
            "properties": _CONTACT_PROPERTIES, "limit": 1,
        })
        results = found.get("results") or []
        if results:
            return CrmContactRef(str(results[0]["id"]))
        properties = {"phone": contact.phone, "firstname": contact.first_name, "lastname": contact.last_name,
                      "email": contact.email, "company": contact.company}
        created = self._request("POST", "/crm/v3/objects/contacts",
                                json={"properties": {k: v for k, v in properties.items() if v}},
                                conflict_ok=True)
        if "id" in created:
            log.info("HubSpot contact %s created for %s", created["id"], mask(contact.phone))
            return CrmContactRef(str(created["id"]), created=True)
        # 409: a contact with this email exists (under another phone): use it.
        match = _EXISTING_ID.search(str(created.get("message", "")))
        if not match:
            raise IntegrationError(f"HubSpot refused the contact: {created.get('message')}", permanent=True)
        return CrmContactRef(match.group(1))

    def set_owner(self, contact: CrmContactRef, owner_email: str) -> None:
        owner_id = self._owner_id(owner_email)
        self._request("PATCH", f"/crm/v3/objects/contacts/{contact.crm_id}",
                      json={"properties": {"hubspot_owner_id": owner_id}})

    def log_call(self, contact: CrmContactRef, disposition: str | None, duration_s: int,
                 notes: str | None, at: datetime, *, direction: str = "outbound") -> str:
        properties = {
            "hs_timestamp": _iso(at),
            "hs_call_title": f"Kixie call: {disposition}" if disposition else "Kixie call",
            "hs_call_body": notes or "",
            "hs_call_duration": str(max(0, duration_s) * 1000),  # milliseconds
            "hs_call_direction": "INBOUND" if direction == "inbound" else "OUTBOUND",
            "hs_call_status": "COMPLETED",
        }
        outcome = CALL_OUTCOMES.get((disposition or "").strip().lower())
        if outcome:
            properties["hs_call_disposition"] = outcome
        body = self._request("POST", "/crm/v3/objects/calls", json={
            "properties": properties, "associations": [_association(contact, CALL_TO_CONTACT)]})
        return str(body["id"])

    def log_sms(self, contact: CrmContactRef, direction: str, body: str, at: datetime) -> str:
        label = "Inbound SMS" if direction == "inbound" else "Outbound SMS"
        created = self._request("POST", "/crm/v3/objects/communications", json={
            "properties": {"hs_communication_channel_type": "SMS", "hs_communication_logged_from": "CRM",
                           "hs_communication_body": f"{label}: {body}", "hs_timestamp": _iso(at)},
            "associations": [_association(contact, COMMUNICATION_TO_CONTACT)]})
        return str(created["id"])

    # --- HTTP ---------------------------------------------------------------------------

    def _owner_id(self, email: str) -> str:
        key = email.strip().lower()
        with self._lock:
            if key in self._owners:
                return self._owners[key]
        body = self._request("GET", "/crm/v3/owners/", params={"email": key, "limit": 1})
        results = body.get("results") or []
        if not results:
            raise IntegrationError(f"HubSpot has no user with email {email!r}", permanent=True)
        with self._lock:
            self._owners[key] = str(results[0]["id"])
            return self._owners[key]

    def _request(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None,
                 conflict_ok: bool = False) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}
        delay = self._backoff_s
        problem = "not attempted"
        for attempt in range(1, self._attempts + 1):
            wait = delay
            try:
                resp = self._session.request(method, self._base + path, json=json, params=params,
                                             headers=headers, timeout=self._timeout)
            except requests.RequestException as exc:
                problem = f"cannot reach HubSpot: {type(exc).__name__}"
            else:
                status = resp.status_code
                if 200 <= status < 300 or (conflict_ok and status == 409):
                    return json_object(resp)
                message = str(json_object(resp).get("message") or resp.reason or "")
                if status in (401, 403):
                    raise IntegrationError(f"HubSpot refused the token ({status} {message}): check the "
                                           "private-app token and its scopes", permanent=False)
                if status != 429 and status < 500:
                    raise IntegrationError(f"HubSpot refused {method} {path}: {status} {message}",
                                           permanent=True)
                problem = f"HubSpot answered {status} {message}".strip()
                wait = retry_after(resp, delay) if status == 429 else delay
            if attempt == self._attempts or wait > self._max_wait_s:
                break
            log.info("HubSpot %s %s: %s; retrying in %.1fs", method, path, problem, wait)
            self._sleep(wait)
            delay *= 2
        raise IntegrationError(problem, permanent=False)


def _association(contact: CrmContactRef, type_id: int) -> dict[str, Any]:
    return {"to": {"id": contact.crm_id},
            "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": type_id}]}




