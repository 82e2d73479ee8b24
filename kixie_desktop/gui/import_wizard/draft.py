"""What the CSV import wizard's pages share: the file read once, the mapping the person
settled on, the cadence, and the outcome — plain data, touched on the Qt main thread only
(workers get copies of what they need), so no locking is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kixie_desktop.domain.errors import ValidationError
from kixie_desktop.domain.ids import CadenceId
from kixie_desktop.services.leads.contact_import import ImportResult
from kixie_desktop.services.leads.csv_parsing import IGNORE, find_column

SAMPLE_ROWS = 5
T = TypeVar("T")


@dataclass(frozen=True)
class LoadedFile:
    """A CSV file as read on a worker: its bytes (the import runs on exactly these, even if
    the file changes on disk meanwhile), headers, the service's guesses and a few raw rows."""

    path: Path
    data: bytes
    headers: tuple[str, ...]
    guesses: dict[int, str]
    samples: tuple[tuple[str, ...], ...]
    total_rows: int
    encoding: str
    delimiter: str

    def sample(self, column: int) -> str:
        """The first non-blank value of a column among the sample rows."""
        for row in self.samples:
            if column < len(row) and row[column].strip():
                return row[column].strip()
        return ""


@dataclass
class ImportDraft:
    file: LoadedFile | None = None
    mapping: dict[int, str] = field(default_factory=dict)  # column index -> field
    cadence_id: CadenceId | None = None
    cadence_name: str = ""
    result: ImportResult | None = None
    error: str | None = None  # why the import did not run at all (e.g. permission)

    def load(self, file: LoadedFile) -> None:
        self.file, self.mapping = file, dict(file.guesses)
        self.result, self.error = None, None

    def overrides(self) -> dict[str, str]:
        """Every column named explicitly (by header, or by number when the header is blank or
        repeated), so the service imports exactly the mapping the person saw, guesses aside."""
        if self.file is None:
            return {}
        headers = self.file.headers
        out: dict[str, str] = {}
        for index, header in enumerate(headers):
            for key in (header, str(index + 1)):
                if key and _addresses(headers, key, index):
                    out[key] = self.mapping.get(index, IGNORE)
                    break
        return out


def _addresses(headers: tuple[str, ...], key: str, index: int) -> bool:
    try:
        return find_column(headers, key) == index
    except ValidationError:
        return False
