"""Reading contact CSV files: decoding, dialect, physical line numbers, column mapping.

Pure functions over bytes and strings (no storage, no clock), used by the import
service on a worker thread and by the UI's preview. Rules, also in docs/integrations.md:

- Encoding: a UTF-8 or UTF-16 byte-order mark wins; otherwise UTF-8, and if that fails
  Windows-1252 (what Excel's plain "CSV" saves on Windows).
- Delimiter: an Excel ``sep=;`` first line wins; otherwise whichever of ``,`` ``;`` tab
  ``|`` occurs most often outside quotes in the header line (``,`` on a tie or none).
- The first non-blank record is the header. Blank lines and rows of empty cells are skipped.
- A row's ``line`` is the physical line of the file where the row starts, counting every
  line break inside quoted cells, so it matches what an editor shows.
- A cell exported by us with a formula guard (``'`` before ``= + - @``, tab or CR) reads
  back without the guard: an exported E.164 number ``'+15125550100`` is ``+15125550100``.
  Exactly: a cell of ``'`` characters then ``= + - @``, tab or CR loses one ``'``; the export
  adds one to every such cell (``'+1…`` is written ``''+1…``), so any cell round-trips.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kixie_desktop.domain.errors import ValidationError

FIELDS: tuple[str, ...] = ("phone", "first_name", "last_name", "full_name", "email", "company",
                           "timezone", "external_id", "owner_email")
IGNORE = "ignore"

# Normalised header (lower case, letters and digits only) -> field.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "phone": ("phone", "phonenumber", "phoneno", "mobile", "mobilephone", "mobilenumber", "cell",
              "cellphone", "cellnumber", "telephone", "tel", "phone1", "primaryphone", "number",
              "contactnumber", "mobilephonenumber", "directdial", "workphone"),
    "first_name": ("firstname", "first", "givenname", "forename", "fname"),
    "last_name": ("lastname", "last", "surname", "familyname", "lname"),
    "full_name": ("name", "fullname", "contactname", "contact", "leadname"),
    "email": ("email", "emailaddress", "mail", "email1", "workemail"),
    "company": ("company", "companyname", "organization", "organisation", "account", "accountname",
                "business", "employer"),
    "timezone": ("timezone", "tz", "zone", "timezonename"),
    "external_id": ("externalid", "id", "crmid", "recordid", "leadid", "contactid", "extid"),
    "owner_email": ("owneremail", "owner", "contactowner", "contactowneremail", "leadowner",
                    "leadowneremail", "assignedto", "assignedtoemail", "agentemail"),
}
_GUESS = {alias: field for field, aliases in _SYNONYMS.items() for alias in aliases}
_DELIMITERS = (",", ";", "\t", "|")
_GUARDED = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class CsvRow:
    line: int  # physical line of the file where the row starts (1-based)
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ParsedCsv:
    headers: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    encoding: str
    delimiter: str
    header_line: int
    # Set when the file could not be read to the end: (line, reason). Rows before it are kept.
    broken: tuple[int, str] | None = None


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def sniff_delimiter(header_line: str) -> str:
    counts = {d: _count_outside_quotes(header_line, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def restore_cell(value: str) -> str:
    """Undo the export formula guard (see module docstring), and trim spaces."""
    text = value.strip()
    if text[:1] == "'" and text[1:].lstrip("'").startswith(_GUARDED):
        return text[1:]
    return text


def neutralise_cell(value: str) -> str:
    """Export rule (SPEC §9): a cell a spreadsheet would run as a formula gets a leading ``'``.

    So does a cell that already looks guarded (``'`` characters, then a guarded one): the
    import strips exactly one ``'`` from such a cell, so every cell reads back as written.
    """
    return "'" + value if value.lstrip("'").startswith(_GUARDED) else value


def parse(data: bytes | str) -> ParsedCsv:
    text, encoding = decode(data) if isinstance(data, bytes) else (data.lstrip("\ufeff"), "text")
    lines = io.StringIO(text, newline="")
    first = lines.readline()
    offset = 0
    match = re.fullmatch(r'"?sep=(.)"?[\r\n]*', first, flags=re.IGNORECASE)
    if match:
        delimiter, offset = match.group(1), 1
    else:
        delimiter = sniff_delimiter(first)
        lines.seek(0)
    reader = csv.reader(lines, delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    headers: tuple[str, ...] | None = None
    header_line = 0
    rows: list[CsvRow] = []
    broken: tuple[int, str] | None = None
    consumed = 0  # physical lines read so far (the csv reader's line_num)
    while True:
        start = offset + consumed + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            broken = (start, f"unreadable CSV from this line on: {exc}")
            break
        consumed = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if headers is None:
            headers, header_line = tuple(cell.strip() for cell in record), start
            continue
        rows.append(CsvRow(start, tuple(record)))
    if headers is None:
        raise ValidationError("the file has no header row", field="file")
    return ParsedCsv(headers, tuple(rows), encoding, delimiter, header_line, broken)


def _normalise_header(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def guess_mapping(headers: Iterable[str]) -> dict[int, str]:
    """Column index -> field, from the headers; each field goes to its first column."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = _GUESS.get(_normalise_header(header))
        if field and field not in mapping.values():
            mapping[index] = field
    if "first_name" in mapping.values() or "last_name" in mapping.values():
        # Separate name columns are more precise than a "Name" column.
        mapping = {i: f for i, f in mapping.items() if f != "full_name"}
    return mapping


def find_column(headers: tuple[str, ...], column: str) -> int:
    """A column by header (exact, then case- and punctuation-blind) or 1-based number."""
    for index, header in enumerate(headers):
        if header == column:
            return index
    wanted = _normalise_header(column)
    for index, header in enumerate(headers):
        if wanted and _normalise_header(header) == wanted:
            return index
    if column.isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    raise ValidationError(f"no column {column!r} in the file (columns: {', '.join(headers)})",
                          field="map")


def resolve_mapping(headers: tuple[str, ...], overrides: Mapping[str, str] | None = None,
                    *, guess: bool = True) -> dict[int, str]:
    """The guessed mapping with ``overrides`` (column -> field or ``ignore``) applied."""
    mapping = guess_mapping(headers) if guess else {}
    for column, field in (overrides or {}).items():
        field = field.strip().lower()
        if field not in (*FIELDS, IGNORE):
            raise ValidationError(f"unknown field {field!r}; use one of {', '.join(FIELDS)} or {IGNORE}",
                                  field="map")
        index = find_column(headers, column)
        # A field maps to one column: the override takes it from a guessed one.
        mapping = {i: f for i, f in mapping.items() if i != index and f != field}
        if field != IGNORE:
            mapping[index] = field
    if "phone" not in mapping.values():
        raise ValidationError("no column is mapped to phone; map one with phone", field="map")
    return dict(sorted(mapping.items()))


def split_full_name(name: str) -> tuple[str, str]:
    """'Mary Ann Smith' -> ('Mary Ann', 'Smith'); one word is a first name."""
    parts = name.split()
    if len(parts) < 2:
        return (parts[0] if parts else ""), ""
    return " ".join(parts[:-1]), parts[-1]


def row_fields(row: CsvRow, mapping: Mapping[int, str]) -> dict[str, str]:
    """The mapped cells of a row, guard-restored and trimmed; a missing cell is blank."""
    cells = row.cells
    return {field: restore_cell(cells[i]) if i < len(cells) else "" for i, field in mapping.items()}
