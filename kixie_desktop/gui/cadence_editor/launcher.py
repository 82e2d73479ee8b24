"""Add, edit and delete from the Cadences table: "+ Add New Cadence" opens an empty
editor, activating a row (double-click or Enter) opens that cadence, and Delete
(button, context menu or the Delete key) asks for confirmation, then calls
``CadenceService.delete``. The table refreshes after each change.

Kept out of ``main_window.py`` so the window only wires it up; main thread only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView, QWidget

from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.gui.cadence_editor.cadences_model import ACTIVE, CadencesModel
from kixie_desktop.gui.cadence_editor.catalog import EditorServices
from kixie_desktop.gui.cadence_editor.editor import CadenceEditor
from kixie_desktop.gui.operations import BackgroundRunner


class CadenceTableActions(QObject):
    editor_opened = Signal(object)  # the CadenceEditor just shown
    deleted = Signal(int)  # the cadence id, once the service confirmed

    def __init__(self, window: QWidget, view: QTableView, model: CadencesModel,
                 add_button: QPushButton, delete_button: QPushButton, services: EditorServices,
                 runner: BackgroundRunner, refresh: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._view, self._model = window, view, model
        self._services, self._runner, self._refresh = services, runner, refresh
        self.editor: CadenceEditor | None = None
        self.edit_action = QAction("Edit Cadence…", view)
        self.delete_action = QAction("Delete Cadence…", view)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addActions([self.edit_action, self.delete_action])
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.activated.connect(self._on_activated)
        self.edit_action.triggered.connect(self._edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        add_button.clicked.connect(lambda: self.open_editor(None))
        delete_button.clicked.connect(self.delete_selected)
        self._delete_button = delete_button
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

    def delete_selected(self) -> None:
        cadence = self.selected()
        if cadence is None:
            return
        answer = QMessageBox.question(
            self._window, "Delete Cadence",
            f"Delete the cadence “{cadence.name}”?\n\nIts pending actions are cancelled and its "
            "enrollments end; its history stays in Completed Actions.",
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

    def _update_enabled(self) -> None:
        has = self._view.selectionModel().hasSelection()
        self._delete_button.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.edit_action.setEnabled(has)
