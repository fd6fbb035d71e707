"""The scorers' reading of the gold data: a mistake here would misstate every figure."""

from __future__ import annotations

import pytest

from benchmarks.pema import parse_cell


@pytest.mark.parametrize(("cell", "refs", "ours"), [
    ("28a, 32, 34i(a)", [("28", "28a"), ("32", "32"), ("34", "34ia")], True),
    ("6a, c, d", [("6", "6a"), ("6", "6c"), ("6", "6d")], True),
    ("4:00 AM", [("4", "4a")], True),  # a spreadsheet turned "4 a" into a time
    ("26 (S/26090)", [], False),  # another document's paragraph
    ("19 referring to 77 (S/1996/1012)", [("19", "19")], True),
    ("p2", [], True),  # a preambular paragraph
])
def test_pema_cells_give_operative_refs(cell: str, refs: list, ours: bool) -> None:
    assert parse_cell(cell) == (refs, ours)
