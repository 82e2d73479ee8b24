"""SMS Provider: whether texts leave as SIP MESSAGE over the phone account or through an
HTTP provider with the Twilio Messages API (its token goes to the keyring and is never
shown back), and a test text through the provider as saved.

The choice decides how every text of the engine leaves and what it costs, so admins change
it; others see it read-only. The engine picks it up when it next starts. Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kixie_desktop.domain.errors import UserFacingError, ValidationError
from kixie_desktop.domain.roles import Permission
from kixie_desktop.domain.workstation import SmsProviderSetup, SmsProviderStatus
from kixie_desktop.gui.forms.ui_sms_provider_page import Ui_SmsProviderPage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.page import SettingsPage


class SmsProviderPage(SettingsPage):
    TITLE = "SMS Provider"
    tested = Signal(str)  # the test text's outcome, in the words the page shows

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = Ui_SmsProviderPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.sip_radio.setChecked(True)
        ui.http_radio.toggled.connect(self._kind_changed)
        ui.save_button.clicked.connect(self.save)
        ui.send_test_button.clicked.connect(self.send_test)
        self._use_messages(ui.sms_message, {
            "account_id": ui.account_id_error, "from_number": ui.from_number_error, "token": ui.token_error,
            "base_url": ui.base_url_error, "to": ui.test_to_error})
        self._may_change = ctx.actor.can(Permission.MANAGE_ACCOUNT)
        self._saved_http = False
        for widget in (ui.sip_radio, ui.http_radio, ui.save_button, ui.test_group):
            widget.setEnabled(self._may_change)
        self._kind_changed(False)
        if not self._may_change:
            self._say("Only an admin can change how texts are sent.")

    def load(self) -> None:
        self._call(self._ctx.workstation.sms_provider, self._show)

    def _show(self, status: SmsProviderStatus) -> None:
        ui = self.ui
        setup = status.setup
        (ui.http_radio if setup.is_http else ui.sip_radio).setChecked(True)
        ui.account_id_edit.setText(setup.account_id)
        ui.from_number_edit.setText(setup.from_number)
        ui.base_url_edit.setText(setup.base_url)
        ui.token_edit.clear()
        ui.token_edit.setPlaceholderText("saved in the keyring" if status.token_saved else "")
        self._saved_http = setup.is_http
        self._kind_changed(ui.http_radio.isChecked())
        self.loaded.emit()

    def _kind_changed(self, http: bool) -> None:
        self.ui.http_group.setEnabled(http and self._may_change)
        self.ui.send_test_button.setEnabled(self._may_change and self._saved_http)

    def save(self) -> None:
        self._clear_messages()
        ui = self.ui
        token: str | None = None
        if ui.http_radio.isChecked():
            try:
                setup = SmsProviderSetup.http(ui.account_id_edit.text(), ui.from_number_edit.text(),
                                              ui.base_url_edit.text())
            except ValidationError as error:
                self._refused(error)
                return
            token = ui.token_edit.text() or None
        else:
            setup = SmsProviderSetup.sip_message()
        self._call(lambda: self._ctx.workstation.set_sms_provider(self._ctx.actor, setup, token), self._saved)

    def _saved(self, status: SmsProviderStatus) -> None:
        self._show(status)
        self._say("Saved. The engine sends through it from the next time Kixie Desktop starts.")
        self.saved.emit()

    def send_test(self) -> None:
        self._clear_messages()
        self.ui.test_result.setText("Sending…")
        self.ui.send_test_button.setEnabled(False)
        to = self.ui.test_to_edit.text()
        self._call(lambda: self._ctx.workstation.send_test_sms(self._ctx.actor, to), self._sent, self._not_sent)

    def _sent(self, number: str) -> None:
        self._test_over(f"The provider took the test text to {number}.")

    def _not_sent(self, error: UserFacingError) -> None:
        self._refused(error)
        self._test_over("" if error.field == "to" else "Not sent.")

    def _test_over(self, words: str) -> None:
        self.ui.send_test_button.setEnabled(self._may_change and self._saved_http)
        self.ui.test_result.setText(words)
        self.tested.emit(words)
