"""GUI fixtures: a seeded demo backend on a throwaway SQLite file, and a BackgroundRunner
that lets every answer arrive before its workers stop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.gui.operations import BackgroundRunner


@pytest.fixture
def backend(tmp_path: Path) -> Iterator[Backend]:
    backend = open_backend(f"sqlite:///{tmp_path / 'k.db'}")
    backend.seed_demo()
    yield backend
    backend.close()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[BackgroundRunner]:
    runner = BackgroundRunner()
    yield runner
    # Let every answer reach its (possibly closed) widget before the workers go.
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    runner.shutdown()
