"""PowerCall values: a call prompt offered to an agent, an accepted one, whether an inbound
call rings here, how a call ended, and whose number a SIP address is.

The PowerCall service returns them, the agent's session (``engine/agent_session.py``)
takes them as facts, and the front ends render them. Pure values: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.ids import ActionRunId, CadenceId


# The disposition a voicemail drop saves (one of the defaults: domain/directory.py).
LEFT_VOICEMAIL = "Left Voicemail"


@dataclass(frozen=True)
class CallPrompt:
    """A call the engine asks this agent to make."""

    prompt_id: int
    run_id: ActionRunId
    contact: Contact
    cadence_id: CadenceId
    cadence_name: str
    attempt: int
    expires_at: datetime


@dataclass(frozen=True)
class IncomingRing:
    """Whether this workstation's user should hear an inbound call, and who is calling."""

    ring: bool
    contact: Contact | None
    reason: str


@dataclass(frozen=True)
class CallTask:
    """An accepted prompt: whom to dial, and from which number."""

    run_id: ActionRunId
    contact: Contact
    caller_id: str | None


@dataclass(frozen=True)
class CallEnd:
    """How a call ended, as the softphone reported it: the SIP status and reason, when it
    was answered (None if never) and when it ended. Talk time is ``ended_at - connected_at``."""

    sip_status: int | None
    reason: str | None
    connected_at: datetime | None
    ended_at: datetime


def caller_number(uri: str) -> str:
    """'"Olivia" <sip:+15125550100@host;x=y>' -> '+15125550100': who an inbound call is from
    (or to), as the ringing banner and the call record name them."""
    inner = uri.split("<", 1)[-1].split(">", 1)[0]
    user = inner.split(":", 1)[-1].split("@", 1)[0]
    return user.split(";", 1)[0] or uri
