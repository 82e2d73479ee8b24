"""The Analytics figures as CSV: one figure per row, ``Section, Item, Figure, Value``, so a
spreadsheet can filter and pivot them; the first rows (section "About") say which cadence,
which days, in which time zone, and whose figures.

Values are plain numbers for a spreadsheet to compute with: counts, rates as fractions
(``0.375``), durations in seconds; an empty cell where there was nothing to measure (no
calls has no connect rate). Every cell goes through the action tables' formula guard
(``csv_parsing.neutralise_cell``): a cadence or agent named ``=HYPERLINK(…)`` is written
``'=HYPERLINK(…)``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TextIO

from kixie_desktop.domain.analytics import CadenceFigures
from kixie_desktop.services.leads.csv_parsing import neutralise_cell

HEADERS = ("Section", "Item", "Figure", "Value")


def _number(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def figure_rows(f: CadenceFigures) -> Iterator[tuple[str, str, str, str]]:
    """Every figure of ``f`` as (section, item, figure, value), before the formula guard."""
    yield "About", "Cadence", "Name", f.cadence_name
    yield "About", "Days", "From", f.query.first_day.isoformat()
    yield "About", "Days", "To", f.query.last_day.isoformat()
    yield "About", "Days", "Time zone", f.zone
    yield "About", "Whose", "Name", f.whose
    funnel = f.funnel
    for item, leads in funnel.stages():
        yield "Funnel", item, "Leads", str(leads)
    yield "Funnel", "Still in the cadence", "Leads", str(funnel.in_progress)
    yield "Funnel", "Unenrolled", "Leads", str(funnel.unenrolled)
    mix = f.dispositions
    for row in mix.rows:
        yield "Dispositions", row.name, "Calls", str(row.calls)
        yield "Dispositions", row.name, "Counts as connected", "yes" if row.counts_as_connected else "no"
    yield "Calls", "All agents", "Calls", str(mix.calls)
    yield "Calls", "All agents", "Connects", str(mix.connects)
    yield "Calls", "All agents", "Connect rate", _number(mix.connect_rate, 4)
    speed = f.speed_to_lead
    yield "Speed to lead", "Leads touched", "Leads", str(speed.touched)
    yield "Speed to lead", "Leads not yet touched", "Leads", str(speed.untouched)
    yield "Speed to lead", "Median", "Seconds", _number(speed.median_s, 1)
    yield "Speed to lead", "90th percentile", "Seconds", _number(speed.p90_s, 1)
    for item, count in (("Sent", f.sms.sent), ("Failed", f.sms.failed), ("Unknown", f.sms.unknown),
                        ("Not sent: opted out", f.sms.opted_out)):
        yield "Texts", item, "Texts", str(count)
    for agent in f.agents:
        yield "Agents", agent.name, "Calls", str(agent.calls)
        yield "Agents", agent.name, "Connects", str(agent.connects)
        yield "Agents", agent.name, "Connect rate", _number(agent.connect_rate, 4)
        yield "Agents", agent.name, "Talk time (s)", _number(agent.talk_s, 1)
        yield "Agents", agent.name, "Average talk time (s)", _number(agent.average_talk_s, 1)
        yield "Agents", agent.name, "Wrap-up time (s)", _number(agent.wrap_up_s, 1)
        yield "Agents", agent.name, "Average wrap-up time (s)", _number(agent.average_wrap_up_s, 1)


def write_figures(f: CadenceFigures, out: TextIO) -> int:
    """Write ``f`` to ``out`` (opened with ``newline=""``); return the number of figures."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    written = 0
    for row in figure_rows(f):
        writer.writerow([neutralise_cell(cell) for cell in row])
        written += 1
    return written
