"""The workstation's settings through the service, on SQLite and PostgreSQL: the SIP account
(its password in the keyring only), the SMS provider (admins only, audited, its token in
the keyring only), a test text reaching a provider on loopback, and the sound devices."""

from __future__ import annotations

import base64
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import func, select

from kixie_desktop.config.secrets import SERVICE
from kixie_desktop.domain.calls import SipTransport, SrtpMode
from kixie_desktop.domain.errors import PermissionDenied, SecretStoreUnavailable, ValidationError
from kixie_desktop.domain.roles import Role
from kixie_desktop.domain.workstation import AudioDeviceChoice, SipAccountSetup, SmsProviderSetup
from kixie_desktop.services.ports.secrets import SMS_PROVIDER_TOKEN
from kixie_desktop.services.workstation.settings import WorkstationSettingsService
from kixie_desktop.storage.models import AuditLogRow
from tests.support.http_receiver import Received, Receiver, http_receiver
from tests.support.secret_service import PrivateSecretService
from tests.support.workspace import Workspace, services_over

PBX = SipAccountSetup("pbx.example.com", "1001", "sip:pbx.example.com", SipTransport.TLS, SrtpMode.OPTIONAL)


@pytest.fixture
def service(ws: Workspace) -> WorkstationSettingsService:
    return services_over(ws.store, ws.clock).workstation


def config(home: Path) -> dict[str, Any]:
    return tomllib.loads((home / "config" / "config.toml").read_text())


def audits(ws: Workspace) -> int:
    with ws.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditLogRow).where(AuditLogRow.entity == "sms_provider"))
                   or 0)


@pytest.fixture
def provider() -> Iterator[Receiver]:
    with http_receiver() as server:
        server.answer = lambda request: (201, {"sid": "SM1", "status": "queued"}, {})
        yield server


# -- the phone ------------------------------------------------------------------------------


def test_the_account_goes_to_the_file_and_its_password_to_the_keyring(
        service: WorkstationSettingsService, isolated_dirs: Path, real_keyring: PrivateSecretService) -> None:
    assert service.phone_account().setup is None
    status = service.save_phone_account(PBX, "s3cret")
    assert status.setup == PBX and status.password_saved
    assert config(isolated_dirs)["sip"] == {"registrar": "sip:pbx.example.com", "domain": "pbx.example.com",
                                            "username": "1001", "transport": "tls", "srtp": "optional",
                                            "caller_id": "", "caller_id_headers": "from+pai"}
    assert "s3cret" not in (isolated_dirs / "config" / "config.toml").read_text()
    assert real_keyring.secrets == {(SERVICE, "sip:1001"): "s3cret"}

    # Saving again without a password keeps the saved one.
    assert service.save_phone_account(PBX, None).password_saved
    assert real_keyring.secrets == {(SERVICE, "sip:1001"): "s3cret"}

    # A new user name needs its own password; the old one's is forgotten.
    renamed = SipAccountSetup("pbx.example.com", "1002", "sip:pbx.example.com")
    with pytest.raises(ValidationError) as refused:
        service.save_phone_account(renamed, "")
    assert refused.value.field == "password"
    assert config(isolated_dirs)["sip"]["username"] == "1001"
    service.save_phone_account(renamed, "other")
    assert real_keyring.secrets == {(SERVICE, "sip:1002"): "other"}

    service.clear_phone_account()
    assert service.phone_account().setup is None and real_keyring.secrets == {}
    assert config(isolated_dirs)["sip"]["domain"] == ""


def test_a_trunk_without_password_and_what_it_may_not_have(service: WorkstationSettingsService,
                                                            isolated_dirs: Path, real_keyring: PrivateSecretService) -> None:
    service.save_phone_account(PBX, "s3cret")
    with pytest.raises(ValidationError) as refused:
        service.save_phone_account(PBX, None, no_password=True)
    assert refused.value.field == "registrar"
    assert real_keyring.secrets == {(SERVICE, "sip:1001"): "s3cret"}  # nothing changed

    trunk = SipAccountSetup("trunk.example.com", "1001")
    status = service.save_phone_account(trunk, None, no_password=True)
    assert status.setup == trunk and not status.password_saved
    assert real_keyring.secrets == {}


