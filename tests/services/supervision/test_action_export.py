"""The action tables' service and CSV export on SQLite and PostgreSQL: pages by position
(anchored and jumped), the formula guard on every cell, an exported phone that imports
back unchanged, and an export that fails leaving the previous file in place."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select, update

from kixie_desktop.domain.action_table import ActionFilter, ActionSort, SortKey
from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.services.supervision import csv_export
from kixie_desktop.services.supervision.action_table import ActionTableService, Anchor, PageRequest
from kixie_desktop.services.leads.contact_import import ContactImportService
from kixie_desktop.services.supervision.csv_export import COMPLETED_HEADERS, INFLIGHT_HEADERS, ActionExport
from kixie_desktop.services.leads.csv_parsing import neutralise_cell, parse, restore_cell
from kixie_desktop.storage.models import ActionRunRow, CadenceRow, ContactRow
from tests.support.action_rows import Seeded, seed_action_runs, table_oracle
from tests.support.workspace import Workspace


@pytest.fixture
def seeded(ws: Workspace) -> Seeded:
    return seed_action_runs(ws, 300)


def test_pages_by_position_anchored_or_jumped_match_the_oracle(ws: Workspace, seeded: Seeded) -> None:
    service = ActionTableService(ws.store, ws.clock)
    where, sort = ActionFilter(inflight=False), ActionSort(SortKey.COMPLETED, descending=True)
    expected = table_oracle(seeded.rows, inflight=False, key="completed_at", descending=True)
    first = service.fetch(ws.supervisor, where, sort, [PageRequest(0, 50)], with_count=True)
    assert first.count == len(expected)
    [page] = first.pages
    assert [r.id for r in page.rows] == expected[:50]
    assert page.last is not None and page.last.id == expected[49]
    # The next page reads on from the last row held; a jump skips from it; a cold jump offsets.
    snapshot = service.fetch(ws.supervisor, where, sort, [
        PageRequest(50, 50, Anchor(49, page.last)),
        PageRequest(120, 30, Anchor(49, page.last)),
        PageRequest(170, 40),
    ])
    assert snapshot.count is None
    assert [[r.id for r in p.rows] for p in snapshot.pages] == [expected[50:100], expected[120:150],
                                                                  expected[170:210]]


def test_fetch_refuses_what_the_tables_cannot_ask(ws: Workspace) -> None:
    service = ActionTableService(ws.store, ws.clock)
    inflight = ActionFilter(inflight=True)
    with pytest.raises(ValidationError, match="cannot be sorted by completed_at"):
        service.fetch(ws.agent, inflight, ActionSort(SortKey.COMPLETED), [PageRequest(0, 10)])
    with pytest.raises(ValidationError, match="1-1000 rows"):
        service.fetch(ws.agent, inflight, ActionSort(SortKey.SCHEDULED), [PageRequest(0, 5000)])
    with pytest.raises(ValidationError, match="anchor must come before"):
        page = service.fetch(ws.agent, ActionFilter(inflight=False), ActionSort(SortKey.ID),
                             [PageRequest(0, 1)])
        service.fetch(ws.agent, inflight, ActionSort(SortKey.SCHEDULED),
                      [PageRequest(3, 10, Anchor(3, page.pages[0].last))])  # type: ignore[arg-type]


def _read_export(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_export_writes_the_filtered_table_in_order_with_every_cell_guarded(
        ws: Workspace, seeded: Seeded, tmp_path: Path) -> None:
    nasty = "=HYPERLINK(\"http://evil.example\",\"x\")"
    with ws.db.write() as s:
        s.execute(update(CadenceRow).where(CadenceRow.id == seeded.cadence_ids[0]).values(name=nasty))
        s.execute(update(ContactRow).where(ContactRow.first_name == "Lead1")
                  .values(first_name="@Lead1", last_name="Smith"))
        s.execute(update(ActionRunRow).where(ActionRunRow.status == "unknown")
                  .values(reason="@SUM(A1) the gateway could not say"))
    where = ActionFilter(inflight=False, phone="+1512")
    path = tmp_path / "completed.csv"
    count = ActionExport(ws.store, ws.clock).to_file(ws.supervisor, where,
                                                      ActionSort(SortKey.COMPLETED, True), path)
    expected = table_oracle(seeded.rows, inflight=False, key="completed_at", descending=True, phone="+1512")
    header, *lines = _read_export(path)
    assert count == len(lines) == len(expected) > 20
    assert tuple(header) == COMPLETED_HEADERS
    assert [int(line[0]) for line in lines] == expected
    by_id = {r["id"]: r for r in seeded.rows}
    zone = ZoneInfo("America/Los_Angeles")
    for line in lines:
        run = by_id[int(line[0])]
        cells = dict(zip(header, line))
        assert cells["Target Phone Number"] == "'" + run["target_phone"]  # the documented rule
        assert restore_cell(cells["Target Phone Number"]) == run["target_phone"]
        assert cells["Completed Date"] == run["completed_at"].astimezone(zone).isoformat(sep=" ")
        if run["cadence_id"] == seeded.cadence_ids[0]:
            assert cells["Cadence Name"] == "'" + nasty
        assert cells["Contact"] in ("Lead0", "'@Lead1 Smith")  # a contact named like a formula too
        if run["status"] == "unknown":
            assert cells["Outcome"] == "Unknown"
            assert cells["Why"] == "'@SUM(A1) the gateway could not say"
        for cell in line:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_an_exported_phone_imports_back_unchanged(ws: Workspace, seeded: Seeded, tmp_path: Path) -> None:
    path = tmp_path / "inflight.csv"
    where = ActionFilter(inflight=True, status=ActionStatus.SCHEDULED)
    ActionExport(ws.store, ws.clock).to_file(ws.manager, where, ActionSort(SortKey.SCHEDULED), path)
    parsed = parse(path.read_bytes())
    assert parsed.headers == INFLIGHT_HEADERS
    exported = {r.cells[5] for r in parsed.rows}
    assert all(p.startswith("'+1") for p in exported)
    importer = ContactImportService(ws.store, ws.clock, ws.enrollment)
    result = importer.run(ws.manager, path, overrides={"Target Phone Number": "phone"})
    # The seed's two contacts are updated (same number), every other number is new.
    assert result.errors == [] and result.created + result.updated == len(exported) > 20
    with ws.db.read() as s:
        phones = set(s.scalars(select(ContactRow.phone)))
    assert {p[1:] for p in exported} <= phones


def test_a_failed_export_leaves_the_previous_file(ws: Workspace, seeded: Seeded, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "exports").mkdir()
    path = tmp_path / "exports" / "out.csv"
    path.write_text("the previous export\n")
    monkeypatch.setattr(csv_export, "PROGRESS_EVERY", 20)
    seen: list[int] = []

    def stop_at_40(done: int) -> None:
        seen.append(done)
        if done >= 40:
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        ActionExport(ws.store, ws.clock).to_file(ws.supervisor, ActionFilter(inflight=False),
                                                 ActionSort(SortKey.ID), path, stop_at_40)
    assert seen == [20, 40]
    assert path.read_text() == "the previous export\n"
    assert list(path.parent.iterdir()) == [path]  # no half-written temporary file left behind


def test_the_date_range_and_inflight_columns(ws: Workspace, seeded: Seeded, tmp_path: Path) -> None:
    since, until = ws.clock.now - timedelta(days=6), ws.clock.now - timedelta(days=2)
    where = ActionFilter(inflight=True, since=since, until=until)
    path = tmp_path / "range.csv"
    count = ActionExport(ws.store, ws.clock).to_file(ws.agent, where, ActionSort(SortKey.SCHEDULED), path)
    header, *lines = _read_export(path)
    assert tuple(header) == INFLIGHT_HEADERS
    assert [int(line[0]) for line in lines] == table_oracle(
        seeded.rows, inflight=True, key="due_at", since=since, until=until)
    assert count == len(lines) > 0
    retry = {line[header.index("Max Retry / Duration")] for line in lines}
    assert retry <= {"0 / —", "2 / 10m", "3 / 10m", "2 / 1h30m", "3 / 1h30m", "2 / 0m", "3 / 0m"}


@given(st.text(alphabet=st.sampled_from("'=+-@\t\r x1"), max_size=6).filter(lambda s: s == s.strip()))
def test_the_guard_round_trips_any_cell(value: str) -> None:
    guarded = neutralise_cell(value)
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore_cell(guarded) == value
