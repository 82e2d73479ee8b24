"""CSV import of contacts: preview, update-or-create by E.164 phone, optional enrollment.

Blocking; runs on a worker thread (``BackgroundRunner`` in the UI, the main thread of the
CLI). Rows are validated outside any transaction, then written ``batch_size`` at a time,
one transaction per batch with a handful of set-at-a-time statements, so the SQLite write
lock is held briefly and 100,000 rows take seconds. A batch that fails is rolled back as
a whole (no half-written rows); batches before it stay, and its rows and every later row
are reported as not imported so the error report can be fixed and imported again.

Duplicates in the file (same E.164 phone): later rows update earlier ones, exactly as if
the file had been imported row by row — non-blank cells overwrite, blank cells keep what
is there. They count as ``duplicates``, not errors; only the first row enrolls.
The validation rules mirror ``ContactService.upsert_in`` (tests hold them together).
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from kixie_desktop.domain import phone_numbers
from kixie_desktop.domain.directory import Contact
from kixie_desktop.domain.email_addresses import MAX_LENGTH, normalise_email
from kixie_desktop.domain.errors import (
    Conflict,
    KixieError,
    NotFound,
    UserFacingError,
    ValidationError,
)
from kixie_desktop.domain.ids import AccountId, CadenceId, ContactId, UserId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.domain.zones import validate_zone
from kixie_desktop.services.base import Service
from kixie_desktop.services.clock import Clock
from kixie_desktop.services.leads.csv_parsing import (
    CsvRow,
    ParsedCsv,
    neutralise_cell,
    parse,
    resolve_mapping,
    row_fields,
    split_full_name,
)
from kixie_desktop.services.leads.enrollment import EnrollmentRefused, EnrollmentService
from kixie_desktop.services.ports.storage import Store, UnitOfWork

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (rows done, rows in the file)
CANCELLED = "cancelled by the user"  # ImportResult.stopped after a cancel between batches


@dataclass(frozen=True)
class RowError:
    line: int
    field: str | None
    reason: str
    cells: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    headers: tuple[str, ...]
    mapping: dict[int, str]  # column index -> contact field
    rows: tuple[dict[str, str], ...]  # the first rows, as the mapping reads them
    total_rows: int
    encoding: str
    delimiter: str


@dataclass
class ImportResult:
    headers: tuple[str, ...]
    total_rows: int = 0
    created: int = 0
    updated: int = 0
    duplicates: int = 0
    enrolled: int = 0
    errors: list[RowError] = field(default_factory=list)
    stopped: str | None = None  # why the import ended early, if it did

    def summary(self) -> str:
        text = (f"{self.total_rows} rows: {self.created} created, {self.updated} updated, "
                f"{self.duplicates} duplicates merged, {self.enrolled} enrolled, {len(self.errors)} errors")
        return f"{text}; stopped: {self.stopped}" if self.stopped else text

    def error_report(self) -> str:
        """The bad rows as CSV: line, field, error, then the row's own cells (formula-guarded)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["line", "field", "error", *self.headers])
        for e in sorted(self.errors, key=lambda e: e.line):
            writer.writerow([e.line, e.field or "", neutralise_cell(e.reason),
                             *(neutralise_cell(c) for c in e.cells)])
        return out.getvalue()


@dataclass
class _Row:
    """A validated row: the contact's new values and what a blank leaves alone."""

    line: int
    cells: tuple[str, ...]
    phone: str
    values: dict[str, object]  # non-blank contact fields only (owner_id included)


def _limited(value: str, limit: int, name: str) -> str | None:
    if len(value) > limit:
        raise ValidationError(f"longer than {limit} characters", field=name)
    return value or None


