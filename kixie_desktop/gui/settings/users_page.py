"""Users: everyone in the workspace — name, email, role and status (Active or Deactivated) —
with Add…, Edit… and Deactivate… / Reactivate.

Admins and managers change users (only admins change admins: the directory service says
so, and its refusal shows in the form); everyone else sees the list read-only. Deactivating
asks first, since the person loses sign-in and their open call prompts at once.
Main thread only.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from kixie_desktop.domain.directory import User
from kixie_desktop.domain.roles import Permission
from kixie_desktop.gui.forms.ui_users_page import Ui_UsersPage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.page import SettingsPage
from kixie_desktop.gui.settings.user_form import ROLE_WORDS, UserFields, UserFormDialog


def status_word(user: User) -> str:
    return "Active" if user.active else "Deactivated"


class UsersPage(SettingsPage):
    TITLE = "Users"

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.users: list[User] = []
        self.form: UserFormDialog | None = None
        ui.users_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.users_table.horizontalHeader().setStretchLastSection(True)
        self._use_messages(ui.users_message, {})
        self._may_change = ctx.actor.can(Permission.MANAGE_DIRECTORY)
        ui.add_user_button.clicked.connect(lambda: self._open_form(None))
        ui.edit_user_button.clicked.connect(lambda: self._open_form(self.selected))
        ui.users_table.itemDoubleClicked.connect(lambda _: self._open_form(self.selected))
        ui.status_button.clicked.connect(self._change_status)
        ui.users_table.itemSelectionChanged.connect(self._update_buttons)
        ui.add_user_button.setEnabled(self._may_change)
        if not self._may_change:
            self._say("Only admins and managers can change users.")
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------

    def load(self) -> None:
        self._call(lambda: self._ctx.directory.users(self._ctx.actor), self._show)

    def _show(self, users: list[User]) -> None:
        chosen = self.selected
        self.users = users
        table = self.ui.users_table
        table.setRowCount(len(users))
        for row, user in enumerate(users):
            for column, text in enumerate((user.full_name, user.email, ROLE_WORDS[user.role], status_word(user))):
                item = QTableWidgetItem(text)
                if not user.active:
                    item.setForeground(self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
                table.setItem(row, column, item)
            if chosen is not None and user.id == chosen.id:
                table.selectRow(row)
        self._update_buttons()
        self.loaded.emit()

    @property
    def selected(self) -> User | None:
        rows = self.ui.users_table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def _update_buttons(self) -> None:
        user = self.selected
        self.ui.edit_user_button.setEnabled(self._may_change and user is not None)
        self.ui.status_button.setEnabled(self._may_change and user is not None)
        self.ui.status_button.setText("&Reactivate" if user is not None and not user.active else "&Deactivate…")

    # --- add and edit ------------------------------------------------------------------

    def _open_form(self, user: User | None) -> None:
        if not self._may_change:
            return
        self.form = UserFormDialog(user, self)
        self.form.submitted.connect(self._save)
        self.form.open()

    def _save(self, fields: UserFields) -> None:
        form = self.form
        assert form is not None
        self._call(lambda: self._store(form.user, fields), lambda user: self._saved(form, user), form.refused)

    def _store(self, user: User | None, fields: UserFields) -> User:
        """On a worker: add the user, or change every field of the one being edited."""
        directory, actor = self._ctx.directory, self._ctx.actor
        if user is None:
            return directory.add_user(actor, fields.first_name, fields.last_name, fields.email, fields.role,
                                      sip_uri=fields.sip_uri, sender_number=fields.sender_number)
        return directory.edit_user(actor, user.id, first_name=fields.first_name, last_name=fields.last_name,
                                   email=fields.email, role=fields.role, sip_uri=fields.sip_uri,
                                   sender_number=fields.sender_number)

    def _saved(self, form: UserFormDialog, user: User) -> None:
        form.accept()
        self._say(f"Saved {user.full_name}.")
        self.load()
        self.saved.emit()

    # --- deactivate and reactivate -----------------------------------------------------

    def _change_status(self) -> None:
        user = self.selected
        if user is None or not self._may_change:
            return
        self._clear_messages()
        if not user.active:
            self._call(lambda: self._ctx.directory.reactivate_user(self._ctx.actor, user.id),
                       lambda back: self._status_changed(f"{back.full_name} is active again; they come back "
                                                         "offline and take calls once they are available."))
            return
        answer = QMessageBox.question(
            self, "Deactivate user",
            f"Deactivate {user.full_name}?\n\nThey can no longer sign in and get no new leads or call "
            "prompts; the prompts on their screen now go to the rest of the queue. Their calls, texts "
            "and history stay, and you can reactivate them later.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._call(lambda: self._ctx.directory.deactivate_user(self._ctx.actor, user.id),
                   lambda gone: self._status_changed(f"{gone.full_name} is deactivated."))

    def _status_changed(self, text: str) -> None:
        self._say(text)
        self.load()
        self.saved.emit()
