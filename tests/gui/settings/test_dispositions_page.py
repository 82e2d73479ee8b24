"""Manage ▸ Settings ▸ Dispositions, driven as a manager would with clicks and typing:
rename one, give it a key and the connected flag, move it, archive it and bring it back,
add one — each checked in the database — refusals next to their field, and an agent who
may only read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from kixie_desktop.composition import Backend
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.dispositions_page import DispositionsPage
from tests.gui.settings.opening import main_window, open_settings

WAIT_MS = 10_000
DEFAULTS = ["Connected", "No Answer", "Left Voicemail", "Busy", "Wrong Number", "Not Interested", "Interested",
            "Do Not Call"]


def _open(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> DispositionsPage:
    settings = open_settings(qtbot, main_window(qtbot, backend, runner))
    page = settings.pages[DispositionsPage.TITLE]
    assert isinstance(page, DispositionsPage)
    pages = settings.ui.pages_list
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        item = pages.findItems(DispositionsPage.TITLE, Qt.MatchFlag.MatchExactly)[0]
        qtbot.mouseClick(pages.viewport(), Qt.MouseButton.LeftButton, pos=pages.visualItemRect(item).center())
    return page


def _rows(page: DispositionsPage) -> list[tuple[str, str, str]]:
    tree = page.ui.dispositions_tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]


def _click_row(qtbot: QtBot, page: DispositionsPage, name: str) -> None:
    tree = page.ui.dispositions_tree
    [item] = tree.findItems(name, Qt.MatchFlag.MatchExactly, 0)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert page.ui.name_edit.text() == name.removesuffix(" (archived)")


def _click(qtbot: QtBot, page: DispositionsPage, button: QPushButton) -> None:
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose_key(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """By keyboard, as a person does: from "No key" down to the entry."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}")


def _stored(backend: Backend) -> list[tuple[str, int | None, bool, bool]]:
    return [(d.name, d.digit, d.counts_as_connected, d.archived)
            for d in backend.dispositions.list(backend.actor(), include_archived=True)]


def test_a_manager_shapes_the_dispositions(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> None:
    page = _open(qtbot, backend, runner)
    assert _rows(page) == [(name, str(i + 1), "Yes" if name in ("Connected", "Not Interested", "Interested") else "")
                           for i, name in enumerate(DEFAULTS)]
    assert not page.ui.details_group.isEnabled()  # nothing chosen yet

    _click_row(qtbot, page, "Busy")
    page.ui.name_edit.clear()
    qtbot.keyClicks(page.ui.name_edit, "Line busy")
    _choose_key(qtbot, page.ui.digit_combo, "9")
    qtbot.mouseClick(page.ui.connected_check, Qt.MouseButton.LeftButton)
    _click(qtbot, page, page.ui.save_button)
    assert _stored(backend)[3] == ("Line busy", 9, True, False)
    assert _rows(page)[3] == ("Line busy", "9", "Yes")
    assert page.ui.message_line.text() == "Saved “Line busy”."

    _click(qtbot, page, page.ui.move_up_button)
    _click(qtbot, page, page.ui.move_up_button)
    assert [name for name, *_ in _stored(backend)][:4] == ["Connected", "Line busy", "No Answer", "Left Voicemail"]
    assert page.ui.message_line.text() == "“Line busy” is now number 2."
    _click(qtbot, page, page.ui.move_down_button)
    assert [name for name, *_ in _stored(backend)][:4] == ["Connected", "No Answer", "Line busy", "Left Voicemail"]

    _click(qtbot, page, page.ui.archive_button)
    assert _stored(backend)[2] == ("Line busy", None, True, True)
    assert _rows(page)[2] == ("Line busy (archived)", "", "Yes")
    assert page.ui.archive_button.text() == "Un-&archive"
    assert not page.ui.move_up_button.isEnabled() and not page.ui.digit_combo.isEnabled()
    _click(qtbot, page, page.ui.archive_button)
    assert _stored(backend)[2] == ("Line busy", None, True, False)
    assert page.ui.message_line.text() == ("“Line busy” is offered to agents again; it has no key until you "
                                           "give it one.")

    qtbot.keyClicks(page.ui.new_name_edit, "Booked a demo")
    _click(qtbot, page, page.ui.add_button)
    assert _stored(backend)[-1] == ("Booked a demo", None, False, False)
    assert page.ui.name_edit.text() == "Booked a demo" and page.ui.new_name_edit.text() == ""
    page.window().close()


def test_refusals_show_next_to_their_field_and_change_nothing(qtbot: QtBot, backend: Backend,
                                                              runner: BackgroundRunner) -> None:
    page = _open(qtbot, backend, runner)
    before = _stored(backend)
    _click_row(qtbot, page, "Busy")
    _choose_key(qtbot, page.ui.digit_combo, "1  (now Connected)")
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.ui.digit_error.isVisible, timeout=WAIT_MS)
    assert page.ui.digit_error.text() == "1 is already the key for Connected"

    _click_row(qtbot, page, "Do Not Call")
    assert not page.ui.digit_error.isVisible()
    page.ui.name_edit.clear()
    qtbot.keyClicks(page.ui.name_edit, "DNC")
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.ui.name_error.isVisible, timeout=WAIT_MS)
    assert page.ui.name_error.text().startswith("Do Not Call cannot be renamed")

    qtbot.keyClicks(page.ui.new_name_edit, "no answer")
    qtbot.keyClick(page.ui.new_name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(page.ui.new_name_error.isVisible, timeout=WAIT_MS)
    assert page.ui.new_name_error.text() == "A disposition with that name already exists"
    assert _stored(backend) == before
    page.window().close()


def test_an_agent_reads_the_dispositions_but_cannot_change_them(qtbot: QtBot, agent_backend: Backend,
                                                                runner: BackgroundRunner) -> None:
    backend = agent_backend
    before = _stored(backend)
    page = _open(qtbot, backend, runner)
    _click_row(qtbot, page, "Busy")
    assert page.ui.message_line.text() == "Only an admin or a manager can change dispositions."
    assert not page.ui.details_group.isEnabled() and not page.ui.add_button.isEnabled()
    assert not page.ui.archive_button.isEnabled() and not page.ui.move_up_button.isEnabled()

    # An archive that got past the disabled button is refused by the service.
    page.ui.archive_button.setEnabled(True)
    qtbot.mouseClick(page.ui.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "may not manage dispositions" in page.ui.message_line.text(), timeout=WAIT_MS)
    assert _stored(backend) == before
    page.window().close()
