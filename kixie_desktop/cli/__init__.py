"""Command-line front end: ``kixie-desktop [COMMAND]``."""
