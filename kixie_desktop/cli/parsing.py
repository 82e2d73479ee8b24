"""An argparse parser whose errors are one line and exit code 2, never a traceback."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

PROG = "kixie-desktop"


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")
        raise SystemExit(2)


def on_off(text: str) -> bool:
    """An on/off switch of a command: 'on' or 'off', any case."""
    value = text.strip().lower()
    if value not in ("on", "off"):
        raise argparse.ArgumentTypeError(f"{text!r}: say on or off")
    return value == "on"
