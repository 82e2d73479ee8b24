"""The secrets port: named secrets kept in the OS keyring (``config.secrets.KeyringSecrets``).

Secrets go through this port only, never into the database, config files or logs.
"""

from __future__ import annotations

from typing import Protocol


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, secret: str) -> None:
        """Store ``secret``; raises ``SecretStoreUnavailable`` without a safe keyring."""
        ...

    def delete(self, name: str) -> None: ...
