"""SMS Templates: the texts SMS actions send. A list on the left; on the right the chosen
template's name and text, a merge-field picker that inserts at the cursor, and a live
preview that the service renders exactly as the engine will — for a sample lead texted by
you, and for a lead with only a phone number texted before an agent owns them, which
is where a blank field shows. Saving warns, without refusing, about a field that may come
out blank. Admins and managers change templates; others read them. Main thread only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QListWidgetItem, QMenu, QWidget

from kixie_desktop.domain.directory import SmsTemplate
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.ids import TemplateId
from kixie_desktop.domain.roles import Permission
from kixie_desktop.domain.templates import (
    MERGE_FIELDS,
    SAMPLE_CONTACT,
    TemplatePreview,
    blank_fields_note,
    field_text,
    may_render_empty,
)
from kixie_desktop.gui.forms.ui_settings_templates_page import Ui_SettingsTemplatesPage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.page import SettingsPage, sentence

PREVIEW_DELAY_MS = 250  # typing pauses this long before the preview is asked for


class SmsTemplatesPage(SettingsPage):
    TITLE = "SMS Templates"
    previewed = Signal()  # the preview shows the text as it is now; tests wait on it

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = Ui_SettingsTemplatesPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._editing: TemplateId | None = None
        self._asked = 0  # the latest preview asked for; older answers are dropped
        ui.sample_caption.setText(f"To {SAMPLE_CONTACT.full_name} ({SAMPLE_CONTACT.company}), from you:")
        ui.bare_caption.setText("To a lead with only a phone number, before an agent owns them:")
        # A menu, not a combo: arrowing through a closed combo would insert at each step.
        fields = QMenu(ui.merge_field_button)
        for name, label in MERGE_FIELDS.items():
            fields.addAction(f"{label}\t{field_text(name)}", lambda name=name: self._insert_field(name))
        ui.merge_field_button.setMenu(fields)
        ui.blank_field_hint.hide()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._ask_preview)
        ui.body_edit.textChanged.connect(self._on_body_changed)
        ui.templates_list.currentItemChanged.connect(self._on_current_changed)
        ui.new_template_button.clicked.connect(self.new_template)
        ui.save_button.clicked.connect(self.save)
        self._use_messages(ui.message_line, {"name": ui.name_error, "body": ui.body_error})
        may_change = ctx.actor.can(Permission.MANAGE_TEMPLATES)
        ui.name_edit.setReadOnly(not may_change)
        ui.body_edit.setReadOnly(not may_change)
        for widget in (ui.merge_field_button, ui.new_template_button, ui.save_button):
            widget.setEnabled(may_change)
        if not may_change:
            self._read_only("Only an admin or a manager can change templates.")

    def load(self) -> None:
        """The list, the template to show (the one being edited, else the first — unless a
        new one is being written) and its preview, in one worker call."""
        service, actor, editing = self._ctx.templates, self._ctx.actor, self._editing
        drafting = editing is None and bool(self.ui.name_edit.text() or self._body())

        def work() -> tuple[list[SmsTemplate], SmsTemplate | None, TemplatePreview | None]:
            templates = service.list(actor)
            shown = next((t for t in templates if t.id == editing), None)
            if shown is None and not drafting and templates:
                shown = templates[0]
            return templates, shown, self._preview_of(shown)

        self._call(work, self._show_loaded)

    def _preview_of(self, template: SmsTemplate | None) -> TemplatePreview | None:
        """Worker-side: a stored template's preview (None when it no longer passes)."""
        if template is None:
            return None
        try:
            return self._ctx.templates.preview(self._ctx.actor, template.body)
        except UserFacingError:
            return None

    def _show_loaded(self, answer: tuple[list[SmsTemplate], SmsTemplate | None, TemplatePreview | None]) -> None:
        templates, shown, preview = answer
        self._fill(templates, shown.id if shown else None, quietly=False)
        if shown is not None and preview is not None:
            self._preview_timer.stop()  # the preview of this very text came with the list
            self._asked += 1
            self._show_preview(self._asked, preview, "")
        self.loaded.emit()

    def _fill(self, templates: list[SmsTemplate], current: TemplateId | None, *, quietly: bool) -> None:
        """``quietly``: select ``current`` without showing it again in the fields."""
        box = self.ui.templates_list
        box.blockSignals(True)
        box.clear()
        for template in templates:
            QListWidgetItem(template.name, box).setData(Qt.ItemDataRole.UserRole, template)
        box.blockSignals(quietly)
        ids = [t.id for t in templates]
        box.setCurrentRow(ids.index(current) if current in ids else -1)
        box.blockSignals(False)

    def _on_current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        template: SmsTemplate = item.data(Qt.ItemDataRole.UserRole)
        self._show_template(template.id, template.name, template.body)

    def new_template(self) -> None:
        self.ui.templates_list.setCurrentRow(-1)
        self._show_template(None, "", "")
        self.ui.name_edit.setFocus()

    def _show_template(self, template_id: TemplateId | None, name: str, body: str) -> None:
        self._clear_messages()
        self._editing = template_id
        self.ui.name_edit.setText(name)
        self.ui.body_edit.setPlainText(body)

    def _body(self) -> str:
        return self.ui.body_edit.toPlainText()

    def _insert_field(self, name: str) -> None:
        self.ui.body_edit.insertPlainText(field_text(name))
        self.ui.body_edit.setFocus()

    def _on_body_changed(self) -> None:
        blank = may_render_empty(self._body())
        self.ui.blank_field_hint.setVisible(bool(blank))
        self.ui.blank_field_hint.setText(blank_fields_note(blank) if blank else "")
        self._preview_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # A closed window asks for nothing (the workers may be gone by the time it would).
        self._preview_timer.stop()
        super().hideEvent(event)

    def _ask_preview(self) -> None:
        self._asked += 1
        asked, body = self._asked, self._body()
        if not body.strip():
            self._show_preview(asked, None, "")
            return
        self._call(lambda: self._ctx.templates.preview(self._ctx.actor, body),
                   lambda preview: self._show_preview(asked, preview, ""),
                   lambda error: self._show_preview(asked, None, sentence(error.message)))

    def _show_preview(self, asked: int, preview: TemplatePreview | None, problem: str) -> None:
        if asked != self._asked:
            return  # the text changed since; a newer preview is on its way
        ui = self.ui
        ui.sample_preview.setText(preview.sample if preview else "")
        ui.bare_preview.setText(preview.bare if preview else "")
        if preview is not None:
            ui.length_label.setText(f"{preview.length.describe()} to {SAMPLE_CONTACT.first_name}")
        else:
            ui.length_label.setText(f"No preview yet: {problem}" if problem else "")
        self.previewed.emit()

    def save(self) -> None:
        self._clear_messages()
        name, body, editing = self.ui.name_edit.text(), self._body(), self._editing
        service, actor = self._ctx.templates, self._ctx.actor

        def work() -> tuple[SmsTemplate, list[SmsTemplate]]:
            saved = (service.create(actor, name, body) if editing is None
                     else service.update(actor, editing, name, body))
            return saved, service.list(actor)

        self._call(work, self._saved)

    def _saved(self, answer: tuple[SmsTemplate, list[SmsTemplate]]) -> None:
        template, templates = answer
        self._editing = template.id
        self._fill(templates, template.id, quietly=True)  # the fields show it; keep the message
        blank = may_render_empty(template.body)
        self._say(f"Saved “{template.name}”." + (f" Note: {blank_fields_note(blank)}" if blank else ""))
        self.saved.emit()
