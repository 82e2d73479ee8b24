"""The "Dispositions" page: rules mapping a call disposition to Stop Cadence or
Forward to Cadence (with the cadence to forward to, never the one being edited).

A saved rule that points at something no longer offered (an archived disposition, a
deleted cadence) stays visible as it is, so the service refuses it next to the picker
instead of the editor silently dropping it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QWidget

from kixie_desktop.domain.cadence import DispositionRule, RuleAction
from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.directory import Disposition
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import CadenceId, DispositionId
from kixie_desktop.gui.fields import (
    ErrorSites,
    FieldSite,
    clear_error,
    fill_combo,
    prepare_error_label,
    row_site,
    select_data,
)
from kixie_desktop.gui.forms.ui_cadence_dispositions_page import Ui_CadenceDispositionsPage
from kixie_desktop.gui.forms.ui_cadence_rule_row import Ui_CadenceRuleRow

ACTION_CHOICES = [("Stop Cadence", RuleAction.STOP), ("Forward to Cadence", RuleAction.FORWARD)]


class CadenceRuleRow(QFrame):
    remove_requested = Signal(QWidget)

    def __init__(self, dispositions: tuple[Disposition, ...], targets: tuple[CadenceSummary, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CadenceRuleRow()
        self.ui.setupUi(self)
        fill_combo(self.ui.disposition_combo, [(d.name, d.id) for d in dispositions])
        fill_combo(self.ui.action_combo, ACTION_CHOICES)
        fill_combo(self.ui.cadence_combo, [(c.name, c.id) for c in targets])
        prepare_error_label(self.ui.error_label)
        self.ui.action_combo.currentIndexChanged.connect(self._show_target)
        self.ui.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self._show_target()

    def set_rule(self, rule: DispositionRule) -> None:
        select_data(self.ui.disposition_combo, rule.disposition_id,
                    f"Disposition #{rule.disposition_id} (archived)")
        select_data(self.ui.action_combo, rule.action)
        if rule.target_cadence_id is not None:
            select_data(self.ui.cadence_combo, rule.target_cadence_id,
                        f"Cadence #{rule.target_cadence_id} (deleted)")
        self._show_target()

    def rule(self, n: int) -> DispositionRule:
        disposition = self.ui.disposition_combo.currentData()
        if disposition is None:
            raise ValidationError(f"disposition rule {n}: choose a disposition",
                                  field=f"disposition_rules[{n}].disposition")
        action = RuleAction(self.ui.action_combo.currentData())
        target = self.ui.cadence_combo.currentData() if action is RuleAction.FORWARD else None
        # A missing target is the domain's error to raise ("choose the cadence to forward to").
        return DispositionRule(DispositionId(disposition), action,
                               None if target is None else CadenceId(target))

    def site(self, part: str) -> FieldSite:
        widget = self.ui.cadence_combo if part == "cadence" else (
            self.ui.action_combo if part == "action" else self.ui.disposition_combo)
        return FieldSite(widget, self.ui.error_label)

    def _show_target(self) -> None:
        forward = self.ui.action_combo.currentData() == RuleAction.FORWARD
        self.ui.cadence_label.setVisible(forward)
        self.ui.cadence_combo.setVisible(forward)


class CadenceDispositionsPage(QWidget, ErrorSites):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CadenceDispositionsPage()
        self.ui.setupUi(self)
        self.rows: list[CadenceRuleRow] = []
        self._dispositions: tuple[Disposition, ...] = ()
        self._targets: tuple[CadenceSummary, ...] = ()
        prepare_error_label(self.ui.rules_error)
        self.ui.add_rule_button.clicked.connect(lambda: self.add_row())

    def load(self, rules: tuple[DispositionRule, ...], dispositions: tuple[Disposition, ...],
             cadences: tuple[CadenceSummary, ...], editing: CadenceId | None) -> None:
        self._dispositions = dispositions
        # A cadence cannot forward to itself (SPEC §4), so it is not offered.
        self._targets = tuple(c for c in cadences if c.id != editing)
        for row in list(self.rows):
            self._remove(row)
        for rule in rules:
            self.add_row(rule)
        self._update_empty()

    def add_row(self, rule: DispositionRule | None = None) -> CadenceRuleRow:
        row = CadenceRuleRow(self._dispositions, self._targets, self)
        if rule is not None:
            row.set_rule(rule)
        else:
            self._pick_unused_disposition(row)
        row.remove_requested.connect(lambda r: self._remove(r))
        self.ui.rule_rows_layout.addWidget(row)
        self.rows.append(row)
        self._update_empty()
        return row

    def rules(self) -> tuple[DispositionRule, ...]:
        return tuple(row.rule(n) for n, row in enumerate(self.rows, start=1))

    def site(self, field: str) -> FieldSite | None:
        return row_site(field, "disposition_rules", self.rows,
                        FieldSite(self.ui.add_rule_button, self.ui.rules_error), lambda row, part: row.site(part))

    def clear_errors(self) -> None:
        clear_error(self.ui.rules_error)
        for row in self.rows:
            clear_error(row.ui.error_label)

    def _pick_unused_disposition(self, row: CadenceRuleRow) -> None:
        # Each disposition may have one rule; start a new row on one that has none yet.
        used = {r.ui.disposition_combo.currentData() for r in self.rows}
        for d in self._dispositions:
            if d.id not in used:
                select_data(row.ui.disposition_combo, d.id)
                return

    def _remove(self, row: QWidget) -> None:
        assert isinstance(row, CadenceRuleRow)
        self.rows.remove(row)
        self.ui.rule_rows_layout.removeWidget(row)
        row.deleteLater()
        self._update_empty()

    def _update_empty(self) -> None:
        self.ui.rules_empty_label.setVisible(not self.rows)
