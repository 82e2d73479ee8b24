"""The first start on an empty database, driven as a new customer would: create a workspace
of one's own (refusals next to their field, nothing written), or explore the demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.roles import Role
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.workspace.first_run import FirstRunDialog
from kixie_desktop.storage.models import AccountRow, CadenceRow, UserRow

WAIT = 20_000


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[tuple[Backend, BackgroundRunner]]:
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    runner = BackgroundRunner()
    yield backend, runner
    runner.shutdown()
    backend.close()


def dialog(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> FirstRunDialog:
    shown = FirstRunDialog(backend.workspace, backend.seed_demo, runner)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def count(backend: Backend, table: type) -> int:
    with backend.db.read() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def test_create_your_workspace(qtbot: QtBot, empty: tuple[Backend, BackgroundRunner]) -> None:
    backend, runner = empty
    first = dialog(qtbot, backend, runner)
    qtbot.keyClicks(first.ui.workspace_name_edit, "Blue Ridge Roofing")
    first.ui.time_zone_combo.setCurrentText("America/New_York")
    qtbot.keyClicks(first.ui.admin_name_edit, "Rosa Parks")
    qtbot.keyClicks(first.ui.admin_email_edit, "rosa@@blueridge.example")
    first.ui.create_button.click()
    qtbot.waitUntil(first.ui.admin_email_error.isVisible, timeout=WAIT)
    assert first.ui.admin_email_error.text().startswith("'rosa@@blueridge.example' is not an email address")
    assert not first.ui.workspace_name_error.isVisible() and first.ui.create_button.isEnabled()
    assert count(backend, AccountRow) == 0

    first.ui.admin_email_edit.setText("rosa@blueridge.example")
    with qtbot.waitSignal(first.workspace_ready, timeout=WAIT) as ready:
        first.ui.create_button.click()
    assert ready.args == ["created"] and not first.isVisible()
    account = backend.accounts.current()
    assert account is not None and (account.name, account.timezone) == ("Blue Ridge Roofing", "America/New_York")
    with backend.db.read() as s:
        admin = s.scalars(select(UserRow)).one()
    assert (admin.first_name, admin.last_name, admin.email, admin.role) == (
        "Rosa", "Parks", "rosa@blueridge.example", Role.ADMIN.value)
    assert count(backend, CadenceRow) == 0  # no demo data in a real workspace


def test_a_time_zone_nobody_knows_is_refused_at_its_field(
        qtbot: QtBot, empty: tuple[Backend, BackgroundRunner]) -> None:
    backend, runner = empty
    first = dialog(qtbot, backend, runner)
    first.ui.workspace_name_edit.setText("Acme")
    first.ui.time_zone_combo.setCurrentText("Mars/Olympus")
    first.ui.admin_name_edit.setText("Ada")
    first.ui.admin_email_edit.setText("ada@acme.example")
    first.ui.create_button.click()
    qtbot.waitUntil(first.ui.time_zone_error.isVisible, timeout=WAIT)
    assert "IANA time zone" in first.ui.time_zone_error.text()
    assert count(backend, AccountRow) == 0


def test_or_explore_the_demo(qtbot: QtBot, empty: tuple[Backend, BackgroundRunner]) -> None:
    backend, runner = empty
    first = dialog(qtbot, backend, runner)
    with qtbot.waitSignal(first.workspace_ready, timeout=WAIT) as ready:
        first.ui.demo_button.click()
    assert ready.args == ["demo"]
    assert count(backend, CadenceRow) == 3
