"""Dispositions: the call outcomes agents choose from after a call, in their order, each
with an optional key (1–9) and a "counts as connected" flag for the connect rate.

Add one by name; select one to rename it, give it a key or flag it; move it up or down;
archive it (agents stop seeing it, history keeps it) or bring it back. Each change is one
service call that also reads the list back, so the page always shows what is stored.
Admins and managers change them; others read them. Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from kixie_desktop.domain.directory import DIGITS, Disposition
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.ids import DispositionId
from kixie_desktop.domain.roles import Permission
from kixie_desktop.gui.fields import prepare_error_label, select_data, show_error
from kixie_desktop.gui.forms.ui_settings_dispositions_page import Ui_SettingsDispositionsPage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.page import SettingsPage, sentence

NAME, KEY, CONNECTED = range(3)
T = TypeVar("T")


class DispositionsPage(SettingsPage):
    TITLE = "Dispositions"

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = Ui_SettingsDispositionsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._dispositions: list[Disposition] = []
        self._selected: DispositionId | None = None
        ui.dispositions_tree.currentItemChanged.connect(lambda item, _: self._on_selected(item))
        ui.move_up_button.clicked.connect(lambda: self._move(-1))
        ui.move_down_button.clicked.connect(lambda: self._move(+1))
        ui.archive_button.clicked.connect(self._toggle_archived)
        ui.save_button.clicked.connect(self.save)
        ui.add_button.clicked.connect(self.add)
        ui.new_name_edit.returnPressed.connect(self.add)
        prepare_error_label(ui.new_name_error)
        self._use_messages(ui.message_line, {"name": ui.name_error, "digit": ui.digit_error})
        self._may_change = ctx.actor.can(Permission.MANAGE_DISPOSITIONS)
        for widget in (ui.new_name_edit, ui.add_button):
            widget.setEnabled(self._may_change)
        if not self._may_change:
            self._read_only("Only an admin or a manager can change dispositions.")
        self._show_selected()

    def load(self) -> None:
        self._call(self._listed(lambda: None), lambda answer: self._show_list(answer[1]))

    @property
    def selected(self) -> Disposition | None:
        return next((d for d in self._dispositions if d.id == self._selected), None)

    def _listed(self, change: Callable[[], T]) -> Callable[[], tuple[T, list[Disposition]]]:
        """Worker-side: make ``change``, then read every disposition back."""
        service, actor = self._ctx.dispositions, self._ctx.actor
        return lambda: (change(), service.list(actor, include_archived=True))

    def _show_list(self, dispositions: list[Disposition]) -> None:
        self._dispositions = dispositions
        tree = self.ui.dispositions_tree
        tree.blockSignals(True)
        tree.clear()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for disposition in dispositions:
            item = QTreeWidgetItem(tree, [
                f"{disposition.name} (archived)" if disposition.archived else disposition.name,
                "" if disposition.digit is None else str(disposition.digit),
                "Yes" if disposition.counts_as_connected else "",
            ])
            item.setData(NAME, Qt.ItemDataRole.UserRole, int(disposition.id))
            if disposition.archived:
                for column in (NAME, KEY, CONNECTED):
                    item.setForeground(column, grey)
            if disposition.id == self._selected:
                tree.setCurrentItem(item)
        tree.blockSignals(False)
        for column in (NAME, KEY, CONNECTED):
            tree.resizeColumnToContents(column)
        if self.selected is None:
            self._selected = None
        self._show_selected()
        self.loaded.emit()

    def _on_selected(self, item: QTreeWidgetItem | None) -> None:
        self._selected = None if item is None else DispositionId(item.data(NAME, Qt.ItemDataRole.UserRole))
        self._clear_messages()
        self._show_selected()

    def _show_selected(self) -> None:
        ui, chosen = self.ui, self.selected
        active = [d for d in self._dispositions if not d.archived]
        ui.name_edit.setText(chosen.name if chosen else "")
        combo = ui.digit_combo
        combo.clear()
        combo.addItem("No key", None)
        for digit in DIGITS:
            holder = next((d for d in active if d.digit == digit and d != chosen), None)
            combo.addItem(f"{digit}  (now {holder.name})" if holder else str(digit), digit)
        select_data(combo, chosen.digit if chosen else None)
        ui.connected_check.setChecked(bool(chosen and chosen.counts_as_connected))
        editable = chosen is not None and self._may_change
        ui.details_group.setEnabled(editable)
        ui.digit_combo.setEnabled(editable and chosen is not None and not chosen.archived)
        place = active.index(chosen) if chosen in active else -1
        ui.move_up_button.setEnabled(editable and place > 0)
        ui.move_down_button.setEnabled(editable and 0 <= place < len(active) - 1)
        ui.archive_button.setEnabled(editable)
        ui.archive_button.setText("Un-&archive" if chosen and chosen.archived else "&Archive")

    def add(self) -> None:
        self._clear_messages()
        prepare_error_label(self.ui.new_name_error)
        name, service, actor = self.ui.new_name_edit.text(), self._ctx.dispositions, self._ctx.actor
        self._call(self._listed(lambda: service.create(actor, name)), self._added, self._add_refused)

    def _added(self, answer: tuple[Disposition, list[Disposition]]) -> None:
        disposition, dispositions = answer
        self.ui.new_name_edit.clear()
        self._selected = disposition.id
        self._changed(dispositions, f"Added “{disposition.name}”, last in the list.")

    def _add_refused(self, error: UserFacingError) -> None:
        if error.field == "name":
            show_error(self.ui.new_name_error, sentence(error.message))
        else:
            self._refused(error)

    def save(self) -> None:
        chosen = self.selected
        if chosen is None:
            return
        self._clear_messages()
        name, digit = self.ui.name_edit.text(), self.ui.digit_combo.currentData()
        connected = self.ui.connected_check.isChecked()
        service, actor = self._ctx.dispositions, self._ctx.actor
        self._call(self._listed(lambda: service.update(actor, chosen.id, name=name, digit=digit,
                                                       counts_as_connected=connected)),
                   lambda answer: self._changed(answer[1], f"Saved “{answer[0].name}”."))

    def _move(self, step: int) -> None:
        chosen = self.selected
        if chosen is None:
            return
        self._clear_messages()
        place = [d for d in self._dispositions if not d.archived].index(chosen) + 1 + step
        service, actor = self._ctx.dispositions, self._ctx.actor
        self._call(self._listed(lambda: service.move(actor, chosen.id, place)),
                   lambda answer: self._changed(answer[1], f"“{chosen.name}” is now number {place}."))

    def _toggle_archived(self) -> None:
        chosen = self.selected
        if chosen is None:
            return
        self._clear_messages()
        service, actor, archive = self._ctx.dispositions, self._ctx.actor, not chosen.archived
        said = (f"“{chosen.name}” is archived: agents no longer see it." if archive else
                f"“{chosen.name}” is offered to agents again; it has no key until you give it one.")
        self._call(self._listed(lambda: (service.archive if archive else service.unarchive)(actor, chosen.id)),
                   lambda answer: self._changed(answer[1], said))

    def _changed(self, dispositions: list[Disposition], said: str) -> None:
        self._show_list(dispositions)
        self._say(said)
        self.saved.emit()
