"""A user's SIP identity: the address their desk phone or softphone registers as
(``sip:alex@pbx.example.com``), checked when an admin types it rather than when a call fails.

Accepted: ``sip:`` or ``sips:`` followed by ``user@host``, an optional port and URI
parameters (``;transport=tls``). An address typed without its scheme gets ``sip:``, as a
phone number typed without ``+1`` gets its country. Refused: a password inside the address
(``sip:alex:secret@…``; passwords live only in the keyring), headers (``?subject=…``) and
anything else that is not a SIP address. Pure Python.
"""

from __future__ import annotations

import re

from kixie_desktop.domain.errors import ValidationError

MAX_LENGTH = 254  # the column's width
EXAMPLE = "sip:alex@pbx.example.com"

# RFC 3261 user part: unreserved, escaped and user-unreserved characters (no ':' or '@').
_USER = r"(?:[A-Za-z0-9\-_.!~*'()&=+$,;?/]|%[0-9A-Fa-f]{2})+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
_HOST = rf"(?:{_LABEL}(?:\.{_LABEL})*\.?|\[[0-9A-Fa-f:.]+\])"
_PARAM = r";[A-Za-z0-9\-_.!~*'()%]+(?:=[A-Za-z0-9\-_.!~*'()%\[\]/:&+$]+)?"
_URI = re.compile(rf"(?P<scheme>sips?):(?P<user>{_USER})@(?P<host>{_HOST})(?::(?P<port>\d{{1,5}}))?"
                  rf"(?P<params>(?:{_PARAM})*)", re.IGNORECASE)
_SCHEME = re.compile(r"^sips?:", re.IGNORECASE)


def normalise_sip_uri(text: str, *, field: str = "sip_uri") -> str:
    """``text`` as a SIP address with its scheme and host in lower case, or
    ``ValidationError`` naming ``field`` with the fix in words."""
    value = text.strip()
    if not _SCHEME.match(value):
        value = f"sip:{value}"
    scheme, _, rest = value.partition(":")
    userinfo = rest.rpartition("@")[0]
    if ":" in userinfo:
        raise ValidationError("leave the password out of the SIP address: passwords are kept only in "
                              "each computer's keyring", field=field)
    match = _URI.fullmatch(value)
    port = match and match["port"]
    if match is None or len(value) > MAX_LENGTH or (port and not 0 < int(port) < 65536):
        raise ValidationError(f"{text.strip()!r} is not a SIP address: write it like {EXAMPLE}", field=field)
    port_part = f":{port}" if port else ""
    return f"{scheme.lower()}:{match['user']}@{match['host'].lower()}{port_part}{match['params']}"
