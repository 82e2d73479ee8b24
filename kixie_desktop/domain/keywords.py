"""Carrier-standard SMS keywords: a whole message of STOP (and friends) opts out, START opts back in."""

from __future__ import annotations

from enum import StrEnum

OPT_OUT = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
OPT_IN = frozenset({"START", "UNSTOP"})


class Keyword(StrEnum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"
    NONE = "none"


def classify(body: str) -> Keyword:
    """Case-insensitive, whole message only: "stop calling me at 9" is a reply, not an opt-out."""
    word = body.strip().strip(".!").upper()
    if word in OPT_OUT:
        return Keyword.OPT_OUT
    if word in OPT_IN:
        return Keyword.OPT_IN
    return Keyword.NONE
