"""E-mail addresses of contacts: syntax checked by ``email-validator``, never by DNS.

A CSV export from a CRM carries addresses like ``x@``, ``peter@@example.com`` or
``anna smith@example.com``; a hand-written "has an @" check let them in. The library knows
RFC 5322/6531 syntax, internationalised domains and the reserved names (``localhost``,
``.invalid``); deliverability is not checked, since that would need the network on every
import. The ``.test`` domain (RFC 2606) is accepted: it is reserved for exactly the
demo and test data a team sets up before going live.
"""

from __future__ import annotations

from kixie_desktop.domain.errors import ValidationError

MAX_LENGTH = 254  # RFC 5321's limit on a path, which every address must fit in


def normalise_email(text: str, *, field: str = "email") -> str:
    """The address with its domain lower-cased (the local part is the owner's business),
    or ``ValidationError`` naming ``field`` with the reason in words."""
    # Imported at the first address checked, not at start: the library builds its syntax
    # tables on import, a tenth of a second the desktop app's first window need not wait for.
    from email_validator import EmailNotValidError, validate_email

    value = text.strip()
    try:
        return validate_email(value, check_deliverability=False, test_environment=True).normalized
    except EmailNotValidError as exc:
        reason = str(exc).rstrip(".")
        raise ValidationError(f"{value!r} is not an email address: {reason[:1].lower()}{reason[1:]}",
                              field=field) from None
