"""The SIP-thread side of the softphone: owns the Endpoint, accounts, calls, buddies.

Every method runs on the SIP thread (``softphone.PjSoftphone`` queues them there);
pjsua2 callbacks arrive here through ``pj_callbacks`` and leave as domain events via
``post`` at once. Call and Account objects live only in this object's registries
and are released here, before ``libDestroy``, in the order pjsua needs.
"""

from __future__ import annotations

import gc
import logging
import time
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime

import pjsua2 as pj

from kixie_desktop.domain.calls import (
    AudioDevice,
    CallDirection,
    CallerIdHeaders,
    CallState,
    CallStateChanged,
    CallTransferProgressed,
    IncomingCallReceived,
    MediaStateChanged,
    RegistrationChanged,
    RingToneChanged,
    SipAccountConfig,
    SipMessageCompleted,
)
from kixie_desktop.domain.errors import TelephonyError
from kixie_desktop.engine.call_state import CallInput, CallStateMachine, IllegalCallTransition
from kixie_desktop.telephony import call_media, sip_config
from kixie_desktop.telephony.caller_identity import caller_identity
from kixie_desktop.telephony.audio_devices import device_id
from kixie_desktop.telephony.ringer import Ringer
from kixie_desktop.telephony.pj_callbacks import PjAccount, PjCall, PjLogWriter, PjPlayer
from kixie_desktop.telephony.sip_messages import MessageRouter
from kixie_desktop.telephony.sip_thread import SipThread

log = logging.getLogger(__name__)

LOCAL_ACCOUNT_ID = "local"
# A voicemail drop hangs up when its greeting has played; should pjmedia never say so (the
# media clock stalled), it hangs up this long after the greeting's own length.
GREETING_GRACE_S = 5.0
_DTMF_DIGITS = set("0123456789*#ABCDabcd")
Clock = Callable[[], datetime]


@dataclass
class _CallEntry:
    call: PjCall
    account_id: str
    machine: CallStateMachine
    muted: bool = False
    media: call_media.MediaSnapshot = field(default_factory=call_media.MediaSnapshot.idle)
    end_override: tuple[int, str] | None = None  # our own verdict, e.g. no-answer 408
    greeting: PjPlayer | None = None  # a voicemail drop's greeting, playing into the call
    recorder: pj.AudioMediaRecorder | None = None  # the call's recording, both directions


