"""Secrets through the OS keyring, and nowhere else.

Refuses to store a secret when the only backend is keyring's failing one (the
default on a headless Linux box) or one that writes plain text, and says how to
get a real keyring instead.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kixie_desktop.domain.errors import SecretStoreUnavailable

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "kixie-desktop"

HOW_TO_FIX = (
    "no secure keyring is available. On Linux install and unlock a Secret Service "
    "keyring (GNOME Keyring or KWallet: e.g. `apt install gnome-keyring` and log in to a "
    "desktop session); on macOS and Windows the system keychain is used automatically"
)


HUBSPOT_TOKEN = "crm.hubspot.token"


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    return list(getattr(backend, "backends", [backend]))


def is_insecure(backend: KeyringBackend) -> bool:
    """True for keyring's failing backend, null backends and plaintext files."""
    usable = []
    for b in _backends(backend):
        module = type(b).__module__
        name = type(b).__name__
        if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
            continue
        if "plaintext" in name.lower() or "Plaintext" in module or module.startswith("keyrings.alt.file"):
            continue
        usable.append(b)
    return not usable


class KeyringSecrets:
    """Implements the secrets port: ``get``, ``set``, ``delete`` by name.

    ``keyring`` (and its backends' discovery) is imported at the first use, not when the
    app starts: most starts read no secret (no CRM, no SIP account), and the window should
    not wait for it."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def available(self) -> bool:
        import keyring

        return not is_insecure(keyring.get_keyring())

    def set(self, name: str, secret: str) -> None:
        import keyring
        from keyring.errors import KeyringError

        if not self.available():
            raise SecretStoreUnavailable(f"cannot store the secret {name!r}: {HOW_TO_FIX}")
        try:
            keyring.set_password(self._service, name, secret)
        except KeyringError as exc:
            raise SecretStoreUnavailable(f"the keyring refused to store {name!r}: {exc}") from None
        log.info("stored secret %s in the keyring", name)  # the name only, never the value

    def get(self, name: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(self._service, name)
        except KeyringError as exc:
            log.warning("keyring read of %s failed: %s", name, exc)
            return None

    def delete(self, name: str) -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(self._service, name)
        except PasswordDeleteError:
            pass
