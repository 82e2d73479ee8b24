"""``GreetingService``: an agent's voicemail greetings — recorded from the microphone or
imported from a WAV file, listed, deleted — which a voicemail drop plays into a call.

Greetings are the person's own files on this computer (the user data directory), like the
workstation's phone set-up (docs/decisions.md, 33 and 48): anyone who works calls keeps their
own, nobody sees another's, and nothing is audited since nothing of the workspace changes.
Recording needs the engine runtime's softphone (``PhoneNotReady`` before it is up); one
recording at a time on this workstation. Blocking: call from a worker thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

from kixie_desktop.domain.errors import PermissionDenied, ValidationError
from kixie_desktop.domain.greetings import Greeting, GreetingOwner, greeting_name
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.greetings import GreetingFiles
from kixie_desktop.services.ports.storage import Store
from kixie_desktop.services.ports.workstation import RunningPhone


class GreetingService(Service):
    def __init__(self, store: Store, clock: Clock, files: GreetingFiles, phone: RunningPhone) -> None:
        super().__init__(store, clock)
        self._files = files
        self._phone = phone
        self._lock = threading.Lock()
        self._recording: tuple[GreetingOwner, Path] | None = None

    @staticmethod
    def _owner(actor: Actor) -> GreetingOwner:
        require(actor, Permission.WORK_CALLS)
        if actor.user_id is None:
            raise PermissionDenied("greetings belong to a person: sign in as one")
        return GreetingOwner(actor.account_id, actor.user_id)

    def greetings(self, actor: Actor) -> list[Greeting]:
        return self._files.list(self._owner(actor))

    def import_wav(self, actor: Actor, name: str, path: str) -> Greeting:
        """Keep a copy of a WAV file as a greeting called ``name``."""
        return self._files.add(self._owner(actor), name, Path(path))

    def delete(self, actor: Actor, greeting_id: str) -> None:
        self._files.remove(self._owner(actor), greeting_id)

    @property
    def recording(self) -> bool:
        return self._recording is not None

    def start_recording(self, actor: Actor) -> None:
        """Start recording a new greeting from the microphone."""
        owner = self._owner(actor)
        with self._lock:
            if self._recording is not None:
                raise ValidationError("a greeting is already being recorded: stop it first", field="record")
            path = self._files.recording_path(owner)
            self._phone.start_recording(str(path))
            self._recording = (owner, path)

    def finish_recording(self, actor: Actor, name: str) -> Greeting:
        """Stop and keep the recording as ``name``. A name refused leaves it recording (fix the
        name, stop again); a recording too short to be a message is thrown away."""
        owner = self._owner(actor)
        greeting_name(name, [g.name for g in self._files.list(owner)])
        path = self._stop(owner)
        try:
            return self._files.add(owner, name, path, keep_source=False)
        except ValidationError as refused:
            path.unlink(missing_ok=True)
            raise ValidationError(refused.message, field="record") from None

    def cancel_recording(self, actor: Actor) -> None:
        """Stop and throw the recording away."""
        self._stop(self._owner(actor)).unlink(missing_ok=True)

    def _stop(self, owner: GreetingOwner) -> Path:
        with self._lock:
            recording, self._recording = self._recording, None
            if recording is None or recording[0] != owner:
                self._recording = recording
                raise ValidationError("no greeting is being recorded", field="record")
            self._phone.stop_recording()
            return recording[1]
