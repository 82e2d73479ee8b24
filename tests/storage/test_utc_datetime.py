"""UtcDateTime on SQLite writes exactly the text SQLAlchemy's DATETIME writes (values are
compared and sorted as text) and reads back the same instant, in UTC, whatever zone it came in."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import DateTime
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from kixie_desktop.storage.models.base import UtcDateTime

SQLITE = SQLiteDialect_pysqlite()
OURS = UtcDateTime()
BIND = OURS.bind_processor(SQLITE)
RESULT = OURS.result_processor(SQLITE, None)
REFERENCE = DateTime().dialect_impl(SQLITE).bind_processor(SQLITE)

zones = st.sampled_from([timezone.utc, ZoneInfo("America/St_Johns"), ZoneInfo("Asia/Kathmandu"),
                         timezone(timedelta(hours=-9, minutes=-30)), ZoneInfo("Europe/Berlin")])
instants = st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(9999, 12, 30), timezones=zones,
                       allow_imaginary=False)
whole_seconds = instants.map(lambda d: d.replace(microsecond=0))


@given(at=instants | whole_seconds)
def test_sqlite_text_is_sqlalchemy_datetime_text_of_the_utc_instant(at: datetime) -> None:
    assert BIND is not None and RESULT is not None and REFERENCE is not None
    utc = at.astimezone(timezone.utc)
    assert BIND(at) == REFERENCE(utc.replace(tzinfo=None))
    back = RESULT(BIND(at))
    assert back == utc and back.tzinfo is timezone.utc


@given(a=instants, b=instants)
def test_sqlite_text_sorts_as_the_instants_do(a: datetime, b: datetime) -> None:
    assert BIND is not None
    assert (BIND(a) < BIND(b)) == (a < b)


def test_sqlite_reads_text_written_without_fraction_or_by_other_writers() -> None:
    assert RESULT is not None
    assert RESULT("2026-03-08 07:00:00") == datetime(2026, 3, 8, 7, tzinfo=timezone.utc)
    assert RESULT("2026-03-08T07:00:00.250000") == datetime(2026, 3, 8, 7, 0, 0, 250000, tzinfo=timezone.utc)
    with_offset = RESULT("2026-03-08 02:00:00-05:00")
    assert with_offset == datetime(2026, 3, 8, 7, tzinfo=timezone.utc) and with_offset.tzinfo is timezone.utc
    assert RESULT(None) is None and BIND is not None and BIND(None) is None


def test_a_naive_datetime_is_refused() -> None:
    assert BIND is not None
    with pytest.raises(ValueError, match="naive"):
        BIND(datetime(2026, 1, 1))
