"""Workbooks: python-calamine for values (about 15x faster than openpyxl), one grid per sheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from budgets.grid import Cell, Grid, column_letter
from provenance import InputError, SourceRef, check_zip_container


def read_grids(path: Path) -> list[Grid]:
    """Every non-empty sheet of a workbook as a Grid; cells keep `Sheet!B14` references."""
    check_zip_container(path, kind="xlsx", parts=_CELL_PARTS)
    from python_calamine import CalamineWorkbook, SheetTypeEnum

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise InputError("is not a readable xlsx workbook", path=path,
                         hint="open it in a spreadsheet program and save it again as .xlsx"
                         ) from exc
    grids: list[Grid] = []
    for sheet in workbook.sheets_metadata:
        if sheet.typ != SheetTypeEnum.WorkSheet:
            continue  # a chart, dialog or macro sheet holds no cells
        try:
            rows = workbook.get_sheet_by_name(sheet.name).to_python(skip_empty_area=False)
        except Exception as exc:  # the parts read whole, yet the sheet does not
            raise InputError(f"is damaged: its sheet {sheet.name!r} cannot be read", path=path,
                             hint="open it in a spreadsheet program and save it again as "
                                  ".xlsx") from exc
        grids.append(_grid(path.name, sheet.name, rows))
    return grids


#: The parts of a workbook its cells are read from: sheets, the shared strings they point
#: into, the list of sheets and the number formats.
_CELL_PARTS = ("xl/worksheets/", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml")


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
