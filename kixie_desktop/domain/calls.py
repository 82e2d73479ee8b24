"""Calls: the values and events of the softphone, free of any SIP library.

The telephony adapter turns every pjsua2 callback into one of these frozen
events on its SIP thread and hands it to whoever wired it (the app posts them to
the Qt/asyncio loop); services and the GUI only ever see these. Pure Python: no
clock reads (``at`` is supplied by the producer), no I/O.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime


class CallState(enum.Enum):
    """Where a call stands, as a person at the dialer would describe it."""

    DIALING = "dialing"  # INVITE sent, nothing heard back yet
    INCOMING = "incoming"  # an INVITE arrived and rings here
    RINGING = "ringing"  # the far end rings (18x received)
    CONNECTED = "connected"  # answered and confirmed
    ON_HOLD = "on_hold"  # we put the call on hold
    ENDED = "ended"  # terminal; carries SIP status and reason


class CallDirection(enum.Enum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class SipTransport(enum.Enum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class SrtpMode(enum.Enum):
    """SRTP use: off, offered but optional, or required (call fails without it)."""

    DISABLED = "disabled"
    OPTIONAL = "optional"
    MANDATORY = "mandatory"


class CallerIdHeaders(enum.Enum):
    """Where an outbound call carries the number it is placed from (local presence), since
    trunks differ: most show the From user, some only trust P-Asserted-Identity, and a PBX
    that knows its phones by their From user needs it left alone."""

    FROM_AND_PAI = "from+pai"
    PAI = "pai"  # P-Asserted-Identity only; From stays the account's own address
    FROM = "from"
    OFF = "off"  # nothing: the phone system decides what the lead sees

    @property
    def sets_from(self) -> bool:
        return self in (CallerIdHeaders.FROM_AND_PAI, CallerIdHeaders.FROM)

    @property
    def sets_pai(self) -> bool:
        return self in (CallerIdHeaders.FROM_AND_PAI, CallerIdHeaders.PAI)


@dataclass(frozen=True, slots=True)
class SipAccountConfig:
    """A SIP account as the user configured it; the password lives in the keyring.

    ``registrar`` may be None for a registrar-less account (calls go straight to
    the URIs dialled, e.g. a trunk that authorises by IP). ``domain`` is the host
    part of the account's address of record.
    """

    username: str
    domain: str
    registrar: str | None = None
    auth_username: str | None = None  # defaults to ``username``
    realm: str = "*"
    transport: SipTransport = SipTransport.UDP
    srtp: SrtpMode = SrtpMode.DISABLED
    display_name: str | None = None
    outbound_proxy: str | None = None
    local_port: int = 0  # 0 lets the OS choose
    register_expires_s: int = 300
    caller_id_headers: CallerIdHeaders = CallerIdHeaders.FROM_AND_PAI

    @property
    def aor(self) -> str:
        """The address of record, e.g. ``sip:alice@pbx.example.com``."""
        return f"sip:{self.username}@{self.domain}"


@dataclass(frozen=True, slots=True)
class AudioDevice:
    """One audio device as the sound system reports it."""

    device_id: int
    name: str
    driver: str
    input_channels: int
    output_channels: int


@dataclass(frozen=True, slots=True)
class CallStateChanged:
    """A call moved to ``state``. ``sip_status``/``reason`` are set on ENDED (and on
    RINGING/CONNECTED with the response that moved it)."""

    call_id: str
    state: CallState
    sip_status: int | None
    reason: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class IncomingCallReceived:
    """An INVITE arrived; ``call_id`` can be answered or hung up. Routing the ring to
    the contact's owner happens in services, not here."""

    call_id: str
    account_id: str
    from_uri: str
    to_uri: str
    at: datetime


@dataclass(frozen=True, slots=True)
class RegistrationChanged:
    """The registrar answered a REGISTER (or the account was unregistered)."""

    account_id: str
    registered: bool
    sip_status: int | None
    reason: str | None
    expires_s: int
    at: datetime


@dataclass(frozen=True, slots=True)
class MediaStateChanged:
    """The call's audio changed: flowing, held by us, or gone."""

    call_id: str
    active: bool
    local_hold: bool
    muted: bool
    at: datetime


@dataclass(frozen=True, slots=True)
class CallTransferProgressed:
    """NOTIFY about a blind transfer (REFER) we asked for; ``final`` ends it."""

    call_id: str
    sip_status: int
    reason: str
    final: bool
    at: datetime


@dataclass(frozen=True, slots=True)
class RingToneChanged:
    """The ring tone started (an incoming call rings here) or stopped (no call rings any more)."""

    ringing: bool
    at: datetime


@dataclass(frozen=True, slots=True)
class SipMessageReceived:
    """An inbound SIP MESSAGE (RFC 3428): for us, an inbound SMS."""

    from_uri: str
    body: str  # decoded with replacement (``domain/inbound_text.py``): always storable
    at: datetime
    to_uri: str = ""
    content_type: str = "text/plain"
    headers: tuple[tuple[str, str], ...] = field(default=())
    raw_body: bytes | None = None  # the bytes received, when ``body`` does not re-encode to them


@dataclass(frozen=True, slots=True)
class SipMessageCompleted:
    """The final answer to a MESSAGE we sent. ``sip_status`` 2xx means accepted;
    408 is also what a transaction timeout reports."""

    request_id: str
    to_uri: str
    sip_status: int
    reason: str
    at: datetime

    @property
    def accepted(self) -> bool:
        return 200 <= self.sip_status < 300


TelephonyEvent = (
    CallStateChanged
    | IncomingCallReceived
    | RegistrationChanged
    | MediaStateChanged
    | CallTransferProgressed
    | RingToneChanged
    | SipMessageReceived
    | SipMessageCompleted
)


def end_words(sip_status: int | None, talk_s: float | None) -> str:
    """How a call ended, in the words an agent reads — never a SIP code. ``talk_s`` is the
    talk time when the call was answered (None when it never connected)."""
    if talk_s is not None:
        seconds = int(talk_s)
        return f"Call ended · {seconds // 60}:{seconds % 60:02d}"
    if sip_status is None or 200 <= sip_status < 300:
        return "Call ended"
    if sip_status in (486, 600):
        return "Busy"
    if sip_status == 603:
        return "Declined"
    if sip_status in (408, 480):
        return "No answer"
    if sip_status == 487:
        return "Cancelled before an answer"
    if sip_status in (404, 484, 604):
        return "Failed: the number could not be reached"
    if sip_status in (401, 403, 407):
        return "Failed: the phone account was refused — check Manage ▸ Settings ▸ Phone"
    if 500 <= sip_status < 600:
        return "Failed: the phone network had a problem; try again"
    return "Failed: the call could not be completed"


def transfer_words(status: int, final: bool, target: str) -> str:
    """A blind transfer's progress in the agent's words (the far end's NOTIFYs carry SIP
    statuses: 1xx under way, 2xx done, anything else failed)."""
    if status < 200 or (status < 300 and not final):
        return f"Transferring to {target}…"
    if status < 300:
        return f"Transferred to {target}"
    why = end_words(status, None).removeprefix("Failed: ")
    return f"Transfer to {target} failed: {why[:1].lower()}{why[1:]}"