@pytest.mark.parametrize(("fields", "field"), [
    (("", "1001"), "domain"), (("sip:pbx.example.com", "1001"), "domain"), (("pbx.example.com", " "), "username"),
    (("pbx.example.com", "10 01"), "username"), (("pbx.example.com", "1001@pbx"), "username"),
    (("pbx.example.com", "1001", "sip:pbx example"), "registrar"),
])
def test_a_bad_account_names_its_field(fields: tuple[str, ...], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        SipAccountSetup(*fields)
    assert refused.value.field == field


def test_without_a_safe_keyring_nothing_is_saved(service: WorkstationSettingsService, isolated_dirs: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretStoreUnavailable):
        service.save_phone_account(PBX, "s3cret")
    assert service.phone_account().setup is None


def test_sound_devices_are_saved_and_used_from_the_next_start_when_the_phone_is_not_running(
        service: WorkstationSettingsService, isolated_dirs: Path) -> None:
    choice = AudioDeviceChoice("USB Headset", "USB Headset", "Speakers")
    assert service.save_audio_devices(choice) is False
    assert service.audio_devices() == choice
    assert config(isolated_dirs)["audio"] == {"microphone": "USB Headset", "speaker": "USB Headset",
                                              "ring": "Speakers"}


# -- the SMS provider -----------------------------------------------------------------------


def test_an_admin_chooses_an_http_provider_its_token_in_the_keyring_only(
        ws: Workspace, service: WorkstationSettingsService, isolated_dirs: Path,
        real_keyring: PrivateSecretService) -> None:
    setup = SmsProviderSetup.http(" AC123 ", "(415) 555-0100", "https://sms.example.com/")
    status = service.set_sms_provider(ws.admin, setup, "tok-3xyz")
    assert status.token_saved and status.setup == SmsProviderSetup.http("AC123", "+14155550100",
                                                                        "https://sms.example.com")
    assert config(isolated_dirs)["sms_provider"] == {"kind": "http", "account_id": "AC123",
                                                     "from_number": "+14155550100",
                                                     "base_url": "https://sms.example.com"}
    assert "tok-3xyz" not in (isolated_dirs / "config" / "config.toml").read_text()
    assert real_keyring.secrets == {(SERVICE, SMS_PROVIDER_TOKEN): "tok-3xyz"}
    with ws.db.read() as s:
        audit = s.scalar(select(AuditLogRow).where(AuditLogRow.entity == "sms_provider"))
        assert audit is not None and audit.action == "set" and "tok-3xyz" not in str(audit.detail)

    # Changing the sender keeps the token; SIP MESSAGE forgets it.
    service.set_sms_provider(ws.admin, SmsProviderSetup.http("AC123", "+14155550199"))
    assert real_keyring.secrets == {(SERVICE, SMS_PROVIDER_TOKEN): "tok-3xyz"}
    assert not service.set_sms_provider(ws.admin, SmsProviderSetup.sip_message()).setup.is_http
    assert real_keyring.secrets == {} and service.sms_gateway() is None
    assert audits(ws) == 3


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SUPERVISOR, Role.AGENT])
def test_only_an_admin_changes_the_provider_or_sends_a_test(ws: Workspace, service: WorkstationSettingsService,
                                                            isolated_dirs: Path, real_keyring: PrivateSecretService,
                                                            provider: Receiver, role: Role) -> None:
    service.set_sms_provider(ws.admin, SmsProviderSetup.http("AC123", "+14155550100", provider.url), "tok")
    before = config(isolated_dirs)
    someone = {Role.MANAGER: ws.manager, Role.SUPERVISOR: ws.supervisor, Role.AGENT: ws.agent}[role]
    with pytest.raises(PermissionDenied):
        service.set_sms_provider(someone, SmsProviderSetup.sip_message())
    with pytest.raises(PermissionDenied):
        service.send_test_sms(someone, "+15125550100")
    assert config(isolated_dirs) == before
    assert real_keyring.secrets == {(SERVICE, SMS_PROVIDER_TOKEN): "tok"}
    assert provider.received == [] and audits(ws) == 1


def test_an_http_provider_needs_a_token_and_sane_fields(ws: Workspace, service: WorkstationSettingsService,
                                                        isolated_dirs: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        service.set_sms_provider(ws.admin, SmsProviderSetup.http("AC1", "+14155550100"), "")
    assert refused.value.field == "token"
    assert not (isolated_dirs / "config" / "config.toml").exists() and audits(ws) == 0
    for args, field in [(("AC 1", "+14155550100"), "account_id"), (("AC1", "nope"), "from_number"),
                        (("AC1", "+14155550100", "http://sms.example.com"), "base_url")]:
        with pytest.raises(ValidationError) as bad:
            SmsProviderSetup.http(*args)
        assert bad.value.field == field


def test_a_test_text_reaches_the_provider_as_saved(ws: Workspace, service: WorkstationSettingsService,
                                                   provider: Receiver) -> None:
    with pytest.raises(ValidationError) as refused:
        service.send_test_sms(ws.admin, "+15125550100")
    assert refused.value.field == "sms_provider"  # SIP MESSAGE: no test text

    service.set_sms_provider(ws.admin, SmsProviderSetup.http("AC123", "+14155550100", provider.url), "tok-3xyz")
    assert service.send_test_sms(ws.admin, "512 555 0100") == "+15125550100"
    (sent,) = provider.received
    assert sent.path == "/2010-04-01/Accounts/AC123/Messages.json"
    assert base64.b64decode(sent.headers["authorization"].split()[1]) == b"AC123:tok-3xyz"
    form = parse_qs(sent.body.decode())
    assert (form["To"], form["From"], form["Body"]) == (
        ["+15125550100"], ["+14155550100"], ["Test text from Acme Solar (Kixie Desktop)."])

    def refuse(request: Received) -> tuple[int, Any, dict[str, str]]:
        return 400, {"code": 21211, "message": "The 'To' number is not a valid phone number."}, {}

    provider.answer = refuse
    with pytest.raises(ValidationError) as not_taken:
        service.send_test_sms(ws.admin, "+15125550101")
    assert not_taken.value.field == "sms_provider" and "did not take" in not_taken.value.message
    with pytest.raises(ValidationError) as bad_number:
        service.send_test_sms(ws.admin, "call me")
    assert bad_number.value.field == "to" and len(provider.received) == 2


def test_the_engine_gateway_needs_the_token_in_the_keyring(ws: Workspace, service: WorkstationSettingsService,
                                                           real_keyring: PrivateSecretService) -> None:
    service.set_sms_provider(ws.admin, SmsProviderSetup.http("AC123", "+14155550100"), "tok")
    assert service.sms_gateway() is not None
    real_keyring.clear()
    with pytest.raises(SecretStoreUnavailable, match="Manage ▸ Settings ▸ SMS Provider"):
        service.sms_gateway()
