"""SMS keywords: the STOP family opts a number out, START opts it back in.

Matching runs on a normalised form of the message — Unicode compatibility forms folded
(NFKC: full-width ``ＳＴＯＰ`` is ``STOP``), case folded, format characters such as
zero-width spaces dropped, and every run of anything that is not a letter or a digit
(whitespace, punctuation, emoji, the replacement character of an undecodable byte) read
as one space.

Opt-out follows the FCC's 2024 revocation rule (47 CFR 64.1200(a)(10)–(12), in force
since 11 April 2025): a reply using *stop, quit, end, revoke, opt out, cancel* or
*unsubscribe* revokes consent, and other wording counts when a reasonable person would
read it so. We opt out when the message is one of those words (or the carriers' STOPALL)
alone, and when such a word stands as a word in a short message — at most
``SHORT_MESSAGE_WORDS`` words: "Please stop", "STOP texting me", "unsubscribe me pls",
"opt-out!". A longer message that merely contains one ("I can't stop thinking about the
demo, can we talk at the end of the week?") is a reply, handled by the cadence's reply
rule, so a live lead is not silently lost. Opting out wrongly costs a text; failing to
costs a violation, so the short-message rule leans towards opting out. Opt-in (START,
UNSTOP) counts only as the whole message, and an opt-out word anywhere in it wins.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

STOP_FAMILY = frozenset({"stop", "quit", "end", "revoke", "optout", "cancel", "unsubscribe", "stopall"})
OPT_IN = frozenset({"start", "unstop"})
SHORT_MESSAGE_WORDS = 4
# The Why of a text not sent because its contact opted out — whether the engine found the
# flag when the text came due or the STOP reply cancelled it; Analytics counts texts by it.
OPTED_OUT_REASON = "Contact opted out of SMS"


class Keyword(StrEnum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    NONE = "none"


def normalise(body: str) -> str:
    """Lower-case words separated by single spaces; see the module docstring."""
    folded = unicodedata.normalize("NFKC", body).casefold()
    out: list[str] = []
    for ch in folded:
        category = unicodedata.category(ch)
        if category == "Cf":
            continue  # zero-width joiners and spaces inside a word must not split it
        out.append(ch if category[0] in "LN" else " ")
    return " ".join("".join(out).split())


def classify(body: str) -> Keyword:
    # "opt out" is one keyword, so it counts as one word towards the short-message limit.
    words = f" {normalise(body)} ".replace(" opt out ", " optout ").split()
    if len(words) <= SHORT_MESSAGE_WORDS and any(w in STOP_FAMILY for w in words):
        return Keyword.OPT_OUT
    if words and " ".join(words) in OPT_IN:
        return Keyword.OPT_IN
    return Keyword.NONE
