"""``WorkstationSettingsService``: this workstation's phone (SIP account, sound devices, a
test call to the demo line) and the SMS provider its engine sends through.

Who may change what (docs/decisions.md, 33): the phone is the workstation's own set-up,
kept in its settings file and keyring, so whoever works at it sets it up — no role check
and no audit entry (nothing of the workspace changes). The SMS provider decides how every
text this workstation's engine sends leaves, and what it costs the business: admins only,
audited. Passwords and tokens go to the keyring only; the settings file and every value
this service returns carry at most whether one is saved.

Changes to the account and the provider take effect when the engine next starts (the
engine runtime registers the account and builds its gateway once); sound devices switch at
once when the phone is running.
"""

from __future__ import annotations

import logging
import uuid

from kixie_desktop.domain.calls import AudioDevice
from kixie_desktop.domain.errors import PhoneNotReady, SecretStoreUnavailable, ValidationError
from kixie_desktop.domain.messaging import OutboundSms
from kixie_desktop.domain.phone_numbers import normalise
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.workstation import (
    AudioDeviceChoice,
    PhoneAccountStatus,
    SipAccountSetup,
    SmsProviderSetup,
    SmsProviderStatus,
    TestCallResult,
)
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.secrets import SMS_PROVIDER_TOKEN, SecretStore, sip_password_name
from kixie_desktop.services.ports.storage import Store
from kixie_desktop.services.ports.telephony import SmsGateway
from kixie_desktop.services.ports.workstation import HttpSmsConnector, RunningPhone, WorkstationSettingsFile
from kixie_desktop.services.workstation.demo_line_call import call_demo_line

log = logging.getLogger(__name__)

NO_TOKEN = ("no token for the SMS provider in the keyring: enter it again in Manage ▸ Settings ▸ SMS Provider "
            "(or run `kixie-desktop sms-provider http …`)")


class WorkstationSettingsService(Service):
    def __init__(self, store: Store, clock: Clock, settings_file: WorkstationSettingsFile, secrets: SecretStore,
                 phone: RunningPhone, connect_http: HttpSmsConnector) -> None:
        super().__init__(store, clock)
        self._file = settings_file
        self._secrets = secrets
        self._phone = phone
        self._connect_http = connect_http

    # -- the phone: this workstation's SIP account ------------------------------------------

    def phone_account(self) -> PhoneAccountStatus:
        setup = self._file.sip_account()
        if setup is None:
            return PhoneAccountStatus(None)
        return PhoneAccountStatus(setup, self._secrets.get(sip_password_name(setup.username)) is not None)

    def save_phone_account(self, setup: SipAccountSetup, password: str | None = None, *,
                           no_password: bool = False) -> PhoneAccountStatus:
        """Save the account. ``password`` None or empty keeps the one saved for this user name;
        ``no_password``: a trunk that lets this computer in by its address (no registrar)."""
        if no_password and setup.registrar:
            raise ValidationError("an account with a registrar needs a password", field="registrar")
        name = sip_password_name(setup.username)
        if not no_password and not password and self._secrets.get(name) is None:
            raise ValidationError("enter the account's password", field="password")
        before = self._file.sip_account()
        if no_password:
            self._secrets.delete(name)
        elif password:
            self._secrets.set(name, password)  # refuses without a safe keyring: nothing saved
        self._file.save_sip_account(setup)
        if before is not None and before.username != setup.username:
            self._secrets.delete(sip_password_name(before.username))
        log.info("SIP account %s saved", setup.address)
        return self.phone_account()

    def encryption_caveat(self) -> str | None:
        """A warning to show beside encrypted connections and audio, when there is one."""
        return self._phone.encryption_caveat()

    def clear_phone_account(self) -> None:
        """Forget the account and its password: calls and texts go to the demo line."""
        before = self._file.sip_account()
        if before is not None:
            self._secrets.delete(sip_password_name(before.username))
        self._file.save_sip_account(None)

    # -- the phone: sound devices and a test call -------------------------------------------

    def audio_devices(self) -> AudioDeviceChoice:
        return self._file.audio_devices()

    def available_audio_devices(self) -> list[AudioDevice]:
        """What the sound system offers now; ``PhoneNotReady`` until the phone runs."""
        return self._phone.audio_devices()

    def save_audio_devices(self, choice: AudioDeviceChoice) -> bool:
        """Save the choice; True when calls use it at once, False when from the next start."""
        self._file.save_audio_devices(choice)
        try:
            self._phone.use_audio_devices(choice)
        except PhoneNotReady:
            return False
        return True

    def test_call(self) -> TestCallResult:
        """Call the built-in demo line, stay a few seconds, hang up; blocks until it ended."""
        return call_demo_line(self._phone)

    # -- the SMS provider -------------------------------------------------------------------

    def sms_provider(self) -> SmsProviderStatus:
        setup = self._file.sms_provider()
        return SmsProviderStatus(setup, setup.is_http and self._secrets.get(SMS_PROVIDER_TOKEN) is not None)

    def set_sms_provider(self, actor: Actor, setup: SmsProviderSetup, token: str | None = None) -> SmsProviderStatus:
        """Choose how texts are sent (admins). For an HTTP provider, ``token`` None or empty
        keeps the saved token; choosing SIP MESSAGE forgets it."""
        require(actor, Permission.MANAGE_ACCOUNT)
        if setup.is_http and not token and self._secrets.get(SMS_PROVIDER_TOKEN) is None:
            raise ValidationError("enter the provider's auth token", field="token")
        with self._store.write() as uow:
            if not setup.is_http:
                self._secrets.delete(SMS_PROVIDER_TOKEN)
            elif token:
                self._secrets.set(SMS_PROVIDER_TOKEN, token)  # refuses without a safe keyring
            self._file.save_sms_provider(setup)
            self._audit(uow, actor, "set", "sms_provider", None, kind=setup.kind.value,
                        account_id=setup.account_id, from_number=setup.from_number)
        return self.sms_provider()

    def sms_gateway(self) -> SmsGateway | None:
        """The HTTP provider's gateway when the settings choose one; None: texts go as SIP
        MESSAGE (the engine runtime builds that gateway over its softphone)."""
        setup = self._file.sms_provider()
        if not setup.is_http:
            return None
        token = self._secrets.get(SMS_PROVIDER_TOKEN)
        if token is None:
            raise SecretStoreUnavailable(NO_TOKEN)
        return self._connect_http(setup, token)

    def send_test_sms(self, actor: Actor, to: str) -> str:
        """Send one text through the saved HTTP provider (admins); returns the number texted."""
        require(actor, Permission.MANAGE_ACCOUNT)
        number = normalise(to, field="to")
        gateway = self.sms_gateway()
        if gateway is None:
            raise ValidationError("a test text goes through an HTTP provider: choose one and save it first",
                                  field="sms_provider")
        with self._store.read() as uow:
            name = uow.accounts.get(actor.account_id).name
        result = gateway.send(OutboundSms(number, None, f"Test text from {name} (Kixie Desktop).",
                                          f"kx-test-{uuid.uuid4().hex[:12]}"))
        if not result.accepted:
            raise ValidationError(f"the provider did not take the test text: {result.detail}", field="sms_provider")
        return number
