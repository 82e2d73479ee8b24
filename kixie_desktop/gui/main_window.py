"""The main window: the Cadences, Inflight Actions and Completed Actions sections.

Composes the generated ``Ui_MainWindow``; every service call goes through the
``BackgroundRunner`` so the window never waits on the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMainWindow, QMenu, QMessageBox

from kixie_desktop import __version__
from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Actor, Permission
from kixie_desktop.gui.action_tables.tabs import ActionTablesContext, install_action_tables
from kixie_desktop.gui.analytics.tab import AnalyticsContext, AnalyticsTab
from kixie_desktop.gui.cadence_editor.cadences_model import NAME, SORT_ROLE, CadencesModel
from kixie_desktop.gui.cadence_editor.catalog import EditorServices
from kixie_desktop.gui.cadence_editor.files import CadenceFileActions
from kixie_desktop.gui.cadence_editor.launcher import CadenceTableActions
from kixie_desktop.gui.contacts.tab import ContactsContext, ContactsTab
from kixie_desktop.gui.error_dialog import show_bug
from kixie_desktop.gui.forms import resources_rc  # noqa: F401 - registers :/icons
from kixie_desktop.gui.forms.ui_main_window import Ui_MainWindow
from kixie_desktop.gui.import_wizard.wizard import ImportWizard
from kixie_desktop.gui.integrations.api_tokens_dialog import ApiTokensDialog
from kixie_desktop.gui.integrations.webhooks_dialog import WebhooksDialog
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.powercall.panel import PowerCallPanel
from kixie_desktop.gui.powercall.shortcuts_dialog import KeyboardShortcutsDialog
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.window import SettingsWindow
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.services.administration.api_tokens import ApiTokenService
from kixie_desktop.services.authoring.cadence_files import CadenceFileService
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.leads.contact_import import ContactImportService
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.administration.dispositions import DispositionService
from kixie_desktop.services.administration.templates import TemplateService
from kixie_desktop.services.outbox.webhooks import WebhookService

CADENCES_REFRESH_MS = 5_000  # Invocations, Tasks Run and the dates follow the engines this often


def window_settings() -> QSettings:
    """Window state — the tables' column layouts, per user — and nothing else (settings
    live in the typed config, secrets in the keyring): an INI file in the user scope, on
    Linux ``~/.config/Kixie/Kixie Desktop.ini``. Tests point the user scope at a temporary
    directory with ``QSettings.setPath``."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kixie", "Kixie Desktop")


@dataclass(frozen=True)
class WindowContext:
    """What the window needs from the composition root."""

    actor: Actor
    account_name: str
    account_zone: str
    database_label: str
    cadences: CadenceService
    cadence_files: CadenceFileService  # Import… / Export… on the Cadences tab
    # What the cadence editor offers and checks: queues, templates, dispositions, the account.
    accounts: AccountService
    directory: DirectoryService
    templates: TemplateService
    dispositions: DispositionService
    # The supervisors' Inflight / Completed Actions tabs (gui/action_tables/tabs.py).
    action_tables: ActionTablesContext
    # The Manage menu: settings, CSV import, webhooks, API tokens.
    contact_import: ContactImportService
    webhooks: WebhookService
    api_tokens: ApiTokenService
    # The Contacts tab (gui/contacts/tab.py): search, conversation, calls, time zone.
    contacts: ContactsContext
    # The Analytics tab (gui/analytics/tab.py): funnel, dispositions, speed to lead, agents.
    analytics: AnalyticsContext
    # Manage ▸ Settings… (gui/settings/window.py).
    settings: SettingsContext


