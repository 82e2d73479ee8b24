"""What the telephony stack is built from: pjsip version and the OpenSSL it links.

Any thread; needs no running Endpoint. The ``pjsua2-python`` wheel bundles its own
OpenSSL (1.0.2k, end-of-life since 2019) for TLS and SRTP keying, separate from the
system's and Python's. The version is read from the library the extension actually
loaded (``/proc/self/maps`` on Linux, else the wheel's bundled copy), by calling
its own version function; when none can be read the answer says so rather than
guessing. ``kixie-desktop sip show`` prints it; the Phone settings page warns in words
(``live_phone.LivePhone.encryption_caveat``) when encrypted calls are chosen.
"""

from __future__ import annotations

import ctypes
import glob
import re
from dataclasses import dataclass
from pathlib import Path

import pjsua2

_EOL_OPENSSL = re.compile(r"OpenSSL (0\.|1\.0\.|1\.1\.)")  # 1.1.1 ended 2023-09-11


@dataclass(frozen=True, slots=True)
class TelephonyDiagnostics:
    pjsip_version: str
    wheel_version: str
    openssl_version: str | None  # None: could not be read
    openssl_library: str | None
    openssl_end_of_life: bool | None

    def lines(self) -> list[str]:
        ssl = self.openssl_version or "unknown (could not be read from the library)"
        out = [f"pjsip {self.pjsip_version} (pjsua2-python {self.wheel_version})",
               f"OpenSSL linked by pjsip: {ssl}"]
        if self.openssl_library:
            out.append(f"  from {self.openssl_library}")
        if self.openssl_end_of_life:
            out.append("  WARNING: this OpenSSL is end-of-life; SIP over TLS and SRTP keys "
                       "rely on it (see docs/telephony.md)")
        return out


def _package_dirs() -> list[Path]:
    here = Path(pjsua2.__file__).resolve().parent
    return [here, here.parent / "pjsua2_python.libs"]


def _extension() -> ctypes.CDLL | None:
    for so in glob.glob(str(_package_dirs()[0] / "_pjsua2*")):
        try:
            return ctypes.CDLL(so)  # already loaded by ``import pjsua2``: same handle
        except OSError:
            continue
    return None


def pjsip_version() -> str:
    """pjlib's own ``pj_get_version()``; the wheel's reference file otherwise."""
    pjsua2.Endpoint  # noqa: B018 - loads the extension module (lazy in this wheel)
    lib = _extension()
    if lib is not None and hasattr(lib, "pj_get_version"):
        fn = lib.pj_get_version
        fn.restype = ctypes.c_char_p
        return str(fn().decode())
    ref = _package_dirs()[0] / "_pjproject_ref"
    return ref.read_text().strip() if ref.exists() else "unknown"


def _loaded_libcrypto() -> list[str]:
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return []
    paths = {line.split()[-1] for line in maps.splitlines() if "libcrypto" in line}
    return sorted(p for p in paths if p.startswith("/"))


def _libcrypto_of_pjsua2() -> str | None:
    pjsua2.Endpoint  # noqa: B018 - make sure the extension (and its libcrypto) is loaded
    dirs = [str(d) for d in _package_dirs()]
    for path in _loaded_libcrypto():
        if any(path.startswith(d) for d in dirs):
            return path
    for d in _package_dirs():  # not on Linux, or linked differently: the bundled copy
        for pattern in ("libcrypto*.so*", "libcrypto*.dylib", "libcrypto*.dll"):
            found = sorted(glob.glob(str(d / pattern)))
            if found:
                return found[0]
    return None


def _openssl_version(path: str) -> str | None:
    try:
        lib = ctypes.CDLL(path)
    except OSError:
        return None
    for name in ("OpenSSL_version", "SSLeay_version"):  # 1.1+ / 1.0.x
        fn = getattr(lib, name, None)
        if fn is not None:
            fn.restype = ctypes.c_char_p
            fn.argtypes = [ctypes.c_int]
            raw = fn(0)
            return raw.decode() if raw else None
    return None


def telephony_diagnostics() -> TelephonyDiagnostics:
    library = _libcrypto_of_pjsua2()
    version = _openssl_version(library) if library else None
    eol = bool(_EOL_OPENSSL.match(version)) if version else None
    return TelephonyDiagnostics(pjsip_version(), str(pjsua2.__version__), version, library, eol)
