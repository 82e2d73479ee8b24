"""The form behind Users ▸ Add… and Edit…: first and last name, email, role, SIP identity
and sender number. It checks nothing itself: Save hands the typed values to the Users page,
which asks the directory service, and a refusal comes back here next to the field it names
(the dialog stays open with what was typed). Main thread only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from kixie_desktop.domain.directory import User
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.roles import Role
from kixie_desktop.gui.fields import clear_error, fill_combo, prepare_error_label, select_data, show_error
from kixie_desktop.gui.forms.ui_user_form_dialog import Ui_UserFormDialog
from kixie_desktop.gui.message_line import complain, say
from kixie_desktop.gui.settings.page import sentence

ROLE_WORDS = {Role.ADMIN: "Admin", Role.MANAGER: "Manager", Role.SUPERVISOR: "Supervisor", Role.AGENT: "Agent"}


@dataclass(frozen=True)
class UserFields:
    """What the form holds, as typed ("" for an empty optional field)."""

    first_name: str
    last_name: str
    email: str
    role: Role
    sip_uri: str
    sender_number: str


class UserFormDialog(QDialog):
    submitted = Signal(object)  # UserFields, when Save is pressed

    def __init__(self, user: User | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UserFormDialog()
        self.ui.setupUi(self)
        self.user = user
        ui = self.ui
        fill_combo(ui.role_combo, [(words, role) for role, words in ROLE_WORDS.items()])
        self.setWindowTitle(f"Edit {user.full_name}" if user else "Add a user")
        if user is not None:
            ui.first_name_edit.setText(user.first_name)
            ui.last_name_edit.setText(user.last_name)
            ui.email_edit.setText(user.email)
            ui.sip_uri_edit.setText(user.sip_uri or "")
            ui.sender_edit.setText(user.sender_number or "")
        select_data(ui.role_combo, user.role if user else Role.AGENT)
        # "name" is how a service names the first name when it checks a name alone.
        self.error_labels: dict[str, QLabel] = {
            "first_name": ui.first_name_error, "name": ui.first_name_error, "last_name": ui.last_name_error,
            "email": ui.email_error, "role": ui.role_error, "sip_uri": ui.sip_uri_error,
            "sender_number": ui.sender_number_error}
        for label in self.error_labels.values():
            prepare_error_label(label)
            label.setWordWrap(True)
        ui.button_box.accepted.connect(self._submit)
        ui.button_box.rejected.connect(self.reject)

    @property
    def save_button(self) -> QPushButton:
        button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def fields(self) -> UserFields:
        ui = self.ui
        return UserFields(ui.first_name_edit.text(), ui.last_name_edit.text(), ui.email_edit.text(),
                          Role(ui.role_combo.currentData()), ui.sip_uri_edit.text(), ui.sender_edit.text())

    def _submit(self) -> None:
        for label in self.error_labels.values():
            clear_error(label)
        say(self.ui.form_message, "Saving…")
        self.save_button.setEnabled(False)
        self.submitted.emit(self.fields())

    def refused(self, error: UserFacingError) -> None:
        """Show the service's refusal next to its field (or under the form) and let the person
        correct it."""
        self.save_button.setEnabled(True)
        say(self.ui.form_message, "")
        message = sentence(error.message)
        label = self.error_labels.get(error.field or "")
        if label is not None:
            show_error(label, message)
        else:
            complain(self.ui.form_message, message)