class MainWindow(QMainWindow):
    cadences_loaded = Signal(int)  # row count; tests and --screenshot wait on it

    def __init__(self, ctx: WindowContext, runner: BackgroundRunner) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._ctx = ctx
        self._runner = runner
        self.setWindowTitle(f"Kixie Desktop — {ctx.account_name}")
        self.setWindowIcon(QIcon(":/icons/kixie.svg"))
        self.cadences_model = CadencesModel(ZoneInfo(ctx.account_zone), self._toggle_active)
        self._refreshing = False  # one refresh in flight at a time, however slow the database
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.cadences_model)
        proxy.setSortRole(SORT_ROLE)
        self.ui.cadences_view.setModel(proxy)
        self.ui.cadences_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.cadences_view.horizontalHeader().setStretchLastSection(True)
        self.cadence_actions = CadenceTableActions(
            self, self.ui.cadences_view, self.cadences_model, self.ui.add_cadence_button,
            self.ui.delete_cadence_button, self.ui.duplicate_cadence_button,
            EditorServices(ctx.actor, ctx.cadences, ctx.directory, ctx.templates, ctx.dispositions,
                           ctx.accounts),
            runner, self.refresh_cadences)
        self.cadence_files = CadenceFileActions(
            self, ctx.actor, ctx.cadence_files, runner, self.cadence_actions.selected,
            self.ui.import_cadence_button, self.ui.export_cadence_button, self.refresh_cadences)
        export = QAction("Export…", self.ui.cadences_view)
        export.triggered.connect(self.cadence_files.ask_export)
        self.ui.cadences_view.insertAction(self.cadence_actions.delete_action, export)
        self.cadence_actions.enable_with_selection(export, self.ui.export_cadence_button)
        self.ui.import_cadence_button.setVisible(ctx.actor.can(Permission.MANAGE_CADENCES))
        proxy.setFilterKeyColumn(NAME)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.cadence_search_edit.textChanged.connect(proxy.setFilterFixedString)
        # The counts move while engines work, here and on other workstations: look again
        # now and then while the table is on screen (an account has tens of cadences).
        self._cadence_timer = QTimer(self, interval=CADENCES_REFRESH_MS)
        self._cadence_timer.timeout.connect(self._refresh_if_shown)
        self._cadence_timer.start()
        self.window_settings = window_settings()
        self.inflight_tab, self.completed_tab = install_action_tables(
            self, self.ui, ctx.action_tables, runner, self.window_settings)
        self.contacts_tab = ContactsTab(ctx.contacts, runner)
        self.ui.tabs.addTab(self.contacts_tab, "Contacts")
        self.contacts_tab.search()
        self.analytics_tab = AnalyticsTab(ctx.analytics, runner)  # counts once first shown
        self.ui.tabs.addTab(self.analytics_tab, "Analytics")
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.about_action.triggered.connect(self._about)
        self._install_manage_menu()
        self.ui.keyboard_shortcuts_action.triggered.connect(self.show_keyboard_shortcuts)
        runner.user_error.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        runner.bug.connect(lambda summary, details: show_bug(self, summary, details))
        self.statusBar().showMessage(
            f"Signed in as {ctx.actor.name} ({ctx.actor.role.value}) · {ctx.database_label}")
        self.refresh_cadences()

    def refresh_cadences(self) -> None:
        self._refreshing = True
        self._runner.run(lambda: self._ctx.cadences.list(self._ctx.actor), self._show_cadences,
                         self._refresh_failed)

    def _refresh_failed(self, error: UserFacingError) -> None:
        self._refreshing = False
        self.statusBar().showMessage(error.message, 15_000)

    def _refresh_if_shown(self) -> None:
        if self.isVisible() and self.ui.tabs.currentWidget() is self.ui.cadences_tab and not self._refreshing:
            self.refresh_cadences()

    def _show_cadences(self, rows: list[CadenceSummary]) -> None:
        self._refreshing = False
        self.cadences_model.set_rows(rows, key=lambda c: c.id)
        self.cadences_loaded.emit(len(rows))

    def _toggle_active(self, cadence_id: CadenceId, active: bool) -> None:
        self._runner.run(lambda: self._ctx.cadences.set_active(self._ctx.actor, cadence_id, active),
                         lambda _: self.refresh_cadences())

    def _install_manage_menu(self) -> None:
        # Built in code rather than in main_window.ui: the entries depend on the context.
        self.manage_menu = QMenu("&Manage", self.ui.menu_bar)
        self.manage_menu.setObjectName("manage_menu")
        self.ui.menu_bar.insertMenu(self.ui.help_menu.menuAction(), self.manage_menu)
        self.settings_action = settings = self.manage_menu.addAction("&Settings…")
        settings.setObjectName("settings_action")
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(lambda: self.open_settings())
        self.manage_menu.addSeparator()
        entries = (("import_contacts_action", "&Import Contacts…", self._open_import_wizard),
                   ("webhooks_action", "&Webhooks…", self._open_webhooks),
                   ("api_tokens_action", "&API Tokens…", self._open_api_tokens))
        for name, text, slot in entries:
            action = self.manage_menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(slot)

    def open_settings(self, page: str | None = None) -> SettingsWindow:
        """Open the settings window, on ``page`` (its title) when given."""
        window = SettingsWindow(self._ctx.settings, self._runner, self)
        if page is not None:
            window.open_page(page)
        self._open_dialog(window)
        return window

    def _open_import_wizard(self) -> None:
        wizard = ImportWizard(self._ctx.contact_import, self._ctx.cadences, self._ctx.actor, self._runner, self)
        wizard.import_finished.connect(lambda _: self.refresh_cadences())  # enrollments change the counts
        self._open_dialog(wizard)

    def _open_webhooks(self) -> None:
        self._open_dialog(WebhooksDialog(self._ctx.webhooks, self._ctx.actor, ZoneInfo(self._ctx.account_zone),
                                         self._runner, self))

    def _open_api_tokens(self) -> None:
        self._open_dialog(ApiTokensDialog(self._ctx.api_tokens, self._ctx.actor,
                                          ZoneInfo(self._ctx.account_zone), self._runner, self))

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal but not blocking: the loop and the engine keep running

    def install_powercall(self, panel: PowerCallPanel) -> None:
        """Dock the agent's PowerCall panel; app.py builds it, since it needs the phone."""
        self.powercall_panel = panel
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)

    def show_keyboard_shortcuts(self) -> KeyboardShortcutsDialog:
        dialog = KeyboardShortcutsDialog(
            (self.settings_action, self.ui.keyboard_shortcuts_action, self.ui.quit_action), self)
        self._open_dialog(dialog)
        return dialog

    def _about(self) -> None:
        QMessageBox.about(self, "About Kixie Desktop",
                          f"Kixie Desktop {__version__}\nSales cadences, PowerCall and SIP calls.")
