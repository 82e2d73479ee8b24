"""`token` commands: API tokens for scripts, from the command line (a headless server has no
account settings window). ``table`` lays out every command's listings."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kixie_desktop.composition import open_backend
from kixie_desktop.domain.roles import Role


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    token = sub.add_parser("token", help="API tokens for the HTTP API")
    token_sub = token.add_subparsers(dest="token_command", required=True, metavar="{create,revoke,list}")
    create = token_sub.add_parser("create", help="create a token and print it (shown only this once)")
    create.add_argument("name", help="what the token is for, e.g. zapier")
    create.add_argument("--role", choices=[r.value for r in Role], default=Role.MANAGER.value,
                        help="the role the token acts with (default: manager)")
    create.set_defaults(handler=run_token_create)
    revoke = token_sub.add_parser("revoke", help="revoke a token at once")
    revoke.add_argument("name")
    revoke.set_defaults(handler=run_token_revoke)
    token_sub.add_parser("list", help="list tokens (names, roles, dates; never the tokens)").set_defaults(
        handler=run_token_list)


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers], *[[("" if c is None else str(c)) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells)


def run_token_create(args: argparse.Namespace) -> int:
    backend = open_backend(args.database)
    try:
        issued = backend.api_tokens.create(backend.actor(), args.name, Role(args.role))
    finally:
        backend.close()
    # The token alone on stdout, so `TOKEN=$(kixie-desktop token create x)` works.
    print(issued.token)
    print(f"token {issued.info.name!r} ({issued.info.role.value}) created; it is not shown again",
          file=sys.stderr)
    return 0


def run_token_revoke(args: argparse.Namespace) -> int:
    backend = open_backend(args.database)
    try:
        revoked = backend.api_tokens.revoke(backend.actor(), args.name)
    finally:
        backend.close()
    print(f"token {args.name!r} revoked" if revoked else f"token {args.name!r} was already revoked")
    return 0


def run_token_list(args: argparse.Namespace) -> int:
    backend = open_backend(args.database)
    try:
        tokens = backend.api_tokens.list(backend.actor())
    finally:
        backend.close()
    rows = [(t.name, t.role.value, t.created_at.isoformat(timespec="seconds"),
             t.revoked_at.isoformat(timespec="seconds") if t.revoked_at else "") for t in tokens]
    print(table(("NAME", "ROLE", "CREATED", "REVOKED"), rows))
    return 0
