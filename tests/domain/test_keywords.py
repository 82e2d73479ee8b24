"""SMS keywords after normalisation: the FCC's STOP family always opts out, whatever the bytes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.inbound_text import decode
from kixie_desktop.domain.keywords import STOP_FAMILY, Keyword, classify


@pytest.mark.parametrize("body", [
    "STOP", " stop ", "Unsubscribe", "quit!", "StopAll", "end", "REVOKE", "cancel.", "Opt Out", "opt-out",
    "OPTOUT", "STOP\xa0", "STOP\ufffd", "\ufeffSTOP", "ＳＴＯＰ", "S\u200bTOP", "🛑 STOP 🛑", "stop stop stop",
    "Please stop", "STOP texting me", "unsubscribe me pls", "stop, start",
])
def test_opt_out(body: str) -> None:
    assert classify(body) is Keyword.OPT_OUT


@pytest.mark.parametrize("body", ["start", "UNSTOP", " Start! ", "ＳＴＡＲＴ"])
def test_opt_in(body: str) -> None:
    assert classify(body) is Keyword.OPT_IN


@pytest.mark.parametrize("body", [
    "Stopped by the store", "unstoppable", "Who is this?", "stop calling me at 9 please",
    "I can't stop thinking about the demo, can we talk at the end of the week?", "", "start me up now please",
])
def test_replies(body: str) -> None:
    assert classify(body) is Keyword.NONE


SEPARATORS = st.text(alphabet=st.sampled_from(" \t\r\n\xa0\u3000.,!?;:-_'\"()*#~\ufffd\u200b\ufeff🛑👋"), max_size=6)


def _any_case(word: str, flips: list[bool]) -> str:
    return "".join(c.upper() if flip else c for c, flip in zip(word, flips + [False] * len(word)))


@given(word=st.sampled_from(sorted(STOP_FAMILY | {"opt out", "opt-out"})), flips=st.lists(st.booleans(), max_size=12),
       before=SEPARATORS, after=SEPARATORS,
       encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]),
       label=st.sampled_from([None, "utf-8", "ISO-8859-1", "windows-1252", "x-nobody-knows"]))
def test_the_stop_family_always_opts_out(word: str, flips: list[bool], before: str, after: str,
                                         encoding: str, label: str | None) -> None:
    """A STOP-family word alone, in any case and padding, encoded any common way and labelled
    right or wrong, still opts out once the carrier's bytes are decoded."""
    message = f"{before}{_any_case(word, flips)}{after}"
    raw = message.encode(encoding, errors="replace")
    if encoding == "utf-16":
        label = "utf-16"  # UTF-16 only ever arrives labelled: unlabelled it is not text at all
    text = decode(raw, None if label is None else f"text/plain; charset={label}")
    assert classify(text.text) is Keyword.OPT_OUT, (message, text.text)


@given(word=st.sampled_from(sorted(STOP_FAMILY | {"opt out"})), pad=SEPARATORS,
       others=st.lists(st.sampled_from(["please", "me", "now", "texting", "thanks", "pls"]), max_size=3),
       first=st.booleans())
def test_a_stop_word_in_a_short_message_opts_out(word: str, pad: str, others: list[str], first: bool) -> None:
    words = [word, *others] if first else [*others, word]
    # Zero-width characters join a word rather than split it: a pad of only those is no separator.
    separator = pad if pad.strip("\u200b\ufeff") else " "
    assert classify(separator.join(words)) is Keyword.OPT_OUT
