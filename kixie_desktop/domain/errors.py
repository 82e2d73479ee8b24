"""One error hierarchy for the whole application.

Adapters translate library errors at their boundary into these. A
``UserFacingError`` carries a message a person can act on (shown next to the
field in the UI, as a one-line message with exit code 2 on the CLI, as a 4xx
over HTTP); anything else reaching a front end is a bug.
"""

from __future__ import annotations


class KixieError(Exception):
    """Base of every error this application raises on purpose."""


class UserFacingError(KixieError):
    """An error a person can act on. ``field`` names the offending input, if any."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(UserFacingError):
    """Input that breaks a rule of the domain (bad phone, empty name...)."""


class NotFound(UserFacingError):
    """The thing asked for does not exist (or was deleted)."""


class Conflict(UserFacingError):
    """The request clashes with current state (duplicate name, already enrolled...)."""


class PermissionDenied(UserFacingError):
    """The acting user's role does not allow this operation."""


class SecretStoreUnavailable(UserFacingError):
    """No safe keyring backend: a secret cannot be stored."""


class PhoneNotReady(UserFacingError):
    """The softphone is not up (the engine is still starting, or failed to), or nothing is
    set up to call through."""


class StorageError(KixieError):
    """The database failed in a way the user did not cause."""


class TelephonyError(KixieError):
    """SIP failed. ``status`` is the SIP status code when there was one."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class IntegrationError(KixieError):
    """A third-party service (CRM, SMS provider, webhook target) failed."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent
