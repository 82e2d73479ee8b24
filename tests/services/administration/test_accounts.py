"""Account settings through the service, on SQLite and PostgreSQL: one-off and yearly
holidays share the account's JSON list (ISO dates and ISO 8601's ``--MM-DD``), an old
list of dates reads unchanged, a refusal writes nothing, and only admins change them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from kixie_desktop.domain.errors import PermissionDenied, ValidationError
from kixie_desktop.domain.holidays import YearlyHoliday
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.storage.models import AccountRow, AuditLogRow
from tests.support.workspace import Workspace


def accounts(ws: Workspace) -> AccountService:
    return AccountService(ws.store, ws.clock)


def test_yearly_and_one_off_holidays_share_the_json_list(ws: Workspace) -> None:
    saved = accounts(ws).update(ws.admin, holidays=["2026-11-27", date(2026, 11, 27)],
                                yearly_holidays=["--12-25", "01-01", YearlyHoliday(2, 29)])
    assert saved.holidays == (date(2026, 11, 27),)
    assert saved.yearly_holidays == (YearlyHoliday(1, 1), YearlyHoliday(2, 29), YearlyHoliday(12, 25))
    assert accounts(ws).get(ws.admin) == saved
    with ws.db.read() as s:
        assert s.scalar(select(AccountRow.holidays)) == ["2026-11-27", "--01-01", "--02-29", "--12-25"]
        audit = s.scalars(select(AuditLogRow).where(AuditLogRow.entity == "account")).all()[-1]
        assert audit.detail["fields"] == ["holidays", "yearly_holidays"]


def test_a_list_written_before_yearly_holidays_reads_unchanged(ws: Workspace) -> None:
    with ws.db.write() as s:
        s.execute(update(AccountRow).values(holidays=["2025-12-25", "2026-01-01"]))
    account = accounts(ws).get(ws.admin)
    assert (account.holidays, account.yearly_holidays) == ((date(2025, 12, 25), date(2026, 1, 1)), ())


@pytest.mark.parametrize("changes, field", [
    ({"yearly_holidays": ["02-30"]}, "yearly_holidays"),
    ({"yearly_holidays": ["Christmas"]}, "yearly_holidays"),
    ({"holidays": ["12-25"]}, "holidays"),
    ({"holidays": [date(2026, 1, 1)], "default_sender": "12"}, "default_sender"),
])
def test_a_refused_value_names_its_field_and_writes_nothing(ws: Workspace, changes: dict[str, object],
                                                           field: str) -> None:
    before = accounts(ws).get(ws.admin)
    with pytest.raises(ValidationError) as refused:
        accounts(ws).update(ws.admin, **changes)
    assert refused.value.field == field
    assert accounts(ws).get(ws.admin) == before


def test_only_an_admin_changes_holidays(ws: Workspace) -> None:
    before = accounts(ws).get(ws.admin)
    for actor in (ws.manager, ws.agent):
        with pytest.raises(PermissionDenied):
            accounts(ws).update(actor, yearly_holidays=["12-25"])
    assert accounts(ws).get(ws.admin) == before
