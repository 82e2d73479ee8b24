"""Inbound SMS text: any bytes decode to storable text, and the bytes are kept when it differs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.inbound_text import decode, from_text, storable

CONTENT_TYPES = st.one_of(st.none(), st.text(max_size=40),
                          st.sampled_from(["text/plain", "text/plain;charset=UTF-8", "text/plain; charset=ISO-8859-1",
                                           'text/plain; charset="windows-1252"', "text/plain;charset=utf-16",
                                           "text/plain;charset=x-unknown", "text/plain;charset="]))


def _is_storable(text: str) -> bool:
    return "\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text)


@given(raw=st.binary(max_size=2000), content_type=CONTENT_TYPES)
def test_any_bytes_decode_to_storable_text_and_lose_nothing(raw: bytes, content_type: str | None) -> None:
    text = decode(raw, content_type)
    assert _is_storable(text.text)
    text.text.encode("utf-8")  # every database driver encodes it so; this must not raise
    assert (text.raw if text.raw is not None else text.text.encode("utf-8")) == raw


@given(st.text())
def test_any_python_text_is_made_storable(value: str) -> None:
    text = from_text(value)
    assert _is_storable(text.text)
    assert storable(text.text) == text.text


@given(raw=st.binary(max_size=500))
def test_bytes_carried_as_surrogate_escapes_are_recovered(raw: bytes) -> None:
    """What pjsua2's SWIG strings carry for a body that is not UTF-8."""
    text = from_text(raw.decode("utf-8", errors="surrogateescape"))
    assert (text.raw if text.raw is not None else text.text.encode("utf-8")) == raw


@pytest.mark.parametrize(("raw", "content_type", "expected", "charset"), [
    (b"STOP\xa0", "text/plain;charset=ISO-8859-1", "STOP\xa0", "iso8859-1"),
    (b"STOP\xa0", "text/plain", "STOP\xa0", "cp1252"),  # not UTF-8, nothing declared: Windows-1252
    (b"Caf\xc3\xa9", "text/plain;charset=ISO-8859-1", "Café", "utf-8"),  # valid UTF-8 beats a wrong label
    (b"S\x00T\x00O\x00P\x00", "text/plain;charset=UTF-16LE", "STOP", "utf-16-le"),
    (b"caf\xe9", "text/plain;charset=klingon", "café", "cp1252"),
    (b"ok\x00", None, "ok\ufffd", "utf-8"),
])
def test_charsets(raw: bytes, content_type: str | None, expected: str, charset: str) -> None:
    text = decode(raw, content_type)
    assert (text.text, text.charset) == (expected, charset)
