"""Secrets only in a real keyring; refused, with a way out, when there is none."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from kixie_desktop.config.secrets import KeyringSecrets
from kixie_desktop.domain.errors import SecretStoreUnavailable
from tests.support.memory_keyring import MemoryKeyring


def test_secret_round_trip_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    secrets = KeyringSecrets()
    secrets.set("sip:alex", "s3cret")
    assert secrets.get("sip:alex") == "s3cret"
    assert memory_keyring.secrets == {("kixie-desktop", "sip:alex"): "s3cret"}
    secrets.delete("sip:alex")
    assert secrets.get("sip:alex") is None


def test_the_failing_backend_refuses_with_instructions() -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(SecretStoreUnavailable, match="Secret Service"):
        KeyringSecrets().set("api", "token")


def test_a_plaintext_backend_is_refused() -> None:
    class PlaintextKeyring(MemoryKeyring):  # keyrings.alt's name for its file backend
        pass

    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    with pytest.raises(SecretStoreUnavailable):
        KeyringSecrets().set("api", "token")
    assert backend.secrets == {}
