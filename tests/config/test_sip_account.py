"""The SIP account the runtime and `kixie-desktop call` register: settings plus keyring."""

from __future__ import annotations

import pytest

from kixie_desktop.services.ports.secrets import sip_password_name
from kixie_desktop.config.settings import SipSettings
from kixie_desktop.config.sip_account import sip_account
from kixie_desktop.domain.calls import CallerIdHeaders, SipTransport, SrtpMode
from kixie_desktop.domain.errors import SecretStoreUnavailable


class Secrets:
    def __init__(self, **by_name: str) -> None:
        self.by_name = by_name

    def get(self, name: str) -> str | None:
        return self.by_name.get(name)

    def set(self, name: str, secret: str) -> None:
        self.by_name[name] = secret

    def delete(self, name: str) -> None:
        self.by_name.pop(name, None)


PBX = SipSettings(registrar="sip:pbx.example.com", domain="pbx.example.com", username="1001",
                  transport="tls", srtp="mandatory", caller_id_headers="pai")


def test_no_account_configured_means_the_demo_line() -> None:
    assert sip_account(SipSettings(), Secrets()) is None
    assert sip_account(SipSettings(domain="pbx.example.com"), Secrets()) is None


def test_the_account_takes_its_password_from_the_keyring() -> None:
    account = sip_account(PBX, Secrets(**{sip_password_name("1001"): "s3cret"}))
    assert account is not None and account.password == "s3cret"
    config = account.config
    assert (config.username, config.domain, config.registrar) == ("1001", "pbx.example.com", "sip:pbx.example.com")
    assert (config.transport, config.srtp) == (SipTransport.TLS, SrtpMode.MANDATORY)
    assert config.caller_id_headers is CallerIdHeaders.PAI
    # An account saved before the setting existed sends the number both ways.
    assert sip_account(SipSettings(domain="trunk.example.com", username="1001"), Secrets()).config \
        .caller_id_headers is CallerIdHeaders.FROM_AND_PAI  # type: ignore[union-attr]


def test_a_registrar_without_a_password_says_how_to_fix_it() -> None:
    with pytest.raises(SecretStoreUnavailable, match="kixie-desktop sip configure"):
        sip_account(PBX, Secrets())


def test_a_trunk_authorised_by_ip_needs_no_password() -> None:
    trunk = SipSettings(domain="trunk.example.com", username="kixie")
    account = sip_account(trunk, Secrets())
    assert account is not None and account.password == "" and account.config.registrar is None
