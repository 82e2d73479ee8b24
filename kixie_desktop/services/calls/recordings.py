"""``CallRecordingService``: call recording when the account asks for it (its recording-consent
setting, off by default) — which calls are recorded and where, the notice the agent reads
first, each recording's length on its call record, and the file to play from the contact's
history.

The recording itself is the softphone's (``record_call``: both directions, one WAV); the file
lives in the user data directory of the computer that made the call (``CallRecordingFiles``),
its name on the call record. Blocking: call from a worker thread.
"""

from __future__ import annotations

from kixie_desktop.domain.errors import NotFound, PermissionDenied
from kixie_desktop.domain.greetings import GreetingOwner
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.ports.recordings import CallRecordingFiles
from kixie_desktop.services.ports.storage import Store

# What the agent says first on a recorded call: the recording then holds the notice itself.
CONSENT_NOTICE = "This call may be recorded for quality and training purposes."
ELSEWHERE = "this recording is kept on the computer the call was made from"


class CallRecordingService(Service):
    def __init__(self, store: Store, clock: Clock, files: CallRecordingFiles) -> None:
        super().__init__(store, clock)
        self._files = files

    def notice(self, actor: Actor) -> str | None:
        """The consent notice to read at the start of each call, when the account records them."""
        require(actor, Permission.WORK_CALLS)
        with self._store.read() as uow:
            return CONSENT_NOTICE if uow.accounts.get(actor.account_id).recording_consent else None

    def begin(self, actor: Actor, record_id: int) -> str | None:
        """Where to record the call of ``record_id`` (its record now names the file), or None
        when the account does not record calls."""
        require(actor, Permission.WORK_CALLS)
        if actor.user_id is None:
            raise PermissionDenied("calls are recorded for the person on them: sign in as one")
        with self._store.write() as uow:
            if not uow.accounts.get(actor.account_id).recording_consent:
                return None
            name, path = self._files.new_file(GreetingOwner(actor.account_id, actor.user_id))
            uow.calls.set_recording(record_id, name)  # named before the file exists (see sweep)
        return str(path)

    def finish(self, actor: Actor, record_id: int) -> float | None:
        """After the call ended: note the recording's length on its record (None: not recorded,
        or its file is not on this computer)."""
        require(actor, Permission.WORK_CALLS)
        with self._store.read() as uow:
            name = uow.calls.recording_file(record_id)
        if name is None:
            return None
        seconds = self._files.seconds(name)  # outside any transaction: it may wait for pjmedia
        with self._store.write() as uow:
            uow.calls.set_recording_seconds(record_id, seconds)
        return seconds

    def playable(self, actor: Actor, recording_file: str) -> str:
        """The file to play for a recording listed in a contact's history."""
        require(actor, Permission.VIEW)
        path = self._files.path(recording_file)
        if path is None:
            raise NotFound(ELSEWHERE, field="recording")
        return str(path)

    def sweep(self) -> int:
        """Delete the recordings on this computer that no call record names any more (their
        contact was deleted, maybe on another workstation); returns how many. Run by the
        engine runtime when it starts. A recording being made is always named first (``begin``
        writes the name before the softphone creates the file), so it is never swept."""
        names = self._files.names()
        if not names:
            return 0
        with self._store.read() as uow:
            known = uow.calls.known_recording_files(names)
        orphans = [n for n in names if n not in known]
        for name in orphans:
            self._files.delete(name)
        return len(orphans)
