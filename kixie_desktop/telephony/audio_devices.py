"""Sound devices by name: settings keep the name a device had (ids change as devices come
and go); this finds the id the sound system gives it now. Pure Python, no pjsua2."""

from __future__ import annotations

import logging

from kixie_desktop.domain.calls import AudioDevice

log = logging.getLogger(__name__)

# pjmedia's "the system default" device ids.
DEFAULT_CAPTURE = -1
DEFAULT_PLAYBACK = -2


def device_id(devices: list[AudioDevice], name: str, *, capture: bool) -> int:
    """The id of the device called ``name`` that can record (or play); the system default
    when ``name`` is empty or that device is not connected."""
    if name:
        for device in devices:
            if device.name == name and (device.input_channels if capture else device.output_channels) > 0:
                return device.device_id
        log.warning("sound device %r is not connected; using the system default", name)
    return DEFAULT_CAPTURE if capture else DEFAULT_PLAYBACK
