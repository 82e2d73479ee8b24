"""The committed forms in gui/forms/ match ui/*.ui and resources/kixie.qrc."""

from __future__ import annotations

from kixie_desktop.gui.build_forms import expected_outputs


def test_generated_forms_are_up_to_date() -> None:
    stale = [p.name for p, text in expected_outputs().items() if not p.exists() or p.read_text() != text]
    assert not stale, f"run `make forms`: {stale} differ from ui/ and resources/"
