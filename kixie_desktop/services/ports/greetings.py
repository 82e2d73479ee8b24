"""The greetings port: each person's voicemail greetings as WAV files on this computer, with
their names and lengths (``config.greeting_files`` keeps them in the user data directory).

Blocking file work: call it from a worker thread. Every refusal is a ``ValidationError``
naming the field a form shows it next to.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from kixie_desktop.domain.greetings import Greeting, GreetingOwner


class GreetingFiles(Protocol):
    def list(self, owner: GreetingOwner) -> list[Greeting]:
        """Oldest first; a greeting whose file has gone missing is left out."""
        ...

    def add(self, owner: GreetingOwner, name: str, source: Path, *, keep_source: bool = True) -> Greeting:
        """Check ``source`` is a WAV a call can play (``domain.greetings.check_playable``) and
        keep a copy as the owner's greeting ``name`` (a stereo file keeps its first channel);
        ``keep_source`` False moves it instead (a recording made for the purpose)."""
        ...

    def recording_path(self, owner: GreetingOwner) -> Path:
        """A fresh file to record a new greeting into, in the owner's folder."""
        ...

    def remove(self, owner: GreetingOwner, greeting_id: str) -> None:
        """Forget the greeting and delete its file; ``NotFound`` when it is not the owner's."""
        ...
