"""The first start on an empty database: create your own workspace, or explore the demo.

Nobody should have to take the demo to get a workspace. The dialog asks for what the
workspace service needs (business name, time zone, the first admin's name and e-mail) and
shows a refusal next to the field it is about; *Explore the demo instead* seeds the demo
workspace. Both run on the ``BackgroundRunner``; main thread only. ``choose_workspace`` is
what the app calls before its window opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimeZone, Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.zones import known_zones
from kixie_desktop.gui.fields import zone_picker
from kixie_desktop.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from kixie_desktop.gui.message_line import ERROR_STYLE
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.administration.workspace import WorkspaceService


def system_zone() -> str:
    """This computer's IANA zone, when it is one we know; UTC otherwise."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return zone if zone in known_zones() else "UTC"


class FirstRunDialog(QDialog):
    workspace_ready = Signal(str)  # "created" or "demo"

    def __init__(self, workspace: WorkspaceService, seed_demo: Callable[[], object], runner: BackgroundRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self._workspace, self._seed_demo, self._runner = workspace, seed_demo, runner
        self._errors: dict[str, QLabel] = {
            "name": self.ui.workspace_name_error, "timezone": self.ui.time_zone_error,
            "admin_name": self.ui.admin_name_error, "admin_email": self.ui.admin_email_error,
        }
        for label in (*self._errors.values(), self.ui.form_error):
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
        zone_picker(self.ui.time_zone_combo)
        self.ui.time_zone_combo.setCurrentText(system_zone())
        self.ui.create_button.clicked.connect(self.create)
        self.ui.demo_button.clicked.connect(self.explore_demo)
        self.ui.quit_button.clicked.connect(self.reject)

    def create(self) -> None:
        self._clear()
        name, zone = self.ui.workspace_name_edit.text(), self.ui.time_zone_combo.currentText().strip()
        admin, email = self.ui.admin_name_edit.text(), self.ui.admin_email_edit.text()
        self._busy(True)
        self._runner.run(lambda: self._workspace.create(name, zone, admin, email),
                         lambda _: self._done("created"), self._refused, owner=self)

    def explore_demo(self) -> None:
        self._clear()
        self._busy(True)
        self._runner.run(self._seed_demo, lambda _: self._done("demo"), self._refused, owner=self)

    def _done(self, how: str) -> None:
        self.workspace_ready.emit(how)
        self.accept()

    def _refused(self, error: UserFacingError) -> None:
        self._busy(False)
        label = self._errors.get(error.field or "", self.ui.form_error)
        label.setText(error.message[:1].upper() + error.message[1:])
        label.show()

    def _clear(self) -> None:
        for label in (*self._errors.values(), self.ui.form_error):
            label.clear()
            label.hide()

    def _busy(self, busy: bool) -> None:
        for button in (self.ui.create_button, self.ui.demo_button):
            button.setEnabled(not busy)


def choose_workspace(workspace: WorkspaceService, seed_demo: Callable[[], object], runner: BackgroundRunner) -> bool:
    """Ask on an empty database; False when the person quit without a workspace."""
    return FirstRunDialog(workspace, seed_demo, runner).exec() == QDialog.DialogCode.Accepted
