"""Secrets, enumerated: after a real run with every kind of secret configured — a SIP
password, an HTTP SMS provider token, a CRM token, an API token and a webhook signing
secret — none of them is anywhere but the keyring (and on the wire to whoever needs it):
not in the database file, the config, the logs, an export, or what a command printed.

The run is the product's own: the CLI's commands set things up, the headless engine
takes an enrollment through its API with the token, texts through the provider, syncs the
CRM and delivers the webhook to a local receiver; then every byte under the app's home and
of the exports is searched.
"""

from __future__ import annotations

import io
import signal
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from kixie_desktop.cli.main import main
from kixie_desktop.composition import open_backend
from kixie_desktop.domain.action_table import ActionFilter, ActionSort, SortKey
from kixie_desktop.domain.cadence import CadenceDefinition, CadenceSettings, SmsAction
from tests.cli.test_engine_command import start_engine
from tests.support.http_receiver import Received, Receiver, http_receiver
from tests.support.secret_service import PrivateSecretService

SIP_PASSWORD = "sip-pw-Q7x93kLmZ"
SMS_TOKEN = "sms-tok-Vb81nRt40"
CRM_TOKEN = "pat-na1-crm-Zk29sLq"


def _answer(request: Received) -> tuple[int, Any, dict[str, str]]:
    if "/Messages.json" in request.path:  # the SMS provider takes the text
        return 201, {"sid": "SM0001", "status": "queued"}, {}
    return 200, {"id": "1", "results": [], "total": 0}, {}  # HubSpot-shaped, webhook receiver


def _places(home: Path, extra: list[Path]) -> list[Path]:
    return [p for p in (*home.rglob("*"), *extra) if p.is_file()]


def test_no_secret_outside_the_keyring_after_a_full_run(tmp_path: Path, real_keyring: PrivateSecretService,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("KIXIE_HOME", str(home))
    printed: list[str] = []

    def run(*args: str, stdin: str = "") -> str:
        """A command as typed at the terminal (in this process: quicker than a new one each)."""
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(args))
        out = capsys.readouterr()
        assert code == 0, (args, out.err)
        printed.extend((out.out, out.err))
        return out.out

    with http_receiver() as far_end:
        far_end.answer = _answer
        run("demo")
        run("sip", "configure", "--domain", "127.0.0.1:9", "--username", "alex", "--password-stdin",
            stdin=SIP_PASSWORD + "\n")
        run("sms-provider", "http", "--account-id", "AC123", "--from", "(415) 555-0100", "--base-url", far_end.url,
            "--token-stdin", stdin=SMS_TOKEN + "\n")
        run("crm", "hubspot", "--base-url", far_end.url, "--token-stdin", stdin=CRM_TOKEN + "\n")
        api_token = run("token", "create", "web form").strip()  # alone on stdout, for scripts ...
        printed.pop(-2)  # ... and shown this once: that output is the point of the command

        backend = open_backend()
        admin = backend.actor()
        backend.accounts.update(admin, quiet_hours_guard=False, compliance_profiles=False)
        webhook_secret = backend.webhooks.create(admin, f"{far_end.url}/hooks", ["enrollment.created"]).secret
        queue = backend.directory.queues(admin)[0]
        template = backend.templates.list(admin)[0]
        version = backend.cadences.create(admin, CadenceDefinition(
            CadenceSettings(name="Text at once", queue_id=queue.id), actions=(SmsAction(template.id),)))
        backend.cadences.set_active(admin, version.cadence_id, True)
        secrets = {"SIP password": SIP_PASSWORD, "SMS provider token": SMS_TOKEN, "CRM token": CRM_TOKEN,
                   "API token": api_token, "webhook secret": webhook_secret}

        engine, port = start_engine(home)
        try:
            answer = requests.post(f"http://127.0.0.1:{port}/api/v1/cadences/{version.cadence_id}/enrollments",
                                   json={"phone": "(512) 555-0188", "first_name": "Ivy"},
                                   headers={"Authorization": f"Bearer {api_token}"}, timeout=10)
            assert answer.status_code == 201, answer.text
            _wait(far_end, lambda r: "/Messages.json" in r.path, "the text")
            _wait(far_end, lambda r: r.path == "/hooks", "the webhook")
            _wait(far_end, lambda r: "/crm/" in r.path, "the CRM sync")
        finally:
            engine.send_signal(signal.SIGTERM)
            out, err = engine.communicate(timeout=30)
            printed.extend((out, err))
        # The secrets were used where they belong (so the search below looks for the right text).
        wire = [r.headers.get("authorization", "") for r in far_end.received]
        assert any(CRM_TOKEN in h for h in wire) and any(h.startswith("Basic ") for h in wire)

    csv = tmp_path / "completed.csv"
    backend.action_export.to_file(admin, ActionFilter(inflight=False), ActionSort(SortKey.ID), csv)
    cadence_file = tmp_path / "cadence.json"
    run("cadence", "export", str(version.cadence_id), str(cadence_file))
    backend.close()

    kept = set(real_keyring.secrets.values())
    assert {SIP_PASSWORD, SMS_TOKEN, CRM_TOKEN, webhook_secret} <= kept  # the keyring has them ...
    places = _places(home, [csv, cadence_file])
    assert any(p.suffix == ".db" for p in places) and any(p.suffix == ".log" for p in places)
    for what, secret in secrets.items():  # ... and nothing else does
        found = [str(p.relative_to(tmp_path)) for p in places if secret.encode() in p.read_bytes()]
        assert found == [], f"the {what} was written to {found}"
        assert not any(secret in text for text in printed), f"the {what} was printed"


def _wait(receiver: Receiver, matches: Any, what: str) -> None:
    deadline = time.monotonic() + 30
    while not any(matches(r) for r in list(receiver.received)):
        assert time.monotonic() < deadline, f"{what} never arrived: {[r.path for r in receiver.received]}"
        time.sleep(0.05)