class SipCore:
    def __init__(
        self, options: sip_config.SoftphoneOptions, post: Callable[[object], None],
        thread: SipThread, clock: Clock,
    ) -> None:
        self._options, self._post_fn, self._thread, self._clock = options, post, thread, clock
        self._ep: pj.Endpoint | None = None
        self._writer: PjLogWriter | None = None
        self._transports: dict[tuple[int, int], int] = {}
        self._accounts: dict[str, PjAccount] = {}
        # How each account presents a call's caller ID, and the domain of its addresses.
        self._presentation: dict[str, tuple[CallerIdHeaders, str]] = {}
        self._default_account = LOCAL_ACCOUNT_ID
        self._calls: dict[str, _CallEntry] = {}
        self._dead_calls: list[str] = []
        # Unregistered accounts with a MESSAGE still in flight: deleting them now would
        # make pjsua2 assert when that transaction ends, so they wait here.
        self._retired: list[PjAccount] = []
        self.messages = MessageRouter(self._post, clock)
        self.loopback_port = 0
        self._ringer: Ringer | None = None
        self._mic_recorder: pj.AudioMediaRecorder | None = None  # a greeting being recorded

    # ---- lifecycle ----------------------------------------------------------------
    def init(self) -> None:
        opts = self._options
        self._writer = PjLogWriter()
        ep = self._ep = pj.Endpoint()
        ep.libCreate()
        ep.libInit(sip_config.endpoint_config(opts, self._writer))
        # A loopback UDP transport: the demo line's, and the SIP thread's wake-up target.
        tid = ep.transportCreate(
            pj.PJSIP_TRANSPORT_UDP, sip_config.transport_config(0, opts.loopback_host)
        )
        self.loopback_port = int(str(ep.transportGetInfo(tid).localName).rsplit(":", 1)[1])
        ep.libStart()
        if opts.null_audio:
            ep.audDevManager().setNullDev()
        elif opts.microphone or opts.speaker:
            self._use_devices_named(opts.microphone, opts.speaker)
        self._ringer = Ringer(ep)
        if opts.ring_device and not opts.null_audio:
            self.set_ring_device(opts.ring_device)
        local = PjAccount(LOCAL_ACCOUNT_ID, self)
        local.create(sip_config.local_account_config(opts.loopback_host, self.loopback_port, tid))
        self._accounts[LOCAL_ACCOUNT_ID] = local
        self._presentation[LOCAL_ACCOUNT_ID] = (CallerIdHeaders.FROM_AND_PAI,
                                                f"{opts.loopback_host}:{self.loopback_port}")
        self._thread.set_pump(self._pump)
        self._thread.set_wake_target(opts.loopback_host, self.loopback_port)
        log.info("SIP endpoint up, loopback transport on %s:%d", opts.loopback_host,
                 self.loopback_port)

    def _pump(self, timeout_ms: int) -> None:
        assert self._ep is not None
        self._ep.libHandleEvents(timeout_ms)
        self._reap_calls()

    def _reap_calls(self) -> None:
        # Calls are dropped after their DISCONNECTED callback has returned, never in it.
        while self._dead_calls:
            self._calls.pop(self._dead_calls.pop(), None)
        for account in [a for a in self._retired
                        if not self.messages.in_flight_for(a.account_id)]:
            self._retired.remove(account)
            self._delete_account(account)

    def _delete_account(self, account: PjAccount) -> None:
        self.messages.forget_account(account.account_id)
        try:
            account.shutdown()  # pjsua_acc_del: sends the un-REGISTER when registered
        except pj.Error as exc:
            log.warning("deleting account %s failed: %s", account.account_id, exc.reason)

    def shutdown(self) -> None:
        """Ordered teardown: hang up, unregister, release pj objects, destroy the lib."""
        ep = self._ep
        if ep is None:
            return
        if self._calls:
            ep.hangupAllCalls()
            deadline = time.monotonic() + self._options.shutdown_grace_s
            while self._calls and time.monotonic() < deadline:
                self._pump(10)
        self.messages.close()
        for account_id, account in self._accounts.items():
            if account_id != LOCAL_ACCOUNT_ID and account.getInfo().regIsActive:
                try:
                    account.setRegistration(False)  # un-REGISTER, answered before destroy
                except pj.Error as exc:
                    log.warning("unregistering %s failed: %s", account_id, exc.reason)
        deadline = time.monotonic() + self._options.shutdown_grace_s
        while time.monotonic() < deadline and any(
                a.getInfo().regIsActive for a in self._accounts.values()):
            self._pump(10)
        self._calls.clear()  # with them their greeting players
        self._dead_calls.clear()
        self._mic_recorder = None
        if self._ringer is not None:
            self._ringer.close()
            self._ringer = None
        gc.collect()  # Python Call wrappers must be gone before libDestroy
        # Accounts stay valid through libDestroy: a MESSAGE or REGISTER transaction
        # still pending is terminated inside it and pjsua2 looks its account up then
        # (a deleted account trips an assertion in pjsua_acc_get_user_data).
        ep.libDestroy()
        self._accounts.clear()
        self._retired.clear()
        self._ep = None
        del ep
        gc.collect()
        self._writer = None
        log.info("SIP endpoint destroyed")

    # ---- helpers ------------------------------------------------------------------
    @property
    def ep(self) -> pj.Endpoint:
        if self._ep is None:
            raise TelephonyError("the softphone is not running")
        return self._ep

    def _post(self, event: object) -> None:
        try:
            self._post_fn(event)
        except Exception:  # the consumer's bug must not stop SIP processing
            log.exception("posting %s failed", type(event).__name__)

    def account(self, account_id: str | None) -> PjAccount:
        key = account_id or self._default_account
        try:
            return self._accounts[key]
        except KeyError:
            raise TelephonyError(f"no SIP account {key!r}") from None

    def _entry(self, call_id: str) -> _CallEntry:
        try:
            return self._calls[call_id]
        except KeyError:
            raise TelephonyError(f"no active call {call_id!r}") from None

    def _feed(self, call_id: str, entry: _CallEntry, event: CallInput,
              status: int | None, reason: str | None) -> None:
        try:
            tr = entry.machine.handle(event, sip_status=status, reason=reason)
        except IllegalCallTransition as exc:
            log.warning("call %s: %s", call_id, exc)
            return
        if tr.changed:
            self._post(CallStateChanged(call_id, tr.state, status, reason, self._clock()))
            if self._ringer is not None and self._ringer.ringing and not any(
                    e.machine.state is CallState.INCOMING for e in self._calls.values()):
                self._ringer.stop()  # answered, declined or given up: nothing rings any more
                self._post(RingToneChanged(False, self._clock()))
        if tr.state is CallState.ENDED:
            self._dead_calls.append(call_id)

    # ---- accounts -----------------------------------------------------------------
    def register(self, cfg: SipAccountConfig, password: str) -> str:
        ttype = sip_config.transport_type(cfg.transport)
        key = (ttype, cfg.local_port)
        try:
            if key not in self._transports:
                self._transports[key] = self.ep.transportCreate(
                    ttype, sip_config.transport_config(cfg.local_port)
                )
            account_id = uuid.uuid4().hex[:12]
            account = PjAccount(account_id, self)
            self._accounts[account_id] = account
            account.create(sip_config.account_config(cfg, password, self._transports[key]))
            self._presentation[account_id] = (cfg.caller_id_headers, cfg.domain)
        except pj.Error as exc:
            raise sip_config.translate_error(exc, f"registering {cfg.aor}") from None
        self._default_account = account_id
        log.info("SIP account %s created for %s (registrar: %s)", account_id, cfg.aor,
                 cfg.registrar or "none")
        return account_id

    def unregister(self, account_id: str) -> None:
        if account_id == LOCAL_ACCOUNT_ID:
            raise TelephonyError("the loopback account cannot be unregistered")
        account = self._accounts.pop(account_id, None)
        if account is None:
            raise TelephonyError(f"no SIP account {account_id!r}")
        self._presentation.pop(account_id, None)
        if self.messages.in_flight_for(account_id):
            self._retired.append(account)
            if account.getInfo().regIsActive:
                account.setRegistration(False)
        else:
            self._delete_account(account)
        if self._default_account == account_id:
            self._default_account = next(reversed(self._accounts))
        self._post(RegistrationChanged(account_id, False, None, "unregistered", 0, self._clock()))

    def on_reg_state(self, account_id: str, code: int, reason: str, expires: int) -> None:
        registered = 200 <= code < 300 and expires > 0
        self._post(RegistrationChanged(account_id, registered, code, reason, expires,
                                       self._clock()))

    # ---- calls --------------------------------------------------------------------
    def place_call(self, call_id: str, uri: str, headers: Mapping[str, str] | None,
                   account_id: str | None, no_answer_timeout_s: float | None,
                   caller_id: str | None = None) -> None:
        entry: _CallEntry | None = None
        try:
            account = self.account(account_id)
            call = PjCall(account, call_id, self)
            entry = _CallEntry(call, account.account_id, CallStateMachine(CallDirection.OUTBOUND))
            self._calls[call_id] = entry
            self._post(CallStateChanged(call_id, CallState.DIALING, None, None, self._clock()))
            prm = pj.CallOpParam(True)
            mode, domain = self._presentation.get(account.account_id, (CallerIdHeaders.OFF, ""))
            identity = caller_identity(caller_id, mode, domain)
            if identity.from_uri is not None:
                prm.txOption.localUri = identity.from_uri
            for name, value in {**identity.headers, **(headers or {})}.items():
                header = pj.SipHeader()
                header.hName, header.hValue = name, value
                prm.txOption.headers.append(header)
            call.makeCall(uri, prm)
        except (pj.Error, TelephonyError) as exc:
            err = (sip_config.translate_error(exc, f"calling {uri}")
                   if isinstance(exc, pj.Error) else exc)
            log.warning("call %s could not start: %s", call_id, err)
            if entry is None:  # no account: the call never existed beyond its id
                now = self._clock()
                self._post(CallStateChanged(call_id, CallState.DIALING, None, None, now))
                self._post(CallStateChanged(call_id, CallState.ENDED, err.status, str(err), now))
            else:
                self._feed(call_id, entry, CallInput.DISCONNECTED, err.status, str(err))
            return
        if no_answer_timeout_s is not None:
            self._thread.call_later(no_answer_timeout_s,
                                    lambda: self._no_answer(call_id, no_answer_timeout_s))

    def _no_answer(self, call_id: str, timeout_s: float) -> None:
        entry = self._calls.get(call_id)
        if entry is None or entry.machine.state not in (CallState.DIALING, CallState.RINGING):
            return
        # Report it as pjsip reports its own transaction timeout: 408.
        entry.end_override = (408, f"No answer within {timeout_s:g} s")
        log.info("call %s: no answer within %gs, hanging up", call_id, timeout_s)
        entry.call.hangup(pj.CallOpParam(True))

    def on_incoming_call(self, account_id: str, pj_call_id: int) -> None:
        call_id = uuid.uuid4().hex
        call = PjCall(self._accounts[account_id], call_id, self, pj_call_id)
        self._calls[call_id] = _CallEntry(call, account_id, CallStateMachine(CallDirection.INBOUND))
        info = call.getInfo()
        now = self._clock()
        self._post(IncomingCallReceived(call_id, account_id, str(info.remoteUri),
                                        str(info.localUri), now))
        self._post(CallStateChanged(call_id, CallState.INCOMING, None, None, now))
        prm = pj.CallOpParam()
        prm.statusCode = 180  # let the caller hear it ring while the owner decides
        call.answer(prm)

    def on_call_state(self, call_id: str, pj_state: int, status: int, reason: str) -> None:
        entry = self._calls.get(call_id)
        if entry is None:
            log.debug("state %d for unknown call %s", pj_state, call_id)
            return
        if pj_state == pj.PJSIP_INV_STATE_EARLY:
            self._feed(call_id, entry, CallInput.PROVISIONAL, status, reason)
        elif pj_state == pj.PJSIP_INV_STATE_CONFIRMED:
            self._feed(call_id, entry, CallInput.ANSWERED, status, reason)
        elif pj_state == pj.PJSIP_INV_STATE_DISCONNECTED:
            # The recording stops with the call. pjmedia's clock thread takes the recorder off the
            # bridge and only then writes the WAV header: the file is complete a frame or two later.
            entry.recorder = None
            if entry.end_override is not None:
                status, reason = entry.end_override
            self._feed(call_id, entry, CallInput.DISCONNECTED, status, reason)

    def on_call_media(self, call_id: str) -> None:
        entry = self._calls.get(call_id)
        if entry is None:
            return
        snap = call_media.snapshot(entry.call)
        if snap.active and entry.greeting is not None:
            call_media.play_into(self.ep, entry.call, entry.greeting)  # the far end re-INVITEd
        elif snap.active:
            call_media.connect_audio(self.ep, entry.call, entry.muted)
        if snap.active and entry.recorder is not None:
            call_media.feed_recorder(self.ep, entry.call, entry.recorder, entry.greeting)
        if snap != entry.media:
            entry.media = snap
            self._post(MediaStateChanged(call_id, snap.active, snap.local_hold, entry.muted,
                                         self._clock()))
        state = entry.machine.state
        if snap.local_hold and state is CallState.CONNECTED:
            self._feed(call_id, entry, CallInput.HELD, None, None)
        elif snap.active and state is CallState.ON_HOLD:
            self._feed(call_id, entry, CallInput.RESUMED, None, None)

    def on_transfer_status(self, call_id: str, status: int, reason: str, final: bool) -> None:
        self._post(CallTransferProgressed(call_id, status, reason, final, self._clock()))
        entry = self._calls.get(call_id)
        if final and 200 <= status < 300 and entry is not None:
            # Blind transfer done: the far end now talks to the target; we leave.
            entry.call.hangup(pj.CallOpParam(True))

    def _do(self, call_id: str, doing: str, action: Callable[[PjCall], None]) -> None:
        entry = self._entry(call_id)
        try:
            action(entry.call)
        except pj.Error as exc:
            raise sip_config.translate_error(exc, doing) from None

    def answer(self, call_id: str) -> None:
        prm = pj.CallOpParam(True)
        prm.statusCode = 200
        self._do(call_id, "answering", lambda c: c.answer(prm))

    def hangup(self, call_id: str, sip_status: int | None) -> None:
        prm = pj.CallOpParam(True)
        if sip_status is not None:
            prm.statusCode = sip_status
        self._do(call_id, "hanging up", lambda c: c.hangup(prm))

    def set_muted(self, call_id: str, muted: bool) -> None:
        entry = self._entry(call_id)
        entry.muted = muted
        self._do(call_id, "muting", lambda c: call_media.set_muted(c, muted))
        self._post(MediaStateChanged(call_id, entry.media.active, entry.media.local_hold, muted,
                                     self._clock()))

    def _require(self, call_id: str, state: CallState, doing: str) -> None:
        current = self._entry(call_id).machine.state
        if current is not state:
            raise IllegalCallTransition(f"cannot {doing} a call that is {current.value}")

    def hold(self, call_id: str) -> None:
        self._require(call_id, CallState.CONNECTED, "hold")
        self._do(call_id, "holding", lambda c: c.setHold(pj.CallOpParam(True)))

    def resume(self, call_id: str) -> None:
        self._require(call_id, CallState.ON_HOLD, "resume")
        prm = pj.CallOpParam(True)
        prm.opt.flag = pj.PJSUA_CALL_UNHOLD
        self._do(call_id, "resuming", lambda c: c.reinvite(prm))

    def send_dtmf(self, call_id: str, digits: str) -> None:
        if not digits or set(digits) - _DTMF_DIGITS:
            raise TelephonyError(f"not DTMF digits: {digits!r}")
        self._require(call_id, CallState.CONNECTED, "send DTMF on")
        self._do(call_id, "sending DTMF", lambda c: call_media.send_dtmf(c, digits))

    def blind_transfer(self, call_id: str, target_uri: str) -> None:
        self._require(call_id, CallState.CONNECTED, "transfer")
        self._do(call_id, "transferring", lambda c: c.xfer(target_uri, pj.CallOpParam(True)))

    def drop_voicemail(self, call_id: str, wav_path: str) -> float:
        """Play the greeting at ``wav_path`` into the connected call, taken off the agent's
        microphone and speaker, and hang up once it has played; returns its length (s)."""
        self._require(call_id, CallState.CONNECTED, "leave a voicemail on")
        entry = self._entry(call_id)
        if entry.greeting is not None:
            raise TelephonyError("a voicemail is already playing into this call")
        player: PjPlayer | None = PjPlayer(lambda: self._thread.submit(lambda: self._greeting_played(call_id)))
        assert player is not None
        try:
            player.createPlayer(wav_path, pj.PJMEDIA_FILE_NO_LOOP)
            info = player.getInfo()
            seconds = int(info.sizeSamples) / max(1, int(player.getPortInfo().format.clockRate))
            call_media.play_into(self.ep, entry.call, player)
            if entry.recorder is not None:
                call_media.feed_recorder(self.ep, entry.call, entry.recorder, player)
        except pj.Error as exc:
            # Released here, on this thread: the error's traceback keeps this frame (and its
            # locals) in a cycle that the garbage collector would break on any thread.
            player = None
            raise sip_config.translate_error(exc, "playing the voicemail greeting") from None
        entry.greeting = player  # released with the call, on this thread
        self._thread.call_later(seconds + GREETING_GRACE_S, lambda: self._greeting_played(call_id))
        log.info("call %s: voicemail greeting of %.1f s playing", call_id, seconds)
        return seconds

    def _greeting_played(self, call_id: str) -> None:
        entry = self._calls.get(call_id)
        if entry is None or entry.greeting is None or entry.machine.state is CallState.ENDED:
            return  # the far end hung up first, or the grace timer comes after the end
        log.info("call %s: voicemail greeting played, hanging up", call_id)
        try:
            entry.call.hangup(pj.CallOpParam(True))
        except pj.Error as exc:  # already being hung up (both the end and the timer came)
            log.debug("call %s: hang-up after the greeting: %s", call_id, exc.reason)

    def record_call(self, call_id: str, wav_path: str) -> None:
        """Record both directions of the call into ``wav_path``, from now (or from when its
        audio starts) until it ends; pjmedia completes the file (its header) just after."""
        entry = self._entry(call_id)
        if entry.machine.state is CallState.ENDED:
            raise TelephonyError("the call has ended: there is nothing left to record")
        if entry.recorder is not None:
            raise TelephonyError("this call is already being recorded")
        recorder: pj.AudioMediaRecorder | None = pj.AudioMediaRecorder()
        assert recorder is not None
        try:
            recorder.createRecorder(wav_path)
            if entry.media.active:
                call_media.feed_recorder(self.ep, entry.call, recorder, entry.greeting)
        except pj.Error as exc:
            recorder = None  # released on this thread (see drop_voicemail)
            raise sip_config.translate_error(exc, "recording the call") from None
        entry.recorder = recorder
        log.info("call %s: recording", call_id)

    def record_microphone(self, wav_path: str) -> None:
        """Record the microphone into ``wav_path`` (a new greeting) until stopped."""
        if self._mic_recorder is not None:
            raise TelephonyError("a greeting is already being recorded")
        recorder: pj.AudioMediaRecorder | None = pj.AudioMediaRecorder()
        assert recorder is not None
        try:
            recorder.createRecorder(wav_path)
            self.ep.audDevManager().getCaptureDevMedia().startTransmit(recorder)
        except pj.Error as exc:
            recorder = None  # released on this thread (see drop_voicemail)
            raise sip_config.translate_error(exc, "recording from the microphone") from None
        self._mic_recorder = recorder

    def stop_microphone_recording(self) -> None:
        """Stop and release the recording (pjmedia writes its WAV header a moment later)."""
        recorder, self._mic_recorder = self._mic_recorder, None
        if recorder is None:
            return
        try:
            self.ep.audDevManager().getCaptureDevMedia().stopTransmit(recorder)
        except pj.Error as exc:
            log.warning("stopping the microphone recording: %s", exc.reason)
        del recorder  # released here; pjmedia writes the WAV header once its clock thread drops it

    def lib_version(self) -> str:
        return str(self.ep.libVersion().full)

    # ---- audio devices ------------------------------------------------------------
    def list_audio_devices(self) -> list[AudioDevice]:
        return [AudioDevice(int(d.id), str(d.name), str(d.driver), int(d.inputCount),
                            int(d.outputCount))
                for d in self.ep.audDevManager().enumDev2()]

    def select_audio_devices(self, capture: int | None, playback: int | None) -> None:
        adm = self.ep.audDevManager()
        try:
            if capture is not None:
                adm.setCaptureDev(capture)
            if playback is not None:
                adm.setPlaybackDev(playback)
        except pj.Error as exc:
            raise sip_config.translate_error(exc, "selecting audio devices") from None

    def _use_devices_named(self, microphone: str, speaker: str) -> None:
        devices = self.list_audio_devices()
        try:
            self.select_audio_devices(device_id(devices, microphone, capture=True),
                                      device_id(devices, speaker, capture=False))
        except TelephonyError as exc:
            # The phone still works on the system's devices; the choice can be made again.
            log.warning("chosen sound devices not usable (%s); using the system's", exc)

    def ring(self, call_id: str) -> None:
        """Ring while ``call_id`` rings here; it stops by itself once no call rings."""
        entry = self._calls.get(call_id)
        ringer = self._ringer
        if entry is not None and entry.machine.state is CallState.INCOMING and ringer is not None \
                and not ringer.ringing:
            ringer.start()
            self._post(RingToneChanged(True, self._clock()))

    def set_ring_device(self, name: str) -> None:
        """Ring on the output device called ``name`` (empty, or not connected: the speaker)."""
        if self._ringer is None or self._options.null_audio:
            return
        found = [d.device_id for d in self.list_audio_devices() if d.name == name and d.output_channels > 0]
        if name and not found:
            log.warning("ring device %r is not connected; ringing on the speaker", name)
        self._ringer.use_device(found[0] if found else None)

    def use_null_audio(self) -> None:
        self.ep.audDevManager().setNullDev()

    # ---- MESSAGE ------------------------------------------------------------------
    def send_message(self, request_id: str, uri: str, body: str,
                     headers: Mapping[str, str] | None, account_id: str | None,
                     fut: Future[SipMessageCompleted]) -> None:
        self.messages.send(self.account(account_id), request_id, uri, body, headers, fut)

    def on_message(self, from_uri: str, to_uri: str, body: str, content_type: str,
                   whole_msg: str) -> None:
        self.messages.on_message(from_uri, to_uri, body, content_type, whole_msg)

    def on_message_status(self, to_uri: str, body: str, code: int, reason: str) -> None:
        self.messages.on_status(to_uri, body, code, reason)
