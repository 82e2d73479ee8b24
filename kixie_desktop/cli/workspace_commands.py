"""`workspace create`, `demo` and `db` commands: set up a workspace of one's own, seed or reset
the demo workspace, upgrade the schema.

A reset deletes every record, so the workspace service only lets an admin do it, never
while an engine works on the database, and only when the workspace's name is typed; a
script says ``--yes`` instead of typing it.
"""

from __future__ import annotations

import argparse
import sys

from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.storage.migrate import current_revision, head_revision


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", help="seed the demo workspace (or reset it with --reset)")
    demo.add_argument("--reset", action="store_true",
                      help="delete EVERYTHING in the database first (admins only; asks for the workspace's "
                           "name), then seed the demo")
    demo.add_argument("--yes", action="store_true", help="with --reset: do not ask (for scripts)")
    demo.set_defaults(handler=run_demo)

    workspace = sub.add_parser("workspace", help="your own workspace (instead of the demo)")
    workspace_sub = workspace.add_subparsers(dest="workspace_command", required=True, metavar="{create}")
    create = workspace_sub.add_parser("create", help="create the account and its first admin on an empty database")
    create.add_argument("--name", required=True, help="the business's name, e.g. Acme Solar")
    create.add_argument("--time-zone", required=True, help="the account's IANA time zone, e.g. America/Chicago")
    create.add_argument("--admin-name", required=True, help="the first admin's name, e.g. 'Ada Lovelace'")
    create.add_argument("--admin-email", required=True, help="the first admin's e-mail")
    create.set_defaults(handler=run_workspace_create)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="{upgrade,current}")
    db_sub.add_parser("upgrade", help="migrate the schema to the latest version").set_defaults(handler=run_db_upgrade)
    db_sub.add_parser("current", help="print the schema version").set_defaults(handler=run_db_current)


def run_demo(args: argparse.Namespace) -> int:
    backend = open_backend(args.database)
    try:
        if args.reset and backend.accounts.current() is not None:
            _reset(backend, assume_yes=args.yes)
        if backend.seed_demo():
            print(f"demo workspace seeded in {backend.db.safe_url}")
        else:
            print(f"{backend.db.safe_url} already has a workspace; use `demo --reset` to start over")
        return 0
    finally:
        backend.close()


def _reset(backend: Backend, *, assume_yes: bool) -> None:
    actor = backend.actor()
    name = backend.accounts.get(actor).name
    if assume_yes:
        typed = name
    elif sys.stdin.isatty():
        typed = input(f"This deletes every cadence, contact, call and API token of {name!r}.\n"
                      f"Type the workspace's name to go on: ")
    else:
        raise ValidationError("a reset deletes everything: run it in a terminal to confirm, or add --yes",
                              field="confirm")
    backend.workspace.reset(actor, typed)
    print(f"workspace {name!r} deleted")


def run_workspace_create(args: argparse.Namespace) -> int:
    backend = open_backend(args.database)
    try:
        account, admin = backend.workspace.create(args.name, args.time_zone, args.admin_name, args.admin_email)
    finally:
        backend.close()
    print(f"workspace {account.name!r} created in {account.timezone}; its first admin is {admin.email}")
    return 0


def run_db_upgrade(args: argparse.Namespace) -> int:
    backend = open_backend(args.database)  # opening upgrades
    try:
        print(f"{backend.db.safe_url} is at schema {current_revision(backend.db)} (latest {head_revision()})")
        return 0
    finally:
        backend.close()


run_db_current = run_db_upgrade
