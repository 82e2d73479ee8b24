"""How many messages a text goes out as: GSM 03.38 (160 / 153 per part, escapes take two)
against UCS-2 (70 / 67, an emoji takes two), parts never splitting a pair."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.sms_length import measure


@pytest.mark.parametrize(("text", "characters", "segments", "per_segment", "unicode"), [
    ("", 0, 0, 160, None),
    ("a" * 160, 160, 1, 160, None),
    ("a" * 161, 161, 2, 153, None),
    ("a" * 306, 306, 2, 153, None),
    ("a" * 307, 307, 3, 153, None),
    ("€" * 80, 80, 1, 160, None),  # an escape pair each: exactly 160 places
    ("€" * 81, 81, 2, 153, None),
    ("a" * 152 + "€" + "a" * 152, 305, 3, 153, None),  # 306 places, but the pair does not split
    ("Hi José, ¿qué tal? 50 €", 23, 1, 160, None),  # é, ¿ and € are GSM too
])
def test_gsm_texts(text: str, characters: int, segments: int, per_segment: int, unicode: str | None) -> None:
    length = measure(text)
    assert (length.characters, length.segments, length.per_segment, length.first_unicode) == (
        characters, segments, per_segment, unicode)


@pytest.mark.parametrize(("text", "segments", "per_segment", "unicode"), [
    ("Hi Zoë", 1, 70, "ë"),
    ("It’s ready", 1, 70, "’"),  # a curly apostrophe, typical of pasted text
    ("a" * 70 + "’", 2, 67, "’"),
    ("😀" * 35, 1, 70, "😀"),  # two places each: exactly 70
    ("😀" * 36, 2, 67, "😀"),
    ("a" * 66 + "😀" + "a", 1, 70, "😀"),  # 69 places: fits one message
    ("a" * 66 + "😀" + "a" * 67, 3, 67, "😀"),  # 135 places, but the emoji does not split
])
def test_unicode_texts(text: str, segments: int, per_segment: int, unicode: str) -> None:
    length = measure(text)
    assert (length.segments, length.per_segment, length.first_unicode) == (segments, per_segment, unicode)


def test_descriptions_name_what_a_person_can_change() -> None:
    assert measure("Hi Taylor").describe() == "9 characters · 1 message"
    assert measure("a" * 200).describe() == "200 characters · 2 messages of up to 153"
    assert measure("It’s " + "a" * 70).describe() == (
        "75 characters · 2 messages of up to 67 (“’” makes each message hold fewer characters)")


@given(st.text(alphabet="abc €{}", max_size=700))
def test_gsm_parts_hold_the_text_and_no_fewer_would(text: str) -> None:
    length = measure(text)
    places = sum(2 if c in "€{}" else 1 for c in text)
    if not text:
        assert length.segments == 0
    elif places <= 160:
        assert length.segments == 1
    else:
        # Enough parts for every place, and at most one more than a split ignoring pairs.
        assert -(-places // 153) <= length.segments <= -(-places // 153) + 1
        assert length.segments * 153 >= places


@given(st.text(max_size=400))
def test_any_text_is_measured_in_one_encoding(text: str) -> None:
    length = measure(text)
    assert length.characters == len(text)
    assert length.per_segment in ((160, 153) if length.first_unicode is None else (70, 67))
    assert (length.segments == 0) == (text == "")
    if length.first_unicode is not None:
        units = len(text.encode("utf-16-le")) // 2
        assert length.segments >= (1 if units <= 70 else -(-units // 67))
