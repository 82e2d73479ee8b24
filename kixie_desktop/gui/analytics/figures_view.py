"""Puts one answer of the Analytics service on the tab: the four tiles at the top, and for
each section a chart with a table of the same numbers beside it. Read-only: nothing here
edits. Main thread only.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from kixie_desktop.domain.analytics import CadenceFigures, duration_words, percent_words, rate
from kixie_desktop.domain.wording import plural
from kixie_desktop.gui.analytics.charts import BarChart
from kixie_desktop.gui.forms.ui_analytics_tab import Ui_AnalyticsTab

FUNNEL_HEADERS = ["Stage", "Leads", "Of enrolled"]
DISPOSITION_HEADERS = ["Disposition", "Calls", "Share", "Connected"]
TEXT_HEADERS = ["Texts", "Count"]
SPEED_HEADERS = ["Speed to lead", "Value"]
AGENT_HEADERS = ["Agent", "Calls", "Connects", "Connect rate", "Talk time", "Average talk",
                 "Wrap-up time", "Average wrap-up"]
# The speed chart's unit, by the size of its longest bar: (up to, divide by, label format).
_SPEED_UNITS = ((120.0, 1.0, "@value s"), (2 * 3600.0, 60.0, "@value min"), (float("inf"), 3600.0, "@value h"))


def _count(n: int) -> str:
    return f"{n:,}"


def _fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """The table shows ``rows``; every column but the first (the names) reads right-aligned."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)  # compact rows


def _tile(label: QLabel, big: str, small: str) -> None:
    label.setText(f"<span style='font-size:18pt; font-weight:600'>{html.escape(big)}</span>"
                  f"<br>{html.escape(small)}")


def _chart(host: QWidget, series: Sequence[str]) -> BarChart:
    chart = BarChart(series, parent=host)
    chart.setObjectName(f"{host.objectName().removesuffix('_host')}")
    host.layout().addWidget(chart)
    return chart


def speed_bars(median_s: float | None, p90_s: float | None) -> tuple[list[float], str]:
    """The two bars in a unit that suits them, and its label format."""
    top = max(median_s or 0.0, p90_s or 0.0)
    _, size, label = next(u for u in _SPEED_UNITS if top <= u[0])
    return [round((median_s or 0.0) / size, 1), round((p90_s or 0.0) / size, 1)], label


class FiguresView:
    def __init__(self, ui: Ui_AnalyticsTab) -> None:
        self.ui = ui
        self.funnel_chart = _chart(ui.funnel_chart_host, ["Leads"])
        self.dispositions_chart = _chart(ui.dispositions_chart_host, ["Calls"])
        self.texts_chart = _chart(ui.texts_chart_host, ["Texts"])
        self.speed_chart = _chart(ui.speed_chart_host, ["Enrollment to first touch"])
        self.agents_chart = _chart(ui.agents_chart_host, ["Calls", "Connects"])

    def show(self, f: CadenceFigures) -> None:
        self._tiles(f)
        self._funnel(f)
        self._dispositions(f)
        self._texts(f)
        self._speed(f)
        self._agents(f)

    def _tiles(self, f: CadenceFigures) -> None:
        ui, mix, speed = self.ui, f.dispositions, f.speed_to_lead
        _tile(ui.enrolled_tile, _count(f.funnel.enrolled), "leads enrolled")
        _tile(ui.connect_tile, percent_words(mix.connect_rate),
              f"connect rate · {mix.connects:,} of {plural(mix.calls, 'call')}")
        _tile(ui.speed_tile, duration_words(speed.median_s),
              f"speed to lead (median) · 90 % within {duration_words(speed.p90_s)}")
        _tile(ui.texts_tile, _count(f.sms.sent), f"texts sent · {f.sms.failed:,} failed")

    def _funnel(self, f: CadenceFigures) -> None:
        funnel = f.funnel
        stages = funnel.stages()
        rows = [[name, _count(n), percent_words(rate(n, funnel.enrolled))] for name, n in stages]
        rows += [["Still in the cadence", _count(funnel.in_progress), percent_words(rate(funnel.in_progress, funnel.enrolled))],
                 ["Unenrolled", _count(funnel.unenrolled), percent_words(rate(funnel.unenrolled, funnel.enrolled))]]
        _fill(self.ui.funnel_table, FUNNEL_HEADERS, rows)
        self.funnel_chart.set_bars([name for name, _ in stages], [[n for _, n in stages]])

    def _dispositions(self, f: CadenceFigures) -> None:
        mix = f.dispositions
        rows = [[d.name, _count(d.calls), percent_words(rate(d.calls, mix.calls)), "Yes" if d.counts_as_connected else ""]
                for d in mix.rows]
        rows.append(["Connect rate", f"{mix.connects:,} of {mix.calls:,}", percent_words(mix.connect_rate), ""])
        _fill(self.ui.dispositions_table, DISPOSITION_HEADERS, rows)
        self.dispositions_chart.set_bars([d.name for d in mix.rows], [[d.calls for d in mix.rows]])

    def _texts(self, f: CadenceFigures) -> None:
        texts = [("Sent", f.sms.sent), ("Failed", f.sms.failed), ("Unknown", f.sms.unknown),
                 ("Opted out", f.sms.opted_out)]
        _fill(self.ui.texts_table, TEXT_HEADERS, [[name, _count(n)] for name, n in texts])
        self.texts_chart.set_bars([name for name, _ in texts], [[n for _, n in texts]])

    def _speed(self, f: CadenceFigures) -> None:
        speed = f.speed_to_lead
        _fill(self.ui.speed_table, SPEED_HEADERS, [
            ["Median", duration_words(speed.median_s)], ["90th percentile", duration_words(speed.p90_s)],
            ["Leads touched", _count(speed.touched)], ["Not yet touched", _count(speed.untouched)]])
        values, label = speed_bars(speed.median_s, speed.p90_s)
        self.speed_chart.set_bars(["Median", "90th percentile"], [values], label)

    def _agents(self, f: CadenceFigures) -> None:
        rows = [[a.name, _count(a.calls), _count(a.connects), percent_words(a.connect_rate),
                 duration_words(a.talk_s), duration_words(a.average_talk_s),
                 duration_words(a.wrap_up_s), duration_words(a.average_wrap_up_s)] for a in f.agents]
        _fill(self.ui.agents_table, AGENT_HEADERS, rows)
        self.agents_chart.set_bars([a.name for a in f.agents], [[a.calls for a in f.agents],
                                                                [a.connects for a in f.agents]])
