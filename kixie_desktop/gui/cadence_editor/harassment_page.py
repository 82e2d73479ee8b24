"""The "Harassment Rules" page: use the account's business rules, or the cadence's own
Call Rules and SMS Rules (at most N per amount + unit; an unchecked group is no limit).

The cadence's own rules are kept while "Use Business Harassment Rules" is on, so
turning it off again brings them back, and they are saved with the version.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kixie_desktop.domain.cadence import CadenceHarassment
from kixie_desktop.domain.directory import Account
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.harassment import HarassmentRules
from kixie_desktop.gui.fields import ErrorSites, FieldSite, LimitInput, clear_error, describe
from kixie_desktop.gui.forms.ui_cadence_harassment_page import Ui_CadenceHarassmentPage

class CadenceHarassmentPage(QWidget, ErrorSites):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CadenceHarassmentPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.calls = LimitInput(ui.call_rules_group, ui.call_count_spin, ui.call_period_amount,
                                 ui.call_period_unit, ui.call_rules_error)
        self.sms = LimitInput(ui.sms_rules_group, ui.sms_count_spin, ui.sms_period_amount,
                               ui.sms_period_unit, ui.sms_rules_error)
        ui.use_business_rules_check.toggled.connect(self._show_own_rules)

    def load(self, harassment: CadenceHarassment, account: Account) -> None:
        self.ui.business_rules_label.setText(
            f"Business rules (Manage ▸ Settings ▸ Business Harassment Rules): {describe(account.harassment)}.")
        self.ui.use_business_rules_check.setChecked(harassment.use_business_rules)
        self.calls.set_limit(harassment.rules.calls)
        self.sms.set_limit(harassment.rules.sms)
        self._show_own_rules()

    def harassment(self) -> CadenceHarassment:
        try:
            calls = self.calls.limit()
        except ValidationError as exc:
            raise ValidationError(f"Call Rules: {exc.message}", field="harassment.calls") from None
        try:
            sms = self.sms.limit()
        except ValidationError as exc:
            raise ValidationError(f"SMS Rules: {exc.message}", field="harassment.sms") from None
        return CadenceHarassment(self.ui.use_business_rules_check.isChecked(),
                                 HarassmentRules(calls=calls, sms=sms))

    def site(self, field: str) -> FieldSite | None:
        if field in ("harassment", "harassment.calls"):
            return FieldSite(self.calls.count, self.calls.error)
        if field == "harassment.sms":
            return FieldSite(self.sms.count, self.sms.error)
        return None

    def clear_errors(self) -> None:
        clear_error(self.calls.error)
        clear_error(self.sms.error)

    def _show_own_rules(self) -> None:
        own = not self.ui.use_business_rules_check.isChecked()
        self.ui.call_rules_group.setEnabled(own)
        self.ui.sms_rules_group.setEnabled(own)
        self.ui.business_rules_label.setEnabled(not own)