def clean_row(fields: Mapping[str, str], region: str, owners: Mapping[str, UserId]) -> tuple[str, dict[str, object]]:
    """Validate one row the way ``ContactService.upsert_in`` does; (E.164, non-blank values)."""
    phone = phone_numbers.normalise(fields.get("phone", ""), region)
    first, last = fields.get("first_name", ""), fields.get("last_name", "")
    if not (first or last) and fields.get("full_name"):
        first, last = split_full_name(fields["full_name"])
    email = _limited(fields.get("email", ""), MAX_LENGTH, "email")
    values: dict[str, object] = {
        "first_name": _limited(first, 100, "first_name"), "last_name": _limited(last, 100, "last_name"),
        "email": normalise_email(email) if email else None,
        "company": _limited(fields.get("company", ""), 200, "company"),
        "timezone": validate_zone(fields["timezone"]) if fields.get("timezone") else None,
        "external_id": _limited(fields.get("external_id", ""), 128, "external_id"),
    }
    owner_email = fields.get("owner_email", "")
    if owner_email:
        owner = owners.get(owner_email.lower())
        if owner is None:
            raise NotFound(f"no user with email {owner_email!r}", field="owner_email")
        values["owner_id"] = owner
    return phone, {k: v for k, v in values.items() if v}


def read_source(source: bytes | str | Path) -> bytes:
    if isinstance(source, bytes):
        return source
    path = Path(source)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise NotFound(f"no such file: {path}", field="file") from None
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror}", field="file") from None


