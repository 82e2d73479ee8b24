"""The text of an inbound SMS, made storable whatever bytes a carrier sent.

An opt-out must survive any bytes: a carrier that sends ``STOP`` followed by a Latin-1
no-break space (0xA0) without saying so, a charset parameter nobody has heard of, a NUL,
or half of a UTF-8 sequence. So the bytes are decoded here, once, with replacement —
never failing — into text that every database takes (no lone surrogates, no NUL, which
PostgreSQL's ``text`` refuses); the bytes as they arrived are kept beside it whenever the
text does not give them back exactly. Keyword matching (``domain/keywords.py``) reads the
decoded text.

Charsets: UTF-8 whenever the bytes are valid UTF-8 (RFC 3428's default for ``text/plain``)
unless the ``Content-Type`` names a UTF-16/32 form; otherwise the charset it names, when
Python knows it; otherwise Windows-1252, the superset of Latin-1 that carriers' gateways use.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

REPLACEMENT = "\ufffd"
_FALLBACK = "cp1252"


@dataclass(frozen=True, slots=True)
class InboundText:
    text: str  # valid Unicode without NUL: stored, shown, matched
    raw: bytes | None = None  # the bytes as received, when ``text`` does not re-encode to them
    charset: str = "utf-8"  # the codec that produced ``text``


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header value, if it names one."""
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').strip() or None
    return None


def decode(raw: bytes, content_type: str | None = None) -> InboundText:
    """Bytes off the wire → storable text; never raises."""
    declared = charset_of(content_type)
    codec = _known_codec(declared) if declared else None
    if codec is None or not codec.startswith("utf-"):
        # Valid UTF-8 is kept as UTF-8 even under a single-byte label: gateways mislabel
        # UTF-8 as ISO-8859-1 far more often than Latin-1 text happens to be valid UTF-8.
        try:
            return _finish(raw.decode("utf-8"), raw, "utf-8")
        except UnicodeDecodeError:
            codec = codec or _FALLBACK
    return _finish(raw.decode(codec, errors="replace"), raw, codec)


def from_text(text: str) -> InboundText:
    """Text handed over as ``str``, possibly carrying undecodable bytes as surrogate escapes
    (pjsua2's SWIG strings do that) or lone surrogates: recover the bytes and decode them."""
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", errors="surrogateescape" if _only_escapes(text) else "surrogatepass")
        return decode(raw)
    return _finish(text, raw, "utf-8")


def storable(text: str) -> str:
    """``text`` with what a database cannot hold (NUL, lone surrogates) replaced."""
    if "\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return "".join(REPLACEMENT if ch == "\x00" or "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _finish(text: str, raw: bytes, codec: str) -> InboundText:
    clean = storable(text)
    return InboundText(clean, None if clean.encode("utf-8") == raw else raw, codec)


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _only_escapes(text: str) -> bool:
    """Every surrogate is one ``surrogateescape`` makes (U+DC80–U+DCFF: one raw byte each)."""
    return all(not ("\ud800" <= ch <= "\udfff") or "\udc80" <= ch <= "\udcff" for ch in text)
