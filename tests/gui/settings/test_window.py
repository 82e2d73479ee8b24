"""Manage ▸ Settings… opens the settings window; its Business Harassment Rules page
changes the rules the engine reads, and only for an admin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kixie_desktop.composition import Backend
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.harassment_page import BusinessHarassmentPage
from tests.gui.settings.opening import main_window, open_settings


def test_an_admin_changes_the_business_harassment_rules(qtbot: QtBot, backend: Backend,
                                                        runner: BackgroundRunner) -> None:
    window = main_window(qtbot, backend, runner)
    settings = open_settings(qtbot, window)
    with qtbot.waitSignal(settings.pages[BusinessHarassmentPage.TITLE].loaded, timeout=10_000):
        page = settings.open_page(BusinessHarassmentPage.TITLE)
    assert isinstance(page, BusinessHarassmentPage)
    assert settings.ui.pages_list.currentItem().text() == "Business Harassment Rules"

    page.ui.call_rules_group.setChecked(True)
    page.ui.call_count_spin.setValue(4)
    page.ui.call_period_amount.setValue(2)
    page.ui.call_period_unit.setCurrentIndex(page.ui.call_period_unit.findData(PeriodUnit.DAYS))
    page.ui.sms_rules_group.setChecked(False)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    account = backend.accounts.get(backend.actor())
    assert account.harassment == HarassmentRules(calls=RateLimit(4, 2, PeriodUnit.DAYS), sms=None)
    assert page.message_line.text() == "Saved: 4 calls / 2 days; SMS unlimited."
    settings.close()


def test_an_agent_sees_the_rules_but_cannot_change_them(qtbot: QtBot, agent_backend: Backend,
                                                        runner: BackgroundRunner) -> None:
    backend = agent_backend
    before = backend.accounts.current().harassment
    window = main_window(qtbot, backend, runner)
    settings = open_settings(qtbot, window)
    page = settings.pages[BusinessHarassmentPage.TITLE]
    assert isinstance(page, BusinessHarassmentPage)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.load()
    assert not page.save_button.isEnabled()
    assert page.message_line.text() == "Only an admin can change the business rules."
    assert page.calls.limit() == before.calls  # shown as they are

    # Even a save that got past the disabled button is refused by the service.
    page.save_button.setEnabled(True)
    page.ui.call_rules_group.setEnabled(True)
    page.ui.call_rules_group.setChecked(True)
    page.ui.call_count_spin.setValue(99)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "may not" in page.message_line.text(), timeout=10_000)
    assert backend.accounts.current().harassment == before
    settings.close()
