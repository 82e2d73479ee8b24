"""Bulk contact reads and writes for the CSV import: one SELECT, one INSERT and one UPDATE
statement (executemany) per batch, so 100,000 rows stay a matter of seconds."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.ids import AccountId
from kixie_desktop.storage.models import ContactRow
from kixie_desktop.storage.repositories.contacts import contact_value

_FIELDS = ("phone", "first_name", "last_name", "email", "company", "timezone",
           "owner_id", "external_id", "do_not_contact", "sms_opt_out")
# Well under SQLite's bound-parameter limit, whatever the build.
_CHUNK = 900


class SqlContactBatches:
    def __init__(self, session: Session) -> None:
        self._s = session

    def by_phones(self, account_id: AccountId, phones: Iterable[str]) -> dict[str, Contact]:
        wanted = sorted(set(phones))
        found: dict[str, Contact] = {}
        for i in range(0, len(wanted), _CHUNK):
            rows = self._s.scalars(select(ContactRow).where(
                ContactRow.account_id == account_id, ContactRow.phone.in_(wanted[i:i + _CHUNK])))
            found.update((r.phone, contact_value(r)) for r in rows)
        return found

    def add_many(self, account_id: AccountId, contacts: Sequence[Contact], now: datetime) -> None:
        if contacts:
            self._s.execute(insert(ContactRow), [
                {"account_id": account_id, "created_at": now, "updated_at": now,
                 **{f: getattr(c, f) for f in _FIELDS}} for c in contacts])

    def update_many(self, contacts: Sequence[Contact], now: datetime) -> None:
        if not contacts:
            return
        # A Core UPDATE with bound parameters (not ORM bulk-by-primary-key), so the
        # identity map of this session is bypassed and nothing is loaded per row.
        statement = (update(ContactRow).where(ContactRow.id == bindparam("_id"))
                     .values({f: bindparam(f"_{f}") for f in (*_FIELDS, "updated_at")}))
        self._s.connection().execute(statement, [
            {"_id": c.id, "_updated_at": now, **{f"_{f}": getattr(c, f) for f in _FIELDS}}
            for c in contacts])
        self._s.expire_all()
