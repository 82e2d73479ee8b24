"""Horizontal bar charts for the Analytics tab, on QtCharts (PySide6's add-on module, in the
PySide6 wheel we ship). Each bar carries its value at its end, and the table beside each
chart has the same numbers, so the picture is never the only place a figure is.
Main thread only.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QWidget


class BarChart(QChartView):
    """Categories top to bottom, one bar per series in each; ``label_format`` is QtCharts'
    (``@value`` stands for the bar's value)."""

    def __init__(self, series_names: Sequence[str], label_format: str = "@value",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = list(series_names)
        self._format = label_format
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setVisible(len(self._names) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)

    def set_bars(self, categories: Sequence[str], values: Sequence[Sequence[float]],
                 label_format: str | None = None) -> None:
        """``values[i][j]``: series ``i``'s value for category ``j``; ``label_format`` replaces
        the chart's own for these bars (a unit that suits their size)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QHorizontalBarSeries()
        # QtCharts draws the first category at the bottom: hand them over bottom-up.
        order = list(range(len(categories)))[::-1]
        for name, row in zip(self._names, values, strict=True):
            bar_set = QBarSet(name)
            bar_set.append([float(row[j]) for j in order])
            bar_set.setLabelColor(self.palette().color(QPalette.ColorRole.WindowText))  # not white on white
            series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat(label_format or self._format)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.setTruncateLabels(False)  # "Step 2 · Call", never "…"
        names.append([categories[j] for j in order])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        scale = QValueAxis()
        top = max((v for row in values for v in row), default=0.0)
        scale.setRange(0, max(top * 1.2, 1.0))  # room for the value after the longest bar
        scale.setTickCount(5)
        scale.applyNiceNumbers()
        scale.setLabelFormat("%g")
        chart.addAxis(scale, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(scale)

    def bars(self) -> dict[str, list[float]]:
        """What the chart holds, read back from its series and axis: each category's values,
        one per series, top to bottom (tests read it)."""
        series = self.chart().series()
        if not series:
            return {}
        axis = next(a for a in self.chart().axes(Qt.Orientation.Vertical) if isinstance(a, QBarCategoryAxis))
        sets = series[0].barSets()  # type: ignore[attr-defined]
        names = axis.categories()
        return {names[j]: [s.at(j) for s in sets] for j in reversed(range(len(names)))}
