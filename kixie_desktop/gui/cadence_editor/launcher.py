"""Add, edit, duplicate and delete from the Cadences table: "+ Add New Cadence" opens an
empty editor, activating a row (double-click or Enter) opens that cadence, Duplicate makes
an editable copy (off), and Delete (button, context menu or the Delete key) says how many
pending actions it would cancel and asks first. Those who may not manage cadences see
neither the buttons nor the menu entries that change them (the service refuses anyway).
The table refreshes after each change.

Kept out of ``main_window.py`` so the window only wires it up; main thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView, QWidget

from kixie_desktop.domain.cadence_views import CadenceSummary, CadenceVersion
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Permission
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.cadence_editor.cadences_model import ACTIVE, CadencesModel
from kixie_desktop.gui.cadence_editor.catalog import EditorServices
from kixie_desktop.gui.cadence_editor.editor import CadenceEditor
from kixie_desktop.gui.operations import BackgroundRunner


class CadenceTableActions(QObject):
    editor_opened = Signal(object)  # the CadenceEditor just shown
    deleted = Signal(int)  # the cadence id, once the service confirmed
    duplicated = Signal(object)  # the CadenceVersion of the copy

    def __init__(self, window: QWidget, view: QTableView, model: CadencesModel,
                 add_button: QPushButton, delete_button: QPushButton, duplicate_button: QPushButton,
                 services: EditorServices, runner: BackgroundRunner, refresh: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._view, self._model = window, view, model
        self._services, self._runner, self._refresh = services, runner, refresh
        self.editor: CadenceEditor | None = None
        self.edit_action = QAction("Edit Cadence…", view)
        self.duplicate_action = QAction("Duplicate", view)
        self.delete_action = QAction("Delete Cadence…", view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        may_change = services.actor.can(Permission.MANAGE_CADENCES)
        view.addActions([self.edit_action, *([self.duplicate_action, self.delete_action] if may_change else [])])
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.activated.connect(self._on_activated)
        self.edit_action.triggered.connect(self._edit_selected)
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        add_button.clicked.connect(lambda: self.open_editor(None))
        duplicate_button.clicked.connect(self.duplicate_selected)
        delete_button.clicked.connect(self.delete_selected)
        for button in (add_button, duplicate_button, delete_button):
            button.setVisible(may_change)
        self._delete_button, self._duplicate_button = delete_button, duplicate_button
        self._with_selection: tuple[QWidget | QAction, ...] = ()
        view.selectionModel().selectionChanged.connect(self._update_enabled)
        view.model().modelReset.connect(self._update_enabled)
        self._update_enabled()

    def open_editor(self, cadence_id: CadenceId | None) -> CadenceEditor:
        editor = CadenceEditor(self._services, self._runner, cadence_id, self._window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _version: self._refresh())
        self.editor = editor
        editor.open()  # window-modal, without a nested event loop
        self.editor_opened.emit(editor)
        return editor

    def selected(self) -> CadenceSummary | None:
        rows = self._view.selectionModel().selectedRows()
        index = rows[0] if rows else self._view.currentIndex()
        return self._summary_at(index) if index.isValid() else None

    def duplicate_selected(self) -> None:
        cadence = self.selected()
        if cadence is None:
            return
        services = self._services

        def done(version: CadenceVersion) -> None:
            self.duplicated.emit(version)
            self._refresh()

        self._runner.run(lambda: services.cadences.duplicate(services.actor, cadence.id), done)

    def delete_selected(self) -> None:
        cadence = self.selected()
        if cadence is None:
            return
        services = self._services
        self._runner.run(lambda: services.cadences.pending_actions(services.actor, cadence.id),
                         lambda pending: self._confirm_delete(cadence, pending))

    def _confirm_delete(self, cadence: CadenceSummary, pending: int) -> None:
        cancels = (f"It cancels {plural(pending, 'pending action')} and ends its enrollments"
                   if pending else "Nothing is pending in it")
        answer = QMessageBox.question(
            self._window, "Delete Cadence",
            f"Delete the cadence “{cadence.name}”?\n\n{cancels}; its history stays in Completed Actions.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        services = self._services

        def done(_: None) -> None:
            self.deleted.emit(cadence.id)
            self._refresh()

        self._runner.run(lambda: services.cadences.delete(services.actor, cadence.id), done)

    def _on_activated(self, index: QModelIndex) -> None:
        # The Active column is a switch: activating it must not also open the editor.
        if index.isValid() and index.column() != ACTIVE:
            self.open_editor(self._summary_at(index).id)

    def _edit_selected(self) -> None:
        cadence = self.selected()
        if cadence is not None:
            self.open_editor(cadence.id)

    def _summary_at(self, index: QModelIndex) -> CadenceSummary:
        proxy = self._view.model()
        source = proxy.mapToSource(index) if isinstance(proxy, QSortFilterProxyModel) else index
        return self._model.cadence_at(source.row())

    def enable_with_selection(self, *controls: QWidget | QAction) -> None:
        """Also enable ``controls`` only while a cadence is selected (Export…)."""
        self._with_selection += controls
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = self._view.selectionModel().hasSelection()
        for control in (self._delete_button, self._duplicate_button, self.delete_action, self.duplicate_action,
                        self.edit_action, *self._with_selection):
            control.setEnabled(has)
