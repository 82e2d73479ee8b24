"""`cadence list|on|off|export|import|preview`: cadences from the command line — listed,
turned on and off, moved between workspaces as files (docs/cadence-files.md), and
previewed for a sample contact with the engine's own planner, as the editor's Timeline
Preview does."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from kixie_desktop.cli.api_commands import table
from kixie_desktop.composition import opened_backend
from kixie_desktop.domain.cadence_file import CadenceFileInvalid, parse_text, to_text
from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.errors import NotFound, ValidationError
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.wording import plural
from kixie_desktop.services.authoring.timeline_preview import (
    Assumptions,
    describe_assumptions,
    lines,
    preview,
    sample_contact,
    sample_zones,
)


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cadence = sub.add_parser("cadence", help="cadences: list, on, off, export, import, preview")
    cadence_sub = cadence.add_subparsers(dest="cadence_command", required=True,
                                         metavar="{list,on,off,export,import,preview}")
    cadence_sub.add_parser("list", help="list cadences: id, name, active, version").set_defaults(
        handler=run_cadence_list)
    for word, active in (("on", True), ("off", False)):
        switch = cadence_sub.add_parser(word, help=f"turn a cadence {word} (managers and admins)")
        switch.add_argument("cadence", metavar="ID|NAME", help="the cadence's id or its exact name")
        switch.set_defaults(handler=run_cadence_switch, active=active)
    export = cadence_sub.add_parser("export", help="write a cadence to a JSON file (docs/cadence-files.md)")
    export.add_argument("cadence_id", type=int, metavar="ID")
    export.add_argument("file", metavar="FILE", help="where to write it; - for standard output")
    export.set_defaults(handler=run_cadence_export)
    imported = cadence_sub.add_parser("import", help="create a cadence (off) from a JSON file")
    imported.add_argument("file", metavar="FILE", help="the file; - for standard input")
    imported.add_argument("--name", help="import under this name instead of the file's")
    imported.set_defaults(handler=run_cadence_import)
    shown = cadence_sub.add_parser("preview", help="when each action would run for a sample contact")
    shown.add_argument("cadence_id", type=int, metavar="ID")
    shown.add_argument("--zone", help="the sample contact's time zone, e.g. America/New_York")
    shown.add_argument("--phone", help="the sample contact's number (its zones and state rules apply)")
    shown.add_argument("--start", help="enrolled at, in the account's time zone (default: now), "
                                       "e.g. 2026-03-08T01:30")
    shown.add_argument("--call-minutes", type=int, default=5, help="how long each call lasts (default 5)")
    shown.set_defaults(handler=run_cadence_preview)


def run_cadence_list(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        cadences = backend.cadences.list(backend.actor())
    rows = [(c.id, c.name, "yes" if c.active else "no", c.version) for c in sorted(cadences, key=lambda c: c.id)]
    print(table(("ID", "NAME", "ACTIVE", "VERSION"), rows))
    return 0


def _find(cadences: list[CadenceSummary], text: str) -> CadenceSummary:
    """A cadence by id (digits) or exact name, as `cadence list` shows them."""
    wanted = text.strip()
    found = [c for c in cadences if (str(c.id) == wanted if wanted.isdigit() else c.name == wanted)]
    if not found:
        raise NotFound(f"no cadence {wanted!r}: `kixie-desktop cadence list` shows their ids and names",
                       field="cadence")
    return found[0]


def run_cadence_switch(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        cadence = _find(backend.cadences.list(actor), args.cadence)
        backend.cadences.set_active(actor, cadence.id, args.active)
    print(f"cadence {cadence.id} {cadence.name!r} is {'on' if args.active else 'off'}")
    return 0


def run_cadence_export(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        text = to_text(backend.cadence_files.export(backend.actor(), CadenceId(args.cadence_id)))
    if args.file == "-":
        sys.stdout.write(text)
        return 0
    try:
        Path(args.file).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ValidationError(f"cannot write {args.file}: {exc.strerror or exc}", field="file") from None
    print(f"cadence {args.cadence_id} written to {args.file}")
    return 0


def run_cadence_import(args: argparse.Namespace) -> int:
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NotFound(f"no such file: {args.file}", field="file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"cannot read {args.file}: {exc}", field="file") from None
    try:
        with opened_backend(args.database) as backend:
            version = backend.cadence_files.import_document(backend.actor(), parse_text(text), name=args.name)
    except CadenceFileInvalid as exc:
        # Every problem on its own line, so a long file can be fixed in one pass.
        print(f"{args.file}: {plural(len(exc.problems), 'problem')}:", file=sys.stderr)
        for path, what in exc.problems:
            print(f"  {path}: {what}", file=sys.stderr)
        return 2
    print(f"cadence {version.cadence_id} {version.definition.settings.name!r} created, off: turn it on with "
          f"`kixie-desktop cadence on {version.cadence_id}` once you have looked at it")
    return 0


def _start(text: str | None, zone: str) -> datetime:
    if not text:
        return datetime.now(ZoneInfo(zone)).replace(second=0, microsecond=0)
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"--start {text!r} is not a date and time such as 2026-03-08T01:30",
                              field="start") from None
    return at if at.tzinfo is not None else at.replace(tzinfo=ZoneInfo(zone))


def _when(at: datetime | None, zone: str | None) -> str:
    if at is None:
        return "never"
    local = at.astimezone(ZoneInfo(zone or "UTC"))
    return local.strftime("%a %Y-%m-%d %H:%M ") + (zone or "UTC")


def run_cadence_preview(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        account = backend.accounts.get(actor)
        definition = backend.cadences.get(actor, CadenceId(args.cadence_id)).definition
    if args.call_minutes < 0:
        raise ValidationError("--call-minutes cannot be negative", field="call_minutes")
    contact = sample_contact(args.phone or "", args.zone, account.default_region)
    zones = sample_zones(contact)
    assumptions = Assumptions(call_duration=timedelta(minutes=args.call_minutes))
    entries = preview(definition, account, contact, _start(args.start, account.timezone), assumptions)
    zone = zones[0] if zones else None
    rows = [(line.step, line.what, _when(line.at, zone), line.why) for line in lines(entries)]
    print(table(("STEP", "ACTION", "RUNS AT (CONTACT)", "WHY"), rows))
    print(describe_assumptions(definition, assumptions))
    return 0
