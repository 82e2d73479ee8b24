"""Voicemail drop from the PowerCall panel, end to end: the agent accepts a prompt, the call
reaches a voicemail box (SIPp answering, its audio going to the test's RTP sink), one click on
*Leave Voicemail* frees the agent at once and saves *Left Voicemail*, while the greeting plays
into the call and the softphone hangs up when it ends. The RTP that arrived is measured against
the greeting; the database holds the disposition and the call's record, closed at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kixie_desktop.domain.roles import Availability
from kixie_desktop.gui.powercall.voicemail_drop import NO_GREETINGS
from kixie_desktop.storage.models import ActionRunRow, DispositionRow
from tests.support.powercall import (
    WAIT_MS,
    Demo,
    click,
    closed_record,
    demo_on_trunk,
    stored_availability,
)
from tests.support.greeting_wav import tone_wav
from tests.support.rtp_sink import RtpSink
from tests.support.softphone import EventLog
from tests.telephony.sipp_runner import SippUas

pytestmark = pytest.mark.sipp

GREETING_S = 2.0


@pytest.fixture
def voicemail_box(tmp_path: Path, softphone: Any, events: EventLog,
                  sipp: Any) -> Iterator[tuple[Demo, SippUas, RtpSink]]:
    with RtpSink() as sink:
        uas = sipp("answer_to_sink", rtp_sink=str(sink.port))
        with demo_on_trunk(tmp_path, softphone, events, uas) as demo:
            yield demo, uas, sink


def test_one_click_leaves_the_greeting_and_the_agent_moves_on(
        qtbot: QtBot, voicemail_box: tuple[Demo, SippUas, RtpSink], tmp_path: Path) -> None:
    demo, uas, sink = voicemail_box
    alex = demo.agent("alex@acme-solar.example")
    demo.backend.greetings.import_wav(alex, "Short and sweet", str(tone_wav(tmp_path / "a.wav", 1.0)))
    demo.backend.greetings.import_wav(alex, "First call", str(tone_wav(tmp_path / "b.wav", GREETING_S)))
    panel = demo.take_a_call(qtbot, "+1 512 555 0177")
    drop = panel.voicemail
    assert drop.isVisible() and drop.ui.drop_button.isEnabled()
    combo = drop.ui.greeting_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Short and sweet · 0:01", "First call · 0:02"]
    combo.setCurrentIndex(1)
    call = panel.call
    assert call is not None and call.run_id is not None

    with qtbot.waitSignal(panel.disposition_saved, timeout=WAIT_MS) as saved:
        click(qtbot, drop.ui.drop_button)
        # Free at once: no call on the panel, Available, while the greeting still plays.
        assert panel.call is None and not drop.isVisible() and not panel.controls.isVisible()
        assert panel.ui.availability_combo.currentText() == "Available"
        assert panel.ui.manual_group.isEnabled()
    assert saved.args == ["Next action scheduled"]  # the cadence has no rule for Left Voicemail: it goes on
    assert panel.ui.status_label.text() == "Voicemail left for Olivia Demo · Next action scheduled"
    qtbot.waitUntil(lambda: stored_availability(demo, alex) == Availability.AVAILABLE.value, timeout=WAIT_MS)
    assert not panel.disposition_form.isVisible()

    assert uas.wait(15) == 0, uas.errors()  # the softphone hung up by itself when the greeting ended
    assert uas.flow()[-2:] == [("received", "BYE"), ("sent", "200")]
    sink.wait_quiet()
    assert sink.tone_seconds() == pytest.approx(GREETING_S, abs=0.04)  # the whole greeting, once

    closed = closed_record(qtbot, demo)
    assert closed.connected_at is not None and closed.ended_at is not None and closed.sip_status == 200
    assert (closed.ended_at - closed.connected_at).total_seconds() >= GREETING_S
    with demo.backend.db.read() as s:
        run = s.get(ActionRunRow, call.run_id)
        assert (run.status, run.outcome, run.accepted_by) == ("completed", "Left Voicemail", alex.user_id)
        assert s.get(DispositionRow, closed.disposition_id).name == "Left Voicemail"


def test_without_greetings_the_panel_says_where_to_make_one(
        qtbot: QtBot, voicemail_box: tuple[Demo, SippUas, RtpSink]) -> None:
    demo, uas, _ = voicemail_box
    panel = demo.take_a_call(qtbot, "+1 512 555 0178", "Liam")
    drop = panel.voicemail
    assert drop.ui.greeting_combo.currentText() == NO_GREETINGS
    assert not drop.ui.drop_button.isEnabled()
    with qtbot.waitSignal(panel.call_ended, timeout=WAIT_MS):
        click(qtbot, panel.controls.ui.hangup_button)
    assert uas.wait() == 0, uas.errors()
    assert panel.disposition_form.isVisible()  # an ordinary wrap-up
