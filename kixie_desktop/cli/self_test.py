"""``kixie-desktop --self-test``: does this installation work? Checked on a scratch workspace.

Meant for a fresh install (the PyInstaller bundle runs it in CI, ``make package-test``) and
for support on a workstation: it never touches the person's workspace. Everything it writes
— configuration, database, logs, window state — goes to a temporary directory
(``KIXIE_HOME``), removed at the end; it reads no secret. In order, it:

1. opens a scratch SQLite database and migrates it (the Alembic migrations are there and
   run), then seeds the demo workspace;
2. starts the desktop app offscreen on it and waits until the Cadences table is painted
   with the demo's rows, and finds the Qt platform plugins the system needs (xcb on
   Linux, windows, cocoa) besides offscreen, with their libraries loadable;
3. loads pjsua2, starts the softphone and calls the built-in demo line, as
   ``kixie-desktop call --demo`` does, until the line answers; then hangs up.

It prints one line per check and exits 0; at the first failure, one line saying which check
failed and why, and exit code 1.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import queue
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from kixie_desktop.app import qt_platform_plugins, run_app
from kixie_desktop.cli.parsing import PROG
from kixie_desktop.composition import open_backend
from kixie_desktop.domain.calls import CallState, CallStateChanged
from kixie_desktop.logging_setup import configure_logging
from kixie_desktop.storage.migrate import current_revision, head_revision
from kixie_desktop.telephony.demo_peer import DemoPeerThread
from kixie_desktop.telephony.sip_config import SoftphoneOptions
from kixie_desktop.telephony.softphone import PjSoftphone

DEMO_NUMBER = "+15125550100"
CALL_TIMEOUT_S = 20.0
# What each system's windows need, besides the offscreen plugin every check here uses.
NEEDED_PLATFORMS = {"linux": ("offscreen", "xcb"), "win32": ("offscreen", "windows"),
                    "darwin": ("offscreen", "cocoa")}
# Settings that would point the check at the person's own workspace.
_PERSONAL = ("KIXIE_DATABASE_URL", "KIXIE_USER", "KIXIE_API_HOST", "KIXIE_API_PORT")


class SelfTestFailed(Exception):
    """A check failed; the message says why, in one line."""


def run_self_test(*, verbose: bool = False) -> int:
    with tempfile.TemporaryDirectory(prefix="kixie-self-test-", ignore_cleanup_errors=True) as tmp, \
            _scratch_environment(Path(tmp)):
        configure_logging(verbose=verbose)
        print(f"{PROG} self-test, in a scratch directory ({tmp})")
        return run_checks([("database", check_database), ("window", check_window), ("phone", check_phone)])


def run_checks(checks: Sequence[tuple[str, Callable[[], str]]]) -> int:
    """Run ``checks`` in order, each returning what it saw; stop at the first that raises."""
    for name, check in checks:
        started = time.monotonic()
        try:
            detail = check()
        except Exception as exc:  # noqa: BLE001 - any failure is the answer, in one line
            reason = " ".join(str(exc).split()) or type(exc).__name__
            print(f"{PROG}: self-test failed: {name}: {reason}", file=sys.stderr)
            return 1
        print(f"ok  {name}: {detail} ({(time.monotonic() - started) * 1000:.0f} ms)", flush=True)
    print("self-test passed")
    return 0


@contextlib.contextmanager
def _scratch_environment(home: Path) -> Iterator[None]:
    """Point every file the app keeps at ``home``, offscreen, for the checks' duration."""
    wanted = {"KIXIE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    saved = {name: os.environ.get(name) for name in (*wanted, *_PERSONAL)}
    for name in _PERSONAL:
        os.environ.pop(name, None)
    os.environ.update(wanted)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def check_database() -> str:
    backend = open_backend()
    try:
        revision = current_revision(backend.db)
        if revision != head_revision():
            raise SelfTestFailed(f"the schema is at {revision}, not at {head_revision()}")
        if not backend.seed_demo():
            raise SelfTestFailed("the scratch database already had a workspace")
        cadences = len(backend.cadences.list(backend.actor()))
    finally:
        backend.close()
    return f"scratch SQLite database migrated to schema {revision}; demo workspace with {cadences} cadences"


def check_window() -> str:
    painted: list[int] = []
    code = run_app(when_painted=painted.append)
    if code != 0 or not painted:
        raise SelfTestFailed(f"the app ended with code {code} before its window was painted")
    if painted[0] == 0:
        raise SelfTestFailed("the Cadences table was painted empty")
    plugins = qt_platform_plugins()
    needed = NEEDED_PLATFORMS.get(sys.platform, ("offscreen",))
    missing = [name for name in needed if name not in plugins]
    if missing:
        raise SelfTestFailed(f"Qt platform plugins missing: {', '.join(missing)} "
                             f"(found {', '.join(sorted(plugins)) or 'none'})")
    for name in needed:
        _load_library(plugins[name], f"the {name} platform plugin")
    return f"painted offscreen with {painted[0]} cadences; platform plugins {', '.join(needed)} load"


def _load_library(path: Path, what: str) -> None:
    """Load a Qt plugin as a plain library: every library it needs must be found (in the
    bundle or on the system). Qt would only say so when the window opens."""
    try:
        ctypes.CDLL(str(path))
    except OSError as exc:
        raise SelfTestFailed(f"{what} does not load: {exc}") from None


def check_phone() -> str:
    events: queue.SimpleQueue[object] = queue.SimpleQueue()
    phone = PjSoftphone(events.put, SoftphoneOptions(null_audio=True))
    phone.start().result(15)
    try:
        with DemoPeerThread(ring_s=0.2) as line:
            states = _call_until_answered(phone, line.uri_for(DEMO_NUMBER), events)
    finally:
        phone.stop().result(15)
    return f"pjsua2 loaded; the demo line answered a call ({' → '.join(states)})"


def _call_until_answered(phone: PjSoftphone, uri: str, events: queue.SimpleQueue[object]) -> list[str]:
    """Place the call, hang up once it connects; the states it went through, in order."""
    call_id = phone.place_call(uri, account_id=phone.LOCAL_ACCOUNT_ID, no_answer_timeout_s=CALL_TIMEOUT_S)
    states: list[str] = []
    deadline = time.monotonic() + CALL_TIMEOUT_S + 10
    while time.monotonic() < deadline:
        try:
            event = events.get(timeout=0.1)
        except queue.Empty:
            continue
        if not isinstance(event, CallStateChanged) or event.call_id != call_id:
            continue
        states.append(event.state.value)
        if event.state is CallState.CONNECTED:
            phone.hangup(call_id)
        elif event.state is CallState.ENDED:
            if CallState.CONNECTED.value not in states:
                raise SelfTestFailed(f"the demo line did not answer: {event.reason or 'no reason given'}")
            return states
    raise SelfTestFailed("the call to the demo line did not end in time")
