"""Settings-window fixtures: the demo workspace opened as an agent (Alex), to show that a
page is read-only for them and that the service refuses what they try anyway."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kixie_desktop.composition import Backend, open_backend

AGENT = "alex@acme-solar.example"


@pytest.fixture
def agent_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Backend]:
    monkeypatch.setenv("KIXIE_USER", AGENT)  # read when the backend opens
    backend = open_backend(f"sqlite:///{tmp_path / 'k.db'}")
    backend.seed_demo()
    yield backend
    backend.close()
