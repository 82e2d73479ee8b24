"""A test call to the demo line through the service and the running phone: the session's
pjsua2 softphone (null audio) calls the loopback demo line, stays a few seconds, hangs up,
and the outcome comes back in words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from kixie_desktop.domain.errors import PhoneNotReady
from kixie_desktop.services.workstation.settings import WorkstationSettingsService
from kixie_desktop.telephony.demo_peer import DemoPeerThread
from kixie_desktop.telephony.live_phone import LivePhone
from tests.support.softphone import EventLog
from tests.support.workspace import Workspace, services_over


@pytest.fixture
def phone(events: EventLog) -> Iterator[LivePhone]:
    live = LivePhone()
    unsubscribe = events.subscribe(live.on_event)  # as the runtime hands it every event
    yield live
    unsubscribe()
    live.detach()


def service_over(ws: Workspace, phone: LivePhone) -> WorkstationSettingsService:
    return services_over(ws.store, ws.clock, phone=phone).workstation


def test_before_the_phone_runs_there_is_nothing_to_call_with(ws: Workspace) -> None:
    with pytest.raises(PhoneNotReady, match="not running yet"):
        services_over(ws.store, ws.clock).workstation.test_call()


def test_the_demo_line_answers_and_the_call_ends_after_a_few_seconds(
        ws: Workspace, phone: LivePhone, softphone: Any) -> None:
    with DemoPeerThread() as demo:
        phone.attach(softphone, demo)
        result = service_over(ws, phone).test_call()
        assert result.connected and re.fullmatch(r"Test call connected · 0:0[3-5]", result.words)
        assert demo.calls_answered == 1


def test_with_a_phone_account_the_test_call_starts_its_own_demo_line(
        ws: Workspace, phone: LivePhone, softphone: Any) -> None:
    phone.attach(softphone, None)  # the runtime registered a SIP account: no demo line running
    result = service_over(ws, phone).test_call()
    assert result.connected, result.words
    assert phone._own_demo is not None and phone._own_demo.peer.calls_answered == 1
    phone.detach()
    assert phone._own_demo is None
