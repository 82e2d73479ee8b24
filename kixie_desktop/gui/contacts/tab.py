"""The Contacts tab: find a contact, see its messages (both ways), calls (and play their
recordings, in the computer's audio player) and cadences, delete it with its history, set
its time zone (which releases actions that waited for one), enroll it in a cadence, and act
on one of its enrollments (pause, resume, run its next action now, unenroll, decide a text
nobody knows went out) from the Cadences list's buttons and context menu.

Every read and write goes through the BackgroundRunner; searching waits for a
short pause in typing so each keystroke does not query the database.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from kixie_desktop.domain.cadence_views import CadenceSummary
from kixie_desktop.domain.directory import Contact, NewContact
from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.action_labels import TYPE_LABELS
from kixie_desktop.domain.history import ContactHistory, EnrollmentEntry
from kixie_desktop.domain.ids import ContactId
from kixie_desktop.domain.lead_control import pause_reason
from kixie_desktop.domain.roles import Actor, Permission
from kixie_desktop.domain.statuses import EnrollmentState
from kixie_desktop.domain.zones import known_zones
from kixie_desktop.gui.formatting import compact_instant, fmt_instant
from kixie_desktop.gui.forms.ui_contacts_tab import Ui_ContactsTab
from kixie_desktop.gui.lead_control.actions import LeadActions, LeadControlContext
from kixie_desktop.gui.lead_control.target import LeadTarget
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.row_list_model import Index, RowListModel
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.calls.recordings import CallRecordingService
from kixie_desktop.services.leads.contact_deletion import ContactDeletionService
from kixie_desktop.services.leads.contact_history import ContactHistoryService
from kixie_desktop.services.leads.contacts import ContactService
from kixie_desktop.services.leads.enrollment import EnrollmentResult, EnrollmentService

SEARCH_PAUSE_MS = 250
RECORDING_LINK = "recording:"

COLUMNS: list[tuple[str, Callable[[Contact], str]]] = [
    ("Name", lambda c: c.full_name),
    ("Phone", lambda c: c.phone),
    ("Company", lambda c: c.company or ""),
    ("Flags", lambda c: ", ".join(f for f, on in (("Do Not Contact", c.do_not_contact),
                                                    ("SMS opt-out", c.sms_opt_out)) if on)),
]


class ContactsModel(RowListModel):
    def __init__(self) -> None:
        super().__init__([name for name, _ in COLUMNS])

    def contact_at(self, row: int) -> Contact:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](self._rows[index.row()])
        return None


class EnrollmentsModel(RowListModel):
    """The contact's cadences: where each stands, what it does next and why."""

    def __init__(self, zone: ZoneInfo) -> None:
        super().__init__(["Cadence", "State", "Next action", "Why", "Since"])
        self._zone = zone

    def entry_at(self, row: int) -> EnrollmentEntry:
        return self._rows[row]  # type: ignore[no-any-return]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e: EnrollmentEntry = self._rows[index.row()]
        now = datetime.now(timezone.utc)
        today = now.astimezone(self._zone).date()
        n = e.next_action
        why = n.reason if n is not None else e.reason
        if e.unknown_sms is not None:
            why = "A text may not have gone out: mark it as sent or send it again" + (f" · {why}" if why else "")
        columns = [
            e.cadence,
            (pause_reason(e.paused_by, e.paused_until, self._zone.key, now)
             if e.state is EnrollmentState.PAUSED else e.state.value.title()),
            f"{TYPE_LABELS[n.type]} {compact_instant(n.due_at, self._zone, today)}" if n is not None else "",
            why or "",
            compact_instant(e.at, self._zone, today),
        ]
        return columns[index.column()]


@dataclass(frozen=True)
class ContactsContext:
    actor: Actor
    account_zone: str
    history: ContactHistoryService
    contacts: ContactService
    enrollment: EnrollmentService
    cadences: CadenceService
    leads: LeadControlContext  # pause, resume, run now, unenroll, decide a text
    recordings: CallRecordingService  # recorded calls, to play
    deletion: ContactDeletionService
    on_enrolled: Callable[[], None] = lambda: None  # the app wakes its engine: speed to lead


