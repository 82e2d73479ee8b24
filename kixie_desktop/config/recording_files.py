"""``RecordingDirectory``: recorded calls as WAV files in the user data directory, as the
services' ``CallRecordingFiles`` port — ``<data>/recordings/<account>-<user>/<id>.wav``.

A name is the path under ``recordings/``; one that would lead out of it (a record written by
something else) is treated as not here. Any thread but the SIP thread.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from kixie_desktop.config.wav_files import wav_format
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.greetings import GreetingOwner


class RecordingDirectory:
    """Implements ``services.ports.recordings.CallRecordingFiles``."""

    def __init__(self, data_dir: Path) -> None:
        self._root = (data_dir / "recordings").resolve()

    def new_file(self, owner: GreetingOwner) -> tuple[str, Path]:
        folder = f"{owner.account_id}-{owner.user_id}"
        (self._root / folder).mkdir(parents=True, exist_ok=True)
        name = f"{folder}/{uuid.uuid4().hex}.wav"
        return name, self._root / name

    def _inside(self, name: str) -> Path | None:
        path = (self._root / name).resolve()
        return path if path.is_relative_to(self._root) and path != self._root else None

    def path(self, name: str) -> Path | None:
        path = self._inside(name)
        return path if path is not None and path.is_file() else None

    def seconds(self, name: str) -> float | None:
        path = self.path(name)
        if path is None:
            return None
        try:
            return round(wav_format(path).seconds, 3)
        except ValidationError:
            return None  # not a WAV we read (the call ended before any audio): no length to show

    def names(self) -> list[str]:
        if not self._root.is_dir():
            return []
        return sorted(p.relative_to(self._root).as_posix() for p in self._root.glob("*/*.wav"))

    def delete(self, name: str) -> None:
        path = self._inside(name)
        if path is not None:
            path.unlink(missing_ok=True)
