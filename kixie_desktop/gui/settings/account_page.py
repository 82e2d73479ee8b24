"""Account: the workspace's name, time zone, country for numbers, default SMS sender,
call prompt timeout, calling rules (quiet hours, jurisdiction rules, recording consent),
holidays (one-off and yearly) and the caller-ID pool for local presence.

Everything goes to ``AccountService.update`` with one Save, which checks each value and
names the setting it refuses; only what differs from the loaded account is sent, so a
save does not overwrite settings someone else changed meanwhile. Admins change it;
others see it read-only. Main thread only.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from kixie_desktop.domain import phone_numbers
from kixie_desktop.domain.directory import Account
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.holidays import YearlyHoliday
from kixie_desktop.domain.roles import Permission
from kixie_desktop.gui.fields import select_data, zone_picker
from kixie_desktop.gui.forms.ui_settings_account_page import Ui_SettingsAccountPage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.page import SettingsPage

KEY = Qt.ItemDataRole.UserRole  # a list item's holiday (ISO text) or number


def country_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else ""
    return f"{name} ({code})" if name else code


def _selected_keys(widget: QListWidget) -> set[str]:
    return {str(item.data(KEY)) for item in widget.selectedItems()}


def _fill_list(widget: QListWidget, rows: list[tuple[str, str]]) -> None:
    widget.clear()
    for text, key in rows:
        item = QListWidgetItem(text)
        item.setData(KEY, key)
        widget.addItem(item)


class AccountPage(SettingsPage):
    TITLE = "Account"

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = Ui_SettingsAccountPage()
        self.ui.setupUi(self)
        ui = self.ui
        zone_picker(ui.time_zone_combo)
        for code in sorted(phone_numbers.regions(), key=country_name):
            ui.country_combo.addItem(country_name(code), code)
        ui.holiday_date_edit.setDate(QDate.currentDate())
        self._account: Account | None = None
        self._dates: set[date] = set()
        self._yearly: set[YearlyHoliday] = set()
        self._pool: list[str] = []
        ui.add_holiday_button.clicked.connect(self.add_holiday)
        ui.remove_holiday_button.clicked.connect(self.remove_holidays)
        ui.add_caller_id_button.clicked.connect(self.add_caller_id)
        ui.caller_id_edit.returnPressed.connect(self.add_caller_id)
        ui.remove_caller_id_button.clicked.connect(self.remove_caller_ids)
        ui.save_button.clicked.connect(self.save)
        self._use_messages(ui.account_message, {
            "name": ui.name_error, "timezone": ui.time_zone_error, "default_region": ui.country_error,
            "default_sender": ui.default_sender_error, "prompt_timeout_s": ui.prompt_timeout_error,
            "holidays": ui.holidays_error, "yearly_holidays": ui.holidays_error,
            "caller_id_pool": ui.caller_id_pool_error,
        })
        may_change = ctx.actor.can(Permission.MANAGE_ACCOUNT)
        for widget in (ui.name_edit, ui.time_zone_combo, ui.country_combo, ui.default_sender_edit,
                       ui.prompt_timeout_spin, ui.quiet_hours_check, ui.compliance_check,
                       ui.recording_consent_check, ui.holiday_date_edit, ui.holiday_yearly_check,
                       ui.add_holiday_button, ui.remove_holiday_button, ui.caller_id_edit,
                       ui.add_caller_id_button, ui.remove_caller_id_button, ui.save_button):
            widget.setEnabled(may_change)
        if not may_change:
            self._say("Only an admin can change the account settings.")

    def load(self) -> None:
        self._call(lambda: self._ctx.accounts.get(self._ctx.actor), self._loaded)

    def _loaded(self, account: Account) -> None:
        self._show(account)
        self.loaded.emit()

    def _show(self, account: Account) -> None:
        ui = self.ui
        self._account = account
        ui.name_edit.setText(account.name)
        ui.time_zone_combo.setCurrentText(account.timezone)
        select_data(ui.country_combo, account.default_region, account.default_region)
        ui.default_sender_edit.setText(account.default_sender or "")
        ui.prompt_timeout_spin.setValue(account.prompt_timeout_s)
        ui.quiet_hours_check.setChecked(account.quiet_hours_guard)
        ui.compliance_check.setChecked(account.compliance_profiles)
        ui.recording_consent_check.setChecked(account.recording_consent)
        self._dates, self._yearly = set(account.holidays), set(account.yearly_holidays)
        self._pool = list(account.caller_id_pool)
        self._show_holidays()
        self._show_pool()

    # Holidays -------------------------------------------------------------------------

    def add_holiday(self) -> None:
        day: date = self.ui.holiday_date_edit.date().toPython()  # type: ignore[assignment]
        if self.ui.holiday_yearly_check.isChecked():
            self._yearly.add(YearlyHoliday(day.month, day.day))
        else:
            self._dates.add(day)
        self._show_holidays()

    def remove_holidays(self) -> None:
        keys = _selected_keys(self.ui.holidays_list)
        self._dates = {d for d in self._dates if d.isoformat() not in keys}
        self._yearly = {y for y in self._yearly if y.iso() not in keys}
        self._show_holidays()

    def _show_holidays(self) -> None:
        _fill_list(self.ui.holidays_list,
                   [(f"{d:%a} {d.isoformat()}", d.isoformat()) for d in sorted(self._dates)]
                   + [(y.describe(), y.iso()) for y in sorted(self._yearly)])

    # Caller-ID pool -------------------------------------------------------------------

    def add_caller_id(self) -> None:
        """Check the number as the service will (in the chosen country) before listing it."""
        text, region = self.ui.caller_id_edit.text(), str(self.ui.country_combo.currentData())
        try:
            number = phone_numbers.normalise(text, region, field="caller_id_pool")
        except ValidationError as error:
            self._refused(error)
            return
        self._clear_messages()
        if number not in self._pool:
            self._pool.append(number)
        self.ui.caller_id_edit.clear()
        self._show_pool()

    def remove_caller_ids(self) -> None:
        keys = _selected_keys(self.ui.caller_id_list)
        self._pool = [n for n in self._pool if n not in keys]
        self._show_pool()

    def _show_pool(self) -> None:
        _fill_list(self.ui.caller_id_list, [(n, n) for n in self._pool])

    # Save -----------------------------------------------------------------------------

    def _form(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "name": ui.name_edit.text().strip(),
            "timezone": ui.time_zone_combo.currentText().strip(),
            "default_region": ui.country_combo.currentData(),
            "default_sender": ui.default_sender_edit.text().strip() or None,
            "prompt_timeout_s": ui.prompt_timeout_spin.value(),
            "quiet_hours_guard": ui.quiet_hours_check.isChecked(),
            "compliance_profiles": ui.compliance_check.isChecked(),
            "recording_consent": ui.recording_consent_check.isChecked(),
            "holidays": tuple(sorted(self._dates)),
            "yearly_holidays": tuple(sorted(self._yearly)),
            "caller_id_pool": tuple(self._pool),
        }

    def save(self) -> None:
        self._clear_messages()
        account = self._account
        changes = {key: value for key, value in self._form().items()
                   if account is None or getattr(account, key) != value}
        if not changes:
            self._say("Nothing to save: no setting has changed.")
            return
        self._call(lambda: self._ctx.accounts.update(self._ctx.actor, **changes), self._saved)

    def _saved(self, account: Account) -> None:
        self._show(account)
        self._say("Saved.")
        self.saved.emit()
