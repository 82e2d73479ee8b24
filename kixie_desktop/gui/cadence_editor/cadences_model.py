"""The Cadences table (article: "Managing your Cadences"): one row per live cadence.

A plain list model: an account has tens of cadences, not millions. The Active
column is a checkbox; toggling it asks the owner (the main window) to call the
service, and the row changes only when the service says it did.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.gui.formatting import fmt_instant
from kixie_desktop.gui.row_list_model import Index, RowListModel

COLUMNS: list[tuple[str, Callable[[CadenceSummary, ZoneInfo], Any]]] = [
    ("Active", lambda c, z: ""),
    ("Cadence", lambda c, z: c.name),
    ("Version", lambda c, z: c.version),
    ("Actions", lambda c, z: c.actions),
    ("Disposition Rules", lambda c, z: c.disposition_rules),
    ("Invocations", lambda c, z: c.invocations),
    ("Tasks Run", lambda c, z: c.tasks_run),
    ("Last Triggered", lambda c, z: fmt_instant(c.last_triggered_at, z)),
    ("Last Action Ran", lambda c, z: fmt_instant(c.last_action_at, z)),
]
ACTIVE, NAME = 0, 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class CadencesModel(RowListModel):
    def __init__(self, zone: ZoneInfo, on_toggle: Callable[[CadenceId, bool], None]) -> None:
        super().__init__([name for name, _ in COLUMNS])
        self._zone = zone
        self._on_toggle = on_toggle

    def cadence_at(self, row: int) -> CadenceSummary:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cadence = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == ACTIVE:
            return Qt.CheckState.Checked if cadence.active else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole and column != ACTIVE:
            return COLUMNS[column][1](cadence, self._zone)
        if role == SORT_ROLE:
            if column == ACTIVE:
                return int(cadence.active)
            if column in (7, 8):
                at = cadence.last_triggered_at if column == 7 else cadence.last_action_at
                return at.timestamp() if at else 0.0
            return COLUMNS[column][1](cadence, self._zone)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return "Click to edit this cadence"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == ACTIVE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != ACTIVE:
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        self._on_toggle(self._rows[index.row()].id, wanted)
        return False  # the row changes when the service confirms, via set_rows
