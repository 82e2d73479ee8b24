"""The moment a table is first painted with its rows: what a person waits for at start.

``FirstPaintWithRows`` watches a view's viewport. Once the rows have arrived (the signal
given emits their count), the next paint of the viewport shows them; when that paint is
done, ``painted`` emits the count, once. The desktop app starts the engine behind the window
then, the unattended modes (``gui --screenshot``, the self-test, the cold-start benchmark)
take their picture or their time then. Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QAbstractItemView


class FirstPaintWithRows(QObject):
    painted = Signal(int)  # the row count, once

    def __init__(self, view: QAbstractItemView, rows_arrived: SignalInstance) -> None:
        super().__init__(view)
        self._viewport = view.viewport()
        self._rows: int | None = None
        self._done = False
        rows_arrived.connect(self._on_rows_arrived)
        self._viewport.installEventFilter(self)

    def _on_rows_arrived(self, rows: int) -> None:
        if self._rows is None:
            self._rows = rows
            self._viewport.update()  # a paint is due even if nothing else asks for one

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._viewport and event.type() == QEvent.Type.Paint and self._rows is not None \
                and not self._done:
            self._done = True
            self._viewport.removeEventFilter(self)
            # The filter runs before the paint: report from the event loop, after it.
            QTimer.singleShot(0, lambda rows=self._rows: self.painted.emit(rows))
        return False
