"""CSV import throughput: 100,000 contact rows into a fresh SQLite database.

A benchmark, not a test. Builds a workspace through the services, writes a CSV with
Excel-ish variety (mixed phone notations, a BOM, quoted cells, ~1% bad rows and ~1%
duplicates), imports it with ``ContactImportService`` (1,000 rows per transaction),
then imports the same file again (every row an update). Optionally a smaller run that
also enrolls every contact into a cadence. Writes bench/results/csv_import.json.

    .venv/bin/python bench/csv_import.py [--rows 100000] [--enroll-rows 5000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kixie_desktop.services.leads.contact_import import ContactImportService
from kixie_desktop.storage.database import Database, sqlite_url
from kixie_desktop.storage.migrate import upgrade
from tests.support.workspace import build_workspace

ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", ""]


def make_csv(rows: int, seed: int = 7, base: int = 2000000) -> bytes:
    rnd = random.Random(seed)
    lines = ["Phone Number,First Name,Last Name,E-mail,Company,Time Zone,External ID,Notes"]
    for i in range(rows):
        n = base + (i if rnd.random() > 0.01 else rnd.randrange(max(i, 1)))  # ~1% duplicates
        digits = f"{n:07d}"
        area = ["512", "415", "212", "646", "303"][n % 5]
        phone = rnd.choice([f"({area}) {digits[:3]}-{digits[3:]}", f"+1 {area} {digits[:3]} {digits[3:]}",
                            f"{area}.{digits[:3]}.{digits[3:]}", f"1{area}{digits}"])
        if rnd.random() < 0.01:
            phone = "n/a"  # ~1% bad rows
        note = '"likes ""solar"", call after 5"' if i % 10 == 0 else ""
        lines.append(f"{phone},First{i},Last{i},p{i}@example.test,\"Acme {i % 97}, Inc\","
                     f"{ZONES[i % len(ZONES)]},X{i},{note}")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def timed_import(service: ContactImportService, actor: object, data: bytes, **kw: object) -> dict[str, object]:
    start = time.perf_counter()
    result = service.run(actor, data, **kw)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    return {"rows": result.total_rows, "seconds": round(seconds, 3),
            "rows_per_second": round(result.total_rows / seconds), "created": result.created,
            "updated": result.updated, "duplicates": result.duplicates, "enrolled": result.enrolled,
            "errors": len(result.errors)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--enroll-rows", type=int, default=5_000)
    args = parser.parse_args()
    results: dict[str, object] = {"when": datetime.now(UTC).isoformat(timespec="seconds"),
                                  "python": sys.version.split()[0], "batch_size": 1000}
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(sqlite_url(Path(tmp) / "kixie.db"))
        upgrade(db)
        ws = build_workspace(db)
        service = ContactImportService(ws.store, ws.clock, ws.enrollment)
        data = make_csv(args.rows)
        results["file_bytes"] = len(data)
        results["first_import"] = timed_import(service, ws.manager, data)
        results["second_import_all_updates"] = timed_import(service, ws.manager, data)
        if args.enroll_rows:
            version = ws.cadences.create(ws.manager, ws.definition())
            ws.cadences.set_active(ws.manager, version.cadence_id, True)
            small = make_csv(args.enroll_rows, seed=8, base=5000000)
            results["import_with_enrollment"] = timed_import(service, ws.manager, small,
                                                             cadence_id=version.cadence_id)
        db.dispose()
    out = ROOT / "bench" / "results" / "csv_import.json"
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    first = results["first_import"]
    return 0 if isinstance(first, dict) and float(first["seconds"]) < 10 else 1


if __name__ == "__main__":
    sys.exit(main())
