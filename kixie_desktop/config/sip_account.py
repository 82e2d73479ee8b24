"""The workstation's SIP account as the softphone takes it: the settings file's account
with its password from the keyring, or None when no account is configured (calls and
SMS then go to the built-in demo line). The engine runtime and ``kixie-desktop call``
both register what this returns, so the two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from kixie_desktop.config.settings import SipSettings
from kixie_desktop.domain.calls import CallerIdHeaders, SipAccountConfig, SipTransport, SrtpMode
from kixie_desktop.domain.errors import SecretStoreUnavailable
from kixie_desktop.services.ports.secrets import SecretStore, sip_password_name


@dataclass(frozen=True)
class SipAccount:
    config: SipAccountConfig
    password: str


def sip_account(sip: SipSettings, secrets: SecretStore) -> SipAccount | None:
    """Raises ``SecretStoreUnavailable`` when an account that needs a password has none."""
    if not sip.configured:
        return None
    password = secrets.get(sip_password_name(sip.username))
    if password is None and not sip.registrar:
        password = ""  # a trunk that authorises by IP: no registrar, no password
    if password is None:
        raise SecretStoreUnavailable(
            f"no SIP password for {sip.username} in the keyring: enter it in Manage ▸ Settings ▸ Phone "
            "(or run `kixie-desktop sip configure`)")
    config = SipAccountConfig(domain=sip.domain, username=sip.username, registrar=sip.registrar or None,
                              transport=SipTransport(sip.transport), srtp=SrtpMode(sip.srtp),
                              caller_id_headers=CallerIdHeaders(sip.caller_id_headers))
    return SipAccount(config, password)
