"""SIP and CRM set-up from the command line: settings to config.toml, secrets to the keyring only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kixie_desktop.cli.main import main
from kixie_desktop.config.secrets import HUBSPOT_TOKEN, SERVICE
from tests.support.secret_service import PrivateSecretService


def test_sip_configure_keeps_the_password_in_the_keyring_only(
        isolated_dirs: Path, real_keyring: PrivateSecretService, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    assert main(["sip", "configure", "--domain", "pbx.example.com", "--username", "alex",
                 "--transport", "tls", "--caller-id", "pai", "--password-stdin"]) == 0
    config = (isolated_dirs / "config" / "config.toml").read_text()
    assert 'domain = "pbx.example.com"' in config and 'transport = "tls"' in config
    assert 'caller_id_headers = "pai"' in config
    assert "s3cret" not in config
    assert real_keyring.secrets[(SERVICE, "sip:alex")] == "s3cret-pass"
    assert main(["sip", "show"]) == 0
    shown = capsys.readouterr().out
    assert "alex@pbx.example.com" in shown and "password in keyring: yes" in shown and "s3cret" not in shown
    assert "caller ID pai" in shown
    assert "OpenSSL linked by pjsip" in shown and "end-of-life" in shown  # the TLS caveat
    assert main(["sip", "clear"]) == 0
    assert (SERVICE, "sip:alex") not in real_keyring.secrets


def test_without_a_real_keyring_nothing_is_saved(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    monkeypatch.setattr("sys.stdin", io.StringIO("token\n"))
    assert main(["crm", "hubspot", "--token-stdin"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "keyring" in err
    assert not (isolated_dirs / "config" / "config.toml").exists() or "hubspot" not in \
        (isolated_dirs / "config" / "config.toml").read_text()


def test_crm_hubspot_then_off(isolated_dirs: Path, real_keyring: PrivateSecretService,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("pat-na1-xyz\n"))
    assert main(["crm", "hubspot", "--token-stdin"]) == 0
    assert real_keyring.secrets[(SERVICE, HUBSPOT_TOKEN)] == "pat-na1-xyz"
    assert 'crm = "hubspot"' in (isolated_dirs / "config" / "config.toml").read_text()
    assert main(["crm", "off"]) == 0
    assert (SERVICE, HUBSPOT_TOKEN) not in real_keyring.secrets
