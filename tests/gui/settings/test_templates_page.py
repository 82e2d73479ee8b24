"""Manage ▸ Settings ▸ SMS Templates, driven as a manager would: pick a template, write a
new one with the merge-field picker, watch the preview (rendered by the service as the
engine renders it), save with a warning about a field that may come out blank, be told
what is wrong next to the field — and an agent who may only read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kixie_desktop.composition import Backend
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.templates_page import SmsTemplatesPage
from tests.gui.settings.opening import main_window, open_settings

WAIT_MS = 10_000


def _open(qtbot: QtBot, backend: Backend, runner: BackgroundRunner) -> SmsTemplatesPage:
    settings = open_settings(qtbot, main_window(qtbot, backend, runner))
    page = settings.pages[SmsTemplatesPage.TITLE]
    assert isinstance(page, SmsTemplatesPage)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        settings.ui.pages_list.setCurrentRow(settings.ui.pages_list.row(
            settings.ui.pages_list.findItems(SmsTemplatesPage.TITLE, Qt.MatchFlag.MatchExactly)[0]))
    return page


def _click_template(qtbot: QtBot, page: SmsTemplatesPage, name: str) -> None:
    box = page.ui.templates_list
    item = box.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton, pos=box.visualItemRect(item).center())


def _type_and_preview(qtbot: QtBot, page: SmsTemplatesPage, text: str) -> None:
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        qtbot.keyClicks(page.ui.body_edit, text)


def _pick_field(qtbot: QtBot, page: SmsTemplatesPage, label: str) -> None:
    """Choose from the Insert merge field menu, as a click on its entry does."""
    menu = page.ui.merge_field_button.menu()
    [entry] = [a for a in menu.actions() if a.text().startswith(label)]
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        entry.trigger()


def test_a_manager_writes_a_template_with_the_picker_and_the_preview(qtbot: QtBot, backend: Backend,
                                                                     runner: BackgroundRunner) -> None:
    page = _open(qtbot, backend, runner)
    assert [page.ui.templates_list.item(i).text() for i in range(page.ui.templates_list.count())] == [
        "Monthly nudge", "Sorry we missed you", "Welcome"]
    qtbot.waitUntil(lambda: page.ui.sample_preview.text() != "", timeout=WAIT_MS)  # the first one, previewed
    _click_template(qtbot, page, "Welcome")
    assert page.ui.name_edit.text() == "Welcome"
    qtbot.waitUntil(lambda: page.ui.bare_preview.text().startswith("Hi there, this is the team from Acme Solar"),
                    timeout=WAIT_MS)
    assert page.ui.sample_preview.text().startswith("Hi Taylor, this is Ada from Acme Solar (demo).")

    qtbot.mouseClick(page.ui.new_template_button, Qt.MouseButton.LeftButton)
    assert page.ui.name_edit.text() == "" and page.ui.body_edit.toPlainText() == ""
    qtbot.keyClicks(page.ui.name_edit, "Quote ready")
    _type_and_preview(qtbot, page, "Hi ")
    _pick_field(qtbot, page, "Contact's first")
    _type_and_preview(qtbot, page, ", your quote for ")
    _pick_field(qtbot, page, "Contact's company")
    _type_and_preview(qtbot, page, " is ready. Reply YES and ")
    _pick_field(qtbot, page, "Agent's first")
    _type_and_preview(qtbot, page, " will call. {{contact.email}}")

    body = ("Hi {{contact.first_name|there}}, your quote for {{contact.company|your company}} is ready. "
            "Reply YES and {{agent.first_name|the team}} will call. {{contact.email}}")
    assert page.ui.body_edit.toPlainText() == body
    assert page.ui.sample_preview.text() == ("Hi Taylor, your quote for Sunrise Homes is ready. Reply YES and Ada "
                                             "will call. taylor.morgan@example.com")
    assert page.ui.bare_preview.text() == ("Hi there, your quote for your company is ready. Reply YES and the team "
                                           "will call. ")
    assert page.ui.length_label.text() == "104 characters · 1 message to Taylor" == (
        f"{len(page.ui.sample_preview.text())} characters · 1 message to Taylor")
    assert page.ui.blank_field_hint.text().startswith("{{contact.email}} is blank for a contact without it")

    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    saved = backend.templates.named(backend.actor(), "Quote ready")
    assert saved.body == body
    assert page.ui.message_line.text().startswith("Saved “Quote ready”. Note: {{contact.email}} is blank")
    assert page.ui.templates_list.currentItem().text() == "Quote ready"
    page.window().close()


def test_refusals_show_next_to_their_field_and_nothing_is_written(qtbot: QtBot, backend: Backend,
                                                                  runner: BackgroundRunner) -> None:
    page = _open(qtbot, backend, runner)
    _click_template(qtbot, page, "Welcome")
    before = backend.templates.list(backend.actor())
    page.ui.body_edit.selectAll()
    _type_and_preview(qtbot, page, "Hi {{contact.frist_name}}")
    assert page.ui.sample_preview.text() == ""
    assert page.ui.length_label.text().startswith("No preview yet: Unknown merge field {{contact.frist_name}}")
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.ui.body_error.isVisible, timeout=WAIT_MS)
    assert page.ui.body_error.text().startswith("Unknown merge field {{contact.frist_name}}")

    page.ui.body_edit.setPlainText("Hello again")
    page.ui.name_edit.clear()
    qtbot.keyClicks(page.ui.name_edit, "Monthly nudge")
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.ui.name_error.isVisible, timeout=WAIT_MS)
    assert page.ui.name_error.text() == "A template with that name already exists"
    assert not page.ui.body_error.isVisible()
    assert backend.templates.list(backend.actor()) == before
    page.window().close()


def test_an_agent_reads_templates_but_cannot_change_them(qtbot: QtBot, agent_backend: Backend,
                                                         runner: BackgroundRunner) -> None:
    backend = agent_backend
    before = backend.templates.list(backend.actor())
    page = _open(qtbot, backend, runner)
    assert page.ui.message_line.text() == "Only an admin or a manager can change templates."
    assert not page.ui.save_button.isEnabled() and not page.ui.new_template_button.isEnabled()
    assert page.ui.body_edit.isReadOnly()
    qtbot.waitUntil(lambda: page.ui.sample_preview.text().startswith("Hi Taylor, Acme Solar (demo) has"),
                    timeout=WAIT_MS)  # agents preview too

    # A save that got past the disabled button is refused by the service.
    page.ui.body_edit.setReadOnly(False)
    page.ui.body_edit.setPlainText("Mine now")
    page.ui.save_button.setEnabled(True)
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "may not manage SMS templates" in page.ui.message_line.text(), timeout=WAIT_MS)
    assert backend.templates.list(backend.actor()) == before
    page.window().close()
