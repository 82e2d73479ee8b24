"""Manage ▸ Settings ▸ Phone, driven as a person would: the SIP account saved to config.toml
with its password in the keyring only (and never shown back), errors next to their fields,
the sound devices, and a test call that reaches the demo line of the running engine."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kixie_desktop.composition import Backend
from kixie_desktop.config.secrets import SERVICE
from kixie_desktop.domain.calls import CallerIdHeaders, SipTransport
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.phone_page import PhonePage
from kixie_desktop.runtime import EngineRuntime
from tests.gui.settings.opening import WAIT_MS, open_page, type_into
from tests.support.secret_service import PrivateSecretService
from tests.support.softphone import EventLog


def phone_page(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> PhonePage:
    page = open_page(qtbot, backend, runner, "Phone")
    assert isinstance(page, PhonePage)
    return page


def config_file(home: Path) -> Path:
    return home / "config" / "config.toml"


def click_and_wait(qtbot: QtBot, page: PhonePage, button: Any) -> None:
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_agent_sets_up_the_phone_account_its_password_in_the_keyring_only(
        qtbot: QtBot, agent_backend: Backend, runner: BackgroundRunner, isolated_dirs: Path,
        real_keyring: PrivateSecretService) -> None:
    page = phone_page(qtbot, agent_backend, runner)
    ui = page.ui
    assert ui.account_status_label.text() == "No phone account: calls and texts go to the built-in demo line."
    assert not ui.clear_account_button.isEnabled()

    type_into(qtbot, ui.domain_edit, "pbx.example.com")
    type_into(qtbot, ui.username_edit, "1001")
    type_into(qtbot, ui.password_edit, "s3cret-pass")
    type_into(qtbot, ui.registrar_edit, "sip:pbx.example.com")
    assert not ui.encryption_note.isVisibleTo(page)
    ui.transport_combo.setCurrentIndex(ui.transport_combo.findData(SipTransport.TLS))
    # The bundled OpenSSL is end-of-life (docs/telephony.md): choosing encryption says so, in words.
    assert ui.encryption_note.isVisibleTo(page) and "no longer gets security fixes" in ui.encryption_note.text()
    # A PBX that knows its phones by their From address: the local-presence number goes in PAI only.
    assert ui.caller_id_combo.currentText() == "From and P-Asserted-Identity"
    ui.caller_id_combo.setCurrentIndex(ui.caller_id_combo.findText("P-Asserted-Identity only"))
    click_and_wait(qtbot, page, ui.save_account_button)

    sip = tomllib.loads(config_file(isolated_dirs).read_text())["sip"]
    assert (sip["domain"], sip["username"], sip["registrar"], sip["transport"], sip["caller_id_headers"]) == (
        "pbx.example.com", "1001", "sip:pbx.example.com", "tls", "pai")
    assert "s3cret" not in config_file(isolated_dirs).read_text()
    assert real_keyring.secrets == {(SERVICE, "sip:1001"): "s3cret-pass"}
    # Never shown back: the field is empty and says where the password is.
    assert ui.password_edit.text() == "" and ui.password_edit.placeholderText() == "saved in the keyring"
    assert ui.account_status_label.text() == "1001@pbx.example.com · password saved in the keyring"
    assert ui.phone_message.text() == "Saved. Calls go out on it from the next time Kixie Desktop starts."

    # Opened again, the page shows what was saved.
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.load()
    assert (ui.domain_edit.text(), ui.username_edit.text(), ui.transport_combo.currentData(),
            ui.caller_id_combo.currentData()) == ("pbx.example.com", "1001", SipTransport.TLS, CallerIdHeaders.PAI)

    click_and_wait(qtbot, page, ui.clear_account_button)
    assert real_keyring.secrets == {}
    assert tomllib.loads(config_file(isolated_dirs).read_text())["sip"]["domain"] == ""
    assert ui.account_status_label.text().startswith("No phone account")


def test_a_refused_account_says_why_next_to_the_field_and_saves_nothing(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner, isolated_dirs: Path,
        real_keyring: PrivateSecretService) -> None:
    page = phone_page(qtbot, backend, runner)
    ui = page.ui
    type_into(qtbot, ui.username_edit, "1001")
    type_into(qtbot, ui.password_edit, "s3cret")
    qtbot.mouseClick(ui.save_account_button, Qt.MouseButton.LeftButton)
    assert ui.domain_error.isVisibleTo(page) and "domain" in ui.domain_error.text()

    type_into(qtbot, ui.domain_edit, "pbx.example.com")
    type_into(qtbot, ui.registrar_edit, "sip:pbx.example.com")
    qtbot.mouseClick(ui.no_password_check, Qt.MouseButton.LeftButton)
    assert not ui.password_edit.isEnabled()
    qtbot.mouseClick(ui.save_account_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.registrar_error.isVisibleTo(page), timeout=WAIT_MS)
    assert ui.registrar_error.text() == "An account with a registrar needs a password"
    assert not ui.domain_error.isVisibleTo(page)

    qtbot.mouseClick(ui.no_password_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.save_account_button, Qt.MouseButton.LeftButton)  # no password typed, none saved
    qtbot.waitUntil(lambda: ui.password_error.isVisibleTo(page), timeout=WAIT_MS)
    assert ui.password_error.text() == "Enter the account's password"
    assert real_keyring.secrets == {}
    assert not config_file(isolated_dirs).exists() or "pbx.example.com" not in config_file(isolated_dirs).read_text()


@pytest.fixture
def running(backend: Backend, softphone: Any, events: EventLog) -> Iterator[EngineRuntime]:
    """The app's engine runtime on the session's softphone (null audio) and its demo line."""
    runtime = EngineRuntime(backend, softphone=softphone, api=None, poll_s=0.2)
    unsubscribe = events.subscribe(runtime.on_telephony_event)  # the runtime's own softphone would
    runtime.start()
    yield runtime
    runtime.stop()
    unsubscribe()


def test_a_test_call_reaches_the_demo_line_and_says_how_it_went(
        qtbot: QtBot, backend: Backend, running: EngineRuntime, runner: BackgroundRunner) -> None:
    page = phone_page(qtbot, backend, runner)
    assert running.demo_peer is not None
    with qtbot.waitSignal(page.tested, timeout=30_000) as outcome:
        qtbot.mouseClick(page.ui.test_call_button, Qt.MouseButton.LeftButton)
        assert page.ui.test_call_result.text() == "Calling the demo line…"
        assert not page.ui.test_call_button.isEnabled()
    assert re.fullmatch(r"Test call connected · 0:0[3-5]", outcome.args[0])
    assert page.ui.test_call_result.text() == outcome.args[0]
    assert running.demo_peer.calls_answered == 1
    assert page.ui.test_call_button.isEnabled()


def test_before_the_engine_runs_the_test_call_and_devices_say_so(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner, isolated_dirs: Path) -> None:
    page = phone_page(qtbot, backend, runner)
    ui = page.ui
    assert ui.audio_note.text().startswith("The phone is not running yet")
    assert [ui.speaker_combo.itemText(i) for i in range(ui.speaker_combo.count())] == ["System default"]
    with qtbot.waitSignal(page.tested, timeout=WAIT_MS) as outcome:
        qtbot.mouseClick(ui.test_call_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0].startswith("The phone is not running yet")

    click_and_wait(qtbot, page, ui.save_audio_button)
    assert ui.phone_message.text() == "Saved: calls use these devices from the next time Kixie Desktop starts."
    assert tomllib.loads(config_file(isolated_dirs).read_text())["audio"] == {
        "microphone": "", "speaker": "", "ring": ""}


def test_a_saved_device_that_is_gone_stays_chosen_until_changed(
        qtbot: QtBot, backend: Backend, running: EngineRuntime, runner: BackgroundRunner,
        isolated_dirs: Path) -> None:
    config_file(isolated_dirs).write_text('[audio]\nmicrophone = "USB Headset"\nspeaker = ""\nring = ""\n')
    page = phone_page(qtbot, backend, runner)
    ui = page.ui
    assert ui.microphone_combo.currentText() == "USB Headset (not connected)"
    assert ui.audio_note.text() == "This computer has no sound devices: calls use a silent stand-in."
    click_and_wait(qtbot, page, ui.save_audio_button)
    assert ui.phone_message.text() == "Saved: calls use these devices now."
    assert tomllib.loads(config_file(isolated_dirs).read_text())["audio"]["microphone"] == "USB Headset"
