"""Workbooks: python-calamine for values (about 15x faster than openpyxl), one grid per sheet."""

from __future__ import annotations

import html
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

from budgets.grid import Cell, Grid, column_letter
from provenance import InputError, SourceRef, check_zip_container


def read_grids(path: Path) -> list[Grid]:
    """Every non-empty sheet of a workbook as a Grid; cells keep `Sheet!B14` references."""
    check_zip_container(path, kind="xlsx", parts=_CELL_PARTS)
    check_extents(path)
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


#: Cells a sheet's used range may span: the shared budget workbooks' largest is 53 rows by 28
#: columns. python-calamine holds the whole range in memory, empty cells too: one value in
#: cell XFD1048576 of a 5 kB file made it ask for 550 GB and abort the process.
MAX_SHEET_CELLS = 2_000_000

_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF = re.compile(rb"\br=\"([A-Z]{0,3})(\d*)\"")
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is)\b")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_ATTRIBUTE = re.compile(rb"([\w:]+)=\"([^\"]*)\"")


def check_extents(path: Path) -> None:
    """InputError for a workbook with a sheet whose values span more than `MAX_SHEET_CELLS`
    cells (from A1 to its last row and column that hold a value), before python-calamine
    would hold them all. Cells with a format and no value do not count, as calamine skips
    them."""
    with zipfile.ZipFile(path) as archive:
        names = _sheet_names(archive)
        for member in archive.namelist():
            if not (member.startswith("xl/worksheets/") and member.endswith(".xml")):
                continue
            rows, columns = _extent(archive.read(member))
            if rows * columns > MAX_SHEET_CELLS:
                sheet = names.get(member, member)
                raise InputError(
                    f"has a sheet ({sheet!r}) whose values reach cell "
                    f"{column_letter(columns - 1)}{rows}: {rows * columns:,} cells to hold, "
                    f"over the {MAX_SHEET_CELLS:,} a budget's tables could need", path=path,
                    hint="delete the rows and columns far outside the tables (or what stands "
                         "in them) and save it again")


def _extent(xml: bytes) -> tuple[int, int]:
    """(last row, last column), 1-based, of the cells of a sheet's XML that hold a value;
    a cell or row without its reference follows the one before."""
    last_row = last_column = row_at = 0
    for row in _ROW.finditer(xml):
        ref = _REF.search(row.group(1))
        row_at = int(ref.group(2)) if ref and ref.group(2) else row_at + 1
        column_at = 0
        for cell in _CELL.finditer(row.group(2) or b""):
            ref = _REF.search(cell.group(1))
            at = row_at
            if ref and ref.group(1):
                column_at = 0
                for letter in ref.group(1):
                    column_at = column_at * 26 + letter - 64
                at = int(ref.group(2)) if ref.group(2) else row_at
            else:
                column_at += 1
            if cell.group(2) and _VALUE.search(cell.group(2)):
                last_row, last_column = max(last_row, at), max(last_column, column_at)
    return last_row, last_column


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet part's sheet name, as the workbook and its relationships give them."""
    try:
        workbook = archive.read("xl/workbook.xml")
        links = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {}
    for found in _RELATIONSHIP.finditer(links):
        attributes = dict(_ATTRIBUTE.findall(found.group(1)))
        if b"Id" in attributes and b"Target" in attributes:
            target = attributes[b"Target"].decode("utf-8", "replace")
            targets[attributes[b"Id"]] = (target.lstrip("/") if target.startswith("/")
                                          else f"xl/{target}")
    out: dict[str, str] = {}
    for found in _SHEET.finditer(workbook):
        attributes = dict(_ATTRIBUTE.findall(found.group(1)))
        key = next((v for k, v in attributes.items() if k.endswith(b":id")), None)
        if key in targets and b"name" in attributes:
            out[targets[key]] = html.unescape(attributes[b"name"].decode("utf-8", "replace"))
    return out


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
