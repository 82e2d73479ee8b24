"""The Inflight and Completed tables' columns as each supervisor arranges them. Main
thread only.

- Starting widths: each column's own (``columns.py``), never narrower than its header's
  title with the sort arrow, nor, for a date, than the widest compact date: no header
  and no date is ever cut, and a drag narrower than that stops there.
- A column chooser: the header's context menu, one checkable entry per column, and
  "Reset columns". Status and Why cannot be hidden, nor both Contact and Target Phone
  Number: a row must still say whose it is, where it stands and why.
- Order, widths and hidden columns (dragging a header, the chooser) are remembered per
  user in ``QSettings`` — window state, the only thing kept there — and come back at the
  next start. A layout saved for other columns (an older version) is ignored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QTableView

from kixie_desktop.gui.action_tables.columns import CONTACT, PHONE, STATUS, WHY, Column
from kixie_desktop.gui.formatting import COMPACT_SAMPLES

ALWAYS_SHOWN = frozenset({STATUS, WHY})
ONE_OF = frozenset({CONTACT, PHONE})  # at least one of these stays shown
_SLACK = 6  # pixels beyond the text and the style's margins, so a font's rounding never elides


class ColumnLayout(QObject):
    def __init__(self, view: QTableView, columns: Sequence[Column], settings: QSettings, key: str) -> None:
        super().__init__(view)
        self._view = view
        self._header = view.horizontalHeader()
        self._columns = list(columns)
        self._settings = settings
        self._key = key
        self.menu: QMenu | None = None
        header = self._header
        header.setSectionsMovable(True)
        header.setSortIndicatorShown(True)  # before measuring: every title needs room for the arrow
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.floors = [self._floor(i, c) for i, c in enumerate(self._columns)]
        for i, column in enumerate(self._columns):
            header.resizeSection(i, max(column.width, self.floors[i]))
        self._defaults = header.saveState()
        self._restore()
        header.sectionResized.connect(self._on_resized)
        header.sectionMoved.connect(lambda *_: self.save())
        header.customContextMenuRequested.connect(self._show_menu)

    # -- widths -----------------------------------------------------------------------------

    def _floor(self, logical: int, column: Column) -> int:
        need = self._header.sectionSizeHint(logical)  # title, margins and the sort arrow
        if column.compact_date:
            margin = 2 * (self._view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
            widest = max(self._view.fontMetrics().horizontalAdvance(s) for s in COMPACT_SAMPLES)
            need = max(need, widest + margin)
        return need + _SLACK

    def _on_resized(self, logical: int, _old: int, new: int) -> None:
        # Hiding a section reports it resized to 0: that is not a squeeze.
        if 0 < new < self.floors[logical] and not self._header.isSectionHidden(logical):
            self._header.resizeSection(logical, self.floors[logical])
            return  # that resize comes back here and saves
        self.save()

    # -- remembering ------------------------------------------------------------------------

    def _titles(self) -> list[str]:
        return [c.title for c in self._columns]

    def save(self) -> None:
        self._settings.setValue(f"{self._key}/columns", self._titles())
        self._settings.setValue(f"{self._key}/header", self._header.saveState())

    def _restore(self) -> None:
        state = self._settings.value(f"{self._key}/header")
        if self._settings.value(f"{self._key}/columns") != self._titles() or not isinstance(state, QByteArray):
            return  # nothing saved, or saved for other columns
        self._apply(state)
        for logical, floor in enumerate(self.floors):
            if not self._header.isSectionHidden(logical) and self._header.sectionSize(logical) < floor:
                self._header.resizeSection(logical, floor)
        for logical, column in enumerate(self._columns):
            if column.title in ALWAYS_SHOWN:
                self._header.showSection(logical)
        if all(self._header.isSectionHidden(self._logical(t)) for t in ONE_OF):
            self._header.showSection(self._logical(CONTACT))

    def _apply(self, state: QByteArray) -> None:
        """Lay the header out as ``state`` says, leaving the rows' order alone: the sort is
        the model's, and a saved arrow must not re-query a million rows."""
        header = self._header
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        header.blockSignals(True)
        header.restoreState(state)
        header.setSortIndicator(section, order)
        header.blockSignals(False)
        self._view.doItemsLayout()  # the signals it missed would have done this
        self._view.viewport().update()

    def reset(self) -> None:
        """Back to the starting order and widths, every column shown; forgotten for this user."""
        self._apply(self._defaults)
        self._settings.remove(self._key)

    # -- the chooser ------------------------------------------------------------------------

    def _logical(self, title: str) -> int:
        return self._titles().index(title)

    def may_hide(self, logical: int) -> bool:
        title = self._columns[logical].title
        if title in ALWAYS_SHOWN:
            return False
        if title in ONE_OF:
            return any(not self._header.isSectionHidden(self._logical(t)) for t in ONE_OF - {title})
        return True

    def set_shown(self, logical: int, shown: bool) -> None:
        if not shown and not self.may_hide(logical):
            return
        self._header.setSectionHidden(logical, not shown)
        if shown and self._header.sectionSize(logical) < self.floors[logical]:
            self._header.resizeSection(logical, max(self._columns[logical].width, self.floors[logical]))
        self.save()

    def _show_menu(self, at: QPoint) -> None:
        if self.menu is None:
            self.menu = QMenu(self._header)
            self.menu.setObjectName("column_menu")
        menu = self.menu
        menu.clear()  # entries as the columns are now: order, shown, which may hide
        header = self._header
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            action = menu.addAction(self._columns[logical].title)
            action.setCheckable(True)
            hidden = header.isSectionHidden(logical)
            action.setChecked(not hidden)
            action.setEnabled(hidden or self.may_hide(logical))
            if not action.isEnabled():
                action.setToolTip("Always shown")
            action.toggled.connect(lambda on, logical=logical: self.set_shown(logical, on))
        menu.addSeparator()
        reset = menu.addAction("Reset columns")
        reset.setObjectName("reset_columns_action")
        reset.triggered.connect(self.reset)
        menu.popup(header.mapToGlobal(at))  # not exec(): the event loop, and the refresh, go on
