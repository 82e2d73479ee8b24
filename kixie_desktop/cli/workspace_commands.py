"""`demo` and `db` commands: seed or reset the demo workspace, upgrade the schema."""

from __future__ import annotations

import argparse

from kixie_desktop.composition import open_backend
from kixie_desktop.storage.migrate import current_revision, head_revision


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", help="seed the demo workspace (or reset it with --reset)")
    demo.add_argument("--reset", action="store_true",
                      help="delete EVERYTHING in the database first, then seed the demo")
    demo.set_defaults(handler=run_demo)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="{upgrade,current}")
    db_sub.add_parser("upgrade", help="migrate the schema to the latest version").set_defaults(handler=run_db_upgrade)
    db_sub.add_parser("current", help="print the schema version").set_defaults(handler=run_db_current)


def run_demo(args: argparse.Namespace) -> int:
    backend = open_backend(args.database)
    try:
        if backend.seed_demo(reset=args.reset):
            print(f"demo workspace seeded in {backend.db.safe_url}")
        else:
            print(f"{backend.db.safe_url} already has a workspace; use `demo --reset` to start over")
        return 0
    finally:
        backend.close()


def run_db_upgrade(args: argparse.Namespace) -> int:
    backend = open_backend(args.database)  # opening upgrades
    try:
        print(f"{backend.db.safe_url} is at schema {current_revision(backend.db)} (latest {head_revision()})")
        return 0
    finally:
        backend.close()


run_db_current = run_db_upgrade
