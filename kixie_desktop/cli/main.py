"""Entry point of ``kixie-desktop``: parses arguments and dispatches to a command.

User errors print one line and exit 2; storage and other failures print one line
and exit 1 (details go to the log). With no command, the desktop app starts.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from kixie_desktop import __version__
from kixie_desktop.cli import (
    admin_commands,
    api_commands,
    cadence_commands,
    call_command,
    engine_command,
    import_command,
    settings_commands,
    vocabulary_commands,
    workspace_commands,
)
from kixie_desktop.cli.parsing import PROG, OneLineParser
from kixie_desktop.domain.errors import KixieError, UserFacingError
from kixie_desktop.logging_setup import configure_logging

log = logging.getLogger(__name__)


def build_parser() -> OneLineParser:
    parser = OneLineParser(prog=PROG, description="Kixie Desktop: sales cadences, PowerCall and SIP calls.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--database", metavar="URL",
                        help="database URL (sqlite:///path or postgresql://...); default: the embedded file")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("--screenshot", metavar="PNG", help="save a picture of the main window and exit")
    gui.set_defaults(handler=run_gui)
    workspace_commands.add_parsers(sub)
    call_command.add_parser(sub)
    engine_command.add_parsers(sub)
    settings_commands.add_parsers(sub)
    import_command.add_parsers(sub)
    admin_commands.add_parsers(sub)
    vocabulary_commands.add_parsers(sub)
    api_commands.add_parsers(sub)
    cadence_commands.add_parsers(sub)
    # `kixie-desktop engine --database URL` reads as naturally as `kixie-desktop --database URL
    # engine`: accept it after any command too (SUPPRESS keeps the global value when absent).
    _accept_database_anywhere(parser)
    return parser


def _accept_database_anywhere(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:  # argparse keeps subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                                     help=argparse.SUPPRESS)
                _accept_database_anywhere(command)


def run_gui(args: argparse.Namespace) -> int:
    # Imported here so CLI commands never load Qt.
    from kixie_desktop.app import run_app

    return run_app(database_url=args.database, screenshot=getattr(args, "screenshot", None))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    configure_logging(verbose=args.verbose)
    handler = getattr(args, "handler", run_gui)
    try:
        return int(handler(args) or 0)
    except UserFacingError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    except KixieError as exc:
        # The traceback goes to the log file only; the terminal gets one line.
        log.info("command failed", exc_info=True)
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
