"""Softphone options and their translation into pjsua2 configuration objects.

Pure construction code, called on the SIP thread by ``sip_core`` (pj config
objects are plain structs, but they are built where they are used so none of them
leaves the thread). Also translates ``pj.Error`` into ``TelephonyError``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pjsua2 as pj

from kixie_desktop.domain.calls import SipAccountConfig, SipTransport, SrtpMode
from kixie_desktop.domain.errors import TelephonyError

# pjsip encodes a SIP status as PJSIP_ERRNO_START (PJ_ERRNO_START_USER=170000) + code.
_PJSIP_ERRNO_START = 170_000

_TRANSPORT_TYPES = {
    SipTransport.UDP: pj.PJSIP_TRANSPORT_UDP,
    SipTransport.TCP: pj.PJSIP_TRANSPORT_TCP,
    SipTransport.TLS: pj.PJSIP_TRANSPORT_TLS,
}
_SRTP_USE = {
    SrtpMode.DISABLED: pj.PJMEDIA_SRTP_DISABLED,
    SrtpMode.OPTIONAL: pj.PJMEDIA_SRTP_OPTIONAL,
    SrtpMode.MANDATORY: pj.PJMEDIA_SRTP_MANDATORY,
}


@dataclass(frozen=True, slots=True)
class SoftphoneOptions:
    """How the softphone runs. ``null_audio`` for headless use (tests, CI, servers).

    ``wake_sip_thread``/``idle_poll_ms``: see ``sip_thread``; the benchmark
    (bench/call_setup.py) measured the wake-up datagram against plain polling.
    ``sip_log_level`` is pjsip's own verbosity (4 logs whole SIP messages) sent to the
    ``kixie_desktop.sip_trace`` logger. ``microphone``/``speaker``: the sound devices by
    name (empty: the system's default; ignored with ``null_audio``); ``ring_device``: where
    incoming calls ring (empty: the speaker).
    """

    null_audio: bool = False
    microphone: str = ""
    speaker: str = ""
    ring_device: str = ""
    user_agent: str = "Kixie Desktop"
    loopback_host: str = "127.0.0.1"
    sip_log_level: int = 4
    idle_poll_ms: int = 50
    wake_sip_thread: bool = True
    max_calls: int = 8
    shutdown_grace_s: float = 1.5


def translate_error(exc: pj.Error, doing: str) -> TelephonyError:
    """``pj.Error`` → ``TelephonyError`` with the SIP status when pjsip carried one."""
    status: int | None = None
    code = int(getattr(exc, "status", 0) or 0)
    if _PJSIP_ERRNO_START + 100 <= code < _PJSIP_ERRNO_START + 700:
        status = code - _PJSIP_ERRNO_START
    reason = str(getattr(exc, "reason", "") or exc)
    return TelephonyError(f"{doing} failed: {reason}", status=status)


def endpoint_config(options: SoftphoneOptions, writer: pj.LogWriter) -> pj.EpConfig:
    cfg = pj.EpConfig()
    # Everything on the SIP thread: no pjsua worker threads, callbacks on the
    # thread that created the library.
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.uaConfig.maxCalls = options.max_calls
    cfg.uaConfig.userAgent = options.user_agent
    cfg.logConfig.writer = writer
    cfg.logConfig.level = options.sip_log_level
    cfg.logConfig.consoleLevel = 0  # everything goes through the writer
    cfg.logConfig.msgLogging = 1 if options.sip_log_level >= 4 else 0
    cfg.medConfig.noVad = True
    return cfg


def transport_type(transport: SipTransport) -> int:
    return int(_TRANSPORT_TYPES[transport])


def transport_config(port: int, bound_address: str = "") -> pj.TransportConfig:
    tc = pj.TransportConfig()
    tc.port = port
    if bound_address:
        tc.boundAddress = bound_address
    return tc


def _sip_uri(host_or_uri: str, transport: SipTransport) -> str:
    uri = host_or_uri if host_or_uri.startswith(("sip:", "sips:")) else f"sip:{host_or_uri}"
    if transport is not SipTransport.UDP and ";transport=" not in uri:
        uri += f";transport={transport.value}"
    return uri


def local_account_config(host: str, port: int, transport_id: int) -> pj.AccountConfig:
    """The registrar-less loopback account used for the demo line (and as the
    default for calls when no real account is registered)."""
    acfg = pj.AccountConfig()
    acfg.idUri = f"sip:kixie@{host}:{port}"
    acfg.sipConfig.transportId = transport_id
    acfg.regConfig.registerOnAdd = False
    acfg.natConfig.sipOutboundUse = 0  # no RFC 5626 'ob' tricks on loopback
    return acfg


def account_config(
    cfg: SipAccountConfig, password: str, transport_id: int
) -> pj.AccountConfig:
    """A pjsua2 account with digest credentials; registers on add when a registrar
    is configured."""
    acfg = pj.AccountConfig()
    name = f'"{cfg.display_name}" ' if cfg.display_name else ""
    acfg.idUri = f"{name}<{cfg.aor}>" if name else cfg.aor
    acfg.sipConfig.transportId = transport_id
    acfg.sipConfig.authCreds.append(
        pj.AuthCredInfo("digest", cfg.realm, cfg.auth_username or cfg.username, 0, password)
    )
    if cfg.outbound_proxy:
        acfg.sipConfig.proxies.append(_sip_uri(cfg.outbound_proxy, cfg.transport) + ";lr")
    if cfg.registrar:
        acfg.regConfig.registrarUri = _sip_uri(cfg.registrar, cfg.transport)
        acfg.regConfig.registerOnAdd = True
        acfg.regConfig.timeoutSec = cfg.register_expires_s
        # A failed registration is reported, not retried in a tight loop.
        acfg.regConfig.retryIntervalSec = 60
    else:
        acfg.regConfig.registerOnAdd = False
    acfg.mediaConfig.srtpUse = _SRTP_USE[cfg.srtp]
    # SRTP over plain UDP/TCP signalling is allowed: requiring sips: would turn
    # SRTP "optional" into "TLS required".
    acfg.mediaConfig.srtpSecureSignaling = 0
    return acfg
