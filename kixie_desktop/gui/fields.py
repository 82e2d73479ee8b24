"""Small pieces every form shares (the cadence editor, the settings pages): where a refused field lives on
screen (``FieldSite``), the one-line error labels next to fields, an amount + unit
duration input, a harassment rate limit ("At most N calls per amount unit"), a time zone picker, and combo helpers that keep a saved value visible even when it is no
longer in the offered list (so the service, not the widget, says what is wrong with it).

Main thread only, like every widget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QGroupBox, QLabel, QSpinBox, QWidget

from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.zones import known_zones

ERROR_STYLE = "color: #b3261e;"

SECONDS = ("seconds", 1)
DURATION_UNITS: tuple[tuple[str, int], ...] = (("minutes", 60), ("hours", 3600), ("days", 86400))


@dataclass(frozen=True)
class FieldSite:
    """Where a service error's ``field`` is shown: focus ``widget``, write in ``label``."""

    widget: QWidget
    label: QLabel


class ErrorSites:
    """A page that shows the service's refusals next to their fields: it says
    where a field lives (``site``); showing the message there is the same on every page."""

    def site(self, field: str) -> FieldSite | None:
        raise NotImplementedError

    def show_error(self, field: str, message: str) -> FieldSite | None:
        site = self.site(field)
        if site is not None:
            show_error(site.label, message)
        return site


Row = TypeVar("Row")


def row_site(field: str, name: str, rows: Sequence[Row], whole: FieldSite,
             part_of: Callable[[Row, str], FieldSite | None]) -> FieldSite | None:
    """Where ``name[i].part`` (1-based ``i``, as the service numbers rows) is shown: on row
    ``i`` via ``part_of``; on ``whole`` when the field is the list itself or names no row."""
    if field != name and not field.startswith(f"{name}["):
        return None
    index, _, part = field.removeprefix(f"{name}[").partition("]")
    if not index.isdigit() or not 1 <= int(index) <= len(rows):
        return whole
    return part_of(rows[int(index) - 1], part.removeprefix("."))


def prepare_error_label(label: QLabel) -> None:
    label.setStyleSheet(ERROR_STYLE)
    label.clear()
    label.hide()


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.show()


def clear_error(label: QLabel) -> None:
    label.clear()
    label.hide()


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]]) -> None:
    """Replace the items, keeping the selection when its value is still offered."""
    previous = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in items:
        combo.addItem(text, value)
    combo.blockSignals(False)
    if previous is not None:
        select_data(combo, previous)


def select_data(combo: QComboBox, value: Any, missing_text: str | None = None) -> None:
    """Select the item holding ``value``; add it (as ``missing_text``) when it is not offered."""
    index = combo.findData(value)
    if index < 0 and missing_text is not None:
        combo.addItem(missing_text, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def zone_picker(combo: QComboBox) -> None:
    """Make an editable ``combo`` offer every IANA zone and find one by any part of its
    name as it is typed ("Chicago" finds America/Chicago); the service checks the text."""
    zones = sorted(known_zones())
    combo.addItems(zones)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(zones, combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)


class DurationInput:
    """An amount spin box and a unit combo read as one ``timedelta``.

    Values that are not whole minutes (a cadence written by the API or a file) get a
    seconds unit, so opening and saving never rounds anyone's delay.
    """

    def __init__(self, amount: QSpinBox, unit: QComboBox,
                 units: tuple[tuple[str, int], ...] = DURATION_UNITS, default_unit: int = 60) -> None:
        self.amount, self.unit = amount, unit
        self._default_unit = default_unit
        fill_combo(unit, units)
        select_data(unit, default_unit)

    def set_value(self, delta: timedelta) -> None:
        seconds = int(delta.total_seconds())
        sizes = [self.unit.itemData(i) for i in range(self.unit.count())]
        fitting = [s for s in sizes if seconds % s == 0] if seconds else [self._default_unit]
        if not fitting:
            select_data(self.unit, SECONDS[1], SECONDS[0])
            fitting = [SECONDS[1]]
        size = max(fitting)
        self.amount.setMaximum(max(self.amount.maximum(), seconds // size))
        self.amount.setValue(seconds // size)
        select_data(self.unit, size)

    def value(self) -> timedelta:
        return timedelta(seconds=self.amount.value() * int(self.unit.currentData()))

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - reads like the Qt call it wraps
        self.amount.setEnabled(enabled)
        self.unit.setEnabled(enabled)


RATE_UNITS = [("minutes", PeriodUnit.MINUTES), ("hours", PeriodUnit.HOURS), ("days", PeriodUnit.DAYS)]


class LimitInput:
    """A checkable group: at most ``count`` per ``amount`` ``unit``."""

    def __init__(self, group: QGroupBox, count: QSpinBox, amount: QSpinBox, unit: QComboBox,
                 error: QLabel) -> None:
        self.group, self.count, self.amount, self.unit, self.error = group, count, amount, unit, error
        fill_combo(unit, RATE_UNITS)
        select_data(unit, PeriodUnit.DAYS)
        prepare_error_label(error)

    def set_limit(self, limit: RateLimit | None) -> None:
        self.group.setChecked(limit is not None)
        if limit is not None:
            self.count.setValue(limit.count)
            self.amount.setValue(limit.period_amount)
            select_data(self.unit, limit.period_unit)

    def limit(self) -> RateLimit | None:
        if not self.group.isChecked():
            return None
        return RateLimit(self.count.value(), self.amount.value(), PeriodUnit(self.unit.currentData()))


def describe(rules: HarassmentRules) -> str:
    calls = rules.calls.describe("call") if rules.calls else "calls unlimited"
    sms = rules.sms.describe("SMS", "SMS") if rules.sms else "SMS unlimited"
    return f"{calls}; {sms}"
