"""Which key each disposition has in the PowerCall disposition form."""

from __future__ import annotations

from kixie_desktop.domain.directory import Disposition
from kixie_desktop.domain.ids import DispositionId
from kixie_desktop.gui.powercall.disposition_form import numbered


def outcomes(*keys: int | None, archived: tuple[int, ...] = ()) -> list[Disposition]:
    return [Disposition(DispositionId(n), f"D{n}", n, n in archived, key) for n, key in enumerate(keys, 1)]


def keys_of(dispositions: list[Disposition]) -> list[tuple[str, int | None]]:
    return [(d.name, key) for d, key in numbered(dispositions)]


def test_a_dispositions_own_key_wins_over_its_place() -> None:
    assert keys_of(outcomes(3, 1, 2)) == [("D1", 3), ("D2", 1), ("D3", 2)]


def test_a_key_taken_off_is_not_put_back_by_place() -> None:
    assert keys_of(outcomes(1, None, 2)) == [("D1", 1), ("D2", None), ("D3", 2)]


def test_an_account_without_keys_is_numbered_by_place_up_to_nine() -> None:
    assert [key for _, key in keys_of(outcomes(*[None] * 11))] == [1, 2, 3, 4, 5, 6, 7, 8, 9, None, None]


def test_archived_dispositions_are_not_offered() -> None:
    assert keys_of(outcomes(None, None, None, archived=(2,))) == [("D1", 1), ("D3", 2)]
    assert keys_of(outcomes(1, 2, archived=(1,))) == [("D2", 2)]
