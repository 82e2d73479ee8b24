"""The ring tone of an incoming call: a North American ring (440 + 480 Hz, two seconds on,
four off) played while the PowerCall panel shows the banner.

On the SIP thread only (``sip_core`` owns one). It rings on the chosen ring device — a
second sound device opened beside the one calls use (pjsua2's ``ExtraAudioDevice``) — or,
with none chosen or when that device cannot be opened, on the speaker calls use. With the
null audio device (headless) the tone still plays, into nothing.
"""

from __future__ import annotations

import logging

import pjsua2 as pj

from kixie_desktop.telephony.audio_devices import DEFAULT_CAPTURE

log = logging.getLogger(__name__)

_RING = dict(freq1=440, freq2=480, on_msec=2000, off_msec=4000)


class Ringer:
    def __init__(self, ep: pj.Endpoint) -> None:
        self._ep = ep
        self._device_id: int | None = None  # None: ring on the speaker calls use
        self._tone: pj.ToneGenerator | None = None
        self._extra: pj.ExtraAudioDevice | None = None
        self._sink: pj.AudioMedia | None = None

    @property
    def ringing(self) -> bool:
        return self._sink is not None

    def use_device(self, device_id: int | None) -> None:
        """Ring on ``device_id`` from the next ring (a ring under way moves at once)."""
        was_ringing = self.ringing
        self.stop()
        self._device_id = device_id
        if was_ringing:
            self.start()

    def start(self) -> None:
        if self.ringing:
            return
        if self._tone is None:
            self._tone = pj.ToneGenerator()
            self._tone.createToneGenerator()
        tones = pj.ToneDescVector()
        ring = pj.ToneDesc()
        for name, value in _RING.items():
            setattr(ring, name, value)
        tones.append(ring)
        self._tone.play(tones, True)
        sink = self._ring_device() or self._ep.audDevManager().getPlaybackDevMedia()
        self._tone.startTransmit(sink)
        self._sink = sink

    def _ring_device(self) -> pj.AudioMedia | None:
        if self._device_id is None:
            return None
        try:
            extra = pj.ExtraAudioDevice(self._device_id, DEFAULT_CAPTURE)
            extra.open()
        except pj.Error as exc:
            log.warning("cannot ring on sound device %s (%s); ringing on the speaker", self._device_id, exc.reason)
            return None
        self._extra = extra
        return extra

    def stop(self) -> None:
        tone, sink, extra = self._tone, self._sink, self._extra
        self._sink = self._extra = None
        if tone is None or sink is None:
            return
        try:
            tone.stopTransmit(sink)
            tone.stop()
            if extra is not None:
                extra.close()
        except pj.Error as exc:
            log.warning("stopping the ring tone failed: %s", exc.reason)

    def close(self) -> None:
        """Before ``libDestroy``: no pj media object may outlive the library."""
        self.stop()
        self._tone = None
