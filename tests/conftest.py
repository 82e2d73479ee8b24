"""Test-wide set-up: offscreen Qt, an in-memory keyring, throwaway user directories,
and the database fixtures (SQLite always; PostgreSQL when KIXIE_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest

from tests.support.databases import database, postgres_server, sqlite_template  # noqa: F401
from tests.support.memory_keyring import MemoryKeyring
from tests.support.softphone import events, softphone  # noqa: F401


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point config, data and log directories at the test's tmp dir."""
    home = tmp_path / "home"
    monkeypatch.setenv("KIXIE_HOME", str(home))
    monkeypatch.delenv("KIXIE_DATABASE_URL", raising=False)
    return home
