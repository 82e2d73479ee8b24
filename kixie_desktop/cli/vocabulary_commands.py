"""The words cadences are written in, from the command line: `template add|edit|show|list`
and `disposition add|rename|move|set|archive|unarchive|list`.

The same services as the settings window's SMS Templates and Dispositions pages, with the
same role checks and audit entries; both are named as a person names them, never by id.
A bad value is one line and exit 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TypeVar

from kixie_desktop.cli.api_commands import table
from kixie_desktop.cli.parsing import on_off
from kixie_desktop.composition import opened_backend
from kixie_desktop.domain.directory import Disposition
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.roles import Actor
from kixie_desktop.domain.templates import BARE_CONTACT, SAMPLE_CONTACT, blank_fields_note, may_render_empty
from kixie_desktop.services.administration.dispositions import KEEP, DispositionService, Keep

T = TypeVar("T")


def _digit(text: str) -> int | None:
    value = text.strip().lower()
    if value in ("none", "off", ""):
        return None
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r}: say a digit from 1 to 9, or none")
    return int(value)


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    template = sub.add_parser("template", help="SMS templates")
    template_sub = template.add_subparsers(dest="template_command", required=True,
                                           metavar="{add,edit,show,list}")
    add = template_sub.add_parser("add", help="add an SMS template")
    add.add_argument("name")
    add.add_argument("--body", required=True, help="the text, with merge fields like {{contact.first_name|there}}")
    add.set_defaults(handler=run_template_add)
    edit = template_sub.add_parser("edit", help="rename a template or change its text")
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NEW_NAME")
    edit.add_argument("--body", help="the new text")
    edit.set_defaults(handler=run_template_edit)
    show = template_sub.add_parser("show", help="print a template and what a lead would receive")
    show.add_argument("name")
    show.set_defaults(handler=run_template_show)
    template_sub.add_parser("list", help="list SMS templates").set_defaults(handler=run_template_list)

    disposition = sub.add_parser("disposition", help="call outcomes")
    disposition_sub = disposition.add_subparsers(
        dest="disposition_command", required=True, metavar="{add,rename,move,set,archive,unarchive,list}")
    add = disposition_sub.add_parser("add", help="add a disposition (last in the list)")
    add.add_argument("name")
    add.set_defaults(handler=run_disposition_add)
    rename = disposition_sub.add_parser("rename", help="rename a disposition")
    rename.add_argument("name")
    rename.add_argument("new_name")
    rename.set_defaults(handler=run_disposition_rename)
    move = disposition_sub.add_parser("move", help="put a disposition at another place in the list agents see")
    move.add_argument("name")
    move.add_argument("--to", type=int, required=True, metavar="N", help="its place, 1 = first")
    move.set_defaults(handler=run_disposition_move)
    change = disposition_sub.add_parser("set", help="a disposition's key and whether it counts as connected")
    change.add_argument("name")
    change.add_argument("--digit", type=_digit, default=KEEP, metavar="N|none",
                        help="the key (1-9) an agent presses for it, or none")
    change.add_argument("--connected", type=on_off, metavar="on|off",
                        help="whether the call reached the lead (the connect rate)")
    change.set_defaults(handler=run_disposition_set)
    archive = disposition_sub.add_parser("archive", help="hide a disposition from agents (history keeps it)")
    archive.add_argument("name")
    archive.set_defaults(handler=run_disposition_archive)
    unarchive = disposition_sub.add_parser("unarchive", help="offer an archived disposition again")
    unarchive.add_argument("name")
    unarchive.set_defaults(handler=run_disposition_unarchive)
    listing = disposition_sub.add_parser("list", help="list dispositions in the order agents see them")
    listing.add_argument("--all", action="store_true", help="archived ones too")
    listing.set_defaults(handler=run_disposition_list)


def _note_blank_fields(body: str) -> None:
    blank = may_render_empty(body)
    if blank:
        print(f"note: {blank_fields_note(blank)}", file=sys.stderr)


def run_template_add(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        template = backend.templates.create(backend.actor(), args.name, args.body)
    print(f"template {template.name!r} added")
    _note_blank_fields(template.body)
    return 0


def run_template_edit(args: argparse.Namespace) -> int:
    if args.rename is None and args.body is None:
        raise ValidationError("say what to change: --rename NEW_NAME and/or --body TEXT", field="template")
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        current = backend.templates.named(actor, args.name)
        template = backend.templates.update(actor, current.id, current.name if args.rename is None else args.rename,
                                            current.body if args.body is None else args.body)
    print(f"template {template.name!r} saved")
    _note_blank_fields(template.body)
    return 0


def run_template_show(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        template = backend.templates.named(actor, args.name)
        preview = backend.templates.preview(actor, template.body)
    sample = f"{SAMPLE_CONTACT.full_name} ({SAMPLE_CONTACT.company})"
    print(f"{template.name}\n\n{template.body}\n\n"
          f"To {sample}, from you:\n  {preview.sample}\n"
          f"To a lead with only a phone number ({BARE_CONTACT.phone}), before an agent owns them:\n"
          f"  {preview.bare}\n\n{preview.length.describe()} (to {SAMPLE_CONTACT.first_name})")
    _note_blank_fields(template.body)
    return 0


def run_template_list(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        templates = backend.templates.list(backend.actor())
    print(table(("TEMPLATE", "TEXT"), [(t.name, t.body) for t in templates]))
    return 0


def _said(disposition: Disposition) -> str:
    key = f"key {disposition.digit}" if disposition.digit is not None else "no key"
    connected = "counts as connected" if disposition.counts_as_connected else "does not count as connected"
    return f"disposition {disposition.name!r}: {key}, {connected}"


def run_disposition_add(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        disposition = backend.dispositions.create(backend.actor(), args.name)
    print(f"disposition {disposition.name!r} added")
    return 0


def _change(args: argparse.Namespace,
            change: Callable[[DispositionService, Actor, Disposition], T]) -> tuple[Disposition, T]:
    """Find the disposition ``args.name`` names, then ``change`` it; both as the signed-in user."""
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        found = backend.dispositions.named(actor, args.name)
        return found, change(backend.dispositions, actor, found)


def run_disposition_rename(args: argparse.Namespace) -> int:
    found, renamed = _change(args, lambda svc, actor, d: svc.update(actor, d.id, name=args.new_name))
    print(f"disposition {found.name!r} renamed {renamed.name!r}")
    return 0


def run_disposition_move(args: argparse.Namespace) -> int:
    found, ordered = _change(args, lambda svc, actor, d: svc.move(actor, d.id, args.to))
    active = [d.name for d in ordered if not d.archived]
    print(f"disposition {found.name!r} is now number {active.index(found.name) + 1} of {len(active)}")
    return 0


def run_disposition_set(args: argparse.Namespace) -> int:
    digit: int | None | Keep = args.digit
    if isinstance(digit, Keep) and args.connected is None:
        raise ValidationError("say what to change: --digit N|none and/or --connected on|off", field="disposition")
    _, changed = _change(args, lambda svc, actor, d: svc.update(actor, d.id, digit=digit,
                                                                counts_as_connected=args.connected))
    print(_said(changed))
    return 0


def run_disposition_archive(args: argparse.Namespace) -> int:
    found, _ = _change(args, lambda svc, actor, d: svc.archive(actor, d.id))
    print(f"disposition {found.name!r} archived: agents no longer see it")
    return 0


def run_disposition_unarchive(args: argparse.Namespace) -> int:
    found, _ = _change(args, lambda svc, actor, d: svc.unarchive(actor, d.id))
    print(f"disposition {found.name!r} is offered to agents again (without a key: "
          f"`disposition set {found.name!r} --digit N` gives it one)")
    return 0


def run_disposition_list(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        dispositions = backend.dispositions.list(backend.actor(), include_archived=args.all)
    rows, place = [], 0
    for d in dispositions:
        place += 0 if d.archived else 1
        rows.append(("archived" if d.archived else place, d.name, d.digit, "yes" if d.counts_as_connected else ""))
    print(table(("#", "DISPOSITION", "KEY", "CONNECTED"), rows))
    return 0
