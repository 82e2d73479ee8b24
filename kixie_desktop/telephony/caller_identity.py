"""Local presence on the wire: the From address and ``P-Asserted-Identity`` header an
outbound INVITE carries for the number a call is placed from.

Pure string building, no pjsua2: ``sip_core`` puts the result into the call's
``SipTxOption`` (``localUri`` for From, a header for P-Asserted-Identity) on the SIP
thread. What goes where is the account's ``CallerIdHeaders`` (trunks differ). Only a
number in E.164 form is ever written into a header, so nothing a person typed can add
a header of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kixie_desktop.domain.calls import CallerIdHeaders

PAI_HEADER = "P-Asserted-Identity"
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")


@dataclass(frozen=True)
class CallerIdentity:
    """What to add to one INVITE: ``from_uri`` None keeps the account's own From."""

    from_uri: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def caller_identity(number: str | None, mode: CallerIdHeaders, domain: str) -> CallerIdentity:
    """The From and P-Asserted-Identity for calling from ``number`` on an account whose
    addresses are ``…@domain``; nothing when there is no number, the mode is off, or the
    number is not E.164 (it came from an account setting that was checked when saved, so
    that is a bug, and the call still goes out as the account itself)."""
    if number is None or mode is CallerIdHeaders.OFF or not _E164.fullmatch(number):
        return CallerIdentity()
    address = f'"{number}" <sip:{number}@{domain}>'
    return CallerIdentity(
        from_uri=address if mode.sets_from else None,
        headers={PAI_HEADER: address} if mode.sets_pai else {},
    )
