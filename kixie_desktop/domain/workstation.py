"""This workstation's own set-up: its SIP account, the gateway texts go through, its sound
devices, and how a test call to the demo line ended — values and their rules, no I/O.

Every rule refuses with a ``ValidationError`` naming the field a form shows it next to, so
the Phone and SMS provider pages and the ``sip``/``sms-provider`` commands say the same.
Secrets are never part of these values: passwords and tokens go to the keyring apart.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kixie_desktop.domain.calls import CallerIdHeaders, SipTransport, SrtpMode, end_words
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.phone_numbers import normalise

# The only plain-http addresses an HTTP provider may have: a stand-in on this computer (tests,
# a local relay). Anything that leaves the machine carries the token, so it must be https.
_LOCAL_HTTP = ("http://127.0.0.1", "http://localhost")


def _one_word(value: str, field: str, what: str) -> str:
    text = value.strip()
    if not text:
        raise ValidationError(f"{what} is needed", field=field)
    if any(c.isspace() for c in text):
        raise ValidationError(f"{what} is one word, without spaces", field=field)
    return text


@dataclass(frozen=True)
class SipAccountSetup:
    """The SIP account calls (and SIP MESSAGE texts) go out on. ``registrar`` empty: a trunk
    that takes calls without registering (it may still ask for the password on each call).
    ``caller_id_headers``: where a call carries the number it is placed from (local presence)."""

    domain: str
    username: str
    registrar: str = ""
    transport: SipTransport = SipTransport.UDP
    srtp: SrtpMode = SrtpMode.DISABLED
    caller_id_headers: CallerIdHeaders = CallerIdHeaders.FROM_AND_PAI

    def __post_init__(self) -> None:
        domain = _one_word(self.domain, "domain", "the phone system's domain (e.g. pbx.example.com)")
        if domain.startswith(("sip:", "sips:")) or "@" in domain:
            raise ValidationError("the domain is the part after the @, e.g. pbx.example.com", field="domain")
        object.__setattr__(self, "domain", domain)
        username = _one_word(self.username, "username", "the account's user name")
        if "@" in username or username.startswith(("sip:", "sips:")):
            raise ValidationError("the user name is the part before the @", field="username")
        object.__setattr__(self, "username", username)
        object.__setattr__(self, "registrar", self.registrar.strip())
        if self.registrar and any(c.isspace() for c in self.registrar):
            raise ValidationError("the registrar is one address, without spaces", field="registrar")

    @property
    def address(self) -> str:
        return f"{self.username}@{self.domain}"


@dataclass(frozen=True)
class PhoneAccountStatus:
    """The account as saved, and whether its password is in the keyring (never the password)."""

    setup: SipAccountSetup | None  # None: no account, calls and texts go to the demo line
    password_saved: bool = False


class SmsProviderKind(enum.StrEnum):
    SIP = "sip"  # SIP MESSAGE over the SIP account (or the demo line)
    HTTP = "http"  # a provider speaking the Twilio Messages API


@dataclass(frozen=True)
class SmsProviderSetup:
    """Which gateway texts go through. Build it with ``sip_message()`` or ``http(...)``, which
    check and tidy the provider's fields; its token is kept in the keyring, not here."""

    kind: SmsProviderKind = SmsProviderKind.SIP
    account_id: str = ""
    from_number: str = ""
    base_url: str = ""  # empty: Twilio's public API

    @classmethod
    def sip_message(cls) -> SmsProviderSetup:
        return cls()

    @classmethod
    def http(cls, account_id: str, from_number: str, base_url: str = "") -> SmsProviderSetup:
        account = account_id.strip()
        if not account or any(c.isspace() for c in account):
            raise ValidationError("the account id is one word, e.g. AC0123…", field="account_id")
        sender = normalise(from_number, field="from_number")
        base = base_url.strip().rstrip("/")
        if base and not base.startswith(("https://", *_LOCAL_HTTP)):
            raise ValidationError("the provider's address must be https:// (or a test server on this computer)",
                                  field="base_url")
        return cls(SmsProviderKind.HTTP, account, sender, base)

    @property
    def is_http(self) -> bool:
        return self.kind is SmsProviderKind.HTTP


@dataclass(frozen=True)
class SmsProviderStatus:
    """The provider as saved, and whether its token is in the keyring (never the token)."""

    setup: SmsProviderSetup
    token_saved: bool = False


@dataclass(frozen=True)
class AudioDeviceChoice:
    """The sound devices calls use, by the name the sound system gives them; empty: the
    system's default. ``ring`` is where an incoming call rings (empty: the speaker)."""

    microphone: str = ""
    speaker: str = ""
    ring: str = ""


@dataclass(frozen=True)
class TestCallResult:
    """How a test call to the demo line ended: its talk time when it connected, else the
    final status the far end (or the softphone) gave."""

    talk_s: float | None
    sip_status: int | None = None

    @property
    def connected(self) -> bool:
        return self.talk_s is not None

    @property
    def words(self) -> str:
        if self.talk_s is not None:
            seconds = int(self.talk_s)
            return f"Test call connected · {seconds // 60}:{seconds % 60:02d}"
        return end_words(self.sip_status, None)
