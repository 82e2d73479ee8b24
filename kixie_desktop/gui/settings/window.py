"""The settings window (Manage ▸ Settings…, Ctrl+,): a list of pages on the left, the
chosen page on the right. Each page loads its data when it is opened, so a change made
elsewhere (another workstation, the command line) shows the next time it is looked at.

``PAGES`` is the order of the list; a page a person may not see is left out of it
(``SettingsPage.shown_to``). Main thread only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from kixie_desktop.gui.forms.ui_settings_window import Ui_SettingsWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.account_page import AccountPage
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.dispositions_page import DispositionsPage
from kixie_desktop.gui.settings.greetings_page import GreetingsPage
from kixie_desktop.gui.settings.harassment_page import BusinessHarassmentPage
from kixie_desktop.gui.settings.page import SettingsPage
from kixie_desktop.gui.settings.phone_page import PhonePage
from kixie_desktop.gui.settings.queues_page import QueuesPage
from kixie_desktop.gui.settings.sms_provider_page import SmsProviderPage
from kixie_desktop.gui.settings.teams_page import TeamsPage
from kixie_desktop.gui.settings.templates_page import SmsTemplatesPage
from kixie_desktop.gui.settings.users_page import UsersPage

PAGES: tuple[type[SettingsPage], ...] = (
    AccountPage,
    BusinessHarassmentPage,
    UsersPage,
    TeamsPage,
    QueuesPage,
    SmsTemplatesPage,
    DispositionsPage,
    PhonePage,
    GreetingsPage,
    SmsProviderPage,
)


class SettingsWindow(QDialog):
    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsWindow()
        self.ui.setupUi(self)
        self.pages: dict[str, SettingsPage] = {}
        for page_type in PAGES:
            if not page_type.shown_to(ctx.actor):
                continue
            page = page_type(ctx, runner, self.ui.pages_stack)
            page.setObjectName(f"{page_type.__name__[:1].lower()}{page_type.__name__[1:]}")
            self.pages[page_type.TITLE] = page
            self.ui.pages_stack.addWidget(page)
            self.ui.pages_list.addItem(page_type.TITLE)
        # Enter in a field belongs to the field (the caller-ID pool's adds a number): no
        # button is pressed by it, least of all Close, which would drop what was typed.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.ui.pages_list.currentRowChanged.connect(self._show_row)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.pages_list.setCurrentRow(0)

    def open_page(self, title: str) -> SettingsPage:
        """Show the page called ``title`` (what "Manage ▸ Settings ▸ <title>" points at)."""
        page = self.pages[title]
        self.ui.pages_list.setCurrentRow(self.ui.pages_stack.indexOf(page))
        return page

    @property
    def current_page(self) -> SettingsPage:
        page = self.ui.pages_stack.currentWidget()
        assert isinstance(page, SettingsPage)
        return page

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.ui.pages_stack.setCurrentIndex(row)
        self.current_page.load()
