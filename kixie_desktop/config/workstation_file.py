"""``TomlWorkstationSettings``: the settings file's workstation sections (``[sip]``,
``[sms_provider]``, ``[audio]``) as the services' ``WorkstationSettingsFile`` port.

Each call reads the file afresh and each write replaces one section, keeping every other
setting as it is in the file. Environment overrides (``KIXIE_USER``…) are left out of both:
they belong to one run, and writing them back would make them permanent.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kixie_desktop.config.settings import AudioSettings, Settings, SipSettings, SmsProviderSettings, load, save
from kixie_desktop.domain.calls import CallerIdHeaders, SipTransport, SrtpMode
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.workstation import AudioDeviceChoice, SipAccountSetup, SmsProviderKind, SmsProviderSetup


class TomlWorkstationSettings:
    """Implements ``services.ports.workstation.WorkstationSettingsFile`` over ``config.toml``."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def _load(self) -> Settings:
        return load(self._path, environ={})

    def _save(self, settings: Settings) -> None:
        save(self._path, settings)

    def sip_account(self) -> SipAccountSetup | None:
        sip = self._load().sip
        if not sip.configured:
            return None
        try:
            transport, srtp = SipTransport(sip.transport), SrtpMode(sip.srtp)
            caller_id_headers = CallerIdHeaders(sip.caller_id_headers)
        except ValueError as exc:
            raise ValidationError(f"[sip] in {self._path}: {exc}", field="config") from None
        return SipAccountSetup(sip.domain, sip.username, sip.registrar, transport, srtp, caller_id_headers)

    def save_sip_account(self, setup: SipAccountSetup | None) -> None:
        settings = self._load()
        if setup is None:
            sip = SipSettings()
        else:
            # Fields the form does not show (the caller id) stay as they were.
            sip = replace(settings.sip, domain=setup.domain, username=setup.username, registrar=setup.registrar,
                          transport=setup.transport.value, srtp=setup.srtp.value,
                          caller_id_headers=setup.caller_id_headers.value)
        self._save(replace(settings, sip=sip))

    def sms_provider(self) -> SmsProviderSetup:
        provider = self._load().sms_provider
        try:
            kind = SmsProviderKind(provider.kind)
        except ValueError:
            raise ValidationError(f"[sms_provider] kind {provider.kind!r} is neither sip nor http",
                                  field="config") from None
        return SmsProviderSetup(kind, provider.account_id, provider.from_number, provider.base_url)

    def save_sms_provider(self, setup: SmsProviderSetup) -> None:
        section = SmsProviderSettings(setup.kind.value, setup.account_id, setup.from_number, setup.base_url)
        self._save(replace(self._load(), sms_provider=section))

    def audio_devices(self) -> AudioDeviceChoice:
        audio = self._load().audio
        return AudioDeviceChoice(audio.microphone, audio.speaker, audio.ring)

    def save_audio_devices(self, choice: AudioDeviceChoice) -> None:
        self._save(replace(self._load(), audio=AudioSettings(choice.microphone, choice.speaker, choice.ring)))
