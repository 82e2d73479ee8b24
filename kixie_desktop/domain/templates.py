"""SMS templates: merge fields such as ``{{contact.first_name}}``.

Unknown fields are refused when the template is saved, so a lead never receives
a literal ``{{contact.frist_name}}``. Rendering substitutes known fields and
leaves an empty string where the value is missing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from kixie_desktop.domain.errors import ValidationError

FIELD_RE = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")

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


def fields_in(body: str) -> list[str]:
    return FIELD_RE.findall(body)


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
    if text.count("{{") != len(fields_in(text)) or text.count("}}") != len(fields_in(text)):
        raise ValidationError("a merge field is not closed: write {{contact.first_name}}", field=field)
    return text


def render(body: str, values: Mapping[str, str | None]) -> str:
    return FIELD_RE.sub(lambda m: values.get(m.group(1)) or "", body)
