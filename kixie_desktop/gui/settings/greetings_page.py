"""Voicemail Greetings: the signed-in person's greetings for voicemail drop — recorded from the
microphone, imported from a WAV file, deleted. Everyone who works calls has their own; the
PowerCall panel offers them when a call reaches a voicemail box.

Main thread only; every service call goes through the runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.greetings import Greeting
from kixie_desktop.gui.forms.ui_greetings_page import Ui_GreetingsPage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.page import SettingsPage

RECORD = "&Record"
STOP = "&Stop and Keep"


class GreetingsPage(SettingsPage):
    TITLE = "Voicemail Greetings"

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = Ui_GreetingsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._recording = False
        ui.record_button.clicked.connect(self.record_or_stop)
        ui.discard_button.clicked.connect(self.discard)
        ui.import_button.clicked.connect(self._choose_file)
        ui.delete_button.clicked.connect(self.delete_selected)
        ui.greetings_list.itemSelectionChanged.connect(self._selection_changed)
        ui.discard_button.hide()
        ui.delete_button.setEnabled(False)
        self._use_messages(ui.greetings_message, {"name": ui.name_error, "record": ui.record_error,
                                                  "file": ui.file_error})

    def load(self) -> None:
        self._call(lambda: self._ctx.greetings.greetings(self._ctx.actor), self._show_loaded)

    def _show_loaded(self, greetings: list[Greeting]) -> None:
        self._show(greetings)
        self.loaded.emit()

    def _show(self, greetings: list[Greeting]) -> None:
        ui = self.ui
        ui.greetings_list.clear()
        for greeting in greetings:
            item = QListWidgetItem(greeting.label)
            item.setData(Qt.ItemDataRole.UserRole, greeting.greeting_id)
            ui.greetings_list.addItem(item)
        if not greetings:
            self._say("No greetings yet: record one, or import a WAV file.")
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.ui.delete_button.setEnabled(bool(self.ui.greetings_list.selectedItems()))

    def _changed(self, greetings: list[Greeting], words: str) -> None:
        self._show(greetings)
        self._say(words)
        self.saved.emit()

    def _listed(self) -> list[Greeting]:
        return self._ctx.greetings.greetings(self._ctx.actor)

    # -- recording --------------------------------------------------------------------------

    def record_or_stop(self) -> None:
        self._clear_messages()
        if not self._recording:
            self._call(lambda: self._ctx.greetings.start_recording(self._ctx.actor), self._started)
            return
        name = self.ui.name_edit.text()

        def keep() -> tuple[Greeting, list[Greeting]]:
            return self._ctx.greetings.finish_recording(self._ctx.actor, name), self._listed()

        self._call(keep, self._kept, self._keep_refused)

    def _started(self, _: None) -> None:
        self._set_recording(True)
        self._say("Recording from your microphone… say your greeting, then click Stop and Keep.")

    def _kept(self, done: tuple[Greeting, list[Greeting]]) -> None:
        greeting, greetings = done
        self._set_recording(False)
        self.ui.name_edit.clear()
        self._changed(greetings, f"Saved: {greeting.label}.")

    def _keep_refused(self, error: UserFacingError) -> None:
        # A refused name leaves it recording; any other refusal ended the recording.
        self._set_recording(error.field == "name")
        self._refused(error)

    def discard(self) -> None:
        self._clear_messages()
        self._call(lambda: self._ctx.greetings.cancel_recording(self._ctx.actor), self._discarded)

    def _discarded(self, _: None) -> None:
        self._set_recording(False)
        self._say("Recording thrown away.")

    def _set_recording(self, on: bool) -> None:
        ui = self.ui
        self._recording = on
        ui.record_button.setText(STOP if on else RECORD)
        ui.discard_button.setVisible(on)
        ui.import_button.setEnabled(not on)

    # -- importing and deleting -------------------------------------------------------------

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a greeting", str(Path.home()), "WAV files (*.wav)")
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Keep ``path`` as a greeting, named as typed or else after the file."""
        self._clear_messages()
        name = self.ui.name_edit.text().strip() or Path(path).stem.replace("_", " ")

        def add() -> tuple[Greeting, list[Greeting]]:
            return self._ctx.greetings.import_wav(self._ctx.actor, name, path), self._listed()

        self._call(add, self._kept)

    def delete_selected(self) -> None:
        self._clear_messages()
        items = self.ui.greetings_list.selectedItems()
        if not items:
            return
        greeting_id, name = items[0].data(Qt.ItemDataRole.UserRole), items[0].text()

        def delete() -> list[Greeting]:
            self._ctx.greetings.delete(self._ctx.actor, greeting_id)
            return self._listed()

        self._call(delete, lambda greetings: self._changed(greetings, f"Deleted: {name}."))
