"""What happens when a SIP MESSAGE reaches this workstation: it is recorded as the
account's inbound SMS (``InboundSmsService``: STOP/START, reply rules, CRM log), and a
first opt-out is answered with its confirmation text through the SMS gateway.

Thread: the engine runtime's inbound worker ("kixie-inbound"), one message at a time,
so the SIP thread that received the message never waits on the database or the gateway.
"""

from __future__ import annotations

from kixie_desktop.domain.calls import SipMessageReceived
from kixie_desktop.domain.inbound_text import InboundText
from kixie_desktop.domain.messaging import OutboundSms
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.inbound.inbound_sms import InboundResult, InboundSmsService
from kixie_desktop.services.ports.telephony import SmsGateway


def sip_user(uri: str) -> str:
    """'sip:+15125550100@host;x=y' -> '+15125550100'."""
    user = uri.split(":", 1)[-1].split("@", 1)[0]
    return user.split(";", 1)[0]


class InboundMessages:
    def __init__(self, accounts: AccountService, inbound_sms: InboundSmsService, gateway: SmsGateway,
                 clock: Clock) -> None:
        self._accounts = accounts
        self._inbound_sms = inbound_sms
        self._gateway = gateway
        self._clock = clock

    def on_message_received(self, event: SipMessageReceived) -> InboundResult | None:
        """None when the database has no account yet (nobody to deliver the message to)."""
        account = self._accounts.current()
        if account is None:
            return None
        sender = sip_user(event.from_uri)
        text = InboundText(event.body, event.raw_body)
        result = self._inbound_sms.receive(account.id, sender, sip_user(event.to_uri or ""), text)
        if result.confirmation:
            # No action run to key it by: the sender and the second name this one confirmation.
            key = f"kx-optout-{sender}-{int(self._clock().timestamp())}"
            self._gateway.send(OutboundSms(sender, account.default_sender, result.confirmation, key))
        return result
