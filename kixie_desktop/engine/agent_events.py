"""What the agent's session hears and what it answers: the events a front end forwards to
``AgentSession.handle`` and the commands it carries out.

Events are facts, named in the past tense: what the agent chose (a key or a click), what a
service call answered, what the clock says. The softphone's own events
(``CallStateChanged``, ``MediaStateChanged``, ``IncomingCallReceived``) are forwarded as
they come. Commands are decisions as values: a service call to make, a softphone command
to send, something to show. A command whose outcome the session needs (``AcceptPrompt``,
``PlaceCall``, ``OpenCallRecord``…) names the event its outcome comes back as. Pure
values: no I/O, no clock.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from kixie_desktop.domain.calls import CallState
from kixie_desktop.domain.ids import ActionRunId, DispositionId
from kixie_desktop.domain.powercall import CallEnd, CallPrompt, CallTask, IncomingRing
from kixie_desktop.domain.roles import Availability

# -- events: what the agent chose ------------------------------------------------------------


@dataclass(frozen=True)
class AvailabilityChosen:
    availability: Availability


@dataclass(frozen=True)
class AcceptChosen:
    """Take this prompt; with no ``run_id`` (the Accept key, the Answer button): answer the
    ringing call if one rings here, else take the top prompt."""

    run_id: ActionRunId | None = None


@dataclass(frozen=True)
class SkipChosen:
    """Pass on this prompt; with no ``run_id`` (the Skip key, the Decline button): decline
    the ringing call if one rings here, else skip the top prompt."""

    run_id: ActionRunId | None = None


@dataclass(frozen=True)
class ManualDialChosen:
    phone: str  # E.164, already checked


@dataclass(frozen=True)
class HangUpChosen:
    pass


@dataclass(frozen=True)
class MuteChosen:
    """Mute, or unmute when muted."""


@dataclass(frozen=True)
class HoldChosen:
    """Hold, or resume when on hold."""


@dataclass(frozen=True)
class DispositionChosen:
    disposition_id: DispositionId
    notes: str = ""


@dataclass(frozen=True)
class VoicemailDropChosen:
    """The call reached a voicemail box: play this greeting into it and move on."""

    wav_path: str


# -- events: what the services, the phone and the clock answered -----------------------------


@dataclass(frozen=True)
class PromptsFetched:
    prompts: tuple[CallPrompt, ...]


@dataclass(frozen=True)
class ClockTicked:
    now: datetime


@dataclass(frozen=True)
class AcceptSucceeded:
    task: CallTask


@dataclass(frozen=True)
class AcceptRefused:
    run_id: ActionRunId
    message: str


@dataclass(frozen=True)
class CallStarted:
    """``PlaceCall`` went to the softphone; its progress comes as telephony events."""

    call_id: str


@dataclass(frozen=True)
class CallNotStarted:
    message: str


@dataclass(frozen=True)
class InboundRouted:
    """The answer to ``RouteInbound``."""

    call_id: str
    ring: IncomingRing


@dataclass(frozen=True)
class RecordOpened:
    call_id: str
    record_id: int


@dataclass(frozen=True)
class RecordNotOpened:
    call_id: str


@dataclass(frozen=True)
class CallFinished:
    said: str  # what happened to the enrollment, in words


@dataclass(frozen=True)
class FinishRefused:
    message: str


@dataclass(frozen=True)
class VoicemailLeft:
    """The answer to ``LeaveVoicemail``: *Left Voicemail* is saved."""

    call_id: str
    said: str  # what happened to the enrollment, in words


@dataclass(frozen=True)
class VoicemailRefused:
    call_id: str
    message: str


# -- commands --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreAvailability:
    availability: Availability


@dataclass(frozen=True)
class AcceptPrompt:
    """Outcome: ``AcceptSucceeded`` or ``AcceptRefused``."""

    run_id: ActionRunId


@dataclass(frozen=True)
class SkipPrompt:
    prompt_id: int


@dataclass(frozen=True)
class PlaceCall:
    """Outcome, at once: ``CallStarted`` or ``CallNotStarted``. ``caller_id``: the number the
    call is placed from (local presence), None for the account's own."""

    phone: str
    caller_id: str | None = None


class PhoneAction(enum.Enum):
    ANSWER = "answer"
    DECLINE = "decline"  # 486 Busy Here
    HANG_UP = "hang_up"
    MUTE = "mute"
    UNMUTE = "unmute"
    HOLD = "hold"
    RESUME = "resume"
    RING = "ring"  # the ring tone, while the call rings here; it stops by itself


@dataclass(frozen=True)
class PhoneCommand:
    """A softphone command; what it changed comes back as telephony events."""

    action: PhoneAction
    call_id: str


@dataclass(frozen=True)
class OpenCallRecord:
    """An outbound call left: count the touch, open its record. Outcome: ``RecordOpened``
    or ``RecordNotOpened``."""

    call_id: str
    run_id: ActionRunId | None
    phone: str
    caller_id: str | None


@dataclass(frozen=True)
class OpenInboundRecord:
    """An inbound call was answered here. Outcome: ``RecordOpened`` or ``RecordNotOpened``."""

    call_id: str
    from_number: str
    to_number: str


@dataclass(frozen=True)
class CloseCallRecord:
    """A call that needs no disposition (manual, inbound) ended."""

    record_id: int
    end: CallEnd


@dataclass(frozen=True)
class FinishCall:
    """Close the cadence call's record and save its disposition, in one transaction.
    ``record_id`` is None when the call never started or its record could not be opened.
    Outcome: ``CallFinished`` or ``FinishRefused``."""

    run_id: ActionRunId
    disposition_id: DispositionId
    notes: str
    record_id: int | None
    end: CallEnd | None


@dataclass(frozen=True)
class DropVoicemail:
    """Play the greeting into the call, off the agent's devices; the softphone hangs up when it
    has played (the end comes as ``CallStateChanged``)."""

    call_id: str
    wav_path: str


@dataclass(frozen=True)
class LeaveVoicemail:
    """Save *Left Voicemail* for the dropped cadence call (its record is closed at its end).
    Outcome: ``VoicemailLeft`` or ``VoicemailRefused``."""

    call_id: str
    run_id: ActionRunId
    record_id: int | None


@dataclass(frozen=True)
class RouteInbound:
    """Ask whether this agent should hear the call. Outcome: ``InboundRouted``."""

    call_id: str
    number: str


@dataclass(frozen=True)
class AttachCall:
    """Show the call box for a new call."""

    call_id: str
    label: str
    state: CallState


@dataclass(frozen=True)
class DetachCall:
    pass


@dataclass(frozen=True)
class OpenDisposition:
    """Open the disposition form afresh (nothing chosen, no notes)."""

    party: str


@dataclass(frozen=True)
class Say:
    """One line for the status line: what happened."""

    text: str


@dataclass(frozen=True)
class Warn:
    """One line for the message line: what went wrong."""

    text: str


Command = (StoreAvailability | AcceptPrompt | SkipPrompt | PlaceCall | PhoneCommand | OpenCallRecord
           | OpenInboundRecord | CloseCallRecord | FinishCall | DropVoicemail | LeaveVoicemail | RouteInbound
           | AttachCall | DetachCall | OpenDisposition | Say | Warn)
