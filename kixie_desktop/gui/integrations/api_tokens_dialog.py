"""The API Tokens dialog: the account's tokens (name, role, created, revoked), creating one
(name and role), and revoking one after a confirmation. Calls ``ApiTokenService`` on the
``BackgroundRunner``; the service decides who may (admins), and its refusal is shown
in the dialog.

A new token is shown once, with a Copy button and a warning: the database keeps only
its hash, and the dialog forgets the token when it is dismissed. Main thread only.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from kixie_desktop.domain.api_tokens import ApiTokenInfo
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.roles import Actor, Role
from kixie_desktop.gui.formatting import fmt_instant
from kixie_desktop.gui.forms.ui_api_tokens_dialog import Ui_ApiTokensDialog
from kixie_desktop.gui.integrations.service_dialog import KEY_ROLE, ServiceDialog, selected
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.shown_once import ShownOnce
from kixie_desktop.services.administration.api_tokens import ApiTokenService, IssuedToken

ROLE_HINTS = {
    Role.ADMIN: "admin — everything, including account settings",
    Role.MANAGER: "manager — enroll contacts, edit cadences (the usual choice)",
    Role.SUPERVISOR: "supervisor — enroll contacts, read everything",
    Role.AGENT: "agent — read cadences and actions",
}


class ApiTokensDialog(ServiceDialog):
    tokens_loaded = Signal(int)  # rows shown; tests wait on it

    def __init__(self, service: ApiTokenService, actor: Actor, zone: ZoneInfo, runner: BackgroundRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui = Ui_ApiTokensDialog()
        self.ui.setupUi(self)
        self._use_message_line(self.ui.message_label)
        self._service = service
        self._actor = actor
        self._zone = zone
        self._tokens: list[ApiTokenInfo] = []
        self._creating = False
        for role in Role:
            self.ui.role_combo.addItem(ROLE_HINTS[role], role.value)
        # The service's default, and what an integration posting leads needs.
        self.ui.role_combo.setCurrentIndex(self.ui.role_combo.findData(Role.MANAGER.value))
        header = self.ui.tokens_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._token = ShownOnce(self.ui.token_frame, self.ui.token_edit, self.ui.copy_token_button,
                                self.ui.token_done_button, "Token", self._say)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.name_edit.textChanged.connect(lambda _: self._update_buttons())
        self.ui.create_button.clicked.connect(self._create)
        self.ui.refresh_button.clicked.connect(self.refresh)
        self.ui.revoke_button.clicked.connect(self._revoke)
        self.ui.tokens_table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        self._call(lambda: self._service.list(self._actor), self._show_tokens, self._show_error)

    def _show_tokens(self, tokens: list[ApiTokenInfo]) -> None:
        self._tokens = tokens
        table = self.ui.tokens_table
        table.setRowCount(len(tokens))
        for row, token in enumerate(tokens):
            name = QTableWidgetItem(token.name)
            name.setData(KEY_ROLE, token.name)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(token.role.value))
            table.setItem(row, 2, QTableWidgetItem(fmt_instant(token.created_at, self._zone)))
            table.setItem(row, 3, QTableWidgetItem(fmt_instant(token.revoked_at, self._zone)))
        self._update_buttons()
        self.tokens_loaded.emit(len(tokens))

    def _create(self) -> None:
        name = self.ui.name_edit.text().strip()
        role = Role(self.ui.role_combo.currentData())
        self._creating = True
        self._update_buttons()
        self._say(f"Creating {name!r}…")
        self._call(lambda: self._service.create(self._actor, name, role), self._created,
                         self._create_failed)

    def _created(self, issued: IssuedToken) -> None:
        self._creating = False
        self.ui.name_edit.clear()
        self._token.show(issued.token)
        self._say(f"Token {issued.info.name!r} created ({issued.info.role.value}).")
        self.refresh()

    def _create_failed(self, error: UserFacingError) -> None:
        self._creating = False
        self._show_error(error)

    def _revoke(self) -> None:
        token = self._selected()
        if token is None or token.revoked_at is not None:
            return
        answer = QMessageBox.question(
            self, "Revoke API token",
            f"Revoke {token.name!r}?\n\nEvery request with it is refused from now on. This cannot be undone.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        name = token.name
        self._call(lambda: self._service.revoke(self._actor, name), lambda done: self._revoked(name, done),
                         self._show_error)

    def _revoked(self, name: str, done: bool) -> None:
        self._say(f"Token {name!r} revoked." if done else f"Token {name!r} was already revoked.")
        self.refresh()

    def _selected(self) -> ApiTokenInfo | None:
        return selected(self.ui.tokens_table, self._tokens, lambda t: t.name)

    def _update_buttons(self) -> None:
        self.ui.create_button.setEnabled(bool(self.ui.name_edit.text().strip()) and not self._creating)
        token = self._selected()
        self.ui.revoke_button.setEnabled(token is not None and token.revoked_at is None)

    def done(self, result: int) -> None:
        self._token.forget()  # a shown token does not outlive the dialog
        super().done(result)
