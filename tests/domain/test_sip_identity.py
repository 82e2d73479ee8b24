"""SIP identities as an admin types them: what is accepted (and how it is written down),
and what is refused with words that say how to fix it."""

from __future__ import annotations

import pytest

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.sip_identity import normalise_sip_uri


@pytest.mark.parametrize(("typed", "kept"), [
    ("sip:alex@pbx.example.com", "sip:alex@pbx.example.com"),
    (" SIPS:Alex@PBX.Example.com:5061;transport=tls ", "sips:Alex@pbx.example.com:5061;transport=tls"),
    ("alex@pbx.example.com", "sip:alex@pbx.example.com"),  # the scheme is added, like a country code
    ("sip:+15125550100@10.0.0.7", "sip:+15125550100@10.0.0.7"),
    ("sip:a.b-c_d%20e@[2001:db8::1]:5060", "sip:a.b-c_d%20e@[2001:db8::1]:5060"),
])
def test_accepted(typed: str, kept: str) -> None:
    assert normalise_sip_uri(typed) == kept


@pytest.mark.parametrize(("typed", "words"), [
    ("sip:alex:hunter2@pbx.example.com", "leave the password out of the SIP address"),
    ("alex:hunter2@pbx.example.com", "leave the password out of the SIP address"),
    ("sip:@pbx.example.com", "is not a SIP address: write it like sip:alex@pbx.example.com"),
    ("alex", "is not a SIP address"),
    ("https://pbx.example.com", "is not a SIP address"),
    ("sip:alex@pbx.example.com?subject=hi", "is not a SIP address"),
    ("sip:alex@pbx.example.com:70000", "is not a SIP address"),
    ("sip:alex@-pbx-.example.com", "is not a SIP address"),
    ("sip:al ex@pbx.example.com", "is not a SIP address"),
    ("sip:" + "a" * 250 + "@pbx.example.com", "is not a SIP address"),
])
def test_refused_with_the_field_named(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        normalise_sip_uri(typed, field="sip_uri")
    assert refused.value.field == "sip_uri" and words in refused.value.message
    assert "hunter2" not in refused.value.message  # a password typed by mistake is not echoed
