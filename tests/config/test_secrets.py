"""Secrets only in a real keyring; refused, with a way out, when there is none."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from kixie_desktop.config.secrets import KeyringSecrets
from kixie_desktop.domain.errors import SecretStoreUnavailable
from tests.support.secret_service import PrivateSecretService


def test_secret_round_trip_in_the_keyring(real_keyring: PrivateSecretService) -> None:
    secrets = KeyringSecrets()
    secrets.set("sip:alex", "s3cret")
    assert secrets.get("sip:alex") == "s3cret"
    assert real_keyring.secrets == {("kixie-desktop", "sip:alex"): "s3cret"}
    secrets.delete("sip:alex")
    assert secrets.get("sip:alex") is None


def test_the_failing_backend_refuses_with_instructions() -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretStoreUnavailable, match="Secret Service"):
        KeyringSecrets().set("api", "token")


def test_a_plaintext_backend_is_refused() -> None:
    class PlaintextKeyring(KeyringBackend):  # keyrings.alt's name for its file backend
        priority = 1  # type: ignore[assignment]
        written: list[str] = []

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            self.written.append(username)

        def delete_password(self, service: str, username: str) -> None:
            pass

    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    with pytest.raises(SecretStoreUnavailable):
        KeyringSecrets().set("api", "token")
    assert backend.written == []
