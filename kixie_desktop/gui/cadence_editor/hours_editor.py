"""The weekly hours editor used for Cadence Hours and Target Hours.

One row per weekday: a check box (open that day or closed) and one or more
"from – to" intervals, each an editable combo offering half hours from 00:00 to
24:00 (24:00 is the end of the day, which a time edit cannot show). Reading it
gives a ``WeeklySchedule``; a typo or an interval that ends before it starts is a
``ValidationError`` whose field names the editor and the day (``target_hours[2]``),
so the dialog can point at the very row.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QWidget

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.schedule import (
    MINUTES_PER_DAY,
    WEEKDAYS,
    DayInterval,
    WeeklySchedule,
    fmt_minute,
    parse_minute,
)
from kixie_desktop.gui.fields import (
    FieldSite,
    clear_error,
    prepare_error_label,
    show_error,
)
from kixie_desktop.gui.forms.ui_hours_day_row import Ui_HoursDayRow
from kixie_desktop.gui.forms.ui_hours_editor import Ui_HoursEditor
from kixie_desktop.gui.forms.ui_hours_interval import Ui_HoursInterval

HALF_HOURS = [fmt_minute(m) for m in range(0, MINUTES_PER_DAY + 1, 30)]
TIME_PATTERN = QRegularExpression(r"^(([01]?\d|2[0-3]):[0-5]\d|24:00)$")
DEFAULT_INTERVAL = (9 * 60, 17 * 60)


def _time_combo(combo: QComboBox, minute: int) -> None:
    combo.addItems(HALF_HOURS)
    combo.setValidator(QRegularExpressionValidator(TIME_PATTERN, combo))
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCurrentText(fmt_minute(minute))


class HoursInterval(QWidget):
    """One "from – to" pair with a remove button."""

    remove_requested = Signal(QWidget)

    def __init__(self, start: int, end: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HoursInterval()
        self.ui.setupUi(self)
        _time_combo(self.ui.start_combo, start)
        _time_combo(self.ui.end_combo, end)
        self.ui.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def interval(self, weekday: int) -> DayInterval:
        start = parse_minute(self.ui.start_combo.currentText().strip().zfill(5))
        end = parse_minute(self.ui.end_combo.currentText().strip().zfill(5))
        return DayInterval(weekday, start, end)


class HoursDayRow(QWidget):
    """A weekday: open or closed, and its intervals."""

    def __init__(self, weekday: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HoursDayRow()
        self.ui.setupUi(self)
        self.weekday = weekday
        self.intervals: list[HoursInterval] = []
        self.ui.open_check.setText(WEEKDAYS[weekday])
        prepare_error_label(self.ui.error_label)
        self.ui.open_check.toggled.connect(self._on_open_toggled)
        self.ui.add_interval_button.clicked.connect(lambda: self.add_interval(*self._next_interval()))
        self._show_open(False)

    def set_intervals(self, intervals: tuple[DayInterval, ...]) -> None:
        for widget in list(self.intervals):
            self._remove(widget, keep_open=True)
        for iv in intervals:
            self.add_interval(iv.start, iv.end)
        self.ui.open_check.blockSignals(True)
        self.ui.open_check.setChecked(bool(intervals))
        self.ui.open_check.blockSignals(False)
        self._show_open(bool(intervals))

    def add_interval(self, start: int, end: int) -> HoursInterval:
        widget = HoursInterval(start, end, self)
        widget.remove_requested.connect(lambda w: self._remove(w))
        self.ui.intervals_layout.addWidget(widget)
        self.intervals.append(widget)
        if not self.ui.open_check.isChecked():
            self.ui.open_check.setChecked(True)
        return widget

    def read(self) -> tuple[DayInterval, ...]:
        if not self.ui.open_check.isChecked():
            return ()
        out = []
        for widget in self.intervals:
            try:
                out.append(widget.interval(self.weekday))
            except ValidationError as exc:
                # Keep the domain's words; only the field changes, to point at this row.
                day = WEEKDAYS[self.weekday]
                message = exc.message if day in exc.message else f"{day}: {exc.message}"
                raise ValidationError(message, field=str(self.weekday)) from None
        return tuple(out)

    def site(self) -> FieldSite:
        target: QWidget = self.intervals[0].ui.start_combo if self.intervals else self.ui.open_check
        return FieldSite(target, self.ui.error_label)

    def _next_interval(self) -> tuple[int, int]:
        # A second interval starts where the last one ended: the usual lunch-break split.
        if not self.intervals:
            return DEFAULT_INTERVAL
        try:
            last_end = self.intervals[-1].interval(self.weekday).end
        except ValidationError:
            return DEFAULT_INTERVAL
        start = min(last_end + 60, MINUTES_PER_DAY - 60)
        return start, min(start + 4 * 60, MINUTES_PER_DAY)

    def _remove(self, widget: HoursInterval, keep_open: bool = False) -> None:
        self.intervals.remove(widget)
        self.ui.intervals_layout.removeWidget(widget)
        widget.deleteLater()
        if not self.intervals and not keep_open:
            self.ui.open_check.setChecked(False)

    def _on_open_toggled(self, checked: bool) -> None:
        if checked and not self.intervals:
            self.add_interval(*DEFAULT_INTERVAL)
        self._show_open(checked)

    def _show_open(self, is_open: bool) -> None:
        self.ui.closed_label.setVisible(not is_open)
        self.ui.add_interval_button.setVisible(is_open)
        for widget in self.intervals:
            widget.setVisible(is_open)


class HoursEditor(QWidget):
    """Seven day rows and a few presets; ``field`` names it in error messages."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HoursEditor()
        self.ui.setupUi(self)
        self.field = field
        self.days = [HoursDayRow(d, self) for d in range(7)]
        for row in self.days:
            self.ui.day_rows_layout.addWidget(row)
        self.ui.all_week_button.clicked.connect(lambda: self.set_schedule(WeeklySchedule.always()))
        self.ui.weekdays_button.clicked.connect(
            lambda: self.set_schedule(WeeklySchedule.daily(*DEFAULT_INTERVAL, range(5))))
        self.ui.copy_monday_button.clicked.connect(self._copy_monday)

    def set_schedule(self, schedule: WeeklySchedule) -> None:
        for row in self.days:
            row.set_intervals(schedule.on(row.weekday))

    def schedule(self) -> WeeklySchedule:
        """The schedule as typed; raises ``ValidationError`` with field ``<field>[<weekday>]``."""
        intervals: list[DayInterval] = []
        for row in self.days:
            try:
                intervals += row.read()
            except ValidationError as exc:
                raise ValidationError(exc.message, field=f"{self.field}[{exc.field}]") from None
        return WeeklySchedule(tuple(intervals))

    def site(self, field: str) -> FieldSite | None:
        if field == self.field:
            return self.days[0].site()
        prefix = f"{self.field}["
        if field.startswith(prefix) and field.endswith("]") and field[len(prefix):-1].isdigit():
            weekday = int(field[len(prefix):-1])
            return self.days[weekday].site() if 0 <= weekday <= 6 else None
        return None

    def clear_errors(self) -> None:
        for row in self.days:
            clear_error(row.ui.error_label)

    def show_error(self, field: str, message: str) -> FieldSite | None:
        site = self.site(field)
        if site is not None:
            show_error(site.label, message)
        return site

    def _copy_monday(self) -> None:
        try:
            monday = self.days[0].read()
        except ValidationError:
            return  # the typo is reported when the cadence is saved or previewed
        for row in self.days[1:5]:
            row.set_intervals(tuple(DayInterval(row.weekday, iv.start, iv.end) for iv in monday))
