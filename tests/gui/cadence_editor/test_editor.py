"""The cadence editor driven like a manager would, checked against what reached the database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kixie_desktop.domain.cadence import (
    CadenceDefinition,
    CallAction,
    DispositionRule,
    OwnerAssignment,
    ReplyBehavior,
    RuleAction,
    SmsAction,
)
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.domain.roles import Actor
from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule
from kixie_desktop.gui.cadence_editor.catalog import EditorServices
from kixie_desktop.gui.cadence_editor.editor import (
    ACTIONS,
    DISPOSITIONS,
    SETTINGS,
    TIMELINE,
    CadenceEditor,
)
from kixie_desktop.gui.cadence_editor.timeline_panel import FROM_NUMBER
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.services.authoring.timeline_preview import preview, sample_contact
from kixie_desktop.storage.database import Database
from kixie_desktop.storage.models import (
    CadenceActionRow,
    CadenceDispositionRuleRow,
    CadenceRow,
    CadenceVersionRow,
)
from tests.support.workspace import Workspace, build_workspace

WAIT = 10_000


@pytest.fixture
def ws(database: Database) -> Workspace:
    return build_workspace(database)


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    runner = BackgroundRunner()
    yield runner
    runner.shutdown()


def open_editor(qtbot: QtBot, ws: Workspace, runner: BackgroundRunner, actor: Actor | None = None,
                cadence_id: CadenceId | None = None) -> CadenceEditor:
    services = EditorServices(actor or ws.manager, ws.cadences, ws.directory, ws.templates,
                              ws.dispositions, AccountService(ws.store, ws.clock))
    editor = CadenceEditor(services, runner, cadence_id)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.loaded, timeout=WAIT):
        editor.show()
    return editor


def pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def rows(ws: Workspace, model: type) -> int:
    with ws.db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def save(qtbot: QtBot, editor: CadenceEditor) -> object:
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as saved:
        editor.ui.save_button.click()
    return saved.args[0]


def refuse(qtbot: QtBot, editor: CadenceEditor) -> tuple[str, str]:
    with qtbot.waitSignal(editor.refused, timeout=WAIT) as refused:
        editor.save()
    return refused.args[0], refused.args[1]


def test_a_manager_fills_every_page_and_the_version_reaches_the_database(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner) -> None:
    follow_up = ws.directory.add_queue(ws.admin, "Follow-up", list(ws.queue.team_ids))
    nurture = ws.cadences.create(ws.manager, ws.definition("Nurture"))
    reminder = ws.templates.create(ws.admin, "Reminder", "Still there, {{contact.first_name}}?")
    editor = open_editor(qtbot, ws, runner)
    assert editor.ui.title_label.text() == "New Cadence"

    # Cadence Settings
    s = editor.settings_page.ui
    qtbot.keyClicks(s.name_edit, "  Solar speed to lead ")
    pick(s.queue_combo, "Follow-up")
    pick(s.assign_owner_combo, "Assign from Queue on Answer")
    s.use_contact_owner_check.click()
    s.allow_reenrollment_check.click()
    s.exclusive_check.click()
    s.check_dnc_check.click()
    pick(s.reply_behavior_combo, "Pause the cadence for")
    s.reply_pause_amount.setValue(3)
    pick(s.reply_pause_unit, "days")
    hours = editor.settings_page.cadence_hours
    hours.ui.weekdays_button.click()
    monday = hours.days[0]
    monday.intervals[0].ui.end_combo.setCurrentText("12:00")
    afternoon = monday.add_interval(13 * 60, 17 * 60)
    afternoon.ui.end_combo.setCurrentText("18:30")
    hours.days[5].ui.open_check.click()  # Saturday opens 09:00-17:00
    target = editor.settings_page.target_hours
    target.days[6].ui.open_check.click()  # Sunday closes

    # Cadence Actions: SMS (customized), Call with retries, SMS; one extra row removed; reordered.
    editor.show_page(ACTIONS)
    page = editor.actions_page
    page.ui.add_action_button.click()
    first = page.rows[0]
    pick(first.ui.type_combo, "SMS")
    pick(first.ui.template_combo, "Welcome")
    assert first.ui.body_edit.isReadOnly()
    assert first.ui.body_edit.toPlainText() == ws.template.body  # shows what would be sent
    first.ui.customize_check.click()
    assert first.ui.body_edit.toPlainText() == ws.template.body  # pre-filled with the template
    first.ui.body_edit.setPlainText("Hi {{contact.first_name}}! Quick question about your roof.")
    page.ui.add_action_button.click()
    call = page.rows[1]
    call.ui.after_amount.setValue(10)
    pick(call.ui.retry_combo, "Yes")
    call.ui.attempts_spin.setValue(3)
    call.ui.min_between_amount.setValue(15)
    page.ui.add_action_button.click()
    page.ui.add_action_button.click()
    page.rows[3].ui.remove_button.click()
    last = page.rows[2]
    pick(last.ui.type_combo, "SMS")
    pick(last.ui.template_combo, "Reminder")
    last.ui.after_amount.setValue(1)
    pick(last.ui.after_unit, "days")
    last.ui.move_up_button.click()  # now 2nd ...
    assert page.rows[1] is last and page.rows[1].ui.step_label.text() == "2."
    page.rows[2].ui.move_up_button.click()  # ... and the call back to 2nd
    assert page.rows[1] is call

    # Dispositions
    editor.show_page(DISPOSITIONS)
    rules = editor.dispositions_page
    rules.ui.add_rule_button.click()
    pick(rules.rows[0].ui.disposition_combo, "Not Interested")
    rules.ui.add_rule_button.click()
    pick(rules.rows[1].ui.disposition_combo, "Interested")
    pick(rules.rows[1].ui.action_combo, "Forward to Cadence")
    pick(rules.rows[1].ui.cadence_combo, "Nurture")

    # Harassment Rules
    h = editor.harassment_page.ui
    h.use_business_rules_check.click()
    h.call_rules_group.setChecked(True)
    h.call_count_spin.setValue(3)
    h.sms_rules_group.setChecked(True)
    h.sms_count_spin.setValue(2)
    h.sms_period_amount.setValue(12)
    pick(h.sms_period_unit, "hours")

    version = save(qtbot, editor)
    assert not editor.isVisible()

    stored = ws.cadences.get(ws.manager, version.cadence_id)  # type: ignore[attr-defined]
    assert stored.version == 1
    settings = stored.definition.settings
    assert settings.name == "Solar speed to lead"
    assert settings.queue_id == follow_up.id
    assert settings.assign_owner is OwnerAssignment.ON_ANSWER
    assert (settings.use_contact_owner, settings.allow_reenrollment) == (False, True)
    assert (settings.exclusive, settings.check_dnc) == (True, False)
    assert (settings.reply_behavior, settings.reply_pause) == (ReplyBehavior.PAUSE, timedelta(days=3))
    assert settings.cadence_hours.on(0) == (DayInterval(0, 540, 720), DayInterval(0, 780, 1110))
    assert settings.cadence_hours.on(1) == (DayInterval(1, 540, 1020),)
    assert settings.cadence_hours.on(5) == (DayInterval(5, 540, 1020),)
    assert settings.cadence_hours.on(6) == ()
    assert settings.target_hours == WeeklySchedule.daily(0, 1440, range(6))
    assert stored.definition.actions == (
        SmsAction(ws.template.id, customize=True,
                  body="Hi {{contact.first_name}}! Quick question about your roof."),
        CallAction(after=timedelta(minutes=10), retry=True, attempts=3, min_between=timedelta(minutes=15)),
        SmsAction(reminder.id, after=timedelta(days=1)),
    )
    by_name = {d.name: d.id for d in ws.dispositions.list(ws.manager)}
    assert stored.definition.disposition_rules == (
        DispositionRule(by_name["Not Interested"], RuleAction.STOP),
        DispositionRule(by_name["Interested"], RuleAction.FORWARD, nurture.cadence_id),
    )
    assert not stored.definition.harassment.use_business_rules
    assert stored.definition.harassment.rules == HarassmentRules(
        calls=RateLimit(3, 1, PeriodUnit.DAYS), sms=RateLimit(2, 12, PeriodUnit.HOURS))
    # And as rows: one cadence, one version, three actions in order, two rules.
    with ws.db.read() as db:
        version_row = db.scalars(select(CadenceVersionRow).where(
            CadenceVersionRow.cadence_id == stored.cadence_id)).one()
        types = db.scalars(select(CadenceActionRow.type).where(
            CadenceActionRow.version_id == version_row.id).order_by(CadenceActionRow.position)).all()
        n_rules = db.scalar(select(func.count()).select_from(CadenceDispositionRuleRow).where(
            CadenceDispositionRuleRow.version_id == version_row.id))
    assert (version_row.name, version_row.reply_pause_s, version_row.sms_limit_unit) == (
        "Solar speed to lead", 3 * 86400, "hours")
    assert list(types) == ["sms", "call", "sms"] and n_rules == 2


def test_editing_loads_the_current_version_and_saves_a_new_one(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner) -> None:
    v1 = ws.cadences.create(ws.manager, ws.definition("Webinar", target_hours=WeeklySchedule.daily(540, 1020)))
    editor = open_editor(qtbot, ws, runner, cadence_id=v1.cadence_id)
    assert editor.ui.title_label.text() == "Edit Cadence — Webinar (version 1)"
    assert editor.settings_page.ui.name_edit.text() == "Webinar"
    assert editor.draft() == v1.definition  # opening and saving unchanged loses nothing

    call = editor.actions_page.rows[1]
    call.ui.after_amount.setValue(2)
    pick(call.ui.after_unit, "hours")
    v2 = save(qtbot, editor)

    assert v2.version == 2  # type: ignore[attr-defined]
    assert ws.cadences.get(ws.manager, v1.cadence_id).definition.actions[1].after == timedelta(hours=2)
    with ws.store.read() as uow:
        assert uow.cadences.version(v1.id).definition == v1.definition  # type: ignore[attr-defined]
    assert (rows(ws, CadenceRow), rows(ws, CadenceVersionRow)) == (1, 2)


def test_a_duplicate_name_is_shown_next_to_the_name_and_nothing_is_written(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner) -> None:
    ws.cadences.create(ws.manager, ws.definition("Webinar"))
    before = (rows(ws, CadenceRow), rows(ws, CadenceVersionRow), rows(ws, CadenceActionRow))
    editor = open_editor(qtbot, ws, runner)
    qtbot.keyClicks(editor.settings_page.ui.name_edit, "Webinar")
    editor.show_page(ACTIONS)
    editor.actions_page.ui.add_action_button.click()

    field, message = refuse(qtbot, editor)

    assert (field, message) == ("name", "a cadence with that name already exists")
    name_error = editor.settings_page.ui.name_error
    assert not name_error.isHidden() and name_error.text() == message
    assert editor.ui.pages_stack.currentIndex() == SETTINGS
    assert editor.focusWidget() is editor.settings_page.ui.name_edit
    assert editor.isVisible() and len(editor.actions_page.rows) == 1  # input intact
    assert editor.ui.save_button.isEnabled()
    assert (rows(ws, CadenceRow), rows(ws, CadenceVersionRow), rows(ws, CadenceActionRow)) == before

    # Fixing it clears the message and saves.
    editor.settings_page.ui.name_edit.setText("Webinar 2")
    save(qtbot, editor)
    assert rows(ws, CadenceRow) == 2


def test_forwarding_to_itself_is_refused_next_to_that_rules_cadence_picker(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner) -> None:
    me = ws.cadences.create(ws.manager, ws.definition("Webinar"))
    ws.cadences.create(ws.manager, ws.definition("Nurture"))
    editor = open_editor(qtbot, ws, runner, cadence_id=me.cadence_id)
    rules = editor.dispositions_page
    rules.ui.add_rule_button.click()
    rules.ui.add_rule_button.click()
    row = rules.rows[1]
    pick(row.ui.action_combo, "Forward to Cadence")
    offered = [row.ui.cadence_combo.itemText(i) for i in range(row.ui.cadence_combo.count())]
    assert offered == ["Nurture"]  # the picker never offers the cadence itself ...
    # ... but the service is the guard: a list built elsewhere (an older copy of the
    # editor, an imported file) may still hold it.
    row.ui.cadence_combo.addItem("Webinar", me.cadence_id)
    pick(row.ui.cadence_combo, "Webinar")
    editor.show_page(SETTINGS)

    field, message = refuse(qtbot, editor)

    assert field == "disposition_rules[2].cadence"
    assert message == "disposition rule 2: a cadence cannot forward to itself"
    assert row.ui.error_label.text() == message and not row.ui.error_label.isHidden()
    assert rules.rows[0].ui.error_label.isHidden()
    assert editor.ui.pages_stack.currentIndex() == DISPOSITIONS
    assert editor.focusWidget() is row.ui.cadence_combo
    assert rows(ws, CadenceVersionRow) == 2


def test_forwarding_to_a_cadence_deleted_meanwhile_is_refused_at_its_picker(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner) -> None:
    gone = ws.cadences.create(ws.manager, ws.definition("Old nurture"))
    editor = open_editor(qtbot, ws, runner)
    qtbot.keyClicks(editor.settings_page.ui.name_edit, "New")
    editor.dispositions_page.ui.add_rule_button.click()
    row = editor.dispositions_page.rows[0]
    pick(row.ui.action_combo, "Forward to Cadence")
    pick(row.ui.cadence_combo, "Old nurture")
    ws.cadences.delete(ws.admin, gone.cadence_id)  # another manager, while this editor is open

    field, message = refuse(qtbot, editor)
    assert field == "disposition_rules[1].cadence" and "deleted" in message
    assert editor.focusWidget() is row.ui.cadence_combo
    assert rows(ws, CadenceRow) == 1


def test_bad_attempts_and_bad_hours_point_at_their_row(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner) -> None:
    editor = open_editor(qtbot, ws, runner)
    qtbot.keyClicks(editor.settings_page.ui.name_edit, "Retry happy")
    page = editor.actions_page
    page.ui.add_action_button.click()
    page.ui.add_action_button.click()
    pick(page.rows[1].ui.retry_combo, "Yes")  # attempts left at 0
    field, message = refuse(qtbot, editor)
    assert field == "actions[2].attempts"
    assert page.rows[1].ui.error_label.text() == message and page.rows[0].ui.error_label.isHidden()
    assert editor.focusWidget() is page.rows[1].ui.attempts_spin

    page.rows[1].ui.attempts_spin.setValue(2)
    wednesday = editor.settings_page.target_hours.days[2]
    wednesday.intervals[0].ui.start_combo.setCurrentText("18:00")
    wednesday.intervals[0].ui.end_combo.setCurrentText("08:00")
    editor.show_page(TIMELINE)
    field, message = refuse(qtbot, editor)
    assert field == "target_hours[2]"
    assert "Wednesday" in message and wednesday.ui.error_label.text() == message
    assert editor.ui.pages_stack.currentIndex() == SETTINGS
    assert page.rows[1].ui.error_label.isHidden()  # the old message went away
    assert rows(ws, CadenceRow) == 0


def test_an_agent_sees_a_view_only_editor_and_the_service_refuses_the_save(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner) -> None:
    v1 = ws.cadences.create(ws.manager, ws.definition("Webinar"))
    editor = open_editor(qtbot, ws, runner, actor=ws.agent, cadence_id=v1.cadence_id)
    assert "View only" in editor.ui.read_only_label.text()
    assert not editor.ui.save_button.isEnabled() and not editor.settings_page.isEnabled()
    assert editor.timeline_panel.isEnabled()

    # Save as if the button had been left on: the role check is the service's.
    field, message = refuse(qtbot, editor)
    assert field == "" and "may not manage cadences" in message
    assert editor.ui.form_message_label.text() == message
    assert not editor.ui.save_button.isEnabled()
    assert rows(ws, CadenceVersionRow) == 1


def test_the_timeline_preview_shows_the_engine_plan_for_the_sample_contact(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner, qtmodeltester: object) -> None:
    editor = open_editor(qtbot, ws, runner)
    page = editor.actions_page
    page.ui.add_action_button.click()
    pick(page.rows[0].ui.type_combo, "SMS")
    page.ui.add_action_button.click()
    page.rows[1].ui.after_amount.setValue(10)
    editor.settings_page.target_hours.ui.weekdays_button.click()  # weekdays 09:00-17:00
    panel = editor.timeline_panel
    panel.ui.sample_zone_combo.setCurrentText("America/Chicago")
    friday_evening = datetime(2026, 3, 6, 17, 30, tzinfo=ZoneInfo("America/Chicago"))
    panel.set_start(friday_evening)
    with qtbot.waitSignal(panel.previewed, timeout=WAIT):
        editor.show_page(TIMELINE)

    model = panel.model
    assert model.rowCount() == 2
    assert model.index(0, 2).data() == "Mon 2026-03-09 09:00 America/Chicago"
    assert model.index(0, 3).data() == "Mon 2026-03-09 07:00 America/Los_Angeles"
    assert model.index(0, 4).data() == "Target hours closed until Mon 09:00 America/Chicago"
    assert model.index(1, 2).data() == "Mon 2026-03-09 09:10 America/Chicago"
    account = AccountService(ws.store, ws.clock).get(ws.manager)
    expected = preview(editor.draft(), account, sample_contact(zone="America/Chicago"), friday_evening)
    assert model.entries() == expected
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    # A bad sample number is reported in the panel, not as a crash.
    panel.ui.sample_zone_combo.setCurrentText(FROM_NUMBER)
    panel.ui.sample_phone_edit.setText("12")
    with qtbot.waitSignal(panel.previewed, timeout=WAIT):
        panel.refresh()
    assert "not a" in panel.ui.preview_error.text() and model.rowCount() == 0
    assert rows(ws, CadenceRow) == 0  # previewing writes nothing


def test_the_timeline_preview_lists_call_attempts_and_the_unanswered_branch(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner, qtmodeltester: object) -> None:
    editor = open_editor(qtbot, ws, runner)
    page = editor.actions_page
    page.ui.add_action_button.click()  # a call
    call = page.rows[0].ui
    pick(call.retry_combo, "Yes")
    call.attempts_spin.setValue(1)
    call.min_between_amount.setValue(2)
    pick(call.min_between_unit, "hours")
    page.ui.add_action_button.click()
    pick(page.rows[1].ui.type_combo, "SMS")
    panel = editor.timeline_panel
    panel.ui.sample_zone_combo.setCurrentText("America/Chicago")
    panel.set_start(datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("America/Chicago")))  # a Monday
    with qtbot.waitSignal(panel.previewed, timeout=WAIT):
        editor.show_page(TIMELINE)

    model = panel.model
    shown = [[model.index(r, c).data() for c in (0, 1, 2)] for r in range(model.rowCount())]
    assert shown == [
        ["1", "Call", "Mon 2026-03-02 10:00 America/Chicago"],
        ["", "Call, attempt 2 if unanswered", "Mon 2026-03-02 12:01 America/Chicago"],
        ["2", "SMS", "Mon 2026-03-02 10:05 America/Chicago"],
        ["", "SMS, if step 1 goes unanswered", "Mon 2026-03-02 12:02 America/Chicago"],
    ]
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_an_emptied_custom_message_is_refused_at_its_text_box(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner) -> None:
    v1 = ws.cadences.create(ws.manager, CadenceDefinition(
        settings=ws.definition("Texts").settings,
        actions=(SmsAction(ws.template.id, customize=True, body="Custom {{contact.first_name}}"),)))
    editor = open_editor(qtbot, ws, runner, cadence_id=v1.cadence_id)
    row = editor.actions_page.rows[0]
    assert row.ui.customize_check.isChecked()
    assert row.ui.body_edit.toPlainText() == "Custom {{contact.first_name}}"
    row.ui.body_edit.setPlainText("   ")
    field, message = refuse(qtbot, editor)
    assert field == "actions[1].body" and editor.focusWidget() is row.ui.body_edit
    assert row.ui.error_label.text() == message == "action 1: a customized message cannot be empty"
    assert rows(ws, CadenceVersionRow) == 1


def test_a_merge_field_that_may_come_out_blank_is_pointed_out_with_its_fix(
        qtbot: QtBot, ws: Workspace, runner: BackgroundRunner) -> None:
    editor = open_editor(qtbot, ws, runner)
    page = editor.actions_page
    page.ui.add_action_button.click()
    row = page.rows[0]
    assert row.ui.blank_field_hint.isHidden()  # a call has no text
    pick(row.ui.type_combo, "SMS")
    # The workspace's template: "Hi {{contact.first_name}}, it's {{agent.first_name}} from …"
    assert not row.ui.blank_field_hint.isHidden()
    assert row.ui.blank_field_hint.text().startswith("{{contact.first_name}} is blank for a contact without it")
    row.ui.customize_check.setChecked(True)
    row.ui.body_edit.setPlainText("Hi {{contact.first_name|there}}, {{contact.company}} is on our list")
    assert row.ui.blank_field_hint.text().startswith("{{contact.company}} is blank")
    row.ui.body_edit.setPlainText("Hi {{contact.first_name|there}}!")
    assert row.ui.blank_field_hint.isHidden()
