"""Engines on other workstations hear about a due enrollment at once (PostgreSQL LISTEN/NOTIFY)."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from kixie_desktop.domain.cadence import SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.notifications import PgListener
from tests.support.workspace import build_workspace


def test_an_enrollment_due_now_wakes_listening_engines(database: Database) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite engines poll; LISTEN/NOTIFY is PostgreSQL's")
    ws = build_workspace(database)
    version = ws.cadences.create(ws.manager, replace(ws.definition(), actions=(SmsAction(template_id=ws.template.id),)))
    ws.cadences.set_active(ws.manager, version.cadence_id, True)
    woken = threading.Event()
    listener = PgListener(database, woken.set)
    listener.start()
    try:
        woken.wait(1)  # let LISTEN take hold; a stray wake-up is harmless
        woken.clear()
        ws.enrollment.enroll(
            ws.manager, version.cadence_id, NewContact(phone="+15125550100"))
        assert woken.wait(5)
    finally:
        listener.stop()
