"""The Webhooks and API Tokens dialogs and the Manage menu, driven as an admin and as an
agent: a webhook's secret is shown once and lives only in the keyring, a token only as a
hash, the delivery log and "Retry now" reach the outbox, and an agent sees the service's
refusal in the dialog rather than a traceback."""

from __future__ import annotations

import hashlib
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend
from kixie_desktop.domain.directory import NewContact
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Actor, Permission
from kixie_desktop.domain.webhooks import AttemptResult, Outcome
from kixie_desktop.gui.import_wizard.wizard import ImportWizard
from kixie_desktop.gui.integrations.api_tokens_dialog import ApiTokensDialog
from kixie_desktop.gui.integrations.webhooks_dialog import WebhooksDialog
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.window import SettingsWindow
from kixie_desktop.services.administration.api_tokens import ApiTokenService, InvalidToken
from kixie_desktop.services.ports.webhooks import WebhookMessage
from kixie_desktop.services.outbox.webhook_dispatch import WebhookDispatcher
from kixie_desktop.services.outbox.webhooks import WebhookService
from kixie_desktop.storage.models import ApiTokenRow, WebhookOutboxRow
from tests.support.secret_service import PrivateSecretService

AGENT = "alex@acme-solar.example"


class GoneReceiver:
    """A receiver that answers 410: the delivery goes dead at once, with the reason."""

    def send(self, message: WebhookMessage) -> AttemptResult:
        return AttemptResult(Outcome.PERMANENT, "HTTP 410: gone")


def _database_bytes(tmp_path: Path) -> bytes:
    """Every byte SQLite wrote (the file and its WAL), to prove a secret is not in it."""
    return b"".join(p.read_bytes() for p in sorted(tmp_path.glob("k.db*")))


