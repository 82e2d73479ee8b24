"""Texts that come in: opt-out and opt-in keywords, reply rules, the one confirmation."""