class ContactImportService(Service):
    def __init__(self, store: Store, clock: Clock, enrollment: EnrollmentService,
                 *, batch_size: int = 1000) -> None:
        super().__init__(store, clock)
        self._enrollment = enrollment
        self._batch_size = batch_size

    def preview(self, source: bytes | str | Path, overrides: Mapping[str, str] | None = None,
                rows: int = 5) -> ImportPreview:
        parsed = parse(read_source(source))
        mapping = resolve_mapping(parsed.headers, overrides)
        sample = tuple(row_fields(r, mapping) for r in parsed.rows[:rows])
        return ImportPreview(parsed.headers, mapping, sample, len(parsed.rows), parsed.encoding,
                             parsed.delimiter)

    def run(self, actor: Actor, source: bytes | str | Path, *, overrides: Mapping[str, str] | None = None,
            cadence_id: CadenceId | None = None, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None) -> ImportResult:
        """Import ``source``; ``cancelled`` is asked before every batch (from this thread),
        and a True answer stops the import there like a failed batch: what was written
        stays, the remaining rows are reported as not imported."""
        require(actor, Permission.MANAGE_CONTACTS)
        if cadence_id is not None:
            require(actor, Permission.ENROLL)
        parsed = parse(read_source(source))
        mapping = resolve_mapping(parsed.headers, overrides)
        region, owners = self._context(actor, cadence_id)
        result = ImportResult(parsed.headers, total_rows=len(parsed.rows))
        report = progress or (lambda done, total: None)
        report(0, result.total_rows)
        seen: set[str] = set()  # phones this import already wrote
        rows = parsed.rows
        for start in range(0, len(rows), self._batch_size):
            batch = rows[start:start + self._batch_size]
            if cancelled is not None and cancelled():
                self._stop(result, rows[start:], parsed, CANCELLED)
                break
            good = self._validate(batch, mapping, len(parsed.headers), region, owners, result)
            try:
                self._write_with_retry(actor.account_id, good, cadence_id, seen, result)
            except KixieError as exc:
                self._stop(result, rows[start:], parsed, f"batch from line {batch[0].line} not saved: {exc}")
                break
            report(min(start + len(batch), len(rows)), len(rows))
        if parsed.broken and result.stopped is None:
            line, reason = parsed.broken
            result.errors.append(RowError(line, None, reason))
        self._audit_import(actor, result, cadence_id)
        log.info("CSV import by %s: %s", actor.name, result.summary())
        return result

    def _context(self, actor: Actor, cadence_id: CadenceId | None) -> tuple[str, dict[str, UserId]]:
        with self._store.read() as uow:
            account = uow.accounts.get(actor.account_id)
            owners = {u.email.lower(): u.id for u in uow.users.list(actor.account_id)}
            if cadence_id is not None:
                if not uow.cadences.is_live(cadence_id):
                    raise NotFound(f"cadence {cadence_id} does not exist", field="cadence")
                summary = uow.cadences.summary(cadence_id)
                if not summary.active:
                    raise EnrollmentRefused(f"cadence {summary.name!r} is turned off", "inactive")
        return account.default_region, owners

    @staticmethod
    def _validate(batch: tuple[CsvRow, ...], mapping: Mapping[int, str], width: int, region: str,
                  owners: Mapping[str, UserId], result: ImportResult) -> list[_Row]:
        good = []
        for row in batch:
            extra = [c for c in row.cells[width:] if c.strip()]
            if extra:
                result.errors.append(RowError(row.line, None, f"the row has {len(row.cells)} cells but the "
                                              f"header has {width}", row.cells))
                continue
            try:
                phone, values = clean_row(row_fields(row, mapping), region, owners)
            except UserFacingError as exc:
                result.errors.append(RowError(row.line, exc.field, exc.message, row.cells))
                continue
            good.append(_Row(row.line, row.cells, phone, values))
        return good

    def _write_with_retry(self, account_id: AccountId, rows: list[_Row], cadence_id: CadenceId | None,
                          seen: set[str], result: ImportResult) -> None:
        try:
            self._write(account_id, rows, cadence_id, seen, result)
        except Conflict:
            # Someone else created one of these phones between our read and insert: the
            # batch was rolled back whole, so reading again and retrying once is safe.
            self._write(account_id, rows, cadence_id, seen, result)

    def _write(self, account_id: AccountId, rows: list[_Row], cadence_id: CadenceId | None,
               seen: set[str], result: ImportResult) -> None:
        if not rows:
            return
        now = self._clock()
        errors: list[RowError] = []
        counts = {"created": 0, "updated": 0, "duplicates": 0, "enrolled": 0}
        with self._store.write() as uow:
            stored = uow.contact_batches.by_phones(account_id, (r.phone for r in rows))
            merged: dict[str, Contact] = {}
            first_rows: dict[str, _Row] = {}
            for row in rows:
                if row.phone in merged or row.phone in seen:
                    counts["duplicates"] += 1
                else:
                    first_rows[row.phone] = row
                    counts["created" if row.phone not in stored else "updated"] += 1
                base = merged.get(row.phone) or stored.get(row.phone) or Contact(ContactId(0), row.phone)
                merged[row.phone] = replace(base, **row.values)  # type: ignore[arg-type]
            new = [c for p, c in merged.items() if p not in stored]
            changed = [c for p, c in merged.items() if p in stored and c != stored[p]]
            uow.contact_batches.add_many(account_id, new, now)
            uow.contact_batches.update_many(changed, now)
            if cadence_id is not None:
                counts["enrolled"] = self._enroll(uow, account_id, cadence_id, first_rows, errors)
        seen.update(merged)
        result.created += counts["created"]
        result.updated += counts["updated"]
        result.duplicates += counts["duplicates"]
        result.enrolled += counts["enrolled"]
        result.errors.extend(errors)

    def _enroll(self, uow: UnitOfWork, account_id: AccountId, cadence_id: CadenceId,
                first_rows: dict[str, _Row], errors: list[RowError]) -> int:
        contacts = uow.contact_batches.by_phones(account_id, first_rows)
        enrolled = 0
        for phone, row in first_rows.items():
            try:
                # A savepoint per row: a refusal undoes only that row's enrollment.
                with uow.savepoint():
                    self._enrollment.enroll_existing(uow, account_id, cadence_id, contacts[phone], "csv_import")
                enrolled += 1
            except UserFacingError as exc:
                code = f" ({exc.code})" if isinstance(exc, EnrollmentRefused) else ""
                errors.append(RowError(row.line, "cadence", f"contact saved but not enrolled: "
                                       f"{exc.message}{code}", row.cells))
        return enrolled

    @staticmethod
    def _stop(result: ImportResult, rest: tuple[CsvRow, ...], parsed: ParsedCsv, reason: str) -> None:
        result.stopped = reason
        already = {e.line for e in result.errors}
        for row in rest:
            if row.line not in already:
                result.errors.append(RowError(row.line, None, f"not imported: {reason}", row.cells))

    def _audit_import(self, actor: Actor, result: ImportResult, cadence_id: CadenceId | None) -> None:
        try:
            with self._store.write() as uow:
                self._audit(uow, actor, "import_contacts", "contact", None, created=result.created,
                            updated=result.updated, enrolled=result.enrolled, errors=len(result.errors),
                            cadence_id=cadence_id, stopped=result.stopped)
        except KixieError:
            log.warning("could not record the CSV import in the audit log", exc_info=True)
