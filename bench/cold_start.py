"""Cold start: from process start to the main window painted with the workspace's data,
against a bare PySide6 ``QMainWindow`` with a table, in the same run.

A benchmark, not a test. Each run starts a fresh process of each kind, offscreen, the two
kinds alternating (and taking turns going first), so the machine's load falls on both:

- **bare**: Python, PySide6, a ``QMainWindow`` with a ``QTableWidget`` of three rows — the
  floor any PySide6 app pays;
- **app**: ``python -m kixie_desktop gui --quit-when-painted`` on a seeded demo database.

"Painted with data" is the first paint of the table's viewport after its rows arrived (the
app's Cadences table, through ``gui/startup/first_paint.py``; the bare window the same way, written
out here so the baseline imports nothing of ours). Each process prints the wall-clock
moment that paint finished; the time is that minus this script's clock reading just
before it started the process. Bytecode is compiled first and one unmeasured run of each
kind warms the disk cache, as on a workstation where the app was installed (pip compiles it).

Writes bench/results/cold_start.json (``bare_ms``, ``app_ms``: medians; ``ratio``: the
median of the runs' own app/bare ratios; ``runs``) and prints a table.

    .venv/bin/python bench/cold_start.py [--runs 15]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "cold_start.json"
TARGET = 2.5

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableWidget(0, 10)
window.setCentralWidget(table)
window.resize(1280, 800)


class Painted(QObject):
    done = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and table.rowCount() and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"painted-with-rows {time.time():.6f} {table.rowCount()}",
                                                flush=True), app.quit()))
        return False


def fill():
    table.setRowCount(3)
    for row in range(3):
        for column in range(10):
            table.setItem(row, column, QTableWidgetItem(f"cell {row}.{column}"))


painted = Painted()
table.viewport().installEventFilter(painted)
window.show()
QTimer.singleShot(0, fill)
app.exec()
"""


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "KIXIE_DATABASE_URL", "KIXIE_USER")}
    env.update(QT_QPA_PLATFORM="offscreen", KIXIE_HOME=str(home), PYTHONPATH=str(ROOT))
    return env


def _painted_ms(command: list[str], env: dict[str, str], expect_rows: int | None) -> float:
    started = time.time()
    out = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    lines = [line for line in out.stdout.splitlines() if line.startswith("painted-with-rows ")]
    if out.returncode != 0 or not lines:
        raise SystemExit(f"{' '.join(command)} failed ({out.returncode}): {out.stderr.strip()[-500:]}")
    _, moment, rows = lines[-1].split()
    if expect_rows is not None and int(rows) != expect_rows:
        raise SystemExit(f"the app painted {rows} cadences, expected {expect_rows}")
    return (float(moment) - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="measured runs of each kind (default 15)")
    args = parser.parse_args()
    compileall.compile_dir(str(ROOT / "kixie_desktop"), quiet=1)
    with tempfile.TemporaryDirectory(prefix="kixie-cold-start-") as tmp:
        home = Path(tmp)
        env = _env(home)
        seeded = subprocess.run([sys.executable, "-m", "kixie_desktop", "demo"], env=env, cwd=ROOT,
                                capture_output=True, text=True, timeout=300)
        if seeded.returncode != 0:
            raise SystemExit(f"seeding the demo failed: {seeded.stderr.strip()}")
        bare = [sys.executable, "-c", BARE]
        app = [sys.executable, "-m", "kixie_desktop", "gui", "--quit-when-painted"]
        _painted_ms(bare, env, None), _painted_ms(app, env, 3)  # warm-up, not counted
        load_before = os.getloadavg()[0]
        bare_ms: list[float] = []
        app_ms: list[float] = []
        for run in range(args.runs):
            order = ((bare, bare_ms, None), (app, app_ms, 3))
            for command, into, rows in order if run % 2 == 0 else reversed(order):
                into.append(_painted_ms(command, env, rows))
            print(f"run {run + 1:2}/{args.runs}: bare {bare_ms[-1]:6.0f} ms   app {app_ms[-1]:6.0f} ms   "
                  f"ratio {app_ms[-1] / bare_ms[-1]:.2f}", flush=True)
        load_after = os.getloadavg()[0]
    ratios = [a / b for a, b in zip(app_ms, bare_ms, strict=True)]
    result = {
        "bare_ms": round(statistics.median(bare_ms), 1),
        "app_ms": round(statistics.median(app_ms), 1),
        "ratio": round(statistics.median(ratios), 2),
        "runs": args.runs,
        "bare_runs_ms": [round(v, 1) for v in bare_ms],
        "app_runs_ms": [round(v, 1) for v in app_ms],
        "ratio_min_max": [round(min(ratios), 2), round(max(ratios), 2)],
        "load_average_1min": [round(load_before, 2), round(load_after, 2)],
        "cores": os.cpu_count(),
    }
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nbare QMainWindow  median {result['bare_ms']:7.1f} ms")
    print(f"Kixie Desktop     median {result['app_ms']:7.1f} ms")
    print(f"ratio (median of {args.runs} runs' own) {result['ratio']:.2f}  "
          f"(range {result['ratio_min_max'][0]}–{result['ratio_min_max'][1]}; target ≤ {TARGET})"
          f"  {'✔' if result['ratio'] <= TARGET else '✘'}")
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
