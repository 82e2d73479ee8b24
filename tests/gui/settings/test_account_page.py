"""Manage ▸ Settings ▸ Account: an admin changes the workspace's settings — a one-off and a
yearly holiday and the caller-ID pool among them — with one Save; a bad value is shown
next to its field and nothing is written; an agent sees the page but cannot save."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kixie_desktop.composition import Backend
from kixie_desktop.domain.holidays import YearlyHoliday
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.account_page import AccountPage
from kixie_desktop.gui.settings.window import SettingsWindow
from tests.gui.settings.opening import main_window, open_settings


def _account_page(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> tuple[SettingsWindow, AccountPage]:
    """From the main window, Ctrl+,: the settings window opens on Account, loaded."""
    settings = open_settings(qtbot, main_window(qtbot, backend, runner))
    assert settings.ui.pages_list.item(0).text() == "Account"
    page = settings.current_page
    assert isinstance(page, AccountPage)
    name = backend.accounts.current().name
    qtbot.waitUntil(lambda: page.ui.name_edit.text() == name, timeout=10_000)  # loaded as it opened
    return settings, page


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def _add_holiday(qtbot: QtBot, page: AccountPage, day: QDate, *, yearly: bool) -> None:
    page.ui.holiday_date_edit.setDate(day)
    if page.ui.holiday_yearly_check.isChecked() != yearly:
        qtbot.mouseClick(page.ui.holiday_yearly_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.ui.add_holiday_button, Qt.MouseButton.LeftButton)


def _click_save(qtbot: QtBot, page: AccountPage) -> None:
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)


# The time zone's completer pops up a list, which the offscreen platform cannot raise.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support grabbing the keyboard")
def test_an_admin_changes_the_account_settings(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> None:
    settings, page = _account_page(qtbot, backend, runner)
    ui = page.ui
    _type(qtbot, ui.name_edit, "Acme Solar West")
    qtbot.keyClick(ui.name_edit, Qt.Key.Key_Return)  # Enter in a field does not close the window
    _type(qtbot, ui.time_zone_combo.lineEdit(), "chicago")  # the zone found by its city, picked
    popup = ui.time_zone_combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert ui.time_zone_combo.currentText() == "America/Chicago"
    _type(qtbot, ui.default_sender_edit, "(512) 555-0100")
    ui.prompt_timeout_spin.setValue(45)
    qtbot.mouseClick(ui.quiet_hours_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(ui.recording_consent_check, Qt.MouseButton.LeftButton)
    _add_holiday(qtbot, page, QDate(2026, 11, 27), yearly=False)
    _add_holiday(qtbot, page, QDate(2026, 12, 25), yearly=True)
    _add_holiday(qtbot, page, QDate(2027, 1, 1), yearly=True)
    assert [ui.holidays_list.item(i).text() for i in range(ui.holidays_list.count())] == [
        "Fri 2026-11-27", "every Jan 1", "every Dec 25"]
    ui.holidays_list.item(1).setSelected(True)  # Jan 1 was a mistake
    qtbot.mouseClick(ui.remove_holiday_button, Qt.MouseButton.LeftButton)
    for number in ("(415) 555-0199", "+1 512 555 0111", "212 555 0123"):
        _type(qtbot, ui.caller_id_edit, number)
        qtbot.keyClick(ui.caller_id_edit, Qt.Key.Key_Return)
    ui.caller_id_list.item(2).setSelected(True)
    qtbot.mouseClick(ui.remove_caller_id_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        _click_save(qtbot, page)

    account = backend.accounts.current()
    assert account.name == "Acme Solar West" and account.timezone == "America/Chicago"
    assert account.default_sender == "+15125550100" and account.prompt_timeout_s == 45
    assert (account.quiet_hours_guard, account.compliance_profiles, account.recording_consent) == (False, True, True)
    assert account.holidays == (date(2026, 11, 27),)
    assert account.yearly_holidays == (YearlyHoliday(12, 25),)
    assert account.caller_id_pool == ("+14155550199", "+15125550111")
    assert ui.account_message.text() == "Saved."
    assert ui.default_sender_edit.text() == "+15125550100"  # shown as stored

    # A second Save with nothing changed writes nothing.
    _click_save(qtbot, page)
    assert ui.account_message.text() == "Nothing to save: no setting has changed."
    settings.close()


def test_a_bad_value_is_shown_beside_its_field_and_nothing_is_written(
        qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> None:
    before = backend.accounts.current()
    settings, page = _account_page(qtbot, backend, runner)
    ui = page.ui
    _type(qtbot, ui.name_edit, "Renamed")
    _add_holiday(qtbot, page, QDate(2026, 7, 4), yearly=True)
    _type(qtbot, ui.default_sender_edit, "12")
    _click_save(qtbot, page)
    qtbot.waitUntil(ui.default_sender_error.isVisible, timeout=10_000)
    assert ui.default_sender_error.text() == "'12' is not a valid phone number"
    assert not ui.name_error.isVisible() and ui.account_message.text() == ""
    assert backend.accounts.current() == before

    # A number the pool would refuse is refused as it is added, beside the pool.
    _type(qtbot, ui.caller_id_edit, "555")
    qtbot.mouseClick(ui.add_caller_id_button, Qt.MouseButton.LeftButton)
    assert ui.caller_id_pool_error.isVisible() and "555" in ui.caller_id_pool_error.text()
    assert ui.caller_id_list.count() == 0
    settings.close()


def test_an_agent_sees_the_account_but_cannot_save(qtbot: QtBot, agent_backend: Backend,
                                                   runner: BackgroundRunner) -> None:
    backend = agent_backend
    before = backend.accounts.current()
    settings, page = _account_page(qtbot, backend, runner)
    ui = page.ui
    assert ui.default_sender_edit.text() == before.default_sender  # shown as it is
    assert ui.account_message.text() == "Only an admin can change the account settings."
    assert not any(w.isEnabled() for w in (ui.save_button, ui.name_edit, ui.add_holiday_button,
                                            ui.add_caller_id_button, ui.quiet_hours_check))

    # Even a save that got past the disabled form is refused by the service.
    for widget in (ui.save_button, ui.name_edit):
        widget.setEnabled(True)
    _type(qtbot, ui.name_edit, "Taken over")
    _click_save(qtbot, page)
    qtbot.waitUntil(lambda: "may not" in ui.account_message.text(), timeout=10_000)
    assert backend.accounts.current() == before
    settings.close()
