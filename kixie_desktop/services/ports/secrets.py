"""The secrets port: named secrets kept in the OS keyring (``config.secrets.KeyringSecrets``).

Secrets go through this port only, never into the database, config files or logs.
"""

from __future__ import annotations

from typing import Protocol

# The names of the secrets that more than one layer reads (the services that keep them, the
# composition root that hands them to adapters).
SMS_PROVIDER_TOKEN = "sms.http.token"


def sip_password_name(username: str) -> str:
    """The keyring entry holding a SIP account's password."""
    return f"sip:{username}"


class SecretStore(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, secret: str) -> None:
        """Store ``secret``; raises ``SecretStoreUnavailable`` without a safe keyring."""
        ...

    def delete(self, name: str) -> None: ...
