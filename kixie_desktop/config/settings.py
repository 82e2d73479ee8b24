"""Typed settings: a versioned TOML file in the user config directory, plus
environment overrides. Never holds a secret: those live in the keyring.

Each format change bumps ``VERSION`` and adds an upgrade function, so an old file
is read, upgraded and rewritten rather than rejected.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import tomli_w

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.messaging import SMS_INFLIGHT_WINDOW, SMS_INFLIGHT_WINDOW_RANGE

VERSION = 1


@dataclass(frozen=True)
class SipSettings:
    """The workstation's SIP account; the password is in the keyring under ``username``."""

    registrar: str = ""
    domain: str = ""
    username: str = ""
    transport: str = "udp"  # udp, tcp, tls
    srtp: str = "disabled"  # disabled, optional, mandatory
    caller_id: str = ""
    # Where a call carries the number it is placed from (local presence): from+pai, pai, from, off.
    caller_id_headers: str = "from+pai"

    @property
    def configured(self) -> bool:
        return bool(self.domain and self.username)


@dataclass(frozen=True)
class SmsProviderSettings:
    """Which gateway texts go through: ``sip`` (SIP MESSAGE over the SIP account, or the demo
    line) or ``http`` (a provider speaking the Twilio Messages API). The HTTP provider's
    token is in the keyring as ``sms.http.token``."""

    kind: str = "sip"  # sip, http
    account_id: str = ""
    from_number: str = ""
    base_url: str = ""  # empty: Twilio's public API


@dataclass(frozen=True)
class AudioSettings:
    """The sound devices calls use, by name; empty: the system's default (``ring``: the
    speaker). A device that is gone when the softphone starts falls back to the default."""

    microphone: str = ""
    speaker: str = ""
    ring: str = ""


@dataclass(frozen=True)
class Settings:
    version: int = VERSION
    database_url: str = ""  # empty: the embedded SQLite file in the data directory
    user_email: str = ""  # who works at this workstation; empty: the account's first admin
    api_enabled: bool = True
    api_host: str = "127.0.0.1"
    api_port: int = 8765
    prompt_sound: bool = True
    crm: str = ""  # "" (none) or "hubspot"; the token is in the keyring as crm.hubspot.token
    crm_base_url: str = ""  # empty: the provider's public API
    # The engine's in-flight window: at most this many SMS handed to the gateway before their
    # results are written, so at most this many for a person to decide after a crash.
    sms_inflight_window: int = SMS_INFLIGHT_WINDOW
    sip: SipSettings = field(default_factory=SipSettings)
    sms_provider: SmsProviderSettings = field(default_factory=SmsProviderSettings)
    audio: AudioSettings = field(default_factory=AudioSettings)

    def __post_init__(self) -> None:
        window = self.sms_inflight_window
        if isinstance(window, bool) or not isinstance(window, int) or window not in SMS_INFLIGHT_WINDOW_RANGE:
            first, last = SMS_INFLIGHT_WINDOW_RANGE[0], SMS_INFLIGHT_WINDOW_RANGE[-1]
            raise ValidationError(f"sms_inflight_window must be a whole number from {first} to {last}, "
                                  f"not {window!r}", field="sms_inflight_window")


SECTIONS: dict[str, type] = {"sip": SipSettings, "sms_provider": SmsProviderSettings, "audio": AudioSettings}


# VERSION n-1 -> n; each takes and returns the raw TOML mapping.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}

ENV_OVERRIDES = {
    "KIXIE_DATABASE_URL": ("database_url", str),
    "KIXIE_USER": ("user_email", str),
    "KIXIE_API_HOST": ("api_host", str),
    "KIXIE_API_PORT": ("api_port", int),
}


def _from_mapping(data: dict[str, Any]) -> Settings:
    known = {f.name for f in fields(Settings)}
    unknown = set(data) - known
    if unknown:
        raise ValidationError(f"unknown settings: {', '.join(sorted(unknown))}", field="config")
    sections: dict[str, Any] = {}
    for name, kind in SECTIONS.items():
        values = data.pop(name, {}) or {}
        extra = set(values) - {f.name for f in fields(kind)}
        if extra:
            raise ValidationError(f"unknown [{name}] settings: {', '.join(sorted(extra))}", field="config")
        sections[name] = values
    try:
        return Settings(**data, **{name: SECTIONS[name](**values) for name, values in sections.items()})
    except TypeError as exc:
        raise ValidationError(f"bad setting: {exc}", field="config") from None


def load(path: Path, environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ValidationError(f"{path} is not valid TOML: {exc}", field="config") from None
    version = int(data.get("version", VERSION))
    if version > VERSION:
        raise ValidationError(f"{path} was written by a newer Kixie Desktop (format {version})",
                              field="config")
    upgraded = version < VERSION
    while version < VERSION:
        data = UPGRADES[version + 1](data)
        version += 1
    data["version"] = VERSION
    settings = _from_mapping(dict(data))
    if upgraded:
        save(path, settings)
    for var, (name, cast) in ENV_OVERRIDES.items():
        if env.get(var):
            try:
                settings = replace(settings, **{name: cast(env[var])})
            except ValueError:
                raise ValidationError(f"{var}={env[var]!r} is not a valid {name}", field=var) from None
    return settings


def save(path: Path, settings: Settings) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a config file
