"""`import` command: contacts from a CSV file, optionally enrolled into a cadence.

    kixie-desktop import leads.csv [--cadence ID] [--map "Cell=phone" ...] [--report errors.csv]

Prints a progress line on a terminal, then a summary; bad rows go to the report (CSV,
UTF-8 with a BOM so Excel opens it right). Exit 0 when the import ran, even with bad
rows; a missing file, an unknown column or field in ``--map`` is one line and exit 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kixie_desktop.composition import open_backend
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.services.leads.contact_import import read_source
from kixie_desktop.services.leads.csv_parsing import FIELDS, IGNORE, parse, resolve_mapping


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    cmd = sub.add_parser("import", help="import contacts from a CSV file")
    cmd.add_argument("file", type=Path, help="the CSV file (comma, semicolon or tab separated)")
    cmd.add_argument("--cadence", type=int, metavar="ID", help="also enroll every imported contact")
    cmd.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help=f"map a column (header or 1-based number) to one of {', '.join(FIELDS)} "
                          f"or {IGNORE}; repeatable; unmapped columns are guessed from headers")
    cmd.add_argument("--report", type=Path, metavar="CSV", help="write the rows that failed here")
    cmd.set_defaults(handler=run_import)


def _overrides(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip():
            raise ValidationError(f"{pair!r} is not COLUMN=FIELD", field="map")
        out[column.strip()] = field.strip()
    return out


def run_import(args: argparse.Namespace) -> int:
    data = read_source(args.file)  # a missing file fails here, before the database opens
    overrides = _overrides(args.map)
    resolve_mapping(parse(data).headers, overrides)  # so a bad --map fails just as early
    backend = open_backend(args.database)
    try:
        service = backend.contact_import
        tty = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if tty:
                print(f"\rimporting: {done}/{total} rows", end="", file=sys.stderr, flush=True)

        cadence = CadenceId(args.cadence) if args.cadence is not None else None
        result = service.run(backend.actor(), data, overrides=overrides, cadence_id=cadence,
                             progress=progress)
        if tty:
            print(file=sys.stderr)
        print(f"created {result.created}, updated {result.updated}, enrolled {result.enrolled}, "
              f"errors {len(result.errors)} ({result.total_rows} rows, {result.duplicates} duplicates merged)")
        if result.stopped:
            print(f"stopped early: {result.stopped}")
        if args.report:
            args.report.write_text(result.error_report(), encoding="utf-8-sig", newline="")
            print(f"error report: {args.report}")
        else:
            for error in sorted(result.errors, key=lambda e: e.line)[:20]:
                where = f" {error.field}" if error.field else ""
                print(f"  line {error.line}{where}: {error.reason}")
            if len(result.errors) > 20:
                print(f"  ... and {len(result.errors) - 20} more (use --report FILE)")
        return 1 if result.stopped else 0
    finally:
        backend.close()
