"""Manage ▸ Settings ▸ SMS Provider, driven as a person would: an admin chooses an HTTP provider
(config.toml gets its fields, the keyring its token, never the file), sends a test text that
reaches a provider on loopback, and goes back to SIP MESSAGE; an agent cannot change it."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.composition import Backend
from kixie_desktop.config.secrets import SERVICE
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.sms_provider_page import SmsProviderPage
from kixie_desktop.services.ports.secrets import SMS_PROVIDER_TOKEN
from kixie_desktop.storage.models import AuditLogRow
from tests.gui.settings.opening import WAIT_MS, open_page, type_into
from tests.support.http_receiver import Receiver, http_receiver
from tests.support.secret_service import PrivateSecretService


@pytest.fixture
def provider() -> Iterator[Receiver]:
    with http_receiver() as server:
        server.answer = lambda request: (201, {"sid": "SM1", "status": "queued"}, {})
        yield server


def sms_page(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> SmsProviderPage:
    page = open_page(qtbot, backend, runner, "SMS Provider")
    assert isinstance(page, SmsProviderPage)
    return page


def config(home: Path) -> dict[str, Any]:
    path = home / "config" / "config.toml"
    return tomllib.loads(path.read_text()) if path.exists() else {}


def test_an_admin_chooses_an_http_provider_and_a_test_text_reaches_it(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner, provider: Receiver, isolated_dirs: Path,
        real_keyring: PrivateSecretService) -> None:
    page = sms_page(qtbot, backend, runner)
    ui = page.ui
    assert ui.sip_radio.isChecked() and not ui.http_group.isEnabled() and not ui.send_test_button.isEnabled()

    qtbot.mouseClick(ui.http_radio, Qt.MouseButton.LeftButton)
    assert ui.http_group.isEnabled()
    type_into(qtbot, ui.account_id_edit, "AC123")
    type_into(qtbot, ui.from_number_edit, "(415) 555-0100")
    type_into(qtbot, ui.token_edit, "tok-3xyz")
    type_into(qtbot, ui.base_url_edit, provider.url)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)

    assert config(isolated_dirs)["sms_provider"] == {"kind": "http", "account_id": "AC123",
                                                     "from_number": "+14155550100", "base_url": provider.url}
    assert "tok-3xyz" not in (isolated_dirs / "config" / "config.toml").read_text()
    assert real_keyring.secrets == {(SERVICE, SMS_PROVIDER_TOKEN): "tok-3xyz"}
    assert ui.token_edit.text() == "" and ui.token_edit.placeholderText() == "saved in the keyring"
    assert ui.from_number_edit.text() == "+14155550100"
    assert ui.sms_message.text() == "Saved. The engine sends through it from the next time Kixie Desktop starts."
    with backend.db.read() as s:
        assert s.scalar(select(AuditLogRow.action).where(AuditLogRow.entity == "sms_provider")) == "set"

    assert ui.send_test_button.isEnabled()
    type_into(qtbot, ui.test_to_edit, "512 555 0100")
    with qtbot.waitSignal(page.tested, timeout=WAIT_MS):
        qtbot.mouseClick(ui.send_test_button, Qt.MouseButton.LeftButton)
    assert ui.test_result.text() == "The provider took the test text to +15125550100."
    (sent,) = provider.received
    form = parse_qs(sent.body.decode())
    assert (form["To"], form["From"], form["Body"]) == (
        ["+15125550100"], ["+14155550100"], ["Test text from Acme Solar (demo) (Kixie Desktop)."])
    assert backend.http_sms_gateway() is not None  # what the engine texts through from its next start

    # A number the page cannot read is refused next to it, and nothing is sent.
    type_into(qtbot, ui.test_to_edit, "call me")
    with qtbot.waitSignal(page.tested, timeout=WAIT_MS):
        qtbot.mouseClick(ui.send_test_button, Qt.MouseButton.LeftButton)
    assert ui.test_to_error.isVisibleTo(page) and "phone number" in ui.test_to_error.text()
    assert len(provider.received) == 1

    # Back to SIP MESSAGE: the token leaves the keyring.
    qtbot.mouseClick(ui.sip_radio, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert config(isolated_dirs)["sms_provider"]["kind"] == "sip"
    assert real_keyring.secrets == {} and not ui.send_test_button.isEnabled()
    assert backend.http_sms_gateway() is None


def test_bad_provider_fields_are_refused_next_to_them(qtbot: QtBot, backend: Backend, runner: BackgroundRunner,
                                                      isolated_dirs: Path, real_keyring: PrivateSecretService) -> None:
    page = sms_page(qtbot, backend, runner)
    ui = page.ui
    qtbot.mouseClick(ui.http_radio, Qt.MouseButton.LeftButton)
    type_into(qtbot, ui.account_id_edit, "AC123")
    type_into(qtbot, ui.from_number_edit, "not a number")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert ui.from_number_error.isVisibleTo(page) and "phone number" in ui.from_number_error.text()

    type_into(qtbot, ui.from_number_edit, "+14155550100")
    type_into(qtbot, ui.base_url_edit, "http://sms.example.com")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    assert ui.base_url_error.isVisibleTo(page) and "https://" in ui.base_url_error.text()
    assert not ui.from_number_error.isVisibleTo(page)

    ui.base_url_edit.clear()
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)  # no token typed, none saved
    qtbot.waitUntil(lambda: ui.token_error.isVisibleTo(page), timeout=WAIT_MS)
    assert ui.token_error.text() == "Enter the provider's auth token"
    assert config(isolated_dirs).get("sms_provider", {}).get("kind", "sip") == "sip"
    assert real_keyring.secrets == {}


def test_an_agent_sees_the_provider_but_cannot_change_it(qtbot: QtBot, agent_backend: Backend,
                                                         runner: BackgroundRunner, isolated_dirs: Path,
                                                         real_keyring: PrivateSecretService) -> None:
    page = sms_page(qtbot, agent_backend, runner)
    ui = page.ui
    assert ui.sms_message.text() == "Only an admin can change how texts are sent."
    assert not ui.save_button.isEnabled() and not ui.http_radio.isEnabled()

    # Even a save that got past the disabled controls is refused by the service.
    ui.http_radio.setChecked(True)
    for widget in (ui.save_button, ui.http_radio, ui.http_group):
        widget.setEnabled(True)
    type_into(qtbot, ui.account_id_edit, "AC123")
    type_into(qtbot, ui.from_number_edit, "+14155550100")
    type_into(qtbot, ui.token_edit, "tok")
    qtbot.mouseClick(ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "may not" in ui.sms_message.text(), timeout=WAIT_MS)
    assert config(isolated_dirs).get("sms_provider", {}).get("kind", "sip") == "sip"
    assert real_keyring.secrets == {}
