"""Telephony diagnostics: pjsip and linked OpenSSL versions, read from the libraries."""

from __future__ import annotations

import re
from typing import Any

from kixie_desktop.telephony.diagnostics import TelephonyDiagnostics, telephony_diagnostics


def test_versions_come_from_the_loaded_libraries(softphone: Any) -> None:
    diag = telephony_diagnostics()
    assert diag.pjsip_version == softphone.lib_version().result(5)
    assert diag.openssl_version is not None and re.match(r"OpenSSL \d+\.\d+", diag.openssl_version)
    assert diag.openssl_library is not None and "libcrypto" in diag.openssl_library
    # The wheel this project pins bundles 1.0.2k; the flag must say so.
    assert diag.openssl_end_of_life is diag.openssl_version.startswith(("OpenSSL 1.0", "OpenSSL 1.1"))


def test_lines_warn_only_when_end_of_life() -> None:
    old = TelephonyDiagnostics("2.15.1", "2.15.1", "OpenSSL 1.0.2k  26 Jan 2017", "/x", True)
    new = TelephonyDiagnostics("2.16", "2.16", "OpenSSL 3.0.13 30 Jan 2024", "/y", False)
    unknown = TelephonyDiagnostics("2.15.1", "2.15.1", None, None, None)
    assert any("end-of-life" in ln for ln in old.lines())
    assert not any("end-of-life" in ln for ln in new.lines())
    assert "could not be read" in unknown.lines()[1]
