"""`kixie-desktop sip …`, `crm …` and `sms-provider …`: configure the SIP account, the CRM
and the gateway texts go through.

Plain settings go to ``config.toml``; passwords and tokens go to the keyring only
(read with ``getpass`` or from standard input, never from the command line, where
they would land in shell history and ``ps``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
import uuid
from dataclasses import replace

from kixie_desktop.config.paths import app_paths
from kixie_desktop.config.secrets import HUBSPOT_TOKEN, SMS_PROVIDER_TOKEN, KeyringSecrets, sip_password_name
from kixie_desktop.config.settings import SipSettings, SmsProviderSettings, load, save
from kixie_desktop.domain.errors import ValidationError


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sip = sub.add_parser("sip", help="set up or show this workstation's SIP account")
    sip_sub = sip.add_subparsers(dest="sip_command", required=True, metavar="{configure,show,clear}")
    configure = sip_sub.add_parser("configure", help="save the account; asks for the password")
    configure.add_argument("--domain", required=True, help="SIP domain, e.g. pbx.example.com")
    configure.add_argument("--username", required=True)
    configure.add_argument("--registrar", default="", help="registrar URI (default: none)")
    configure.add_argument("--transport", choices=["udp", "tcp", "tls"], default="udp")
    configure.add_argument("--srtp", choices=["disabled", "optional", "mandatory"], default="disabled")
    configure.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    configure.add_argument("--no-password", action="store_true",
                           help="a trunk that authorises by IP (no registrar, no password)")
    configure.set_defaults(handler=run_sip_configure)
    sip_sub.add_parser("show", help="print the account (never the password)").set_defaults(handler=run_sip_show)
    sip_sub.add_parser("clear", help="forget the account and its password").set_defaults(handler=run_sip_clear)

    crm = sub.add_parser("crm", help="connect a CRM")
    crm_sub = crm.add_subparsers(dest="crm_command", required=True, metavar="{hubspot,off}")
    hubspot = crm_sub.add_parser("hubspot", help="use HubSpot; asks for the private-app token")
    hubspot.add_argument("--base-url", default="", help="API base URL (default: HubSpot's)")
    hubspot.add_argument("--token-stdin", action="store_true", help="read the token from stdin")
    hubspot.set_defaults(handler=run_crm_hubspot)
    crm_sub.add_parser("off", help="stop syncing to a CRM").set_defaults(handler=run_crm_off)

    sms = sub.add_parser("sms-provider", help="choose how texts are sent")
    sms_sub = sms.add_subparsers(dest="sms_command", required=True, metavar="{sip,http,show,test}")
    sms_sub.add_parser("sip", help="send texts as SIP MESSAGE over the SIP account (or the demo line)").set_defaults(
        handler=run_sms_sip)
    http = sms_sub.add_parser("http", help="send texts through a provider with the Twilio Messages API; "
                                           "asks for its auth token")
    http.add_argument("--account-id", required=True, help="the provider's account id (Twilio: the Account SID)")
    http.add_argument("--from", dest="from_number", required=True, help="the number texts come from by default")
    http.add_argument("--base-url", default="", help="API base URL (default: Twilio's)")
    http.add_argument("--token-stdin", action="store_true", help="read the auth token from stdin")
    http.set_defaults(handler=run_sms_http)
    sms_sub.add_parser("show", help="print the provider (never the token)").set_defaults(handler=run_sms_show)
    test = sms_sub.add_parser("test", help="send one test text through the HTTP provider")
    test.add_argument("to", help="the number to text, e.g. your own mobile")
    test.set_defaults(handler=run_sms_test)


def _secret(prompt: str, from_stdin: bool) -> str:
    value = sys.stdin.readline().strip() if from_stdin else getpass.getpass(prompt)
    if not value:
        raise ValidationError("nothing was entered", field="secret")
    return value


def run_sip_configure(args: argparse.Namespace) -> int:
    path = app_paths().ensure().config_file
    settings = load(path)
    if args.no_password:
        if args.registrar:
            raise ValidationError("a registrar needs a password: drop --no-password", field="registrar")
    else:
        password = _secret(f"SIP password for {args.username}: ", args.password_stdin)
        KeyringSecrets().set(sip_password_name(args.username), password)  # refuses without a real keyring
    sip = SipSettings(registrar=args.registrar, domain=args.domain, username=args.username,
                      transport=args.transport, srtp=args.srtp)
    save(path, replace(settings, sip=sip))
    where = "no password (IP-authorised trunk)" if args.no_password else "password stored in the keyring"
    print(f"SIP account {args.username}@{args.domain} saved; {where}")
    if args.transport == "tls" or args.srtp != "disabled":
        _print_tls_caveat()
    return 0


def _print_tls_caveat() -> None:
    # Imported here: loading pjsua2 is only worth it when TLS or SRTP is in play.
    from kixie_desktop.telephony.diagnostics import telephony_diagnostics

    for line in telephony_diagnostics().lines():
        print(line)


def run_sip_show(args: argparse.Namespace) -> int:
    sip = load(app_paths().config_file).sip
    if not sip.configured:
        print("no SIP account: calls and SMS go to the built-in demo line")
        return 0
    has_password = KeyringSecrets().get(sip_password_name(sip.username)) is not None
    print(f"{sip.username}@{sip.domain} via {sip.registrar or 'no registrar'} ({sip.transport}, "
          f"SRTP {sip.srtp}); password in keyring: {'yes' if has_password else 'no'}")
    _print_tls_caveat()
    return 0


def run_sip_clear(args: argparse.Namespace) -> int:
    path = app_paths().ensure().config_file
    settings = load(path)
    if settings.sip.username:
        KeyringSecrets().delete(sip_password_name(settings.sip.username))
    save(path, replace(settings, sip=SipSettings()))
    print("SIP account cleared: calls and SMS go to the built-in demo line")
    return 0


def run_crm_hubspot(args: argparse.Namespace) -> int:
    path = app_paths().ensure().config_file
    settings = load(path)
    KeyringSecrets().set(HUBSPOT_TOKEN, _secret("HubSpot private-app token: ", args.token_stdin))
    save(path, replace(settings, crm="hubspot", crm_base_url=args.base_url))
    print("HubSpot connected; the token is stored in the keyring")
    return 0


def run_crm_off(args: argparse.Namespace) -> int:
    path = app_paths().ensure().config_file
    KeyringSecrets().delete(HUBSPOT_TOKEN)
    save(path, replace(load(path), crm="", crm_base_url=""))
    print("CRM sync is off")
    return 0


def run_sms_sip(args: argparse.Namespace) -> int:
    path = app_paths().ensure().config_file
    save(path, replace(load(path), sms_provider=SmsProviderSettings()))
    KeyringSecrets().delete(SMS_PROVIDER_TOKEN)
    print("texts go as SIP MESSAGE over the SIP account (the demo line when none is set up)")
    return 0


def run_sms_http(args: argparse.Namespace) -> int:
    from kixie_desktop.domain.phone_numbers import normalise

    account_id = args.account_id.strip()
    if not account_id or any(c.isspace() for c in account_id):
        raise ValidationError("the account id is one word, e.g. AC0123…", field="account_id")
    sender = normalise(args.from_number, field="from")
    base = args.base_url.strip().rstrip("/")
    if base and not base.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise ValidationError("the provider's address must be https:// (or a test server on this computer)",
                              field="base_url")
    path = app_paths().ensure().config_file
    settings = load(path)
    token = _secret("SMS provider auth token: ", args.token_stdin)
    KeyringSecrets().set(SMS_PROVIDER_TOKEN, token)  # refuses without a real keyring
    save(path, replace(settings, sms_provider=SmsProviderSettings("http", account_id, sender, base)))
    print(f"texts go through the SMS provider as {account_id}, from {sender}; token stored in the keyring")
    return 0


def run_sms_show(args: argparse.Namespace) -> int:
    provider = load(app_paths().ensure().config_file).sms_provider
    if provider.kind != "http":
        print("texts: SIP MESSAGE over the SIP account (the demo line when none is set up)")
        return 0
    token = "yes" if KeyringSecrets().get(SMS_PROVIDER_TOKEN) else "NO — run `kixie-desktop sms-provider http` again"
    print(f"texts: SMS provider, account {provider.account_id}, from {provider.from_number}, "
          f"{provider.base_url or 'Twilio'}\ntoken in keyring: {token}")
    return 0


def run_sms_test(args: argparse.Namespace) -> int:
    from kixie_desktop.composition import opened_backend
    from kixie_desktop.domain.messaging import OutboundSms
    from kixie_desktop.domain.phone_numbers import normalise

    to = normalise(args.to, field="to")
    with opened_backend(args.database) as backend:
        gateway = backend.http_sms_gateway()
        if gateway is None:
            raise ValidationError("the test text is for an HTTP provider; for SIP, `kixie-desktop call` checks the "
                                  "account", field="sms_provider")
        name = backend.accounts.get(backend.actor()).name
        result = gateway.send(OutboundSms(to, None, f"Test text from {name} (Kixie Desktop).",
                                          f"kx-test-{uuid.uuid4().hex[:12]}"))
    if not result.accepted:
        raise ValidationError(f"the provider did not take the test text: {result.detail}", field="sms_provider")
    print(f"the provider took the test text to {to}")
    return 0
