"""``GreetingDirectory``: voicemail greetings in the user data directory, as the services'
``GreetingFiles`` port.

``<data>/greetings/<account>-<user>/`` holds one person's WAV files and ``greetings.json``,
the list of them (id, name, file, length, when made), written atomically after each change.
The list lives beside the files rather than in the database (docs/decisions.md, 48): the
files exist on this computer only, and a row in a shared database would offer them on
workstations that do not have them. Any thread; one lock serialises changes.
"""

from __future__ import annotations

import json
import shutil
import threading
import uuid
import wave
from array import array
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kixie_desktop.config.wav_files import wav_format
from kixie_desktop.domain.errors import NotFound
from kixie_desktop.domain.greetings import AudioFormat, Greeting, GreetingOwner, check_playable, greeting_name

INDEX = "greetings.json"


class GreetingDirectory:
    """Implements ``services.ports.greetings.GreetingFiles``."""

    def __init__(self, data_dir: Path) -> None:
        self._root = data_dir / "greetings"
        self._lock = threading.Lock()

    def _folder(self, owner: GreetingOwner) -> Path:
        return self._root / f"{owner.account_id}-{owner.user_id}"

    def _read(self, owner: GreetingOwner) -> list[dict[str, Any]]:
        index = self._folder(owner) / INDEX
        if not index.exists():
            return []
        entries: list[dict[str, Any]] = json.loads(index.read_text(encoding="utf-8"))
        return entries

    def _write(self, owner: GreetingOwner, entries: list[dict[str, Any]]) -> None:
        folder = self._folder(owner)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f"{INDEX}.tmp"
        tmp.write_text(json.dumps(entries, indent=1), encoding="utf-8")
        tmp.replace(folder / INDEX)  # a crash never leaves half a list

    def _greeting(self, owner: GreetingOwner, entry: dict[str, Any]) -> Greeting:
        return Greeting(entry["id"], entry["name"], float(entry["seconds"]),
                        str(self._folder(owner) / entry["file"]), datetime.fromisoformat(entry["created"]))

    def list(self, owner: GreetingOwner) -> list[Greeting]:
        with self._lock:
            greetings = [self._greeting(owner, e) for e in self._read(owner)]
        return [g for g in greetings if Path(g.path).exists()]

    def add(self, owner: GreetingOwner, name: str, source: Path, *, keep_source: bool = True) -> Greeting:
        audio = wav_format(source)
        check_playable(audio)
        greeting_id = uuid.uuid4().hex[:12]
        with self._lock:
            entries = self._read(owner)
            tidy = greeting_name(name, [e["name"] for e in entries])
            folder = self._folder(owner)
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{greeting_id}.wav"
            _store(source, target, audio, keep_source)
            entries.append({"id": greeting_id, "name": tidy, "file": target.name, "seconds": round(audio.seconds, 3),
                            "created": datetime.now(UTC).isoformat()})
            self._write(owner, entries)
            return self._greeting(owner, entries[-1])

    def recording_path(self, owner: GreetingOwner) -> Path:
        folder = self._folder(owner)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"recording-{uuid.uuid4().hex[:12]}.wav"

    def remove(self, owner: GreetingOwner, greeting_id: str) -> None:
        with self._lock:
            entries = self._read(owner)
            found = [e for e in entries if e["id"] == greeting_id]
            if not found:
                raise NotFound("that greeting is not there any more", field="greeting")
            self._write(owner, [e for e in entries if e["id"] != greeting_id])
            (self._folder(owner) / found[0]["file"]).unlink(missing_ok=True)


def _store(source: Path, target: Path, audio: AudioFormat, keep_source: bool) -> None:
    """Copy (or move) a mono WAV as it is; a multi-channel one as its first channel, since the
    call's audio is mono and a voice recorded in stereo is the same on both sides."""
    if audio.channels == 1:
        (shutil.copyfile if keep_source else shutil.move)(source, target)
        return
    with wave.open(str(source), "rb") as wav:
        samples = array("h", wav.readframes(audio.frames))
    with wave.open(str(target), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(audio.sample_rate)
        out.writeframes(samples[0::audio.channels].tobytes())
    if not keep_source:
        source.unlink(missing_ok=True)