def _cells(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def _select_row(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.selectionModel().selectedRows()[0].row() == row


def _click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    # Near the left edge: a check box only takes clicks on its box and label, not the rest
    # of the row the layout stretched it across.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _webhooks(qtbot: QtBot, backend: Backend, runner: BackgroundRunner, actor: Actor) -> WebhooksDialog:
    service = WebhookService(backend.store, backend.clock, backend.secrets)
    dialog = WebhooksDialog(service, actor, ZoneInfo("America/Chicago"), runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.subscriptions_loaded, dialog.deliveries_loaded], timeout=10_000):
        dialog.show()
    return dialog


def _tokens(qtbot: QtBot, backend: Backend, runner: BackgroundRunner, actor: Actor) -> ApiTokensDialog:
    dialog = ApiTokensDialog(ApiTokenService(backend.store, backend.clock), actor, ZoneInfo("America/Chicago"),
                             runner)
    qtbot.addWidget(dialog)
    if actor.can(Permission.MANAGE_ACCOUNT):
        with qtbot.waitSignal(dialog.tokens_loaded, timeout=10_000):
            dialog.show()
    else:
        dialog.show()  # the list is refused; the test waits for the message
    return dialog


def test_a_webhook_secret_is_shown_once_and_kept_only_in_the_keyring(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner, tmp_path: Path,
        real_keyring: PrivateSecretService, monkeypatch: pytest.MonkeyPatch) -> None:
    admin = backend.actor()
    dialog = _webhooks(qtbot, backend, runner, admin)
    ui = dialog.ui
    assert ui.subscriptions_table.rowCount() == 0 and not ui.create_button.isEnabled()
    qtbot.keyClicks(ui.url_edit, "https://hooks.example.com/kixie")
    assert not ui.create_button.isEnabled()  # no event chosen yet
    _click(qtbot, dialog.event_checks["enrollment.created"])
    _click(qtbot, dialog.event_checks["action.completed"])
    with qtbot.waitSignal(dialog.subscriptions_loaded, timeout=10_000):
        _click(qtbot, ui.create_button)

    secret = ui.secret_edit.text()
    assert secret.startswith("whsec_") and ui.secret_frame.isVisible()
    assert list(real_keyring.secrets.values()) == [secret]
    assert secret.encode() not in _database_bytes(tmp_path)
    assert _cells(ui.subscriptions_table, 0)[:3] == [
        "https://hooks.example.com/kixie", "enrollment.created, action.completed", "yes"]
    _click(qtbot, ui.copy_secret_button)
    assert QGuiApplication.clipboard().text() == secret
    _click(qtbot, ui.secret_done_button)
    assert ui.secret_edit.text() == "" and not ui.secret_frame.isVisible()

    # An enrollment makes an event; a receiver that answers 410 kills its delivery.
    cadence = next(c for c in backend.cadences.list(admin) if c.name == "Long-term Nurture")
    backend.enrollment.enroll(admin, CadenceId(cadence.id), NewContact(phone="+15125550177"))
    WebhookDispatcher(backend.store, backend.clock, GoneReceiver(), backend.secrets).run_once()
    with qtbot.waitSignal(dialog.deliveries_loaded, timeout=10_000):
        _click(qtbot, ui.refresh_log_button)
    log = _cells(ui.deliveries_table, 0)
    assert (log[0], log[1], log[2], log[3], log[6]) == (
        "enrollment.created", "https://hooks.example.com/kixie", "dead", "1", "HTTP 410: gone")
    assert not ui.retry_button.isEnabled()
    _select_row(qtbot, ui.deliveries_table, 0)
    with qtbot.waitSignal(dialog.deliveries_loaded, timeout=10_000):
        _click(qtbot, ui.retry_button)
    assert "will be sent again" in ui.message_label.text()
    assert _cells(ui.deliveries_table, 0)[2] == "pending"
    with backend.db.read() as s:
        assert s.scalars(select(WebhookOutboxRow.status).where(WebhookOutboxRow.subscription_id.is_not(None))
                         ).all() == ["pending"]

    # Deactivating asks first; then the secret leaves the keyring and the row the table.
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    _select_row(qtbot, ui.subscriptions_table, 0)
    with qtbot.waitSignal(dialog.subscriptions_loaded, timeout=10_000):
        _click(qtbot, ui.deactivate_button)
    assert "https://hooks.example.com/kixie" in asked[0]
    assert real_keyring.secrets == {}
    assert ui.subscriptions_table.rowCount() == 0
    _click(qtbot, ui.show_inactive_check)
    assert _cells(ui.subscriptions_table, 0)[2] == "no"


def test_a_token_is_shown_once_stored_as_a_hash_and_revoked_after_confirmation(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _tokens(qtbot, backend, runner, backend.actor())
    ui = dialog.ui
    assert ui.tokens_table.rowCount() == 0 and ui.message_label.text() == ""
    qtbot.keyClicks(ui.name_edit, "web form")
    ui.role_combo.setCurrentIndex(ui.role_combo.findData("supervisor"))
    with qtbot.waitSignal(dialog.tokens_loaded, timeout=10_000):
        _click(qtbot, ui.create_button)

    token = ui.token_edit.text()
    assert token.startswith("kx_") and ui.token_frame.isVisible()
    assert "shown only this once" in ui.token_warning_label.text()
    assert _cells(ui.tokens_table, 0)[0:2] == ["web form", "supervisor"]
    assert _cells(ui.tokens_table, 0)[3] == ""
    with backend.db.read() as s:
        assert s.scalars(select(ApiTokenRow.token_hash)).all() == [hashlib.sha256(token.encode()).hexdigest()]
    assert token.encode() not in _database_bytes(tmp_path)
    _click(qtbot, ui.copy_token_button)
    assert QGuiApplication.clipboard().text() == token
    _click(qtbot, ui.token_done_button)
    assert ui.token_edit.text() == ""

    service = ApiTokenService(backend.store, backend.clock)
    assert service.authenticate(token).role.value == "supervisor"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    _select_row(qtbot, ui.tokens_table, 0)
    _click(qtbot, ui.revoke_button)
    qtbot.wait(200)  # a refusal must leave the token alone
    assert service.authenticate(token).role.value == "supervisor"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.tokens_loaded, timeout=10_000):
        _click(qtbot, ui.revoke_button)
    assert _cells(ui.tokens_table, 0)[3] != ""
    assert "revoked" in ui.message_label.text()
    with pytest.raises(InvalidToken):
        service.authenticate(token)


def test_an_agent_sees_the_services_refusal_in_the_dialogs(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner, real_keyring: PrivateSecretService) -> None:
    agent = backend.accounts.actor_by_email(backend.actor().account_id, AGENT)
    with qtbot.assertNotEmitted(runner.bug):
        tokens = _tokens(qtbot, backend, runner, agent)
        qtbot.waitUntil(lambda: "may not" in tokens.ui.message_label.text(), timeout=10_000)
        assert tokens.ui.message_label.text() == "Alex Rivera (agent) may not change account settings"

        webhooks = _webhooks(qtbot, backend, runner, agent)  # the list is readable by everyone
        qtbot.keyClicks(webhooks.ui.url_edit, "https://hooks.example.com/kixie")
        _click(qtbot, webhooks.event_checks["sms.received"])
        _click(qtbot, webhooks.ui.create_button)
        qtbot.waitUntil(lambda: "may not" in webhooks.ui.message_label.text(), timeout=10_000)
        assert webhooks.ui.message_label.text() == "Alex Rivera (agent) may not change account settings"
        assert webhooks.ui.create_button.isEnabled()  # they may fix nothing, but nothing is stuck
    assert real_keyring.secrets == {}


def test_the_manage_menu_opens_each_screen(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> None:
    window = MainWindow(window_context(backend), runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cadences_loaded, timeout=20_000):
        window.show()
    titles = [a.text() for a in window.manage_menu.actions() if not a.isSeparator()]
    assert titles == ["&Settings…", "&Import Contacts…", "&Webhooks…", "&API Tokens…"]
    assert window.findChild(QAction, "settings_action").shortcut().toString() == "Ctrl+,"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Manage") == menus.index(window.ui.help_menu.title()) - 1
    for name, kind in (("settings_action", SettingsWindow), ("import_contacts_action", ImportWizard),
                       ("webhooks_action", WebhooksDialog), ("api_tokens_action", ApiTokensDialog)):
        action = window.findChild(QAction, name)
        assert action is not None and action.isEnabled()
        action.trigger()
        dialog = window.findChild(kind)
        assert dialog is not None and dialog.isVisible()
        # Closed (and deleted) before its service calls answer: the answers are dropped.
        dialog.close()
        assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)


def test_failed_crm_jobs_are_shown_in_the_log(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> None:
    from kixie_desktop.domain.errors import IntegrationError
    from kixie_desktop.services.outbox.crm_sync import CrmJobs, CrmWorker

    class RefusingCrm:
        def find_or_create_contact(self, contact: object) -> object:
            raise IntegrationError("HubSpot refused POST /crm/v3/objects/contacts: 400 bad property", permanent=True)

    admin = backend.actor()
    contact = backend.contacts.list(admin)[0]
    with backend.store.write() as uow:
        CrmJobs(enabled=True).sync_contact(uow, admin.account_id, contact, None, backend.clock())
    CrmWorker(backend.store, backend.clock, RefusingCrm()).run_once()  # type: ignore[arg-type]

    dialog = _webhooks(qtbot, backend, runner, admin)
    assert dialog.ui.deliveries_table.rowCount() == 0  # webhooks: none
    with qtbot.waitSignal(dialog.deliveries_loaded, timeout=10_000) as loaded:
        dialog.ui.lane_combo.setCurrentIndex(1)
    assert loaded.args == [1]
    cells = _cells(dialog.ui.deliveries_table, 0)
    assert cells[0] == "crm.sync_contact" and cells[2] == "dead" and "400 bad property" in cells[6]
    assert dialog.ui.deliveries_status_label.text() == "1 most recent CRM job"
