"""The "Cadence Actions" page: an ordered list of Call and SMS rows.

Each row shows the fields of its type (Call: Retry, Attempts, Min. Duration Between
Attempts; SMS: Template and Customize Message). The message box always shows what
would be sent: the template's text, read-only, until "Customize Message" is on; then
it is the action's own text, pre-filled with the template's. Rows can be added,
removed and moved; errors from the service (``actions[2].attempts``) land on the row.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QWidget

from kixie_desktop.domain.cadence import Action, ActionType, CallAction, SmsAction
from kixie_desktop.domain.directory import SmsTemplate
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import TemplateId
from kixie_desktop.domain.templates import blank_fields_note, may_render_empty
from kixie_desktop.gui.fields import (
    DurationInput,
    ErrorSites,
    FieldSite,
    clear_error,
    fill_combo,
    prepare_error_label,
    row_site,
    select_data,
)
from kixie_desktop.gui.forms.ui_cadence_action_row import Ui_CadenceActionRow
from kixie_desktop.gui.forms.ui_cadence_actions_page import Ui_CadenceActionsPage

TYPE_CHOICES = [("Call", ActionType.CALL), ("SMS", ActionType.SMS)]
RETRY_CHOICES = [("No", False), ("Yes", True)]


class CadenceActionRow(QFrame):
    """One action. ``moved`` carries -1 (up) or +1 (down)."""

    remove_requested = Signal(QWidget)
    moved = Signal(QWidget, int)

    def __init__(self, templates: tuple[SmsTemplate, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CadenceActionRow()
        self.ui.setupUi(self)
        self._templates = {t.id: t for t in templates}
        self._custom_text = ""
        fill_combo(self.ui.type_combo, TYPE_CHOICES)
        fill_combo(self.ui.retry_combo, RETRY_CHOICES)
        fill_combo(self.ui.template_combo, [(t.name, t.id) for t in templates])
        self.after = DurationInput(self.ui.after_amount, self.ui.after_unit)
        self.min_between = DurationInput(self.ui.min_between_amount, self.ui.min_between_unit)
        prepare_error_label(self.ui.error_label)
        self.ui.body_edit.setPlaceholderText("The text of the message")
        self.ui.type_combo.currentIndexChanged.connect(self._show_type)
        self.ui.retry_combo.currentIndexChanged.connect(self._show_retry)
        self.ui.template_combo.currentIndexChanged.connect(self._on_template_changed)
        self.ui.customize_check.toggled.connect(self._on_customize_toggled)
        self.ui.body_edit.textChanged.connect(self._show_blank_fields)
        self.ui.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.ui.move_up_button.clicked.connect(lambda: self.moved.emit(self, -1))
        self.ui.move_down_button.clicked.connect(lambda: self.moved.emit(self, 1))
        self._sites: dict[str, QWidget] = {
            "after": self.ui.after_amount, "attempts": self.ui.attempts_spin,
            "min_between": self.ui.min_between_amount, "template": self.ui.template_combo,
            "body": self.ui.body_edit, "type": self.ui.type_combo,
        }
        self.set_action(CallAction())

    def set_action(self, action: Action) -> None:
        self.after.set_value(action.after)
        if isinstance(action, CallAction):
            select_data(self.ui.type_combo, ActionType.CALL)
            select_data(self.ui.retry_combo, action.retry)
            self.ui.attempts_spin.setValue(action.attempts)
            self.min_between.set_value(action.min_between)
        else:
            select_data(self.ui.type_combo, ActionType.SMS)
            select_data(self.ui.template_combo, action.template_id,
                        f"Template #{action.template_id} (no longer exists)")
            self._custom_text = action.body or "" if action.customize else ""
            self.ui.customize_check.setChecked(action.customize)
        self._show_type()
        self._show_retry()
        self._show_body()

    def action(self, n: int) -> Action:
        """The action as typed; ``n`` is its 1-based position, for error fields."""
        if self.ui.type_combo.currentData() == ActionType.CALL:
            retry = bool(self.ui.retry_combo.currentData())
            return CallAction(
                after=self.after.value(), retry=retry,
                attempts=self.ui.attempts_spin.value() if retry else 0,
                min_between=self.min_between.value() if retry else timedelta(0),
            )
        template = self.ui.template_combo.currentData()
        if template is None:
            raise ValidationError(f"action {n}: choose an SMS template", field=f"actions[{n}].template")
        customize = self.ui.customize_check.isChecked()
        return SmsAction(template_id=TemplateId(template), after=self.after.value(), customize=customize,
                         body=self.ui.body_edit.toPlainText() if customize else None)

    def set_position(self, n: int, count: int) -> None:
        self.ui.step_label.setText(f"{n}.")
        self.ui.move_up_button.setEnabled(n > 1)
        self.ui.move_down_button.setEnabled(n < count)

    def site(self, part: str) -> FieldSite | None:
        widget = self._sites.get(part)
        return None if widget is None else FieldSite(widget, self.ui.error_label)

    def template_text(self) -> str:
        template = self._templates.get(self.ui.template_combo.currentData())
        return template.body if template is not None else ""

    def _show_type(self) -> None:
        is_call = self.ui.type_combo.currentData() == ActionType.CALL
        call_only: tuple[QWidget, ...] = (
            self.ui.retry_label, self.ui.retry_combo, self.ui.attempts_label, self.ui.attempts_spin,
            self.ui.min_between_label, self.ui.min_between_amount, self.ui.min_between_unit)
        sms_only: tuple[QWidget, ...] = (
            self.ui.template_label, self.ui.template_combo, self.ui.customize_check, self.ui.body_edit)
        for widget in call_only:
            widget.setVisible(is_call)
        for widget in sms_only:
            widget.setVisible(not is_call)
        self._show_retry()
        self._show_blank_fields()

    def _show_retry(self) -> None:
        retry = bool(self.ui.retry_combo.currentData())
        self.ui.attempts_spin.setEnabled(retry)
        self.min_between.setEnabled(retry)

    def _on_template_changed(self) -> None:
        self._show_body()

    def _on_customize_toggled(self, on: bool) -> None:
        if on and not self._custom_text.strip():
            self._custom_text = self.template_text()  # pre-filled: edit rather than retype
        self._show_body()

    def _show_body(self) -> None:
        customize = self.ui.customize_check.isChecked()
        box = self.ui.body_edit
        if box.isReadOnly() is False and not customize:
            # Leaving customize mode: remember the text in case it is turned on again.
            self._custom_text = box.toPlainText()
        box.setReadOnly(not customize)
        box.setPlainText(self._custom_text if customize else self.template_text())
        self._show_blank_fields()

    def _show_blank_fields(self) -> None:
        """Warn, without refusing, about a merge field that comes out blank for some leads
        ("Hi , …"), and show the fix: a fallback."""
        is_sms = self.ui.type_combo.currentData() == ActionType.SMS
        blank = may_render_empty(self.ui.body_edit.toPlainText()) if is_sms else []
        hint = self.ui.blank_field_hint
        hint.setVisible(bool(blank))
        if blank:
            hint.setText(blank_fields_note(blank))


class CadenceActionsPage(QWidget, ErrorSites):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CadenceActionsPage()
        self.ui.setupUi(self)
        self.rows: list[CadenceActionRow] = []
        self._templates: tuple[SmsTemplate, ...] = ()
        prepare_error_label(self.ui.actions_error)
        self.ui.add_action_button.clicked.connect(lambda: self.add_row())

    def load(self, actions: tuple[Action, ...], templates: tuple[SmsTemplate, ...]) -> None:
        self._templates = templates
        for row in list(self.rows):
            self._remove(row)
        for action in actions:
            self.add_row(action)
        self._renumber()

    def add_row(self, action: Action | None = None) -> CadenceActionRow:
        row = CadenceActionRow(self._templates, self)
        if action is not None:
            row.set_action(action)
        row.remove_requested.connect(lambda r: self._remove(r))
        row.moved.connect(lambda r, delta: self.move_row(r, delta))
        self.ui.action_rows_layout.addWidget(row)
        self.rows.append(row)
        self._renumber()
        return row

    def move_row(self, row: QWidget, delta: int) -> None:
        assert isinstance(row, CadenceActionRow)
        old = self.rows.index(row)
        new = old + delta
        if not 0 <= new < len(self.rows):
            return
        self.rows.insert(new, self.rows.pop(old))
        self.ui.action_rows_layout.removeWidget(row)
        self.ui.action_rows_layout.insertWidget(new, row)
        self._renumber()

    def read_actions(self) -> tuple[Action, ...]:
        # Not ``actions()``: that is QWidget's own list of QActions.
        return tuple(row.action(n) for n, row in enumerate(self.rows, start=1))

    def site(self, field: str) -> FieldSite | None:
        return row_site(field, "actions", self.rows, FieldSite(self.ui.add_action_button, self.ui.actions_error),
                        lambda row, part: row.site(part) or FieldSite(row.ui.type_combo, row.ui.error_label))

    def clear_errors(self) -> None:
        clear_error(self.ui.actions_error)
        for row in self.rows:
            clear_error(row.ui.error_label)

    def _remove(self, row: QWidget) -> None:
        assert isinstance(row, CadenceActionRow)
        self.rows.remove(row)
        self.ui.action_rows_layout.removeWidget(row)
        row.deleteLater()
        self._renumber()

    def _renumber(self) -> None:
        for n, row in enumerate(self.rows, start=1):
            row.set_position(n, len(self.rows))
        self.ui.actions_empty_label.setVisible(not self.rows)
