"""Counts and articles as people read them: "1 action", "2 actions", "an agent".

Every count a person sees (the tables' row counts, the import wizard, rule descriptions,
the waiting reasons built from them) goes through ``plural``, so no label says
"1 actions" or "event(s)"; ``with_article`` picks "a" or "an". Pure Python: the GUI,
the services and the engine all use it.
"""

from __future__ import annotations

# Vowel letters that start with a consonant sound, and the other way round, for the
# words we put an article before (roles, nouns of our own).
_SOUNDS_LIKE_CONSONANT = ("one", "uni", "use", "usu", "eu")
_SOUNDS_LIKE_VOWEL = ("hour", "honest", "sms")


def noun_for(count: int, noun: str, plural_noun: str | None = None) -> str:
    """The noun alone, agreeing with ``count``: ``noun`` for exactly one, else the plural
    (``noun + "s"`` unless ``plural_noun`` is given: "delivery" → "deliveries", "SMS" → "SMS")."""
    if count == 1:
        return noun
    return plural_noun if plural_noun is not None else noun + "s"


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """'1 action', '0 actions', '12,000 actions': the count with thousands separators and
    the noun that agrees with it."""
    return f"{count:,} {noun_for(count, noun, plural_noun)}"


def with_article(word: str) -> str:
    """'a manager', 'an agent', 'an SMS': by how the word sounds, near enough for our words."""
    lowered = word.lower()
    if lowered.startswith(_SOUNDS_LIKE_VOWEL):
        return f"an {word}"
    if lowered.startswith(_SOUNDS_LIKE_CONSONANT):
        return f"a {word}"
    return f"{'an' if lowered[:1] in set('aeiou') else 'a'} {word}"
