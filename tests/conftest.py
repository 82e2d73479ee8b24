"""Test-wide set-up: offscreen Qt, a real keyring on a private D-Bus, throwaway user directories,
and the database fixtures (SQLite always; PostgreSQL when KIXIE_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import Phase, settings
from PySide6.QtCore import QSettings

from tests.support.databases import database, postgres_server, sqlite_template  # noqa: F401
from tests.support import secret_service
from tests.support.secret_service import PrivateSecretService
from tests.support.sipp_peer import sipp  # noqa: F401
from tests.support.softphone import events, softphone  # noqa: F401

# A failure is shrunk and reported, but not "explained": for the database-backed properties
# the explain phase re-ran the failing example for many minutes, which reads as a hung CI.
settings.register_profile("kixie", phases=[p for p in Phase if p is not Phase.explain], print_blob=True)
settings.load_profile("kixie")


@pytest.fixture(scope="session")
def secret_service_session() -> Iterator[PrivateSecretService]:
    service = PrivateSecretService()
    yield service
    service.stop()


@pytest.fixture(autouse=True)
def real_keyring(secret_service_session: PrivateSecretService) -> Iterator[PrivateSecretService]:
    """GNOME Keyring on the session's private bus; what a test stored is gone after it."""
    yield from secret_service.use(secret_service_session)


@pytest.fixture(autouse=True)
def isolated_window_state(tmp_path: Path) -> Iterator[Path]:
    """QSettings' user scope (the windows' column layouts) in the test's tmp dir."""
    where = tmp_path / "window-state"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(where))
    yield where


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point config, data and log directories at the test's tmp dir."""
    home = tmp_path / "home"
    monkeypatch.setenv("KIXIE_HOME", str(home))
    monkeypatch.delenv("KIXIE_DATABASE_URL", raising=False)
    return home
