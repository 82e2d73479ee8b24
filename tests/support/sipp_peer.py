"""The ``sipp`` fixture: SIPp peers for any test (telephony, CLI, GUI). The softphone itself is
shared by the whole test process (``tests/support/softphone.py``). Tests using it skip with
a reason when SIPp is missing, and fail instead when ``KIXIE_REQUIRE_SIPP=1`` (CI).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.telephony.sipp_runner import SIPP, SippUas, sipp_required


@pytest.fixture
def sipp(tmp_path: Path) -> Iterator[Callable[..., SippUas]]:
    if SIPP is None:
        if sipp_required():
            pytest.fail("KIXIE_REQUIRE_SIPP=1 but sipp is not on PATH (install sip-tester)")
        pytest.skip("SIPp not found on PATH (Debian package sip-tester); "
                    "set KIXIE_REQUIRE_SIPP=1 to make this a failure")
    started: list[SippUas] = []

    def start(scenario: str, remote: str | None = None, transport: str = "u1", calls: int = 1,
              timeout_s: int = 20, **keys: str) -> SippUas:
        uas = SippUas(scenario, tmp_path, keys, timeout_s=timeout_s, remote=remote, transport=transport,
                      calls=calls)
        started.append(uas)
        return uas

    yield start
    for uas in started:
        uas.kill()
