"""A real keyring for the test process: GNOME Keyring's Secret Service on a private D-Bus
session bus, unlocked with a throwaway password (the guide's recipe, started by the test
session itself so plain ``pytest`` gets it too, and so no test can reach the developer's own
login keyring).

Secrets go through the same ``keyring`` backend the product uses on a Linux desktop, so a
test that says "the password is in the keyring" reads it back from a Secret Service, and
``config/secrets.py``'s refusal of insecure backends is exercised as it is, never weakened.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import keyring
import secretstorage
from jeepney.wrappers import DBusErrorResponse
from keyring.backends import SecretService

from kixie_desktop.config.secrets import SERVICE

INSTALL_HINT = ("the tests keep secrets in a real keyring: install D-Bus and GNOME Keyring "
                "(Debian: apt-get install dbus-daemon gnome-keyring)")


# A session bus without service directories: nothing is started on demand, so the one
# Secret Service on it is the unlocked daemon started here (an activated second daemon,
# locked, would take the name first when a test asks early).
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class PrivateSecretService:
    """A ``dbus-daemon`` and a ``gnome-keyring-daemon`` owned by this test session."""

    def __init__(self) -> None:
        missing = [tool for tool in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(tool) is None]
        if missing:
            raise RuntimeError(f"{', '.join(missing)} not found: {INSTALL_HINT}")
        self._dir = Path(tempfile.mkdtemp(prefix="kixie-keyring-"))
        runtime = self._dir / "run"
        runtime.mkdir(mode=0o700)
        config = self._dir / "bus.conf"
        config.write_text(BUS_CONFIG.format(dir=self._dir))
        self._bus = subprocess.Popen(["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile",
                                      "--print-address=1"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True)
        assert self._bus.stdout is not None
        self.address = self._bus.stdout.readline().strip()
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": self.address, "HOME": str(self._dir),
               "XDG_RUNTIME_DIR": str(runtime), "XDG_DATA_HOME": str(self._dir / "data")}
        self._daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        assert self._daemon.stdin is not None
        self._daemon.stdin.write(b"throwaway-test-password")  # read up to end of input
        self._daemon.stdin.close()
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = self.address  # this process and every child
        self._connection = secretstorage.dbus_init()
        self._wait_until_serving()

    def _wait_until_serving(self) -> None:
        deadline = time.monotonic() + 10
        while True:
            # The daemon answers on the bus a moment before it has made the "login" collection
            # from the password; asking for the default one earlier would try to create it.
            try:
                secretstorage.Collection(self._connection).is_locked()
                return
            except (secretstorage.exceptions.SecretServiceNotAvailableException,
                    secretstorage.exceptions.ItemNotFoundException, DBusErrorResponse):
                if self._daemon.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"GNOME Keyring did not start on the test bus: {INSTALL_HINT}") from None
                time.sleep(0.05)

    def backend(self) -> SecretService.Keyring:
        return SecretService.Keyring()

    def _ours(self) -> Iterator[secretstorage.Item]:
        yield from secretstorage.Collection(self._connection).search_items({"service": SERVICE})

    @property
    def secrets(self) -> dict[tuple[str, str], str]:
        """What the product has stored, read back from the Secret Service: ``(service, name) → secret``."""
        return {(SERVICE, item.get_attributes()["username"]): item.get_secret().decode() for item in self._ours()}

    def clear(self) -> None:
        for item in list(self._ours()):
            item.delete()

    def stop(self) -> None:
        with closing(self._connection):
            pass
        for process in (self._daemon, self._bus):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(self._dir, ignore_errors=True)


def use(service: PrivateSecretService) -> Iterator[PrivateSecretService]:
    """For one test: the Secret Service as the keyring, emptied afterwards (a test that swaps
    in another backend gets this one back)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(service.backend())
    try:
        yield service
    finally:
        keyring.set_keyring(previous)
        service.clear()
