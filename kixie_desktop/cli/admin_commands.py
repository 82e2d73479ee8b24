"""Provisioning from the command line: `account show|set`, `user`, `team` and `queue`
`add|list`; `user|team|queue edit` and `user deactivate|activate` (templates and
dispositions: ``vocabulary_commands``).

Everything goes through the same services as the settings window, with the same role
checks and audit entries; people, teams and queues are named as a person would name them
(e-mails, team and queue names), never by id. A bad value is one line and exit 2.
"""

from __future__ import annotations

import argparse
from typing import Any, TypeVar

from kixie_desktop.cli.api_commands import table
from kixie_desktop.cli.parsing import on_off
from kixie_desktop.composition import Backend, opened_backend
from kixie_desktop.domain.directory import Account, Queue, Team, User
from kixie_desktop.domain.errors import NotFound, ValidationError
from kixie_desktop.domain.harassment import HarassmentRules, PeriodUnit, RateLimit
from kixie_desktop.domain.holidays import describe as describe_holidays
from kixie_desktop.domain.holidays import parse_holidays
from kixie_desktop.domain.ids import TeamId, UserId
from kixie_desktop.domain.roles import Actor, Role
from kixie_desktop.domain.wording import plural


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _limit(text: str, field: str) -> RateLimit | None:
    """'3/1d', '2 per 1 day', 'off'."""
    value = text.strip().lower().replace(" per ", "/").replace(" ", "")
    if value in ("off", "none", ""):
        return None
    units = {"m": PeriodUnit.MINUTES, "min": PeriodUnit.MINUTES, "minutes": PeriodUnit.MINUTES,
             "h": PeriodUnit.HOURS, "hour": PeriodUnit.HOURS, "hours": PeriodUnit.HOURS,
             "d": PeriodUnit.DAYS, "day": PeriodUnit.DAYS, "days": PeriodUnit.DAYS}
    count, _, period = value.partition("/")
    amount = period.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = units.get(period[len(amount):])
    if not (count.isdigit() and amount.isdigit() and unit):
        raise ValidationError(f"{text!r}: write a limit as N/period, e.g. 3/1d or 2/12h, or off", field=field)
    return RateLimit(int(count), int(amount), unit)


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    account = sub.add_parser("account", help="the account's settings")
    account_sub = account.add_subparsers(dest="account_command", required=True, metavar="{show,set}")
    account_sub.add_parser("show", help="print every account setting").set_defaults(handler=run_account_show)
    change = account_sub.add_parser("set", help="change account settings (admins)")
    change.add_argument("--name")
    change.add_argument("--time-zone", dest="timezone")
    change.add_argument("--country", dest="default_region", help="default country for numbers, e.g. US")
    change.add_argument("--default-sender", help="the number texts come from before an agent owns the lead")
    change.add_argument("--prompt-timeout", dest="prompt_timeout_s", type=int, metavar="SECONDS")
    change.add_argument("--quiet-hours", dest="quiet_hours_guard", type=on_off, metavar="on|off")
    change.add_argument("--compliance", dest="compliance_profiles", type=on_off, metavar="on|off")
    change.add_argument("--recording-consent", dest="recording_consent", type=on_off, metavar="on|off")
    change.add_argument("--caller-id-pool", metavar="N1,N2,…", help="local-presence numbers ('' for none)")
    change.add_argument("--holidays", metavar="DAY,…",
                        help="days cadence hours stay closed, in the account's time zone: YYYY-MM-DD for one day, "
                             "MM-DD (month first) for every year, e.g. 2026-11-27,12-25; Feb 29 closes leap years "
                             "only; replaces the list ('' for none)")
    change.add_argument("--call-limit", metavar="N/PERIOD", help="business harassment rule, e.g. 3/1d, or off")
    change.add_argument("--sms-limit", metavar="N/PERIOD", help="business harassment rule, e.g. 2/1d, or off")
    change.set_defaults(handler=run_account_set)

    user = sub.add_parser("user", help="the people of the workspace")
    user_sub = user.add_subparsers(dest="user_command", required=True,
                                   metavar="{add,edit,deactivate,activate,list}")
    add = user_sub.add_parser("add", help="add a user")
    add.add_argument("--name", required=True, help="first and last name, e.g. 'Alex Rivera'")
    add.add_argument("--email", required=True)
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.AGENT.value)
    add.add_argument("--sip-uri", help="their SIP identity, e.g. sip:alex@pbx.example.com")
    add.add_argument("--sender", help="the number their texts come from")
    add.set_defaults(handler=run_user_add)
    edit = user_sub.add_parser("edit", help="change a user (only what you give)")
    edit.add_argument("email", metavar="EMAIL", help="the user's e-mail address now")
    edit.add_argument("--name", help="first and last name, e.g. 'Alex Rivera'")
    edit.add_argument("--email", dest="new_email", help="a new e-mail address")
    edit.add_argument("--role", choices=[r.value for r in Role])
    edit.add_argument("--sip-uri", help="their SIP identity, e.g. sip:alex@pbx.example.com ('' for none)")
    edit.add_argument("--sender", help="the number their texts come from ('' for the account's)")
    edit.set_defaults(handler=run_user_edit)
    for command, verb in (("deactivate", "no sign-in, no new leads or call prompts; history stays"),
                          ("activate", "let a deactivated user sign in and work again")):
        change = user_sub.add_parser(command, help=verb)
        change.add_argument("email", metavar="EMAIL")
        change.set_defaults(handler=run_user_status, activate=command == "activate")
    user_sub.add_parser("list", help="list users").set_defaults(handler=run_user_list)

    team = sub.add_parser("team", help="teams of agents")
    team_sub = team.add_subparsers(dest="team_command", required=True, metavar="{add,edit,list}")
    add = team_sub.add_parser("add", help="add a team")
    add.add_argument("name")
    add.add_argument("--members", default="", metavar="EMAIL,…")
    add.set_defaults(handler=run_team_add)
    edit = team_sub.add_parser("edit", help="rename a team or set its members")
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NEW_NAME")
    edit.add_argument("--members", metavar="EMAIL,…", help="every member, replacing the list ('' for none)")
    edit.set_defaults(handler=run_team_edit)
    team_sub.add_parser("list", help="list teams and their members").set_defaults(handler=run_team_list)

    queue = sub.add_parser("queue", help="queues: the teams a cadence assigns from")
    queue_sub = queue.add_subparsers(dest="queue_command", required=True, metavar="{add,edit,list}")
    add = queue_sub.add_parser("add", help="add a queue")
    add.add_argument("name")
    add.add_argument("--teams", required=True, metavar="TEAM,…")
    add.set_defaults(handler=run_queue_add)
    edit = queue_sub.add_parser("edit", help="rename a queue or set its teams")
    edit.add_argument("name")
    edit.add_argument("--rename", metavar="NEW_NAME")
    edit.add_argument("--teams", metavar="TEAM,…", help="every team, replacing the list (at least one)")
    edit.set_defaults(handler=run_queue_edit)
    queue_sub.add_parser("list", help="list queues and their teams").set_defaults(handler=run_queue_list)


