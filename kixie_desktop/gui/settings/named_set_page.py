"""The shape the Teams and Queues pages share: a list of named sets on the left (a team of
people, a queue of teams); on the right the chosen one's name and a checkbox for each thing
it may hold, with Save; "New…" starts an empty one. Subclasses say what the sets and their
choices are and which service call adds or changes one; the service checks everything and a
refusal shows next to the name or the checkboxes. Main thread only (``_fetch``, ``_add`` and
``_edit`` run on a worker).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtWidgets import QCheckBox, QWidget

from kixie_desktop.domain.roles import Permission
from kixie_desktop.gui.fields import clear_error
from kixie_desktop.gui.forms.ui_named_set_page import Ui_NamedSetPage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.page import SettingsPage


@dataclass(frozen=True)
class Choice:
    """Something a set may hold. A ``retired`` one (a deactivated user) is offered only to a
    set that already holds it, so it can be kept or taken out but not newly added."""

    id: int
    label: str
    detail: str = ""
    retired: bool = False


@dataclass(frozen=True)
class NamedSet:
    id: int
    name: str
    chosen: tuple[int, ...]


class NamedSetPage(SettingsPage):
    NOUN: ClassVar[str]  # "team"
    CHOICES: ClassVar[str]  # the checkboxes' caption: "Members"
    CHOICES_FIELD: ClassVar[str]  # how the service names them in a refusal: "members"
    HINT: ClassVar[str]

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = Ui_NamedSetPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.hint_label.setText(self.HINT)
        ui.choices_label.setText(self.CHOICES)
        ui.new_button.setText(f"&New {self.NOUN}")
        self.sets: list[NamedSet] = []
        self.choices: list[Choice] = []
        self.choice_checks: dict[int, QCheckBox] = {}
        self._select_id: int | None = None
        self._use_messages(ui.message_label, {"name": ui.name_error, self.CHOICES_FIELD: ui.choices_error})
        ui.choices_error.setWordWrap(True)
        self._may_change = ctx.actor.can(Permission.MANAGE_DIRECTORY)
        for widget in (ui.name_edit, ui.new_button, ui.save_button):
            widget.setEnabled(self._may_change)
        if not self._may_change:
            self._say(f"Only admins and managers can change {self.NOUN}s.")
        ui.items_list.currentRowChanged.connect(lambda _: self._show_set(self.current))
        ui.new_button.clicked.connect(self.start_new)
        ui.save_button.clicked.connect(self.save)
        self._show_set(None)

    # --- what a subclass provides (each runs on a worker) -------------------------------

    def _fetch(self) -> tuple[list[NamedSet], list[Choice]]:
        raise NotImplementedError

    def _add(self, name: str, chosen: Sequence[int]) -> NamedSet:
        raise NotImplementedError

    def _edit(self, set_id: int, name: str, chosen: Sequence[int]) -> NamedSet:
        raise NotImplementedError

    # --- loading and showing ------------------------------------------------------------

    def load(self) -> None:
        self._call(self._fetch, self._show)

    def _show(self, loaded: tuple[list[NamedSet], list[Choice]]) -> None:
        keep = self._select_id if self._select_id is not None else (self.current.id if self.current else None)
        self._select_id = None
        self.sets, self.choices = loaded
        items = self.ui.items_list
        items.blockSignals(True)
        items.clear()
        items.addItems([s.name for s in self.sets])
        row = next((i for i, s in enumerate(self.sets) if s.id == keep), 0 if self.sets else -1)
        items.setCurrentRow(row)
        items.blockSignals(False)
        self._show_set(self.current)
        self.loaded.emit()

    @property
    def current(self) -> NamedSet | None:
        row = self.ui.items_list.currentRow()
        return self.sets[row] if 0 <= row < len(self.sets) else None

    def _show_set(self, shown: NamedSet | None) -> None:
        ui = self.ui
        for label in (ui.name_error, ui.choices_error):
            clear_error(label)  # the message line keeps its news ("Saved …")
        ui.details_group.setTitle(shown.name if shown else f"New {self.NOUN}")
        ui.name_edit.setText(shown.name if shown else "")
        ui.save_button.setText("&Save" if shown else f"&Add {self.NOUN}")
        for check in self.choice_checks.values():
            ui.choices_layout.removeWidget(check)
            check.hide()  # at once: deleteLater waits for the event loop
            check.deleteLater()
        self.choice_checks = {}
        held = set(shown.chosen) if shown else set()
        for choice in self.choices:
            if choice.retired and choice.id not in held:
                continue
            check = QCheckBox(f"{choice.label} (Deactivated)" if choice.retired else choice.label, ui.choices_box)
            check.setObjectName(f"choice_{choice.id}")
            check.setToolTip(choice.detail)
            check.setChecked(choice.id in held)
            check.setEnabled(self._may_change)
            ui.choices_layout.insertWidget(ui.choices_layout.count() - 1, check)
            check.show()  # now: a layout shows a widget added to a visible page only later
            self.choice_checks[choice.id] = check

    def start_new(self) -> None:
        self.ui.items_list.setCurrentRow(-1)
        self._show_set(None)
        self.ui.name_edit.setFocus()

    # --- saving -------------------------------------------------------------------------

    def save(self) -> None:
        self._clear_messages()
        shown, name = self.current, self.ui.name_edit.text()
        chosen = [i for i, check in self.choice_checks.items() if check.isChecked()]
        if shown is None:
            self._call(lambda: self._add(name, chosen), self._saved)
        else:
            self._call(lambda: self._edit(shown.id, name, chosen), self._saved)

    def _saved(self, saved: NamedSet) -> None:
        self._select_id = saved.id
        self.load()
        self._say(f"Saved {saved.name}.")
        self.saved.emit()
