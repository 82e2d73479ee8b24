"""How long a text is to a carrier: how many messages (segments) it goes out as.

A text in the GSM 03.38 alphabet (plain Latin letters, digits, common punctuation) fits
160 characters in one message, and 153 per part once it is split (each part carries a
header); ``^ { } [ ] ~ | € \\`` and form feed take two places. One character outside that
alphabet — an emoji, a curly quote, most accents — sends the whole text as UCS-2: 70 per
message, 67 per part, an emoji taking two. A part never splits an escape pair or an
emoji in two. Carriers bill per part, so the template editor shows this count.
"""

from __future__ import annotations

from dataclasses import dataclass

from kixie_desktop.domain.wording import plural

_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = frozenset("\f^{}\\[~]|€")

GSM_SINGLE, GSM_PART = 160, 153
UNICODE_SINGLE, UNICODE_PART = 70, 67


@dataclass(frozen=True)
class SmsLength:
    characters: int
    segments: int
    per_segment: int  # what each part holds: 160 / 153 (GSM) or 70 / 67 (Unicode)
    first_unicode: str | None  # the first character that made the text Unicode, if any

    def describe(self) -> str:
        """'118 characters · 1 message'; '190 characters · 2 messages of up to 153'; with
        the character that made it Unicode named, since that is what a person can change."""
        text = f"{plural(self.characters, 'character')} · {plural(self.segments, 'message')}"
        if self.segments > 1:
            text += f" of up to {self.per_segment}"
        if self.first_unicode is not None:
            text += f" (“{self.first_unicode}” makes each message hold fewer characters)"
        return text


def _costs(text: str) -> tuple[list[int], str | None]:
    """Each character's size in the encoding the text needs, and the first character
    that needs Unicode."""
    first = next((c for c in text if c not in _GSM_BASIC and c not in _GSM_EXTENDED), None)
    if first is None:
        return [2 if c in _GSM_EXTENDED else 1 for c in text], None
    return [2 if ord(c) > 0xFFFF else 1 for c in text], first


def _parts(costs: list[int], size: int) -> int:
    parts, used = 1, 0
    for cost in costs:
        if used + cost > size:
            parts, used = parts + 1, 0
        used += cost
    return parts


def measure(text: str) -> SmsLength:
    costs, first_unicode = _costs(text)
    single, part = (GSM_SINGLE, GSM_PART) if first_unicode is None else (UNICODE_SINGLE, UNICODE_PART)
    if not text:
        return SmsLength(0, 0, single, None)
    if sum(costs) <= single:
        return SmsLength(len(text), 1, single, first_unicode)
    return SmsLength(len(text), _parts(costs, part), part, first_unicode)
