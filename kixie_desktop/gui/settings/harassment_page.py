"""Business Harassment Rules: how often any agent may call or text one phone number,
across every cadence and manual calls; a cadence uses them unless it has its own.

The form is the cadence editor's Harassment Rules form without its "use business rules"
switch (these *are* the business rules). Admins change them; others see them read-only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kixie_desktop.domain.directory import Account
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.harassment import HarassmentRules, RateLimit
from kixie_desktop.domain.roles import Permission
from kixie_desktop.gui.fields import LimitInput, describe
from kixie_desktop.gui.forms.ui_cadence_harassment_page import Ui_CadenceHarassmentPage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.page import SettingsPage


class BusinessHarassmentPage(SettingsPage):
    TITLE = "Business Harassment Rules"

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = Ui_CadenceHarassmentPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.use_business_rules_check.hide()
        ui.business_rules_label.hide()
        ui.harassment_hint.setText(
            "Business Harassment Rules keep agents from calling or texting a contact too often. Counting is "
            "per phone number, over a rolling window, across every cadence and manual calls. A cadence "
            "follows these rules unless its own Harassment Rules say otherwise.")
        self.calls = LimitInput(ui.call_rules_group, ui.call_count_spin, ui.call_period_amount,
                                ui.call_period_unit, ui.call_rules_error)
        self.sms = LimitInput(ui.sms_rules_group, ui.sms_count_spin, ui.sms_period_amount,
                              ui.sms_period_unit, ui.sms_rules_error)
        row = QHBoxLayout()
        self.message_line = QLabel(self)
        self.message_line.setObjectName("harassment_message")
        self.message_line.setWordWrap(True)
        self.save_button = QPushButton("Save", self)
        self.save_button.setObjectName("save_harassment_button")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.message_line, 1)
        row.addWidget(self.save_button)
        ui.harassment_layout.insertLayout(ui.harassment_layout.count() - 1, row)
        self._use_messages(self.message_line, {"harassment.calls": ui.call_rules_error,
                                               "harassment.sms": ui.sms_rules_error})
        may_change = ctx.actor.can(Permission.MANAGE_ACCOUNT)
        for widget in (ui.call_rules_group, ui.sms_rules_group, self.save_button):
            widget.setEnabled(may_change)
        if not may_change:
            self._say("Only an admin can change the business rules.")

    def load(self) -> None:
        self._call(lambda: self._ctx.accounts.get(self._ctx.actor), self._show)

    def _show(self, account: Account) -> None:
        self.calls.set_limit(account.harassment.calls)
        self.sms.set_limit(account.harassment.sms)
        self.loaded.emit()

    def save(self) -> None:
        self._clear_messages()
        try:
            rules = HarassmentRules(calls=self._limit(self.calls, "harassment.calls"),
                                    sms=self._limit(self.sms, "harassment.sms"))
        except ValidationError as error:
            self._refused(error)
            return
        self._call(lambda: self._ctx.accounts.update(self._ctx.actor, harassment=rules), self._saved)

    def _saved(self, account: Account) -> None:
        self._say(f"Saved: {describe(account.harassment)}.")
        self.saved.emit()

    @staticmethod
    def _limit(source: LimitInput, field: str) -> RateLimit | None:
        try:
            return source.limit()
        except ValidationError as error:
            raise ValidationError(error.message, field=field) from None
