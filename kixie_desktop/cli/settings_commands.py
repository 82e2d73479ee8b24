"""`kixie-desktop sip …`, `crm …` and `sms-provider …`: configure the SIP account, the CRM
and the gateway texts go through.

Plain settings go to ``config.toml``; passwords and tokens go to the keyring only
(read with ``getpass`` or from standard input, never from the command line, where
they would land in shell history and ``ps``). The SIP account and the SMS provider are
kept by the same service as the settings window's Phone and SMS Provider pages
(``services/workstation``), with its rules and role checks; these handlers only read the
arguments and print the answer.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace

from kixie_desktop.composition import opened_backend
from kixie_desktop.config.paths import app_paths
from kixie_desktop.config.secrets import HUBSPOT_TOKEN, KeyringSecrets
from kixie_desktop.config.settings import load, save
from kixie_desktop.domain.calls import CallerIdHeaders, SipTransport, SrtpMode
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.workstation import SipAccountSetup, SmsProviderSetup

DEMO_LINE = "calls and SMS go to the built-in demo line"


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sip = sub.add_parser("sip", help="set up or show this workstation's SIP account")
    sip_sub = sip.add_subparsers(dest="sip_command", required=True, metavar="{configure,show,clear}")
    configure = sip_sub.add_parser("configure", help="save the account; asks for the password")
    configure.add_argument("--domain", required=True, help="SIP domain, e.g. pbx.example.com")
    configure.add_argument("--username", required=True)
    configure.add_argument("--registrar", default="", help="registrar URI (default: none)")
    configure.add_argument("--transport", choices=["udp", "tcp", "tls"], default="udp")
    configure.add_argument("--srtp", choices=["disabled", "optional", "mandatory"], default="disabled")
    configure.add_argument("--caller-id", dest="caller_id_headers", choices=[m.value for m in CallerIdHeaders],
                           default=CallerIdHeaders.FROM_AND_PAI.value,
                           help="where a call carries the number it is placed from (local presence): the From "
                                "and P-Asserted-Identity headers (default), one of them, or off")
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
    setup = SipAccountSetup(args.domain, args.username, args.registrar, SipTransport(args.transport),
                            SrtpMode(args.srtp), CallerIdHeaders(args.caller_id_headers))
    password = None if args.no_password else _secret(f"SIP password for {setup.username}: ", args.password_stdin)
    with opened_backend(args.database) as backend:
        backend.workstation.save_phone_account(setup, password, no_password=args.no_password)
    where = "no password (IP-authorised trunk)" if args.no_password else "password stored in the keyring"
    print(f"SIP account {setup.address} saved; {where}")
    if setup.transport is SipTransport.TLS or setup.srtp is not SrtpMode.DISABLED:
        _print_tls_caveat()
    return 0


def _print_tls_caveat() -> None:
    # Imported here: loading pjsua2 is only worth it when TLS or SRTP is in play.
    from kixie_desktop.telephony.diagnostics import telephony_diagnostics

    for line in telephony_diagnostics().lines():
        print(line)


def run_sip_show(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        account = backend.workstation.phone_account()
    sip = account.setup
    if sip is None:
        print(f"no SIP account: {DEMO_LINE}")
        return 0
    print(f"{sip.address} via {sip.registrar or 'no registrar'} ({sip.transport.value}, SRTP {sip.srtp.value}, "
          f"caller ID {sip.caller_id_headers.value}); "
          f"password in keyring: {'yes' if account.password_saved else 'no'}")
    _print_tls_caveat()
    return 0


def run_sip_clear(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        backend.workstation.clear_phone_account()
    print(f"SIP account cleared: {DEMO_LINE}")
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
    with opened_backend(args.database) as backend:
        backend.workstation.set_sms_provider(backend.actor(), SmsProviderSetup.sip_message())
    print("texts go as SIP MESSAGE over the SIP account (the demo line when none is set up)")
    return 0


def run_sms_http(args: argparse.Namespace) -> int:
    setup = SmsProviderSetup.http(args.account_id, args.from_number, args.base_url)  # checked before asking
    token = _secret("SMS provider auth token: ", args.token_stdin)
    with opened_backend(args.database) as backend:
        backend.workstation.set_sms_provider(backend.actor(), setup, token)
    print(f"texts go through the SMS provider as {setup.account_id}, from {setup.from_number}; "
          "token stored in the keyring")
    return 0


def run_sms_show(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        status = backend.workstation.sms_provider()
    provider = status.setup
    if not provider.is_http:
        print("texts: SIP MESSAGE over the SIP account (the demo line when none is set up)")
        return 0
    token = "yes" if status.token_saved else "NO — run `kixie-desktop sms-provider http` again"
    print(f"texts: SMS provider, account {provider.account_id}, from {provider.from_number}, "
          f"{provider.base_url or 'Twilio'}\ntoken in keyring: {token}")
    return 0


def run_sms_test(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        to = backend.workstation.send_test_sms(backend.actor(), args.to)
    print(f"the provider took the test text to {to}")
    return 0
