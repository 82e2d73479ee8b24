"""The cadence editor (article: "Cadence Settings", "Cadence Actions", "Dispositions",
"Harassment Rules"), plus the Timeline Preview of SPEC §10.

A left-side list switches pages. Opening reads everything the pages offer in one
background call; SAVE builds a ``CadenceDefinition`` from the pages and hands it to
``CadenceService.create`` or ``.save`` (each save is a new version). A refused save
writes nothing: its one-line message is shown next to the offending field — the
error's ``field`` (``name``, ``actions[2].attempts``, ``disposition_rules[1].cadence``)
is mapped to a widget, its page is shown and the widget focused — and the dialog
stays open with the input as typed. Roles are the service's business: a user who
may not change cadences gets a view-only editor whose Save the service would refuse.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from kixie_desktop.domain.cadence import CadenceDefinition
from kixie_desktop.domain.cadence_views import CadenceVersion
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Permission
from kixie_desktop.domain.wording import with_article
from kixie_desktop.gui.cadence_editor.actions_page import CadenceActionsPage
from kixie_desktop.gui.cadence_editor.catalog import EditorCatalog, EditorServices, load_catalog
from kixie_desktop.gui.cadence_editor.dispositions_page import CadenceDispositionsPage
from kixie_desktop.gui.fields import (
    ERROR_STYLE,
    FieldSite,
    clear_error,
    prepare_error_label,
    show_error,
)
from kixie_desktop.gui.cadence_editor.harassment_page import CadenceHarassmentPage
from kixie_desktop.gui.cadence_editor.settings_page import CadenceSettingsPage
from kixie_desktop.gui.cadence_editor.timeline_panel import TimelinePanel
from kixie_desktop.gui.forms.ui_cadence_editor import Ui_CadenceEditor
from kixie_desktop.gui.operations import BackgroundRunner

SETTINGS, ACTIONS, DISPOSITIONS, HARASSMENT, TIMELINE = range(5)

EditorPage = (CadenceSettingsPage | CadenceActionsPage | CadenceDispositionsPage
              | CadenceHarassmentPage)


class CadenceEditor(QDialog):
    loaded = Signal()  # the pages show the cadence (or a new one's defaults)
    saved = Signal(object)  # the new CadenceVersion
    refused = Signal(str, str)  # field ("" when none), message

    def __init__(self, services: EditorServices, runner: BackgroundRunner,
                 cadence_id: CadenceId | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CadenceEditor()
        self.ui.setupUi(self)
        self._services, self._runner, self.cadence_id = services, runner, cadence_id
        self.catalog: EditorCatalog | None = None
        # Set when the dialog closes: answers still in flight must not touch its widgets,
        # which Qt may already have deleted (the launcher closes editors with WA_DeleteOnClose).
        self._closed = False
        self.settings_page = CadenceSettingsPage(self)
        self.actions_page = CadenceActionsPage(self)
        self.dispositions_page = CadenceDispositionsPage(self)
        self.harassment_page = CadenceHarassmentPage(self)
        self.timeline_panel = TimelinePanel(runner, self.draft, self)
        self._pages: tuple[EditorPage, ...] = (self.settings_page, self.actions_page, self.dispositions_page,
                       self.harassment_page)
        hosts = (self.ui.settings_page_layout, self.ui.actions_page_layout,
                 self.ui.dispositions_page_layout, self.ui.harassment_page_layout,
                 self.ui.timeline_page_layout)
        for host, widget in zip(hosts, (*self._pages, self.timeline_panel)):
            host.addWidget(widget)
        prepare_error_label(self.ui.form_message_label)
        self.ui.read_only_label.setStyleSheet(ERROR_STYLE)
        self.ui.read_only_label.hide()
        font = self.ui.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.title_label.setFont(font)
        self.ui.nav_list.currentRowChanged.connect(self._show_page)
        self.ui.nav_list.setCurrentRow(SETTINGS)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.ui.title_label.setText("New Cadence" if cadence_id is None else "Edit Cadence")
        self._set_busy("Loading…")
        runner.run(lambda: load_catalog(services, cadence_id), self._on_loaded, self._on_load_refused)

    @property
    def can_edit(self) -> bool:
        return self._services.actor.can(Permission.MANAGE_CADENCES)

    def show_page(self, page: int) -> None:
        self.ui.nav_list.setCurrentRow(page)

    def draft(self) -> CadenceDefinition:
        """The cadence as typed; raises ``ValidationError`` naming the field for input
        the pages cannot even build (a missing template, a mistyped time)."""
        return CadenceDefinition(
            settings=self.settings_page.settings(),
            actions=self.actions_page.read_actions(),
            disposition_rules=self.dispositions_page.rules(),
            harassment=self.harassment_page.harassment(),
        )

    def save(self) -> None:
        """SAVE: a new cadence, or a new version of this one."""
        self.clear_errors()
        try:
            definition = self.draft()
        except UserFacingError as exc:
            self._on_refused(exc)
            return
        services, cadence_id = self._services, self.cadence_id
        if cadence_id is None:
            def work() -> CadenceVersion:
                return services.cadences.create(services.actor, definition)
        else:
            def work() -> CadenceVersion:
                return services.cadences.save(services.actor, cadence_id, definition)
        self._set_busy("Saving…")
        self._runner.run(work, self._on_saved, self._on_refused)

    def clear_errors(self) -> None:
        clear_error(self.ui.form_message_label)
        for page in self._pages:
            page.clear_errors()

    def show_field_error(self, field: str | None, message: str) -> FieldSite | None:
        """Put ``message`` next to the widget of ``field``, show its page and focus it."""
        for number, page in enumerate(self._pages):
            site = page.show_error(field, message) if field else None
            if site is not None:
                self.show_page(number)
                site.widget.setFocus()
                return site
        show_error(self.ui.form_message_label, message)
        return None

    def done(self, result: int) -> None:
        self._closed = True
        super().done(result)

    def _on_loaded(self, catalog: EditorCatalog) -> None:
        if self._closed:
            return
        self.catalog = catalog
        defn = catalog.starting_definition()
        self.settings_page.load(defn.settings, catalog)
        self.actions_page.load(defn.actions, catalog.templates)
        self.dispositions_page.load(defn.disposition_rules, catalog.dispositions, catalog.cadences,
                                    self.cadence_id)
        self.harassment_page.load(defn.harassment, catalog.account)
        self.timeline_panel.set_account(catalog.account)
        if catalog.current is not None:
            self.ui.title_label.setText(
                f"Edit Cadence — {defn.settings.name} (version {catalog.current.version})")
        self._set_idle()
        if not self.can_edit:
            role = self._services.actor.role.value
            self.ui.read_only_label.setText(
                f"View only: {with_article(role)} cannot change cadences. Ask a manager or an admin.")
            self.ui.read_only_label.show()
            for page in self._pages:
                page.setEnabled(False)  # the timeline preview stays usable: it changes nothing
        self.loaded.emit()

    def _on_load_refused(self, error: UserFacingError) -> None:
        if self._closed:
            return
        self._set_idle()
        self.ui.save_button.setEnabled(False)  # there is nothing sound to save
        show_error(self.ui.form_message_label, f"Cannot open this cadence: {error.message}")

    def _on_saved(self, version: CadenceVersion) -> None:
        if self._closed:
            return
        self._set_idle()
        self.saved.emit(version)
        self.accept()

    def _on_refused(self, error: UserFacingError) -> None:
        if self._closed:
            return
        self._set_idle()
        self.show_field_error(error.field, error.message)
        self.refused.emit(error.field or "", error.message)

    def _set_busy(self, text: str) -> None:
        self.ui.save_button.setEnabled(False)
        self.ui.save_button.setText(text)

    def _set_idle(self) -> None:
        self.ui.save_button.setText("SAVE")
        # A viewer's Save stays off; the service would refuse it anyway.
        self.ui.save_button.setEnabled(self.catalog is not None and self.can_edit)

    def _show_page(self, row: int) -> None:
        self.ui.pages_stack.setCurrentIndex(row)
        if row == TIMELINE and self.catalog is not None:
            self.timeline_panel.refresh()
