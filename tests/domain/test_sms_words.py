"""A text's fate in words: whatever status a carrier or provider answers with, the Why column
reads as a sentence for a sales team — never a status code."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kixie_desktop.domain.messaging import SmsOutcome, SmsResult, sms_words_for_http, sms_words_for_sip


@given(st.integers(min_value=100, max_value=699))
def test_no_status_code_reaches_the_words(status: int) -> None:
    for words in (sms_words_for_sip(status), sms_words_for_http(status)):
        assert not any(ch.isdigit() for ch in words) and words[:1].isupper()


def test_what_people_read() -> None:
    assert sms_words_for_sip(200) == sms_words_for_http(201) == "Sent"
    assert sms_words_for_sip(404) == "This number cannot take texts"
    assert sms_words_for_sip(403).endswith("check Manage ▸ Settings ▸ Phone")
    assert sms_words_for_http(429) == "The SMS provider is busy: too many texts at once"
    assert SmsResult(SmsOutcome.TRANSIENT_FAILURE, None, "503 Service Unavailable").said == "The text service is busy"
    assert SmsResult(SmsOutcome.ACCEPTED, "SM1", "200 OK", "Sent").said == "Sent"


def test_a_transfer_in_words() -> None:
    from kixie_desktop.domain.calls import transfer_words

    assert transfer_words(100, False, "+15125550111") == "Transferring to +15125550111…"
    assert transfer_words(200, False, "+15125550111") == "Transferring to +15125550111…"
    assert transfer_words(200, True, "+15125550111") == "Transferred to +15125550111"
    assert transfer_words(486, True, "Jo") == "Transfer to Jo failed: busy"
    assert transfer_words(404, True, "Jo") == "Transfer to Jo failed: the number could not be reached"
