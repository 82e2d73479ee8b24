"""A table model over a short list of value rows (tens to hundreds: cadences, search
results), replaced whole when a fresh list arrives. Large tables (Inflight/Completed)
use the lazy model in ``action_tables/table_model.py`` instead."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractTableModel):
    """Subclasses give the column headers and implement ``data``."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__()
        self._headers = list(headers)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any], key: Callable[[Any], Hashable] | None = None) -> None:
        """Replace the rows. With ``key``, a fresh list of the same rows in the same order
        (a periodic refresh) updates them in place, so selection and scroll position stay."""
        fresh = list(rows)
        if key is not None and self._rows and [key(r) for r in fresh] == [key(r) for r in self._rows]:
            self._rows = fresh
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, len(self._headers) - 1))
            return
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
