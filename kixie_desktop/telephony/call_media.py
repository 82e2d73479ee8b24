"""Audio plumbing of one call: connect it to the sound devices, mute, read hold state.

Runs on the SIP thread only (called by ``sip_core`` from ``onCallMediaState`` and
from mute commands). Mute lowers what the conference bridge sends *to* the call's
port to zero, so it works the same with a real microphone or the null device.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pjsua2 as pj

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MediaSnapshot:
    active: bool  # audio flows both ways (or at least is set up)
    local_hold: bool  # we put it on hold

    @classmethod
    def idle(cls) -> MediaSnapshot:
        return cls(active=False, local_hold=False)


def snapshot(call: pj.Call) -> MediaSnapshot:
    active = hold = False
    # Keep the CallInfo alive while iterating: SWIG's vector would dangle otherwise.
    info = call.getInfo()
    for media in info.media:
        if media.type != pj.PJMEDIA_TYPE_AUDIO:
            continue
        if media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
            active = True
        elif media.status == pj.PJSUA_CALL_MEDIA_LOCAL_HOLD:
            hold = True
    return MediaSnapshot(active=active, local_hold=hold)


def _audio_medias(call: pj.Call) -> list[pj.AudioMedia]:
    out = []
    info = call.getInfo()
    for media in info.media:
        if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
            out.append(call.getAudioMedia(media.index))
    return out


def connect_audio(ep: pj.Endpoint, call: pj.Call, muted: bool) -> None:
    """Wire active audio to the selected devices; fall back to the null device when
    no sound device can be opened (a headless machine), so the call still works."""
    adm = ep.audDevManager()
    for attempt in (1, 2):
        try:
            for am in _audio_medias(call):
                adm.getCaptureDevMedia().startTransmit(am)
                am.startTransmit(adm.getPlaybackDevMedia())
            break
        except pj.Error as exc:
            if attempt == 2:
                raise
            log.warning("no usable sound device (%s); using the null audio device", exc.reason)
            adm.setNullDev()
    set_muted(call, muted)


def play_into(ep: pj.Endpoint, call: pj.Call, player: pj.AudioMediaPlayer) -> None:
    """Voicemail drop: the call hears ``player`` only — the agent's microphone is taken off
    it and it is taken off the speaker (the agent has moved on); full level, even if the
    agent had muted the call."""
    adm = ep.audDevManager()
    for am in _audio_medias(call):
        for stop in (lambda: adm.getCaptureDevMedia().stopTransmit(am),
                     lambda: am.stopTransmit(adm.getPlaybackDevMedia())):
            try:
                stop()
            except pj.Error as exc:  # not connected (no sound device opened): nothing to take off
                log.debug("voicemail drop: %s", exc.reason)
        am.adjustRxLevel(1.0)
        player.startTransmit(am)


def feed_recorder(ep: pj.Endpoint, call: pj.Call, recorder: pj.AudioMediaRecorder,
                  greeting: pj.AudioMediaPlayer | None) -> None:
    """Call recording: both directions into one WAV — what the far end sends, and what the
    call hears from us: the agent's microphone, or a voicemail greeting once one plays (the
    agent's microphone then leaves the recording: they have moved on)."""
    capture = ep.audDevManager().getCaptureDevMedia()
    for am in _audio_medias(call):
        am.startTransmit(recorder)
    if greeting is None:
        capture.startTransmit(recorder)
        return
    try:
        capture.stopTransmit(recorder)
    except pj.Error as exc:
        log.debug("call recording: %s", exc.reason)
    greeting.startTransmit(recorder)


def set_muted(call: pj.Call, muted: bool) -> None:
    for am in _audio_medias(call):
        am.adjustRxLevel(0.0 if muted else 1.0)


def send_dtmf(call: pj.Call, digits: str) -> None:
    """RFC 2833 in the media when the far end negotiated telephone-event, else SIP
    INFO (application/dtmf-relay) so IVRs without RFC 2833 still get the digits."""
    try:
        call.dialDtmf(digits)
        return
    except pj.Error as exc:
        log.info("RFC 2833 DTMF refused (%s); sending SIP INFO", exc.reason)
    prm = pj.CallSendDtmfParam()
    prm.method = pj.PJSUA_DTMF_METHOD_SIP_INFO
    prm.digits = digits
    call.sendDtmf(prm)
