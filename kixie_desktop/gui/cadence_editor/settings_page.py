"""The "Cadence Settings" page: name, queue, owner assignment, the toggles, reply
behaviour (SPEC §10) and the two weekly hours editors.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kixie_desktop.domain.cadence import CadenceSettings, OwnerAssignment, ReplyBehavior
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import QueueId
from kixie_desktop.gui.cadence_editor.catalog import EditorCatalog
from kixie_desktop.gui.fields import (
    DurationInput,
    ErrorSites,
    FieldSite,
    clear_error,
    fill_combo,
    prepare_error_label,
    select_data,
)
from kixie_desktop.gui.cadence_editor.hours_editor import HoursEditor
from kixie_desktop.gui.forms.ui_cadence_settings_page import Ui_CadenceSettingsPage

OWNER_CHOICES = [
    ("Auto-Assign from Queue", OwnerAssignment.ROUND_ROBIN),
    ("Assign from Queue on Answer", OwnerAssignment.ON_ANSWER),
]
REPLY_CHOICES = [
    ("Stop the cadence", ReplyBehavior.STOP),
    ("Pause the cadence for", ReplyBehavior.PAUSE),
    ("Continue the cadence", ReplyBehavior.CONTINUE),
]
PAUSE_UNITS = (("hours", 3600), ("days", 86400), ("minutes", 60))


class CadenceSettingsPage(QWidget, ErrorSites):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CadenceSettingsPage()
        self.ui.setupUi(self)
        fill_combo(self.ui.assign_owner_combo, OWNER_CHOICES)
        fill_combo(self.ui.reply_behavior_combo, REPLY_CHOICES)
        self.reply_pause = DurationInput(self.ui.reply_pause_amount, self.ui.reply_pause_unit,
                                         PAUSE_UNITS, default_unit=3600)
        self.cadence_hours = HoursEditor("cadence_hours", self)
        self.target_hours = HoursEditor("target_hours", self)
        self.ui.cadence_hours_layout.addWidget(self.cadence_hours)
        self.ui.target_hours_layout.addWidget(self.target_hours)
        self._errors: dict[str, tuple[QWidget, QLabel]] = {
            "name": (self.ui.name_edit, self.ui.name_error),
            "queue": (self.ui.queue_combo, self.ui.queue_error),
            "reply_pause": (self.ui.reply_pause_amount, self.ui.reply_pause_error),
        }
        for _, label in self._errors.values():
            prepare_error_label(label)
        self.ui.reply_behavior_combo.currentIndexChanged.connect(self._show_pause)
        self._show_pause()

    def load(self, settings: CadenceSettings, catalog: EditorCatalog) -> None:
        fill_combo(self.ui.queue_combo, [(q.name, q.id) for q in catalog.queues])
        # A saved queue that was since removed stays visible, so the save names the problem.
        missing = f"Queue #{settings.queue_id} (no longer exists)" if catalog.current else None
        select_data(self.ui.queue_combo, settings.queue_id, missing)
        self.ui.name_edit.setText(settings.name)
        select_data(self.ui.assign_owner_combo, settings.assign_owner)
        self.ui.use_contact_owner_check.setChecked(settings.use_contact_owner)
        self.ui.allow_reenrollment_check.setChecked(settings.allow_reenrollment)
        self.ui.exclusive_check.setChecked(settings.exclusive)
        self.ui.check_dnc_check.setChecked(settings.check_dnc)
        select_data(self.ui.reply_behavior_combo, settings.reply_behavior)
        self.reply_pause.set_value(settings.reply_pause)
        self.cadence_hours.set_schedule(settings.cadence_hours)
        self.target_hours.set_schedule(settings.target_hours)
        self.ui.cadence_hours_hint.setText(
            "The cadence runs only during these hours, in your account's time zone "
            f"({catalog.account.timezone}).")

    def settings(self) -> CadenceSettings:
        """The settings as typed; the service checks the rest (unique name, queue exists)."""
        queue = self.ui.queue_combo.currentData()
        if queue is None:
            raise ValidationError("choose the queue whose agents work this cadence", field="queue")
        return CadenceSettings(
            name=self.ui.name_edit.text(),
            queue_id=QueueId(queue),
            assign_owner=OwnerAssignment(self.ui.assign_owner_combo.currentData()),
            use_contact_owner=self.ui.use_contact_owner_check.isChecked(),
            allow_reenrollment=self.ui.allow_reenrollment_check.isChecked(),
            cadence_hours=self.cadence_hours.schedule(),
            target_hours=self.target_hours.schedule(),
            exclusive=self.ui.exclusive_check.isChecked(),
            check_dnc=self.ui.check_dnc_check.isChecked(),
            reply_behavior=ReplyBehavior(self.ui.reply_behavior_combo.currentData()),
            reply_pause=self.reply_pause.value(),
        )

    def site(self, field: str) -> FieldSite | None:
        if field in self._errors:
            widget, label = self._errors[field]
            return FieldSite(widget, label)
        return self.cadence_hours.site(field) or self.target_hours.site(field)

    def clear_errors(self) -> None:
        for _, label in self._errors.values():
            clear_error(label)
        self.cadence_hours.clear_errors()
        self.target_hours.clear_errors()


    def _show_pause(self) -> None:
        # The pause length only means something for "Pause the cadence for".
        self.reply_pause.setEnabled(self.ui.reply_behavior_combo.currentData() == ReplyBehavior.PAUSE)
