"""The Inflight / Completed Actions table model: a million rows, a few hundred in memory.

Like Anki's browser, the model knows how many rows the filter matches but holds row data
only for pages (``PAGE`` rows) the view has asked to paint, fetched lazily through the
``BackgroundRunner`` and evicted least-recently-used beyond ``CACHED_PAGES``. A row not
yet loaded paints as a placeholder and asks for its page; the pages asked for last are
fetched first, so dragging the scrollbar across a million rows loads where it stops.
Each loaded page leaves an anchor (its last row's sort cursor), so the next page is a
keyset read, and a jump reads on from the nearest anchor before it.

``refresh`` (the tab calls it every few seconds while visible) re-reads the count and the
visible pages by position; when nothing changed it emits nothing, so scroll position,
selection and hover stay as they were. Sorting is the server's: ``sort`` re-queries.
Main thread only; the ``fetch`` callable runs on a worker thread.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from kixie_desktop.domain.action_table import (
    ActionFilter,
    ActionSort,
    ActionTableRow,
    Cursor,
    SortKey,
)
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.gui.action_tables.columns import ID_ROLE, Column, Shown, columns_for
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.supervision.action_table import Anchor, Page, PageRequest, TableSnapshot

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[ActionFilter, ActionSort, Sequence[PageRequest], bool], TableSnapshot]

PAGE = 100
CACHED_PAGES = 60  # ~6,000 rows: many screens of scrolling back without a query
PAGES_PER_FETCH = 4
WANTED_LIMIT = 12  # pages asked for while a fetch was out; older asks are stale scrolling
REFRESH_PAGES = 5
_UNKNOWN_BACKGROUND = QBrush(QColor("#ffe1a8"))
_UNKNOWN_FOREGROUND = QBrush(QColor("#7a2e00"))


class ActionTableModel(QAbstractTableModel):
    pages_loaded = Signal()  # after rows or the count arrived (tests, the count label)
    count_changed = Signal(int)
    refreshed = Signal(bool)  # a refresh finished; True when it changed what is shown
    _read_ended = Signal(int)  # emitted on a worker thread, delivered queued

    def __init__(self, runner: BackgroundRunner, fetch: Fetch, *, inflight: bool, zone: ZoneInfo,
                 today: Callable[[], date]) -> None:
        super().__init__()
        self._runner = runner
        self._fetch = fetch
        self._zone = zone
        self._today = today
        # Read once per query and refresh, not per painted cell: dates say "Mon" from it.
        self._shown = Shown(zone, today())
        self._columns: list[Column] = columns_for(inflight)
        self._filter = ActionFilter(inflight=inflight)
        self._sort = ActionSort(SortKey.SCHEDULED) if inflight else ActionSort(SortKey.COMPLETED, True)
        self._count = 0
        self._pages: OrderedDict[int, tuple[ActionTableRow, ...]] = OrderedDict()  # LRU order
        self._anchors: dict[int, Cursor] = {}  # page -> its last row's cursor
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._busy = False  # one read out at a time: pages and refreshes never race
        self._generation = 0  # bumped by every new query; older answers are dropped
        self._pump_timer = QTimer(self, singleShot=True, interval=0)
        self._pump_timer.timeout.connect(self._pump)
        self._read_ended.connect(self._on_read_ended, Qt.ConnectionType.QueuedConnection)

    # -- the query --------------------------------------------------------------------------

    @property
    def query(self) -> tuple[ActionFilter, ActionSort]:
        return self._filter, self._sort

    @property
    def columns(self) -> Sequence[Column]:
        return self._columns

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self._columns) if c.sort is self._sort.key)

    def set_query(self, where: ActionFilter, sort: ActionSort | None = None) -> None:
        """Show another filter (or order): forget every row and load the first page."""
        self._generation += 1
        self._shown = Shown(self._zone, self._today())
        self.beginResetModel()
        self._filter, self._sort = where, sort or self._sort
        self._count = 0
        self._pages.clear()
        self._anchors.clear()
        self._wanted.clear()
        self.endResetModel()
        self._busy = False  # a read still out belongs to the old generation
        self._read([PageRequest(0, PAGE)], with_count=True, on_done=self._on_first_page)

    def is_sortable(self, column: int) -> bool:
        return self._columns[column].sort is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort
        if key is None:
            return  # the tab puts the header's indicator back
        wanted = ActionSort(key, descending=order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort:
            self.set_query(self._filter, wanted)

    def row_at(self, row: int) -> ActionTableRow | None:
        """The row if loaded; otherwise None (and its page is asked for)."""
        page, offset = divmod(row, PAGE)
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def loaded_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.help
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        row = self.row_at(index.row())
        column = self._columns[index.column()]
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, self._shown)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row, self._shown) if column.tooltip else None
        if role == ID_ROLE:
            return int(row.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.status is ActionStatus.UNKNOWN:
            # Nobody knows whether this SMS went out: a person must look (SPEC §3).
            if role == Qt.ItemDataRole.BackgroundRole:
                return _UNKNOWN_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return _UNKNOWN_FOREGROUND
            if role == Qt.ItemDataRole.FontRole and column.emphasise_unknown:
                font = QFont()
                font.setBold(True)
                return font
        return None

    # -- live updates -----------------------------------------------------------------------

    def refresh(self, first_row: int, last_row: int) -> bool:
        """Re-read the count and the pages of rows ``first_row..last_row``; False if a read
        is already out (the next tick will try again)."""
        if self._busy:
            return False
        shown = Shown(self._zone, self._today())
        if shown != self._shown:  # past midnight: "Mon 14:32" may now read "Nov 30 14:32"
            self._shown = shown
            if self._count:
                self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self._columns) - 1))
        first = max(first_row, 0) // PAGE
        last = min(max(last_row, first_row, 0) // PAGE, first + REFRESH_PAGES - 1)
        # By position from the top, no anchors: rows may have moved since they were set.
        requests = [PageRequest(p * PAGE, PAGE) for p in range(first, last + 1)]
        self._read(requests, with_count=True, on_done=self._on_refresh)
        return True

    # -- reads ------------------------------------------------------------------------------

    def _want(self, page: int) -> None:
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > WANTED_LIMIT:
            self._wanted.popitem(last=False)
        if not self._pump_timer.isActive():
            self._pump_timer.start()  # after this paint: gather every page it asked for

    def _pump(self) -> None:
        if self._busy:
            return
        pages: list[int] = []
        while self._wanted and len(pages) < PAGES_PER_FETCH:
            page, _ = self._wanted.popitem(last=True)  # newest first: where the user is now
            if page not in self._pages and page * PAGE < self._count:
                pages.append(page)
        if pages:
            self._read([self._request(p) for p in sorted(pages)], with_count=False,
                       on_done=self._on_pages)

    def _request(self, page: int) -> PageRequest:
        before = [p for p in self._anchors if p < page]
        if not before:
            return PageRequest(page * PAGE, PAGE)
        nearest = max(before)
        return PageRequest(page * PAGE, PAGE, Anchor((nearest + 1) * PAGE - 1, self._anchors[nearest]))

    def _read(self, requests: list[PageRequest], *, with_count: bool,
              on_done: Callable[[TableSnapshot], None]) -> None:
        self._busy = True
        generation, where, sort = self._generation, self._filter, self._sort

        def deliver(snapshot: TableSnapshot) -> None:
            if generation == self._generation:  # else the filter or order changed meanwhile
                on_done(snapshot)

        # Errors take the runner's usual route (status bar, or the bug dialog).
        future = self._runner.run(lambda: self._fetch(where, sort, requests, with_count), deliver)
        # Done either way, after ``deliver`` (queued in that order): the next read may go.
        future.add_done_callback(lambda _f: self._read_ended.emit(generation))

    def _on_read_ended(self, generation: int) -> None:
        if generation == self._generation:
            self._busy = False
            if self._wanted:
                self._pump_timer.start()

    def _on_first_page(self, snapshot: TableSnapshot) -> None:
        count = snapshot.count or 0
        if count:
            self.beginInsertRows(QModelIndex(), 0, count - 1)
            self._count = count
            self._keep(snapshot.pages)
            self.endInsertRows()
        self.count_changed.emit(count)
        self.pages_loaded.emit()

    def _on_pages(self, snapshot: TableSnapshot) -> None:
        for first, last in self._keep(snapshot.pages):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))
        if snapshot.pages:
            self.pages_loaded.emit()

    def _on_refresh(self, snapshot: TableSnapshot) -> None:
        count = snapshot.count or 0
        moved = count != self._count
        held = [(p, self._pages.get(p.start // PAGE)) for p in snapshot.pages]
        stale = any(rows is not None and rows != p.rows for p, rows in held)
        if not moved and not stale:
            # Pages not held yet were placeholders on screen: fill them in, like any page.
            self._on_pages(TableSnapshot(None, tuple(p for p, rows in held if rows is None)))
            self.refreshed.emit(False)
            return
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        # Rows may have shifted: everything held outside the refreshed pages is suspect.
        self._pages.clear()
        self._anchors.clear()
        for first, last in self._keep(snapshot.pages):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))
        if self._count:
            # Pages that were dropped repaint as placeholders and are asked for again.
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self._columns) - 1))
        if moved:
            self.count_changed.emit(count)
        self.pages_loaded.emit()
        self.refreshed.emit(True)

    def _keep(self, pages: Sequence[Page]) -> list[tuple[int, int]]:
        """Store pages (evicting the least recently used); the row ranges they cover."""
        spans = []
        for page in pages:
            number = page.start // PAGE
            rows = page.rows[: max(self._count - page.start, 0)]
            self._pages[number] = rows
            self._pages.move_to_end(number)
            if page.last is not None and len(page.rows) == PAGE:
                self._anchors[number] = page.last
            if rows:
                spans.append((page.start, page.start + len(rows) - 1))
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return spans
