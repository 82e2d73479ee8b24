"""Entry point of ``kixie-desktop``: parses arguments and dispatches to a command.

User errors print one line and exit 2; storage and other failures print one line
and exit 1 (details go to the log). With no command, the desktop app starts.

Each command's module is imported only when that command runs (``COMMANDS``): the
desktop app starts without loading the other commands and what they import (the
HTTP API, the engine, the softphone), so its window comes up sooner, and a command
such as ``cadence list`` loads neither Qt nor the HTTP and SIP libraries. ``--help``,
and a command nobody knows, load them all, so the help and the error list every command.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Iterable, Sequence
from types import ModuleType

from kixie_desktop import __version__
from kixie_desktop.cli.parsing import PROG, OneLineParser
from kixie_desktop.domain.errors import KixieError, UserFacingError
from kixie_desktop.logging_setup import configure_logging

log = logging.getLogger(__name__)

# Every top-level command and the module of ``kixie_desktop.cli`` that declares and runs it;
# the modules register in the order of their first command here, which is the order
# ``--help`` lists them in (tests/cli/test_lazy_commands.py holds the table to the modules).
COMMANDS: dict[str, str] = {
    "demo": "workspace_commands", "workspace": "workspace_commands", "db": "workspace_commands",
    "call": "call_command",
    "engine": "engine_command",
    "sip": "settings_commands", "crm": "settings_commands", "sms-provider": "settings_commands",
    "import": "import_command",
    "account": "admin_commands", "user": "admin_commands", "team": "admin_commands",
    "queue": "admin_commands",
    "template": "vocabulary_commands", "disposition": "vocabulary_commands",
    "token": "api_commands",
    "cadence": "cadence_commands",
}
ALL_MODULES: tuple[str, ...] = tuple(dict.fromkeys(COMMANDS.values()))
_HELP = ("-h", "--help")


def build_parser(modules: Iterable[str] = ALL_MODULES) -> OneLineParser:
    """The parser with ``gui`` and the commands of ``modules`` (every command by default)."""
    parser = OneLineParser(prog=PROG, description="Kixie Desktop: sales cadences, PowerCall and SIP calls.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--database", metavar="URL",
                        help="database URL (sqlite:///path or postgresql://...); default: the embedded file")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail to stderr")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (offscreen window, a scratch database, a call to "
                             "the demo line) and exit; never touches your workspace")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument("--screenshot", metavar="PNG", help="save a picture of the main window and exit")
    # For bench/cold_start.py: print the wall-clock moment the Cadences table is painted with
    # its rows, and exit.
    gui.add_argument("--quit-when-painted", action="store_true", help=argparse.SUPPRESS)
    gui.set_defaults(handler=run_gui)
    wanted = set(modules)
    for name in ALL_MODULES:
        if name in wanted:
            _command_module(name).add_parsers(sub)
    # `kixie-desktop engine --database URL` reads as naturally as `kixie-desktop --database URL
    # engine`: accept it after any command too (SUPPRESS keeps the global value when absent).
    _accept_database_anywhere(parser)
    return parser


def _command_module(name: str) -> ModuleType:
    return importlib.import_module(f"kixie_desktop.cli.{name}")


def modules_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules ``argv`` needs: its command's, none for the app, all for help
    before the command or an unknown command."""
    expects_value = False
    for token in argv:
        if expects_value:
            expects_value = False
        elif token in _HELP or (token.startswith("--he") and "--help".startswith(token)):
            return ALL_MODULES
        elif token.startswith("-"):
            # argparse takes any unambiguous prefix: --data URL is --database URL.
            expects_value = "=" not in token and len(token) > 2 and "--database".startswith(token)
        elif token == "gui":
            return ()
        else:
            return (COMMANDS[token],) if token in COMMANDS else ALL_MODULES
    return ()  # no command: the desktop app


def _accept_database_anywhere(parser: argparse.ArgumentParser) -> None:
    for action in parser._actions:  # argparse keeps subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.add_argument("--database", metavar="URL", default=argparse.SUPPRESS,
                                     help=argparse.SUPPRESS)
                _accept_database_anywhere(command)


def run_gui(args: argparse.Namespace) -> int:
    # Imported here so CLI commands never load Qt. The database layer and the services come
    # first: once PySide6 is loaded, its __feature__ support reads the source file of every
    # module imported after it, which cost the window a few hundred milliseconds for these
    # (docs/decisions.md, 42).
    import kixie_desktop.composition  # noqa: F401
    from kixie_desktop.app import print_painted_moment, run_app

    painted = print_painted_moment if getattr(args, "quit_when_painted", False) else None
    return run_app(database_url=args.database, screenshot=getattr(args, "screenshot", None),
                   when_painted=painted)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(modules_for(argv))
    args = parser.parse_args(argv)
    if args.self_test:
        if args.command is not None or args.database is not None:
            parser.error("--self-test takes no command and no --database: it uses a scratch database of its own")
        # Before logging is set up: the self-test keeps its logs in its scratch directory.
        from kixie_desktop.cli.self_test import run_self_test

        return run_self_test(verbose=args.verbose)
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
