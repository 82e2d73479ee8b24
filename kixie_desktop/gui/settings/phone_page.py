"""Phone: this workstation's SIP account (its password goes to the keyring and is never shown
back), the sound devices calls use, and a test call to the built-in demo line.

It is this computer's own set-up, so whoever works at it may change it. A new account is
used from the next start (the engine registers it once); sound devices switch at once when
the phone is running. Main thread only; every service call goes through the runner.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from kixie_desktop.domain.calls import AudioDevice, CallerIdHeaders, SipTransport, SrtpMode
from kixie_desktop.domain.errors import PhoneNotReady, UserFacingError, ValidationError
from kixie_desktop.domain.workstation import AudioDeviceChoice, PhoneAccountStatus, SipAccountSetup, TestCallResult
from kixie_desktop.gui.fields import fill_combo, select_data
from kixie_desktop.gui.forms.ui_phone_page import Ui_PhonePage
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext
from kixie_desktop.gui.settings.page import SettingsPage, sentence

TRANSPORTS = [("Standard (UDP)", SipTransport.UDP), ("TCP", SipTransport.TCP), ("Encrypted (TLS)", SipTransport.TLS)]
SRTP_MODES = [("Off", SrtpMode.DISABLED), ("When the other end offers it", SrtpMode.OPTIONAL),
              ("Always (calls without it fail)", SrtpMode.MANDATORY)]
# Trunks differ in which header they take the shown number from (docs/telephony.md).
CALLER_ID_HEADERS = [("From and P-Asserted-Identity", CallerIdHeaders.FROM_AND_PAI),
                     ("P-Asserted-Identity only", CallerIdHeaders.PAI), ("From only", CallerIdHeaders.FROM),
                     ("Not sent: the phone system chooses", CallerIdHeaders.OFF)]
NEXT_START = "from the next time Kixie Desktop starts"


@dataclass(frozen=True)
class _PhoneView:
    account: PhoneAccountStatus
    devices: AudioDeviceChoice
    available: list[AudioDevice] | None  # None: the phone is not running, so nobody can tell
    why_not: str
    caveat: str | None  # what encrypted calls rely on, when it is worth a warning


def account_words(status: PhoneAccountStatus) -> str:
    setup = status.setup
    if setup is None:
        return "No phone account: calls and texts go to the built-in demo line."
    if status.password_saved:
        return f"{setup.address} · password saved in the keyring"
    if not setup.registrar:
        return f"{setup.address} · no password: the phone system lets this computer in by its address"
    return f"{setup.address} · no password saved: enter it again"


class PhonePage(SettingsPage):
    TITLE = "Phone"
    tested = Signal(str)  # the test call's outcome, in the words the page shows

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, runner, parent)
        self.ui = Ui_PhonePage()
        self.ui.setupUi(self)
        ui = self.ui
        fill_combo(ui.transport_combo, TRANSPORTS)
        fill_combo(ui.srtp_combo, SRTP_MODES)
        fill_combo(ui.caller_id_combo, CALLER_ID_HEADERS)
        ui.no_password_check.toggled.connect(self._no_password_toggled)
        self._caveat: str | None = None
        ui.transport_combo.currentIndexChanged.connect(self._show_caveat)
        ui.srtp_combo.currentIndexChanged.connect(self._show_caveat)
        ui.encryption_note.hide()
        ui.save_account_button.clicked.connect(self.save_account)
        ui.clear_account_button.clicked.connect(self.clear_account)
        ui.save_audio_button.clicked.connect(self.save_audio)
        ui.test_call_button.clicked.connect(self.test_call)
        self._use_messages(ui.phone_message, {
            "domain": ui.domain_error, "username": ui.username_error, "password": ui.password_error,
            "registrar": ui.registrar_error, "audio": ui.audio_error})

    def load(self) -> None:
        self._call(self._read, self._show)

    def _read(self) -> _PhoneView:
        service = self._ctx.workstation
        try:
            available: list[AudioDevice] | None = service.available_audio_devices()
            why_not = ""
        except PhoneNotReady as error:
            available, why_not = None, sentence(error.message)
        return _PhoneView(service.phone_account(), service.audio_devices(), available, why_not,
                          service.encryption_caveat())

    def _show(self, view: _PhoneView) -> None:
        self._caveat = view.caveat
        self._show_account(view.account)
        self._show_devices(view.devices, view.available, view.why_not)
        self.loaded.emit()

    # -- the account ------------------------------------------------------------------------

    def _show_account(self, status: PhoneAccountStatus) -> None:
        ui = self.ui
        setup = status.setup
        ui.account_status_label.setText(account_words(status))
        ui.domain_edit.setText(setup.domain if setup else "")
        ui.username_edit.setText(setup.username if setup else "")
        ui.registrar_edit.setText(setup.registrar if setup else "")
        select_data(ui.transport_combo, setup.transport if setup else SipTransport.UDP)
        select_data(ui.srtp_combo, setup.srtp if setup else SrtpMode.DISABLED)
        select_data(ui.caller_id_combo, setup.caller_id_headers if setup else CallerIdHeaders.FROM_AND_PAI)
        ui.password_edit.clear()
        ui.password_edit.setPlaceholderText("saved in the keyring" if status.password_saved else "")
        ui.no_password_check.setChecked(setup is not None and not status.password_saved and not setup.registrar)
        ui.clear_account_button.setEnabled(setup is not None)
        self._show_caveat()

    def _show_caveat(self) -> None:
        ui = self.ui
        encrypted = (ui.transport_combo.currentData() is SipTransport.TLS
                     or ui.srtp_combo.currentData() is not SrtpMode.DISABLED)
        ui.encryption_note.setText(self._caveat or "")
        ui.encryption_note.setVisible(encrypted and self._caveat is not None)

    def _no_password_toggled(self, on: bool) -> None:
        self.ui.password_edit.setEnabled(not on)
        if on:
            self.ui.password_edit.clear()

    def save_account(self) -> None:
        self._clear_messages()
        ui = self.ui
        try:
            setup = SipAccountSetup(ui.domain_edit.text(), ui.username_edit.text(), ui.registrar_edit.text(),
                                    ui.transport_combo.currentData(), ui.srtp_combo.currentData(),
                                    ui.caller_id_combo.currentData())
        except ValidationError as error:
            self._refused(error)
            return
        password = ui.password_edit.text() or None
        no_password = ui.no_password_check.isChecked()
        self._call(lambda: self._ctx.workstation.save_phone_account(setup, password, no_password=no_password),
                   lambda status: self._account_changed(status, f"Saved. Calls go out on it {NEXT_START}."))

    def clear_account(self) -> None:
        self._clear_messages()

        def clear() -> PhoneAccountStatus:
            self._ctx.workstation.clear_phone_account()
            return self._ctx.workstation.phone_account()

        self._call(clear, lambda status: self._account_changed(
            status, f"Account forgotten: calls and texts go to the built-in demo line {NEXT_START}."))

    def _account_changed(self, status: PhoneAccountStatus, words: str) -> None:
        self._show_account(status)
        self._say(words)
        self.saved.emit()

    # -- sound devices ----------------------------------------------------------------------

    def _show_devices(self, chosen: AudioDeviceChoice, available: list[AudioDevice] | None, why_not: str) -> None:
        ui = self.ui
        devices = available or []
        inputs = [d.name for d in devices if d.input_channels > 0]
        outputs = [d.name for d in devices if d.output_channels > 0]
        _offer(ui.microphone_combo, "System default", inputs, chosen.microphone)
        _offer(ui.speaker_combo, "System default", outputs, chosen.speaker)
        _offer(ui.ring_combo, "Same as the speaker", outputs, chosen.ring)
        if available is None:
            ui.audio_note.setText(f"{why_not}. The list of devices shows once it runs.")
        elif not devices:
            ui.audio_note.setText("This computer has no sound devices: calls use a silent stand-in.")
        else:
            ui.audio_note.setText("")

    def save_audio(self) -> None:
        self._clear_messages()
        ui = self.ui
        choice = AudioDeviceChoice(ui.microphone_combo.currentData(), ui.speaker_combo.currentData(),
                                   ui.ring_combo.currentData())
        self._call(lambda: self._ctx.workstation.save_audio_devices(choice), self._audio_saved)

    def _audio_saved(self, applied: bool) -> None:
        self._say("Saved: calls use these devices now." if applied else f"Saved: calls use these devices {NEXT_START}.")
        self.saved.emit()

    # -- the test call ----------------------------------------------------------------------

    def test_call(self) -> None:
        self._clear_messages()
        self.ui.test_call_button.setEnabled(False)
        self.ui.test_call_result.setText("Calling the demo line…")
        self._call(self._ctx.workstation.test_call, self._tested, self._test_refused)

    def _tested(self, result: TestCallResult) -> None:
        self._test_over(result.words)

    def _test_refused(self, error: UserFacingError) -> None:
        self._test_over(sentence(error.message))

    def _test_over(self, words: str) -> None:
        self.ui.test_call_button.setEnabled(True)
        self.ui.test_call_result.setText(words)
        self.tested.emit(words)


def _offer(combo: QComboBox, default: str, names: list[str], chosen: str) -> None:
    """The default first, then the devices; a saved device that is not connected stays
    selectable, so looking at the page never changes the choice."""
    fill_combo(combo, [(default, ""), *[(name, name) for name in names]])
    select_data(combo, chosen, f"{chosen} (not connected)")
