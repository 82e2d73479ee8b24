"""The call-recordings port: WAV files of recorded calls in this computer's user data
directory (``config.recording_files``), named relative to its recordings folder so a call
record on a shared database names the file the same way on every computer.

Blocking file work: call it from a worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from kixie_desktop.domain.greetings import GreetingOwner


class CallRecordingFiles(Protocol):
    def new_file(self, owner: GreetingOwner) -> tuple[str, Path]:
        """A fresh name for a call recording of ``owner``'s ("<account>-<user>/<id>.wav"), and
        where on this computer to record it (its folder made)."""
        ...

    def path(self, name: str) -> Path | None:
        """Where the recording ``name`` is on this computer; None when it is not here."""
        ...

    def seconds(self, name: str) -> float | None:
        """The recording's length, once pjmedia has finished the file; None when it is not here."""
        ...

    def names(self) -> list[str]:
        """Every recording on this computer, by name."""
        ...

    def delete(self, name: str) -> None:
        """Delete the recording (nothing when it is not on this computer)."""
        ...
