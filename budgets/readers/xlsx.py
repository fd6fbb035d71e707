"""Workbooks: python-calamine for values (about 15x faster than openpyxl), one grid per sheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from budgets.grid import Cell, Grid, column_letter
from provenance import InputError, SourceRef, check_zip_container


def read_grids(path: Path) -> list[Grid]:
    """Every non-empty sheet of a workbook as a Grid; cells keep `Sheet!B14` references."""
    check_zip_container(path, kind="xlsx")
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise InputError("is not a readable xlsx workbook", path=path,
                         hint="open it in a spreadsheet program and save it again as .xlsx"
                         ) from exc
    grids: list[Grid] = []
    for name in workbook.sheet_names:
        try:
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
        except Exception:  # a chart sheet or a damaged sheet: nothing to read there
            continue
        grids.append(_grid(path.name, name, rows))
    return grids


def _grid(document: str, sheet: str, rows: Sequence[Sequence[object]]) -> Grid:
    out: list[tuple[Cell | None, ...]] = []
    for r, row in enumerate(rows):
        cells: list[Cell | None] = []
        for c, value in enumerate(row):
            if value is None or value == "":
                cells.append(None)
                continue
            text = value if isinstance(value, str) else _text(value)
            ref = SourceRef(path=document, sheet=sheet, cell=f"{column_letter(c)}{r + 1}")
            cells.append(Cell(str(text), ref, None if isinstance(value, str) else value))
        out.append(tuple(cells))
    return Grid(sheet, tuple(out), source_format="xlsx")


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
