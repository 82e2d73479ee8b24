"""Analytics through the service, on SQLite and PostgreSQL, over a history the real services
and engine made (``tests/support/analytics_seed.py`` tells it lead by lead): every figure
against a count by hand, for everyone, for one agent, and for other days; who may see what;
and the CSV export with its formula guard."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kixie_desktop.domain.analytics import AgentFigures, CadenceFigures, FunnelStep
from kixie_desktop.domain.cadence import ActionType
from kixie_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from kixie_desktop.domain.ids import ActionRunId, CadenceId
from kixie_desktop.services.outbox.crm_sync import CrmJobs
from kixie_desktop.services.supervision.analytics import AnalyticsService
from kixie_desktop.services.supervision.analytics_export import write_figures
from kixie_desktop.services.supervision.unknown_sms import UnknownSmsService
from kixie_desktop.storage.models import ActionRunRow
from tests.support.analytics_seed import MONDAY, TUESDAY, SeededAnalytics, seed_analytics
from tests.support.workspace import Workspace

SMS, CALL = ActionType.SMS, ActionType.CALL


@pytest.fixture
def seeded(ws: Workspace) -> SeededAnalytics:
    return seed_analytics(ws)


def service(ws: Workspace) -> AnalyticsService:
    return AnalyticsService(ws.store, ws.clock)


def agent_row(name: str, calls: int, connects: int, talk: float, talked: int, wrap: float, wrapped: int,
              f: CadenceFigures) -> AgentFigures:
    found = next(a for a in f.agents if a.name == name)
    assert (found.calls, found.connects, found.talk_s, found.talked, found.wrap_up_s, found.wrapped) == (
        calls, connects, talk, talked, wrap, wrapped)
    return found


def test_everyones_figures_match_the_hand_count(ws: Workspace, seeded: SeededAnalytics) -> None:
    f = service(ws).figures(ws.supervisor, seeded.query())
    assert (f.cadence_name, f.zone, f.agent_name, f.whose) == ("Speed to lead", "America/Los_Angeles", None, "Everyone")
    # Seven leads enrolled Mon-Tue (Harper, Friday's, is not one); Mia never got past step 1.
    funnel = f.funnel
    assert funnel.enrolled == 7
    assert funnel.steps == (FunnelStep(1, SMS, 7), FunnelStep(2, CALL, 5), FunnelStep(3, SMS, 3))
    assert (funnel.completed, funnel.stopped, funnel.forwarded, funnel.in_progress, funnel.unenrolled) == (3, 1, 1, 1, 1)
    assert funnel.stages() == [("Enrolled", 7), ("Step 1 · SMS", 7), ("Step 2 · Call", 5), ("Step 3 · SMS", 3),
                               ("Completed", 3), ("Stopped", 1), ("Forwarded", 1)]
    # Four calls dispositioned on Tuesday, three of them by a "counts as connected" outcome.
    mix = f.dispositions
    assert {d.name: (d.calls, d.counts_as_connected) for d in mix.rows} == {
        "Interested": (1, True), "No Answer": (1, False), "Not Interested": (1, True), "Connected": (1, True)}
    order = [d.name for d in ws.dispositions.list(ws.admin)]
    assert [d.name for d in mix.rows] == sorted((d.name for d in mix.rows), key=order.index)  # the account's order
    assert (mix.calls, mix.connects, mix.connect_rate) == (4, 3, 0.75)
    # First touch, seconds after enrolment: 180, 180, 87000, 87125, 87280; Mia and Lucas none.
    speed = f.speed_to_lead
    assert (speed.enrolled, speed.touched, speed.untouched) == (7, 5, 2)
    assert speed.median_s == 87000.0
    assert speed.p90_s == 87218.0  # 87125 + 0.6 × 155, as percentile_cont interpolates
    # Texts: Olivia, Liam, Ava's last and Liam's last sent; Emma's failed; Ava's first unknown;
    # Noah's two skipped because he had opted out. Mia's, cancelled by her unenrolment, is none of these.
    assert (f.sms.sent, f.sms.failed, f.sms.unknown, f.sms.opted_out) == (4, 1, 1, 2)
    assert [a.name for a in f.agents] == ["Agent Tester", "Bea Two"]
    tester = agent_row("Agent Tester", 2, 2, 180.0, 2, 50.0, 2, f)
    bea = agent_row("Bea Two", 2, 1, 30.0, 1, 15.0, 2, f)  # Liam's call was never answered
    assert (tester.connect_rate, tester.average_talk_s, tester.average_wrap_up_s) == (1.0, 90.0, 25.0)
    assert (bea.connect_rate, bea.average_talk_s, bea.average_wrap_up_s) == (0.5, 30.0, 7.5)


def test_other_days_count_what_happened_in_them(ws: Workspace, seeded: SeededAnalytics) -> None:
    monday = service(ws).figures(ws.supervisor, seeded.query(MONDAY, MONDAY))
    # The same six leads enrolled on Monday (Lucas came Tuesday), followed to today...
    assert (monday.funnel.enrolled, monday.funnel.in_progress, monday.speed_to_lead.touched) == (6, 0, 5)
    # ...but only Monday's texts, and no call was dispositioned on Monday.
    assert (monday.sms.sent, monday.sms.failed, monday.sms.unknown, monday.sms.opted_out) == (2, 1, 1, 1)
    assert (monday.dispositions.calls, monday.dispositions.connect_rate, monday.agents) == (0, None, ())

    # From Friday: Harper too — enrolled, texted 30 s later, unenrolled.
    week = service(ws).figures(ws.supervisor, seeded.query(date(2026, 2, 27), TUESDAY))
    assert (week.funnel.enrolled, week.funnel.unenrolled, week.speed_to_lead.touched) == (8, 2, 6)
    assert week.sms.sent == 5
    assert week.speed_to_lead.median_s == 43590.0  # between 180 and 87000 of [30, 180, 180, 87000, …]

    # Sunday (Los Angeles) holds nothing: Monday 07:00 there is when it all began.
    sunday = service(ws).figures(ws.supervisor, seeded.query(date(2026, 3, 1), date(2026, 3, 1)))
    assert (sunday.funnel.enrolled, sunday.speed_to_lead.median_s, sunday.sms.sent) == (0, None, 0)
    assert sunday.funnel.steps == (FunnelStep(1, SMS, 0), FunnelStep(2, CALL, 0), FunnelStep(3, SMS, 0))


def test_an_agent_sees_their_own_leads_and_calls(ws: Workspace, seeded: SeededAnalytics) -> None:
    mine = service(ws).figures(ws.agent, seeded.query())  # asking for everyone's
    assert mine.agent_name == "Agent Tester" and mine.query.agent_id is None
    # Olivia (stopped), Emma (forwarded) and Lucas (waiting) are theirs.
    assert (mine.funnel.enrolled, mine.funnel.stopped, mine.funnel.forwarded, mine.funnel.in_progress) == (3, 1, 1, 1)
    assert [s.reached for s in mine.funnel.steps] == [3, 2, 0]
    assert (mine.speed_to_lead.touched, mine.speed_to_lead.median_s, mine.speed_to_lead.p90_s) == (2, 43652.5, 78430.5)
    assert (mine.sms.sent, mine.sms.failed, mine.sms.unknown, mine.sms.opted_out) == (1, 1, 0, 0)
    assert (mine.dispositions.calls, mine.dispositions.connects) == (2, 2)
    assert [a.name for a in mine.agents] == ["Agent Tester"]
    # Asking for themselves by name is the same answer.
    assert service(ws).figures(ws.agent, seeded.query(agent=ws.agent)).funnel == mine.funnel


def test_an_agent_asking_for_someone_elses_figures_is_refused(ws: Workspace, seeded: SeededAnalytics) -> None:
    with pytest.raises(PermissionDenied, match="their own figures only"):
        service(ws).figures(ws.agent, seeded.query(agent=seeded.bea))


@pytest.mark.parametrize("who", ["supervisor", "manager", "admin"])
def test_supervisors_and_up_see_anyones(ws: Workspace, seeded: SeededAnalytics, who: str) -> None:
    f = service(ws).figures(getattr(ws, who), seeded.query(agent=seeded.bea))
    assert f.agent_name == "Bea Two"
    # Liam (completed), Noah (completed) and Mia (unenrolled) are Bea's.
    assert (f.funnel.enrolled, f.funnel.completed, f.funnel.unenrolled) == (3, 2, 1)
    assert (f.sms.sent, f.sms.opted_out) == (2, 2)
    assert [(a.name, a.calls, a.connects) for a in f.agents] == [("Bea Two", 2, 1)]


def test_unknown_cadences_people_and_backwards_days_are_refused(ws: Workspace, seeded: SeededAnalytics) -> None:
    analytics = service(ws)
    with pytest.raises(NotFound) as missing:
        analytics.figures(ws.supervisor, replace(seeded.query(), cadence_id=CadenceId(999)))
    assert missing.value.field == "cadence"
    with pytest.raises(ValidationError) as backwards:
        analytics.figures(ws.supervisor, seeded.query(TUESDAY, MONDAY))
    assert backwards.value.field == "dates"


def test_the_csv_export_writes_every_figure_behind_the_formula_guard(ws: Workspace, seeded: SeededAnalytics,
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    figures = service(ws).export(ws.supervisor, seeded.query(), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the names right
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Section", "Item", "Figure", "Value"]
    values = {(s, i, fig): v for s, i, fig, v in rows[1:]}
    assert values[("About", "Cadence", "Name")] == "Speed to lead"
    assert (values[("About", "Days", "From")], values[("About", "Days", "To")]) == ("2026-03-02", "2026-03-03")
    assert values[("About", "Days", "Time zone")] == "America/Los_Angeles"
    assert values[("Funnel", "Enrolled", "Leads")] == "7"
    assert values[("Funnel", "Step 2 · Call", "Leads")] == "5"
    assert values[("Funnel", "Still in the cadence", "Leads")] == "1"
    assert values[("Dispositions", "No Answer", "Calls")] == "1"
    assert values[("Dispositions", "No Answer", "Counts as connected")] == "no"
    assert values[("Calls", "All agents", "Connect rate")] == "0.7500"
    assert values[("Speed to lead", "90th percentile", "Seconds")] == "87218.0"
    assert values[("Texts", "Not sent: opted out", "Texts")] == "2"
    assert values[("Agents", "Bea Two", "Average wrap-up time (s)")] == "7.5"
    assert values[("Agents", "Agent Tester", "Talk time (s)")] == "180.0"
    assert len(rows) == 1 + 5 + 9 + 2 * 4 + 3 + 4 + 4 + 7 * 2

    # A name a spreadsheet would run is written as text.
    out = io.StringIO(newline="")
    write_figures(replace(figures, cadence_name="=HYPERLINK(\"http://x\")"), out)
    assert "'=HYPERLINK" in out.getvalue()
    out = io.StringIO(newline="")
    write_figures(replace(figures, agents=(replace(figures.agents[0], name="@SUM(A1)"),)), out)
    assert "'@SUM(A1)" in out.getvalue()



def test_a_text_marked_as_sent_touched_its_lead_when_it_was_handed_over(ws: Workspace,
                                                                       seeded: SeededAnalytics) -> None:
    """Ava's first text went Unknown at E (the engine died handing it over); her first touch
    was her last text, a day later. Marked as sent, it counts from E, the hand-over."""
    with ws.db.read() as s:
        run_id = s.scalar(select(ActionRunRow.id).where(ActionRunRow.status == "unknown"))
    UnknownSmsService(ws.store, ws.clock, CrmJobs(enabled=False)).mark_sent(ws.supervisor, ActionRunId(run_id))
    f = service(ws).figures(ws.supervisor, seeded.query())
    assert (f.sms.sent, f.sms.unknown) == (5, 0)
    assert f.speed_to_lead.touched == 5
    assert f.speed_to_lead.median_s == 180.0  # [0, 180, 180, 87125, 87280]
