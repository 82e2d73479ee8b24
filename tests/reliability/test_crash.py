"""The crash harness, short: ``kill -9`` the headless engine three times while it texts a SIPp
peer, on SQLite and on PostgreSQL, and check from the outside that no SMS was lost or sent
twice and that each crash left at most the in-flight window to decide (decision 30).

Kills come within 0.4 s of each start, while the first batch is going out: with the whole
batch ``sending`` at once (the engine before decision 30) this run ends with 300 of 300
``unknown`` and fails. ``make reliability`` runs the long version (``bench/crash_harness.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.support.databases import BACKENDS, POSTGRES_URL
from tests.telephony.sipp_runner import SIPP, sipp_required

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import crash_harness  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.sipp]


@pytest.mark.parametrize("backend", [pytest.param(b, marks=[pytest.mark.postgres] if b == "postgres" else [])
                                     for b in BACKENDS])
def test_kill_9_while_sending_loses_nothing_and_leaves_at_most_the_window_per_kill(
        backend: str, tmp_path: Path) -> None:
    if SIPP is None:
        if sipp_required():
            pytest.fail("KIXIE_REQUIRE_SIPP=1 but sipp is not on PATH (install sip-tester)")
        pytest.skip("SIPp not found on PATH (Debian package sip-tester)")
    figures = crash_harness.run("postgresql" if backend == "postgres" else "sqlite", 300, 3,
                                postgres_url=POSTGRES_URL, seed=7, max_gap_s=0.4,
                                finish_timeout_s=60, workdir=tmp_path)
    assert figures.actions == 300
    assert (figures.lost, figures.duplicates) == (0, 0), figures
    assert figures.received >= figures.completed, figures
    assert figures.unknown <= figures.kills * figures.inflight_window, figures
    assert figures.inflight_window == 16  # the setting's default, which the engines ran with
    assert figures.seconds < 90, figures
