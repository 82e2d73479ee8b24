"""Local presence on the wire: the number a call is placed from, in the INVITE that reached a
real SIPp peer, as each of the account's caller-ID settings says (trunks differ)."""

from __future__ import annotations

from typing import Any

import pytest

from kixie_desktop.domain.calls import CallerIdHeaders, CallState, CallStateChanged, SipAccountConfig
from kixie_desktop.telephony.caller_identity import caller_identity

pytestmark = pytest.mark.sipp

NUMBER = "+15125550111"


def _invite(softphone: Any, events: Any, sipp: Any, mode: CallerIdHeaders, caller_id: str | None) -> Any:
    uas = sipp("reject_486")
    domain = f"127.0.0.1:{uas.port}"
    account_id = softphone.register(SipAccountConfig(username="agent", domain=domain, caller_id_headers=mode),
                                    "").result(5)
    try:
        call_id = softphone.place_call(uas.uri("+13125550199"), account_id=account_id, caller_id=caller_id)
        events.wait_for(lambda e: isinstance(e, CallStateChanged) and e.call_id == call_id
                        and e.state is CallState.ENDED)
        assert uas.wait() == 0, uas.errors()
    finally:
        softphone.unregister(account_id).result(5)
    return next(m for m in uas.messages() if m.method_or_status == "INVITE")


@pytest.mark.parametrize(("mode", "from_user", "pai"), [
    (CallerIdHeaders.FROM_AND_PAI, NUMBER, True),
    (CallerIdHeaders.PAI, "agent", True),
    (CallerIdHeaders.FROM, NUMBER, False),
    (CallerIdHeaders.OFF, "agent", False),
])
def test_the_account_setting_decides_which_headers_carry_the_number(
        softphone: Any, events: Any, sipp: Any, mode: CallerIdHeaders, from_user: str, pai: bool) -> None:
    invite = _invite(softphone, events, sipp, mode, NUMBER)
    from_header = invite.header("From") or ""
    assert f"sip:{from_user}@127.0.0.1" in from_header, from_header  # pjsip drops the port in From
    if from_user == NUMBER:
        assert from_header.startswith(f'"{NUMBER}" <sip:{NUMBER}@')  # the display too
    asserted = invite.header("P-Asserted-Identity")
    if pai:
        assert asserted is not None and asserted.startswith(f'"{NUMBER}" <sip:{NUMBER}@127.0.0.1:')
    else:
        assert asserted is None


def test_a_call_without_a_caller_id_goes_out_as_the_account(softphone: Any, events: Any, sipp: Any) -> None:
    invite = _invite(softphone, events, sipp, CallerIdHeaders.FROM_AND_PAI, None)
    assert "sip:agent@127.0.0.1" in (invite.header("From") or "")
    assert invite.header("P-Asserted-Identity") is None


@pytest.mark.parametrize("number", ["+1512555011\r\nX-Evil: 1", "5125550111", "+1 512 555 0111", ""])
def test_only_an_e164_number_is_ever_written_into_a_header(number: str) -> None:
    assert caller_identity(number, CallerIdHeaders.FROM_AND_PAI, "pbx.example.com").headers == {}
    assert caller_identity(number, CallerIdHeaders.FROM_AND_PAI, "pbx.example.com").from_uri is None