class ContactsTab(QWidget):
    history_shown = Signal(int)  # contact id; tests and refreshes wait on it
    searched = Signal(int)  # rows found
    enrolled = Signal(str)  # what the enrollment did, in words
    recording_opened = Signal(str)  # the WAV handed to the computer's audio player
    deleted = Signal(str)  # what the deletion did, in words

    def __init__(self, ctx: ContactsContext, runner: BackgroundRunner) -> None:
        super().__init__()
        self.ui = Ui_ContactsTab()
        self.ui.setupUi(self)
        self._ctx, self._runner = ctx, runner
        self._zone = ZoneInfo(ctx.account_zone)
        self._current: ContactId | None = None
        self._phone = ""
        self._title: str | None = None
        self.model = ContactsModel()
        self.ui.contacts_view.setModel(self.model)
        self.ui.contacts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.contacts_view.horizontalHeader().setStretchLastSection(True)
        self.ui.zone_combo.addItems([""] + sorted(known_zones()))
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.search)
        self.ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        self.ui.contacts_view.selectionModel().currentRowChanged.connect(self._on_row)
        self.ui.set_zone_button.clicked.connect(self._set_zone)
        self.ui.set_zone_button.setEnabled(False)
        self.ui.enroll_button.clicked.connect(self._enroll)
        self.ui.enroll_button.setEnabled(False)
        self.ui.calls_text.anchorClicked.connect(self._link_clicked)
        self.ui.delete_contact_button.clicked.connect(self._confirm_delete)
        self.ui.delete_contact_button.setEnabled(False)
        # Shown only to who may delete; the service checks again.
        self.ui.delete_contact_button.setVisible(ctx.actor.can(Permission.DELETE_CONTACTS))
        self.enrollments = EnrollmentsModel(self._zone)
        view = self.ui.enrollments_view
        view.setModel(self.enrollments)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        self.lead_actions = LeadActions(ctx.leads, runner, self.selected_lead, self)
        self.ui.cadences_page_layout.addWidget(self.lead_actions.bar)
        self.lead_actions.attach(view)
        view.selectionModel().currentRowChanged.connect(lambda *_: self.lead_actions.update())
        self.lead_actions.done.connect(lambda _text: self._show_again())
        self._load_cadences()

    def _load_cadences(self) -> None:
        def show(rows: list[CadenceSummary]) -> None:
            self.ui.cadence_combo.clear()
            for cadence in rows:
                if cadence.active:
                    self.ui.cadence_combo.addItem(cadence.name, cadence.id)
        self._runner.run(lambda: self._ctx.cadences.list(self._ctx.actor), show)

    def _enroll(self) -> None:
        cadence_id = self.ui.cadence_combo.currentData()
        if self._current is None or cadence_id is None:
            return
        contact_id, name = self._current, self.ui.cadence_combo.currentText()
        phone = self._phone
        self.ui.enroll_message.clear()
        self._runner.run(
            lambda: self._ctx.enrollment.enroll(self._ctx.actor, cadence_id, NewContact(phone=phone),
                                                source="desktop"),
            lambda result: self._enrolled(contact_id, name, result), self._enroll_refused)

    def _enrolled(self, contact_id: ContactId, cadence: str, result: EnrollmentResult) -> None:
        self._ctx.on_enrolled()
        first = result.first_action
        text = f"Enrolled in {cadence}"
        if first is not None:
            text += f": first action {first.type.value} at {fmt_instant(first.due_at, self._zone)} ({first.reason})"
        self.ui.enroll_message.setText(text)
        self.enrolled.emit(text)
        self.show_contact(contact_id)

    def _enroll_refused(self, error: UserFacingError) -> None:
        self.ui.enroll_message.setText(f"Not enrolled: {error.message}")
        self.enrolled.emit(self.ui.enroll_message.text())

    def search(self) -> None:
        text = self.ui.search_edit.text()
        self._runner.run(lambda: self._ctx.history.search(self._ctx.actor, text), self._show_results)

    def _show_results(self, rows: list[Contact]) -> None:
        self.model.set_rows(rows)
        self.searched.emit(len(rows))

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_contact(self.model.contact_at(current.row()).id)

    def show_contact(self, contact_id: ContactId) -> None:
        self._current = contact_id
        self._runner.run(lambda: self._ctx.history.history(self._ctx.actor, contact_id), self._show_history)

    def selected_lead(self) -> LeadTarget | None:
        index = self.ui.enrollments_view.currentIndex()
        if not index.isValid() or self._title is None:
            return None
        return LeadTarget.of_entry(self.enrollments.entry_at(index.row()), self._title)

    def _show_again(self) -> None:
        if self._current is not None:
            self.show_contact(self._current)

    def _show_history(self, history: ContactHistory) -> None:
        c = history.contact
        if c.id != self._current:
            return  # an older answer, for a contact no longer selected
        self._phone = c.phone
        self._title = c.full_name or c.phone
        self.ui.contact_title.setText(c.full_name or c.phone)
        zones = ", ".join(history.zones) or "unknown: set one below"
        facts = [f"{c.phone} · {c.email or 'no email'} · {c.company or 'no company'}",
                 f"Owner: {history.owner or 'none yet'} · Time zone: {c.timezone or zones}"]
        if c.do_not_contact:
            facts.append("Do Not Contact: no calls or texts")
        if c.sms_opt_out:
            facts.append("Opted out of SMS (replied STOP)")
        self.ui.contact_facts.setText("\n".join(facts))
        self.ui.zone_combo.setCurrentText(c.timezone or "")
        self.ui.zone_error.clear()
        self.ui.set_zone_button.setEnabled(True)
        self.ui.enroll_button.setEnabled(True)
        self.ui.delete_contact_button.setEnabled(True)
        self.ui.messages_text.setHtml(self._messages_html(history))
        self.ui.calls_text.setHtml(self._calls_html(history))
        self._show_enrollments(history.enrollments)
        self.history_shown.emit(c.id)

    def _messages_html(self, h: ContactHistory) -> str:
        if not h.messages:
            return "<p><i>No messages yet.</i></p>"
        rows = []
        for m in h.messages:
            who = "Contact" if m.direction == "in" else "Sent"
            align = "left" if m.direction == "in" else "right"
            rows.append(f"<p align='{align}'><b>{who}</b> · {fmt_instant(m.at, self._zone)} · {m.status}"
                        f"<br>{html.escape(m.body)}</p>")
        return "".join(rows)

    def _calls_html(self, h: ContactHistory) -> str:
        if not h.calls:
            return "<p><i>No calls yet.</i></p>"
        rows = []
        for call in h.calls:
            outcome = f"{call.sip_status} {call.sip_reason}" if call.sip_status else "no answer recorded"
            line = (f"<b>{fmt_instant(call.at, self._zone)}</b> · {call.direction} · "
                    f"{html.escape(call.agent or 'unknown agent')} · {html.escape(outcome)} · {call.talk_seconds}s")
            if call.disposition:
                line += f" · <b>{html.escape(call.disposition)}</b>"
            if call.recording_file:
                length = (f" ({int(call.recording_seconds) // 60}:{int(call.recording_seconds) % 60:02d})"
                          if call.recording_seconds is not None else "")
                line += (f" · <a href='{RECORDING_LINK}{html.escape(call.recording_file, quote=True)}'>"
                         f"Play recording{length}</a>")
            if call.notes:
                line += f"<br><i>{html.escape(call.notes)}</i>"
            rows.append(f"<p>{line}</p>")
        return "".join(rows)

    def _confirm_delete(self) -> None:
        if self._current is None or self._title is None:
            return
        answer = QMessageBox.question(
            self, "Delete contact",
            f"Delete {self._title} and everything recorded about them — their cadences, calls and call "
            "recordings, texts? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_contact(self._current)

    def delete_contact(self, contact_id: ContactId) -> None:
        self.ui.enroll_message.clear()
        self._runner.run(lambda: self._ctx.deletion.delete(self._ctx.actor, contact_id),
                         self._contact_deleted,
                         lambda error: self.ui.enroll_message.setText(f"Not deleted: {error.message}"))

    def _contact_deleted(self, said: str) -> None:
        self._current = self._title = None
        for widget in (self.ui.set_zone_button, self.ui.enroll_button, self.ui.delete_contact_button):
            widget.setEnabled(False)
        self.ui.contact_title.setText("")
        self.ui.contact_facts.setText("")
        self.ui.messages_text.clear()
        self.ui.calls_text.clear()
        self.enrollments.set_rows([])
        self.ui.enroll_message.setText(said)
        self.search()
        self.deleted.emit(said)

    def _link_clicked(self, url: QUrl) -> None:
        link = url.toString()
        if link.startswith(RECORDING_LINK):
            self.play_recording(link.removeprefix(RECORDING_LINK))

    def play_recording(self, recording_file: str) -> None:
        """Open a call's recording in the computer's audio player (it can pause and seek)."""
        self.ui.calls_message.clear()
        self._runner.run(lambda: self._ctx.recordings.playable(self._ctx.actor, recording_file),
                         self._open_recording, lambda error: self.ui.calls_message.setText(
                             error.message[:1].upper() + error.message[1:] + "."))

    def _open_recording(self, path: str) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.ui.calls_message.setText("No audio player on this computer opened the recording.")
        self.recording_opened.emit(path)

    def _show_enrollments(self, entries: tuple[EnrollmentEntry, ...]) -> None:
        view = self.ui.enrollments_view
        chosen = view.currentIndex()
        kept = self.enrollments.entry_at(chosen.row()).id if chosen.isValid() else None
        self.enrollments.set_rows(entries)
        # The same enrollment stays selected when the list comes back (after an action on it).
        for row, entry in enumerate(entries):
            if entry.id == kept:
                view.selectRow(row)
        self.lead_actions.update()

    def _set_zone(self) -> None:
        if self._current is None:
            return
        contact_id, zone = self._current, self.ui.zone_combo.currentText().strip() or None
        self._runner.run(lambda: self._ctx.contacts.set_timezone(self._ctx.actor, contact_id, zone),
                         lambda _: self.show_contact(contact_id), self._zone_refused)

    def _zone_refused(self, error: UserFacingError) -> None:
        self.ui.zone_error.setText(error.message)  # next to the field, one line
