"""Domain values refuse bad input with a message naming the field."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kixie_desktop.domain import phone_numbers, templates
from kixie_desktop.domain.cadence import (
    CadenceDefinition, CadenceSettings, CallAction, DispositionRule, RuleAction, validate,
)
from kixie_desktop.domain.directory import Contact, User
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import AccountId, CadenceId, ContactId, DispositionId, QueueId, UserId
from kixie_desktop.domain.roles import Role
from kixie_desktop.domain.schedule import DayInterval, WeeklySchedule


@pytest.mark.parametrize("raw,e164", [("(512) 555-0100", "+15125550100"), ("+44 20 7946 0958", "+442079460958"),
                                      ("512.555.0100", "+15125550100")])
def test_phone_numbers_normalise_to_e164(raw: str, e164: str) -> None:
    assert phone_numbers.normalise(raw) == e164


@pytest.mark.parametrize("raw", ["", "hello", "555", "+1 123 456 7890"])
def test_invalid_phone_numbers_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        phone_numbers.normalise(raw)
    assert err.value.field == "phone"


def test_unknown_merge_field_is_refused_with_the_known_ones() -> None:
    with pytest.raises(ValidationError, match=r"\{\{contact.frist_name\}\}.*contact.first_name"):
        templates.validate_body("Hi {{contact.frist_name}}")
    with pytest.raises(ValidationError, match="not closed"):
        templates.validate_body("Hi {{contact.first_name")


def test_render_fills_known_fields_and_blanks_missing_ones() -> None:
    body = "Hi {{ contact.first_name }}, {{agent.first_name}} here"
    assert templates.render(body, {"contact.first_name": "Olivia"}) == "Hi Olivia,  here"


def test_a_fallback_stands_in_for_a_missing_value() -> None:
    body = "Hi {{contact.first_name|there}}, {{ agent.first_name | the team }} from {{account.name}}"
    assert templates.validate_body(body) == body
    assert templates.fields_in(body) == ["contact.first_name", "agent.first_name", "account.name"]
    assert templates.render(body, {"contact.first_name": "", "account.name": "Acme"}) == "Hi there, the team from Acme"
    assert templates.render(body, {"contact.first_name": "Olivia", "agent.first_name": "Sam",
                                   "account.name": "Acme"}) == "Hi Olivia, Sam from Acme"
    with pytest.raises(ValidationError, match="unknown merge field"):
        templates.validate_body("Hi {{contact.frist_name|there}}")
    with pytest.raises(ValidationError, match="fallback is longer"):
        templates.validate_body("Hi {{contact.first_name|" + "x" * 61 + "}}")


def test_before_an_owner_the_account_sends_and_the_editor_hears_of_blank_fields() -> None:
    lead = Contact(ContactId(1), "+15125550100", first_name="", last_name="Garcia")
    body = "Hi {{contact.first_name}}, this is {{agent.first_name}} from {{account.name}}"
    assert templates.render(body, templates.merge_values(lead, None, "Acme")) == "Hi , this is Acme from Acme"
    assert templates.may_render_empty(body) == ["contact.first_name"]
    fixed = "Hi {{contact.first_name|there}}, this is {{agent.first_name|the team}} from {{account.name}}"
    assert templates.may_render_empty(fixed) == []
    assert templates.render(fixed, templates.merge_values(lead, None, "Acme")) == "Hi there, this is the team from Acme"
    assert templates.may_render_empty("{{contact.company}} {{agent.email}} {{contact.phone}}") == [
        "contact.company", "agent.email"]


def test_schedule_merges_and_round_trips() -> None:
    s = WeeklySchedule((DayInterval(0, 540, 720), DayInterval(0, 700, 1020), DayInterval(2, 0, 1440)))
    assert s.intervals == (DayInterval(0, 540, 1020), DayInterval(2, 0, 1440))
    assert WeeklySchedule.from_json(s.to_json()) == s
    with pytest.raises(ValidationError):
        DayInterval(0, 600, 540)
    with pytest.raises(ValidationError):
        WeeklySchedule.from_json([{"day": 1, "start": "9am", "end": "17:00"}])


def _defn(**kw: object) -> CadenceDefinition:
    return CadenceDefinition(settings=CadenceSettings(name="X", queue_id=QueueId(1)), **kw)  # type: ignore[arg-type]


def test_cadence_validation() -> None:
    with pytest.raises(ValidationError, match="Attempts"):
        validate(_defn(actions=(CallAction(retry=True, attempts=0),)))
    with pytest.raises(ValidationError, match="negative"):
        validate(_defn(actions=(CallAction(after=timedelta(minutes=-1)),)))
    with pytest.raises(ValidationError, match="itself"):
        validate(_defn(disposition_rules=(DispositionRule(DispositionId(1), RuleAction.FORWARD, CadenceId(7)),)),
                 cadence_id=CadenceId(7))
    with pytest.raises(ValidationError, match="already has a rule"):
        validate(_defn(disposition_rules=(DispositionRule(DispositionId(1), RuleAction.STOP),
                                          DispositionRule(DispositionId(1), RuleAction.STOP))))
    with pytest.raises(ValidationError, match="name"):
        validate(CadenceDefinition(settings=CadenceSettings(name="   ", queue_id=QueueId(1))))


@pytest.mark.parametrize(("status", "talk", "words"), [
    (200, 192.4, "Call ended · 3:12"), (None, None, "Call ended"), (486, None, "Busy"), (600, None, "Busy"),
    (603, None, "Declined"), (408, None, "No answer"), (480, None, "No answer"),
    (487, None, "Cancelled before an answer"), (404, None, "Failed: the number could not be reached"),
    (403, None, "Failed: the phone account was refused — check Manage ▸ Settings ▸ Phone"),
    (503, None, "Failed: the phone network had a problem; try again"),
    (415, None, "Failed: the call could not be completed"),
])
def test_a_call_ends_in_words_an_agent_reads(status: int | None, talk: float | None, words: str) -> None:
    from kixie_desktop.domain.calls import end_words

    text = end_words(status, talk)
    assert text == words and not any(ch.isdigit() for ch in text.replace("3:12", ""))


@pytest.mark.parametrize(("talk", "status", "words"), [
    (3.2, 200, "Test call connected · 0:03"), (61.0, 200, "Test call connected · 1:01"),
    (None, 408, "No answer"), (None, 486, "Busy"), (None, 403, "Failed: the phone account was refused — check "
                                                           "Manage ▸ Settings ▸ Phone"),
])
def test_a_test_call_ends_in_words_too(talk: float | None, status: int, words: str) -> None:
    from kixie_desktop.domain.workstation import TestCallResult

    assert TestCallResult(talk, status).words == words


def test_the_merge_field_picker_inserts_a_fallback_where_one_reads_well() -> None:
    assert templates.field_text("contact.first_name") == "{{contact.first_name|there}}"
    assert templates.field_text("contact.email") == "{{contact.email}}"
    assert set(templates.SUGGESTED_FALLBACKS) <= set(templates.MERGE_FIELDS)
    for name in templates.MERGE_FIELDS:  # whatever the picker inserts, saving accepts
        assert templates.validate_body(templates.field_text(name)) == templates.field_text(name)
    assert templates.blank_fields_note(["contact.company", "contact.email"]) == (
        "{{contact.company}}, {{contact.email}} are blank for a contact without them: a fallback keeps "
        "the text whole, e.g. {{contact.company|your company}}.")
    assert templates.blank_fields_note(["contact.email"]).endswith("e.g. {{contact.email|…}}.")


def test_the_preview_renders_a_full_lead_and_a_bare_one_as_the_engine_would() -> None:
    owner = User(UserId(7), AccountId(1), "Sam", "Rivera", "sam@acme.test", Role.AGENT)
    body = "Hi {{contact.first_name|there}}, {{agent.first_name}} at {{account.name}}. {{contact.company}}"
    preview = templates.TemplatePreview.of(body, owner, "Acme")
    assert preview.sample == "Hi Taylor, Sam at Acme. Sunrise Homes"
    assert preview.bare == "Hi there, Acme at Acme. "  # before an owner: the account sends
    assert (preview.length.characters, preview.length.segments) == (len(preview.sample), 1)
