"""SMS templates: merge fields such as ``{{contact.first_name}}``, with an optional fallback
(``{{contact.first_name|there}}``) used when the value is missing.

Unknown fields are refused when the template is saved, so a lead never receives a literal
``{{contact.frist_name}}``; ``may_render_empty`` names the fields that can come out blank, for
the editor's warning, so a lead never reads "Hi , this is  from Acme" either. Before a
contact has an owner an SMS goes out from the account's default sender (SPEC §2), so the
agent's names then render as the account's name unless the template gives a fallback.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from kixie_desktop.domain.directory import Contact, User
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import ContactId
from kixie_desktop.domain.sms_length import SmsLength, measure

FIELD_RE = re.compile(r"\{\{\s*([^{}|]*?)\s*(?:\|([^{}|]*))?\}\}")
MAX_FALLBACK = 60
# Never blank: the phone is required and so is the account's name.
ALWAYS_SET = frozenset({"contact.phone", "account.name"})
# Before an owner exists these render as the account's name (the sender then) unless the
# template gives a fallback; with an owner they are always set.
SENDER_NAMES = frozenset({"agent.first_name", "agent.full_name"})

MERGE_FIELDS: dict[str, str] = {
    "contact.first_name": "Contact's first name",
    "contact.last_name": "Contact's last name",
    "contact.full_name": "Contact's full name",
    "contact.email": "Contact's email",
    "contact.company": "Contact's company",
    "contact.phone": "Contact's phone number",
    "agent.first_name": "Agent's first name",
    "agent.last_name": "Agent's last name",
    "agent.full_name": "Agent's full name",
    "agent.email": "Agent's email",
    "account.name": "Account (business) name",
}

MAX_BODY = 1600  # ten concatenated SMS segments; carriers reject longer

# What the merge-field picker puts after the bar, for the fields a lead may lack and that
# read naturally with a stand-in ("Hi there", "the team from Acme").
SUGGESTED_FALLBACKS: dict[str, str] = {
    "contact.first_name": "there",
    "contact.full_name": "there",
    "contact.company": "your company",
    "agent.first_name": "the team",
    "agent.full_name": "the team",
}


def field_text(name: str) -> str:
    """What the picker inserts for merge field ``name``: with a fallback where one reads well."""
    fallback = SUGGESTED_FALLBACKS.get(name)
    return "{{" + name + (f"|{fallback}" if fallback else "") + "}}"


def blank_fields_note(fields: list[str]) -> str:
    """The warning for ``may_render_empty``'s fields, with its fix, in the words of every
    front end: "{{contact.company}} is blank for a contact without it: …"."""
    one = len(fields) == 1
    example = field_text(fields[0]) if fields[0] in SUGGESTED_FALLBACKS else "{{" + fields[0] + "|…}}"
    return (f"{', '.join('{{' + f + '}}' for f in fields)} {'is' if one else 'are'} blank for a contact "
            f"without {'it' if one else 'them'}: a fallback keeps the text whole, e.g. {example}.")


def fields_in(body: str) -> list[str]:
    return [m.group(1) for m in FIELD_RE.finditer(body)]


def may_render_empty(body: str) -> list[str]:
    """Fields of ``body`` that can render blank: no fallback and a value a contact (or a
    contact without an owner) may lack. The editor warns about these at save time."""
    out: list[str] = []
    for m in FIELD_RE.finditer(body):
        name, fallback = m.group(1), (m.group(2) or "").strip()
        if not fallback and name not in ALWAYS_SET and name not in SENDER_NAMES and name not in out:
            out.append(name)
    return out


def validate_body(body: str, *, field: str = "body") -> str:
    text = body.strip()
    if not text:
        raise ValidationError("the message cannot be empty", field=field)
    if len(text) > MAX_BODY:
        raise ValidationError(f"the message is longer than {MAX_BODY} characters", field=field)
    unknown = [f for f in fields_in(text) if f not in MERGE_FIELDS]
    if unknown:
        raise ValidationError(
            "unknown merge field " + ", ".join("{{" + f + "}}" for f in unknown)
            + "; known fields: " + ", ".join(MERGE_FIELDS),
            field=field,
        )
    found = len(fields_in(text))
    if text.count("{{") != found or text.count("}}") != found:
        raise ValidationError("a merge field is not closed: write {{contact.first_name}} or "
                              "{{contact.first_name|there}}", field=field)
    long = [m.group(2) for m in FIELD_RE.finditer(text) if len((m.group(2) or "").strip()) > MAX_FALLBACK]
    if long:
        raise ValidationError(f"a fallback is longer than {MAX_FALLBACK} characters", field=field)
    return text


@dataclass(frozen=True)
class MergeValues:
    """What a template renders with: each field's value, and what stands in for a missing
    one when the template gives no fallback (the account's name for the agent's, before
    the contact has an owner)."""

    values: Mapping[str, str | None]
    defaults: Mapping[str, str] = field(default_factory=dict)


def render(body: str, merge: MergeValues | Mapping[str, str | None]) -> str:
    values, defaults = (merge.values, merge.defaults) if isinstance(merge, MergeValues) else (merge, {})

    def one(m: re.Match[str]) -> str:
        return values.get(m.group(1)) or (m.group(2) or "").strip() or defaults.get(m.group(1), "")

    return FIELD_RE.sub(one, body)


def merge_values(contact: Contact, owner: User | None, account_name: str) -> MergeValues:
    """The values of ``MERGE_FIELDS`` for one contact and its owner (None: the account sends)."""
    values = {
        "contact.first_name": contact.first_name, "contact.last_name": contact.last_name,
        "contact.full_name": contact.full_name, "contact.email": contact.email,
        "contact.company": contact.company, "contact.phone": contact.phone,
        "agent.first_name": owner.first_name if owner else None,
        "agent.last_name": owner.last_name if owner else None,
        "agent.full_name": owner.full_name if owner else None,
        "agent.email": owner.email if owner else None,
        "account.name": account_name,
    }
    return MergeValues(values, {} if owner else dict.fromkeys(SENDER_NAMES, account_name))


# The editor's preview: a lead with every field, and one with nothing but a phone number
# texted before an agent owns them — the text a template's fallbacks are for.
SAMPLE_CONTACT = Contact(ContactId(0), "+15125550142", "Taylor", "Morgan", "taylor.morgan@example.com",
                         "Sunrise Homes")
BARE_CONTACT = Contact(ContactId(0), "+15125550142")


@dataclass(frozen=True)
class TemplatePreview:
    sample: str  # SAMPLE_CONTACT's text, sent by ``owner`` (the person previewing)
    bare: str  # BARE_CONTACT's text, sent from the account before anyone owns the lead
    length: SmsLength  # of the sample's text

    @classmethod
    def of(cls, body: str, owner: User | None, account_name: str) -> TemplatePreview:
        """Rendered as the engine renders it (``render`` with ``merge_values``)."""
        sample = render(body, merge_values(SAMPLE_CONTACT, owner, account_name))
        bare = render(body, merge_values(BARE_CONTACT, None, account_name))
        return cls(sample, bare, measure(sample))
