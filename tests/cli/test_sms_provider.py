"""Choosing the SMS provider: the HTTP provider (Twilio's Messages API) set up from the command
line, its token in the keyring only, a test text, and the engine texting through it."""

from __future__ import annotations

import base64
import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from kixie_desktop.cli.main import main
from kixie_desktop.composition import open_backend
from kixie_desktop.config.secrets import SERVICE
from kixie_desktop.services.ports.secrets import SMS_PROVIDER_TOKEN
from kixie_desktop.domain.cadence import CadenceDefinition, CadenceSettings, SmsAction
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.runtime import EngineRuntime
from tests.support.http_receiver import Received, Receiver, http_receiver
from tests.support.secret_service import PrivateSecretService


def _accepted(request: Received) -> tuple[int, Any, dict[str, str]]:
    return 201, {"sid": f"SM{len(request.body)}", "status": "queued"}, {}


@pytest.fixture
def provider() -> Iterator[Receiver]:
    with http_receiver() as server:
        server.answer = _accepted
        yield server


def _configure(provider: Receiver, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO("tok-3xyz\n"))
    return main(["sms-provider", "http", "--account-id", "AC123", "--from", "(415) 555-0100",
                 "--base-url", provider.url, "--token-stdin"])


def test_http_provider_set_up_shown_and_tested(isolated_dirs: Path, real_keyring: PrivateSecretService,
                                               provider: Receiver, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    assert _configure(provider, monkeypatch) == 0
    config = (isolated_dirs / "config" / "config.toml").read_text()
    assert 'kind = "http"' in config and 'from_number = "+14155550100"' in config and "tok-3xyz" not in config
    assert real_keyring.secrets[(SERVICE, SMS_PROVIDER_TOKEN)] == "tok-3xyz"
    capsys.readouterr()
    assert main(["sms-provider", "show"]) == 0
    shown = capsys.readouterr().out
    assert "AC123" in shown and "token in keyring: yes" in shown and "tok-3xyz" not in shown

    assert main(["sms-provider", "test", "512 555 0100"]) == 0
    (sent,) = provider.received
    assert sent.path == "/2010-04-01/Accounts/AC123/Messages.json"
    assert base64.b64decode(sent.headers["authorization"].split()[1]) == b"AC123:tok-3xyz"
    form = parse_qs(sent.body.decode())
    assert (form["To"], form["From"]) == (["+15125550100"], ["+14155550100"])
    assert form["Body"] == ["Test text from Acme Solar (demo) (Kixie Desktop)."]

    assert main(["sms-provider", "sip"]) == 0
    assert (SERVICE, SMS_PROVIDER_TOKEN) not in real_keyring.secrets
    assert main(["sms-provider", "test", "512 555 0100"]) == 2


@pytest.mark.parametrize(("args", "words"), [
    (["--account-id", "AC 1", "--from", "+14155550100"], "one word"),
    (["--account-id", "AC1", "--from", "nope"], "phone number"),
    (["--account-id", "AC1", "--from", "+14155550100", "--base-url", "http://example.com"], "https://"),
])
def test_bad_provider_settings_are_one_line(isolated_dirs: Path, real_keyring: PrivateSecretService,
                                            capsys: pytest.CaptureFixture[str], args: list[str], words: str) -> None:
    assert main(["sms-provider", "http", *args, "--token-stdin"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err
    assert real_keyring.secrets == {}


def test_the_engine_texts_through_the_provider_chosen(isolated_dirs: Path, real_keyring: PrivateSecretService,
                                                      provider: Receiver, monkeypatch: pytest.MonkeyPatch,
                                                      softphone: Any, events: Any) -> None:
    assert main(["demo"]) == 0  # choosing the provider is an admin's, so the workspace comes first
    assert _configure(provider, monkeypatch) == 0
    backend = open_backend()
    admin = backend.actor()
    backend.accounts.update(admin, quiet_hours_guard=False, compliance_profiles=False)
    queue = backend.directory.queues(admin)[0]
    template = backend.templates.list(admin)[0]
    version = backend.cadences.create(admin, CadenceDefinition(
        CadenceSettings(name="Text at once", queue_id=queue.id), actions=(SmsAction(template.id),)))
    backend.cadences.set_active(admin, version.cadence_id, True)
    runtime = EngineRuntime(backend, softphone=softphone, api=None, poll_s=0.1)
    runtime.start()
    try:
        backend.enrollment.enroll(admin, version.cadence_id, NewContact(phone="+1 512 555 0177", first_name="Ivy"))
        runtime.wake()
        deadline = time.monotonic() + 15
        while not provider.received:
            assert time.monotonic() < deadline, "no text reached the provider"
            time.sleep(0.05)
    finally:
        runtime.stop()
        backend.close()
    (sent,) = provider.received
    form = parse_qs(sent.body.decode())
    assert form["To"] == ["+15125550177"] and form["Body"][0].startswith("Hi Ivy")
    assert sent.headers["idempotency-key"].startswith("kx-ar")


def test_an_agent_cannot_choose_the_provider(isolated_dirs: Path, real_keyring: PrivateSecretService,
                                             provider: Receiver, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    monkeypatch.setenv("KIXIE_USER", "alex@acme-solar.example")
    capsys.readouterr()
    assert _configure(provider, monkeypatch) == 2
    assert "may not change account settings" in capsys.readouterr().err
    assert real_keyring.secrets == {}
    assert not (isolated_dirs / "config" / "config.toml").exists()
    assert main(["sms-provider", "test", "512 555 0100"]) == 2 and provider.received == []