def _yes(flag: bool) -> str:
    return "on" if flag else "off"


def _describe(account: Account) -> list[tuple[str, str]]:
    rules = account.harassment
    return [
        ("Name", account.name), ("Time zone", account.timezone), ("Country", account.default_region),
        ("Default sender", account.default_sender or "—"),
        ("Prompt timeout", f"{account.prompt_timeout_s} s"),
        ("Quiet hours (08:00–21:00)", _yes(account.quiet_hours_guard)),
        ("Compliance profiles", _yes(account.compliance_profiles)),
        ("Record calls", _yes(account.recording_consent)),
        ("Call limit", rules.calls.describe("call") if rules.calls else "none"),
        ("SMS limit", rules.sms.describe("SMS", "SMS") if rules.sms else "none"),
        ("Caller-ID pool", ", ".join(account.caller_id_pool) or "—"),
        ("Holidays", ", ".join(describe_holidays(account.holidays, account.yearly_holidays)) or "—"),
    ]


def run_account_show(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        account = backend.accounts.get(backend.actor())
    print(table(("SETTING", "VALUE"), _describe(account)))
    return 0


def run_account_set(args: argparse.Namespace) -> int:
    keys = ("name", "timezone", "default_region", "default_sender", "prompt_timeout_s", "quiet_hours_guard",
            "compliance_profiles", "recording_consent")
    changes: dict[str, Any] = {k: getattr(args, k) for k in keys if getattr(args, k) is not None}
    if args.caller_id_pool is not None:
        changes["caller_id_pool"] = _split(args.caller_id_pool)
    if args.holidays is not None:
        changes["holidays"], changes["yearly_holidays"] = parse_holidays(_split(args.holidays))
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        if args.call_limit is not None or args.sms_limit is not None:
            rules = backend.accounts.get(actor).harassment
            changes["harassment"] = HarassmentRules(
                calls=_limit(args.call_limit, "call_limit") if args.call_limit is not None else rules.calls,
                sms=_limit(args.sms_limit, "sms_limit") if args.sms_limit is not None else rules.sms)
        if not changes:
            raise ValidationError("say what to change, e.g. --default-sender +15125550100", field="account")
        account = backend.accounts.update(actor, **changes)
    print(table(("SETTING", "VALUE"), _describe(account)))
    return 0


def run_user_add(args: argparse.Namespace) -> int:
    first, _, last = args.name.strip().partition(" ")
    with opened_backend(args.database) as backend:
        user = backend.directory.add_user(backend.actor(), first, last, args.email, Role(args.role),
                                          sip_uri=args.sip_uri, sender_number=args.sender)
    print(f"{user.full_name} <{user.email}> added as {user.role.value}")
    return 0


def run_user_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.name is not None:
        first, _, last = args.name.strip().partition(" ")
        changes.update(first_name=first, last_name=last)
    for option, key in (("new_email", "email"), ("sip_uri", "sip_uri"), ("sender", "sender_number")):
        if getattr(args, option) is not None:
            changes[key] = getattr(args, option)
    if args.role is not None:
        changes["role"] = Role(args.role)
    if not changes:
        raise ValidationError("say what to change, e.g. --role manager or --sender +15125550100", field="user")
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        user = backend.directory.edit_user(actor, _user(backend, actor, args.email).id, **changes)
    print(f"{user.full_name} <{user.email}>: {user.role.value}, SIP identity {user.sip_uri or '—'}, "
          f"sender {user.sender_number or 'the account default'}")
    return 0


def run_user_status(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        found = _user(backend, actor, args.email)
        change = backend.directory.reactivate_user if args.activate else backend.directory.deactivate_user
        user = change(actor, found.id)
    print(f"{user.full_name} <{user.email}>: {_status(user)}")
    return 0


def _status(user: User) -> str:
    return "Active" if user.active else "Deactivated"


def run_user_list(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        users = backend.directory.users(backend.actor())
    print(table(("NAME", "EMAIL", "ROLE", "STATUS", "AVAILABILITY"),
                [(u.full_name, u.email, u.role.value, _status(u), u.availability.value.replace("_", " "))
                 for u in users]))
    return 0


def _user(backend: Backend, actor: Actor, email: str) -> User:
    found = next((u for u in backend.directory.users(actor) if u.email == email.strip().lower()), None)
    if found is None:
        raise NotFound(f"no user with e-mail {email!r}", field="user")
    return found


def _members(backend: Backend, actor: Actor, emails: str) -> list[UserId]:
    by_email = {u.email.lower(): u.id for u in backend.directory.users(actor)}
    members = []
    for email in _split(emails):
        if email.lower() not in by_email:
            raise NotFound(f"no user with e-mail {email!r}", field="members")
        members.append(by_email[email.lower()])
    return members


def _teams(backend: Backend, actor: Actor, names: str) -> list[TeamId]:
    by_name = {t.name: t.id for t in backend.directory.teams(actor)}
    wanted = _split(names)
    missing = [name for name in wanted if name not in by_name]
    if missing:
        raise NotFound(f"no team named {missing[0]!r}", field="teams")
    return [by_name[name] for name in wanted]


Named = TypeVar("Named", Team, Queue)


def _named(items: list[Named], name: str, what: str) -> Named:
    found = next((item for item in items if item.name == name.strip()), None)
    if found is None:
        raise NotFound(f"no {what} named {name!r}", field=what)
    return found


def run_team_add(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        team = backend.directory.add_team(actor, args.name, _members(backend, actor, args.members))
    print(f"team {team.name!r} added with {plural(len(team.member_ids), 'member')}")
    return 0


def run_team_edit(args: argparse.Namespace) -> int:
    if args.rename is None and args.members is None:
        raise ValidationError("say what to change: --rename NEW_NAME and/or --members EMAIL,…", field="team")
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        found = _named(backend.directory.teams(actor), args.name, "team")
        members = _members(backend, actor, args.members) if args.members is not None else None
        team = backend.directory.edit_team(actor, found.id, name=args.rename, member_ids=members)
    print(f"team {team.name!r} has {plural(len(team.member_ids), 'member')}")
    return 0


def run_team_list(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        names = {u.id: u.email for u in backend.directory.users(actor)}
        teams = backend.directory.teams(actor)
    print(table(("TEAM", "MEMBERS"), [(t.name, ", ".join(names[m] for m in t.member_ids)) for t in teams]))
    return 0


def run_queue_add(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        queue = backend.directory.add_queue(actor, args.name, _teams(backend, actor, args.teams))
    print(f"queue {queue.name!r} added")
    return 0


def run_queue_edit(args: argparse.Namespace) -> int:
    if args.rename is None and args.teams is None:
        raise ValidationError("say what to change: --rename NEW_NAME and/or --teams TEAM,…", field="queue")
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        found = _named(backend.directory.queues(actor), args.name, "queue")
        teams = _teams(backend, actor, args.teams) if args.teams is not None else None
        queue = backend.directory.edit_queue(actor, found.id, name=args.rename, team_ids=teams)
    print(f"queue {queue.name!r} assigns from {plural(len(queue.team_ids), 'team')}")
    return 0


def run_queue_list(args: argparse.Namespace) -> int:
    with opened_backend(args.database) as backend:
        actor = backend.actor()
        teams = {t.id: t.name for t in backend.directory.teams(actor)}
        queues = backend.directory.queues(actor)
    print(table(("QUEUE", "TEAMS"), [(q.name, ", ".join(teams[t] for t in q.team_ids)) for q in queues]))
    return 0
