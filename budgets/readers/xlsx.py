"""Workbooks: python-calamine for values (about 15x faster than openpyxl), one grid per sheet.

What the workbook shows is read, and only that: hidden sheets, rows and columns are left
out (a draft column or an old copy of the table must not count as the budget's figures),
each with a warning or note. Cells calamine reads as empty although the sheet holds
something there (an error value such as `#REF!`, a formula saved without its value) get a
warning each, from the sheet's XML. A figure whose number format scales it (`#,##0,` shows
343462000 as 343,462) is read as it shows, as a person reading the sheet under its
"(Thousands of United States dollars)" reads it, with a note naming the cells; a number
shown as a percentage (`0.0%` shows 274.574 as 27457.4%) is read as that percentage, which
is no amount: the interpreter warns where one stands in place of a figure.
"""

from __future__ import annotations

import html
import math
import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from budgets.grid import Cell, Grid, column_letter
from budgets.interpret import SheetGrid
from provenance import DataWarning, InputError, SourceRef, check_zip_container


def read_grids(path: Path) -> list[Grid]:
    """Every non-empty visible sheet of a workbook as a Grid; cells keep `Sheet!B14`
    references. The grids carry the workbook's warnings: hidden sheets, rows and columns
    not read, error values and formulas without a value, figures read as their number
    format shows them."""
    check_zip_container(path, kind="xlsx", parts=_CELL_PARTS)
    scans = check_extents(path)
    from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # calamine's own errors, and its Rust panics (BaseException)
        raise InputError("is not a readable xlsx workbook", path=path,
                         hint="open it in a spreadsheet program and save it again as .xlsx"
                         ) from exc
    sheets: list[tuple[str, Sequence[Sequence[object]], list[_Merge]]] = []
    warnings: list[DataWarning] = []
    for sheet in workbook.sheets_metadata:
        if sheet.typ != SheetTypeEnum.WorkSheet:
            continue  # a chart, dialog or macro sheet holds no cells
        if sheet.visible != SheetVisibleEnum.Visible:
            warnings.append(DataWarning(
                "hidden_sheet", f"the sheet {sheet.name!r} is hidden: it was not read (a "
                "hidden sheet is no part of the workbook as shown or printed)",
                SourceRef(path=path.name, sheet=sheet.name), severity="info"))
            continue
        try:
            worksheet = workbook.get_sheet_by_name(sheet.name)
            rows = worksheet.to_python(skip_empty_area=False)
            merges = worksheet.merged_cell_ranges or []
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # the parts read whole, yet the sheet does not (a panic)
            raise InputError(f"is damaged: its sheet {sheet.name!r} cannot be read", path=path,
                             hint="open it in a spreadsheet program and save it again as "
                                  ".xlsx") from exc
        sheets.append((sheet.name, rows, merges))
    grids: list[Grid] = []
    for name, values, merges in sheets:
        scan = scans.get(name, _SheetScan())
        grid, hidden, scaled = _grid(path.name, name, values, scan, merges)
        grids.append(grid)
        warnings.extend(_scan_warnings(path.name, name, scan, hidden))
        if scaled:
            warnings.append(_scaled_warning(name, scaled))
    return [SheetGrid(g.name, g.rows, source_format=g.source_format, warnings=tuple(warnings))
            for g in grids]


#: The parts of a workbook its cells are read from: sheets, the shared strings they point
#: into, the list of sheets and the number formats.
_CELL_PARTS = ("xl/worksheets/", "xl/sharedStrings.xml", "xl/workbook.xml", "xl/styles.xml")


#: Cells a sheet's used range may span: the shared budget workbooks' largest is 53 rows by 28
#: columns. python-calamine holds the whole range in memory, empty cells too: one value in
#: cell XFD1048576 of a 5 kB file made it ask for 550 GB and abort the process.
MAX_SHEET_CELLS = 2_000_000
#: Cells holding a value a sheet may have, ten times its range's reach in cost: each costs
#: the interpreter about 50 microseconds and 2 kB (1.8 million took 90 s and 3.7 GB); the
#: shared tables hold 1,500 at most.
MAX_SHEET_VALUES = 200_000

_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF = re.compile(rb"\br\s*=\s*[\"']([A-Z]{0,3})(\d*)[\"']")
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is)\b")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b([^>]*)>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b([^>]*)>")
_ATTRIBUTE = re.compile(rb"([\w:]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def _attributes(tag: bytes) -> dict[bytes, bytes]:
    """An XML tag's attributes, quoted either way."""
    return {name: double or single for name, double, single in _ATTRIBUTE.findall(tag)}


def check_extents(path: Path) -> dict[str, _SheetScan]:
    """InputError for a workbook with a sheet whose values span more than `MAX_SHEET_CELLS`
    cells (from A1 to its last row and column that hold a value), or that holds more than
    `MAX_SHEET_VALUES` values, before python-calamine would hold them all. Cells with a
    format and no value do not count, as calamine skips them.

    Returns, by sheet name, what each sheet's XML holds that calamine's values do not say
    (`_SheetScan`), read in the same pass."""
    scans: dict[str, _SheetScan] = {}
    with zipfile.ZipFile(path) as archive:
        names = _sheet_names(archive)
        scaling = _scaling_styles(archive)
        # the sheets the workbook names, wherever its relationships put them
        parts = set(names) | {m for m in archive.namelist()
                              if m.startswith("xl/worksheets/") and m.endswith(".xml")}
        for member in sorted(parts & set(archive.namelist())):
            try:
                data = archive.read(member)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
                raise InputError(f"is damaged: its part {member} does not read whole",
                                 path=path, hint="download it again, or open it and save it "
                                                 "again as xlsx") from exc
            rows, columns, values = _measure(data)
            sheet = names.get(member, member)
            if values > MAX_SHEET_VALUES:
                raise InputError(
                    f"has a sheet ({sheet!r}) with over {MAX_SHEET_VALUES:,} cells holding "
                    f"values (by cell {column_letter(columns - 1)}{rows}), more than a "
                    "budget's tables hold (about 1,500)", path=path,
                    hint="keep only the budget's tables in the workbook (delete detail rows "
                         "and other data) and save it again")
            if rows * columns > MAX_SHEET_CELLS:
                raise InputError(
                    f"has a sheet ({sheet!r}) whose values reach cell "
                    f"{column_letter(columns - 1)}{rows}: {rows * columns:,} cells to hold, "
                    f"over the {MAX_SHEET_CELLS:,} a budget's tables could need", path=path,
                    hint="delete the rows and columns far outside the tables (or what stands "
                         "in them) and save it again")
            scans[sheet] = _scan(data, scaling)
    return scans


def _extent(xml: bytes) -> tuple[int, int]:
    """(last row, last column), 1-based, of the cells of a sheet's XML that hold a value;
    a cell or row without its reference follows the one before."""
    rows, columns, _ = _measure(xml)
    return rows, columns


def _measure(xml: bytes) -> tuple[int, int, int]:
    """`_extent`, and how many cells hold a value: counted up to one over
    `MAX_SHEET_VALUES`, where the extent stops too."""
    last_row = last_column = values = 0
    for at, column_at, _attributes_of, inner in _cells(xml):
        if inner and _VALUE.search(inner):
            last_row, last_column = max(last_row, at), max(last_column, column_at)
            values += 1
            if values > MAX_SHEET_VALUES:
                return last_row, last_column, values
    return last_row, last_column, values


def _cells(xml: bytes) -> Iterator[tuple[int, int, bytes, bytes | None]]:
    """(row, column, attributes, content) of each cell of a sheet's XML, 1-based; a cell
    or row without its reference follows the one before."""
    row_at = 0
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
            yield at, column_at, cell.group(1), cell.group(2)


def _sheet_names(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet part's sheet name, as the workbook and its relationships give them."""
    try:
        workbook = archive.read("xl/workbook.xml")
        links = archive.read("xl/_rels/workbook.xml.rels")
    except KeyError:
        return {}
    targets = {}
    for found in _RELATIONSHIP.finditer(links):
        attributes = _attributes(found.group(1))
        if b"Id" in attributes and b"Target" in attributes:
            target = attributes[b"Target"].decode("utf-8", "replace")
            targets[attributes[b"Id"]] = (target.lstrip("/") if target.startswith("/")
                                          else f"xl/{target}")
    out: dict[str, str] = {}
    for found in _SHEET.finditer(workbook):
        attributes = _attributes(found.group(1))
        key = next((v for k, v in attributes.items() if k.endswith(b":id")), None)
        if key in targets and b"name" in attributes:
            out[targets[key]] = html.unescape(attributes[b"name"].decode("utf-8", "replace"))
    return out


@dataclass
class _SheetScan:
    """What a sheet's XML holds that calamine's values do not say, 0-based positions."""

    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)  # → "#REF!"
    unvalued: dict[tuple[int, int], str] = field(default_factory=dict)  # → the formula
    #: numbers whose format scales what they show → the format ("#,##0,")
    scaled: dict[tuple[int, int], str] = field(default_factory=dict)


_HIDDEN_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*\bhidden\s*=\s*[\"'](?:1|true)[\"'][^>]*)>")
_HIDDEN_COLUMNS = re.compile(
    rb"<(?:\w+:)?col\b([^>]*\bhidden\s*=\s*[\"'](?:1|true)[\"'][^>]*)>")
_FORMULA = re.compile(rb"<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
_CACHED = re.compile(rb"<(?:\w+:)?(?:v|is)\b[^>]*>\s*[^<\s]")
_ERROR_TYPE = re.compile(rb"\bt\s*=\s*[\"']e[\"']")
_TEXT_TYPE = re.compile(rb"\bt\s*=\s*[\"'](?:str|inlineStr)[\"']")
_ANY_FORMULA = re.compile(rb"<(?:\w+:)?f[\s/>]")
_V = re.compile(rb"<(?:\w+:)?v\b[^>]*>([^<]*)<")


def _scan(xml: bytes, scaling: dict[int, str] | None = None) -> _SheetScan:
    """A sheet's hidden rows and columns, error values, formulas without a value and, when
    the workbook has number formats that scale (`scaling`: style index → format), the
    numbers shown in them, from its XML (a sheet without any costs a few searches)."""
    scan = _SheetScan()
    if scaling:
        scan.scaled = _scaled_cells(xml, scaling)
    for found in _HIDDEN_ROW.finditer(xml):
        ref = _REF.search(found.group(1))
        if ref and ref.group(2):
            scan.hidden_rows.add(int(ref.group(2)) - 1)
    for found in _HIDDEN_COLUMNS.finditer(xml):
        attributes = _attributes(found.group(1))
        if attributes.get(b"min", b"").isdigit() and attributes.get(b"max", b"").isdigit():
            scan.hidden_columns.update(range(int(attributes[b"min"]) - 1,
                                             min(int(attributes[b"max"]), 16384)))
    if not _ERROR_TYPE.search(xml) and not _ANY_FORMULA.search(xml):
        return scan
    for cell in _CELL.finditer(xml):
        body = cell.group(2) or b""
        ref = _REF.search(cell.group(1))
        if not ref or not ref.group(1) or not ref.group(2):
            continue  # a cell without its reference: calamine places it; so rare, not named
        column = 0
        for letter in ref.group(1):
            column = column * 26 + letter - 64
        at = (int(ref.group(2)) - 1, column - 1)
        if _ERROR_TYPE.search(cell.group(1)):
            value = _V.search(body)
            scan.errors[at] = html.unescape(value.group(1).decode("utf-8", "replace")
                                            ) if value else "#ERROR"
        elif (formula := _FORMULA.search(body)) is not None and not _CACHED.search(body) \
                and not _TEXT_TYPE.search(cell.group(1)):
            text = html.unescape((formula.group(1) or b"").decode("utf-8", "replace"))
            scan.unvalued[at] = text
    return scan


def _scan_warnings(document: str, sheet: str, scan: _SheetScan,
                   hidden: list[SourceRef]) -> list[DataWarning]:
    """One warning for a sheet's hidden rows and columns that hold values (left unread),
    one for each error value and each formula saved without its value."""
    def ref(at: tuple[int, int]) -> SourceRef:
        return SourceRef(path=document, sheet=sheet, cell=f"{column_letter(at[1])}{at[0] + 1}")

    out: list[DataWarning] = []
    if hidden:
        rows = sorted({int(re.sub(r"^[A-Z]+", "", h.cell or "0")) for h in hidden}
                      & {r + 1 for r in scan.hidden_rows})
        columns = sorted({re.sub(r"\d+$", "", h.cell or "") for h in hidden}
                         & {column_letter(c) for c in scan.hidden_columns},
                         key=lambda c: (len(c), c))
        what = ", ".join([f"row {r}" for r in rows[:8]] + [f"column {c}" for c in columns[:8]])
        out.append(DataWarning(
            "hidden_cells", f"the sheet {sheet!r} hides {what}: the {len(hidden)} value(s) in "
            "them were not read, as the sheet does not show them (unhide them to have them "
            "read)", hidden[0], tuple(hidden[1:6])))
    hidden_rows, hidden_columns = scan.hidden_rows, scan.hidden_columns
    for at, error in sorted(scan.errors.items()):
        if at[0] not in hidden_rows and at[1] not in hidden_columns:
            out.append(DataWarning(
                "error_value", f"the cell shows the error {error} where a value may stand; "
                "it is read as empty", ref(at)))
    for at, formula in sorted(scan.unvalued.items()):
        if at[0] not in hidden_rows and at[1] not in hidden_columns:
            out.append(DataWarning(
                "formula_without_value", f"the cell holds a formula (={formula[:60]}) saved "
                "without its value (the program that wrote the workbook did not calculate "
                "it); it is read as empty: open the workbook in a spreadsheet program and "
                "save it again to have it read", ref(at)))
    return out


#: what a number format prints as it stands (quoted text, an escaped character, a colour,
#: condition or locale in brackets, a space one character wide, a fill character): a comma
#: in it scales nothing
_FORMAT_LITERAL = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_NUMBER_FORMAT = re.compile(rb"<(?:\w+:)?numFmt\b([^>]*)>")
_CELL_STYLES = re.compile(rb"<(?:\w+:)?cellXfs\b[^>]*>(.*?)</(?:\w+:)?cellXfs>", re.S)
_STYLE = re.compile(rb"<(?:\w+:)?xf\b([^>]*)>")
_CELL_STYLE = re.compile(rb"\bs\s*=\s*[\"'](\d+)[\"']")
_TYPE = re.compile(rb"\bt\s*=\s*[\"'](\w*)[\"']")


def _format_sections(code: str) -> list[tuple[int, int]]:
    """(thousands it divides by, decimals it shows) of each section of a number format:
    `#,##0,` divides by a thousand once, `#,##0.0,,` by a million and shows one decimal;
    a comma between digits only groups them."""
    out = []
    for section in _FORMAT_LITERAL.sub(" ", code).split(";"):
        last = max(section.rfind(digit) for digit in "0#?")
        if last < 0:
            out.append((0, 0))
            continue
        after = section[last + 1:]
        point = section.find(".")
        decimals = sum(1 for ch in section[point + 1:last + 1] if ch in "0#?") \
            if 0 <= point < last else 0
        out.append((len(after) - len(after.lstrip(",")), decimals))
    return out


#: the built-in number formats that show a percentage (styles.xml does not list them)
_BUILT_IN_PERCENT = {b"9": "0%", b"10": "0.00%"}


def _is_percent(code: str) -> bool:
    """Does the number format show its number as a percentage (`0.0%`: 274.574 shows
    27457.4%)?"""
    return "%" in _FORMAT_LITERAL.sub(" ", code)


def _scaling_styles(archive: zipfile.ZipFile) -> dict[int, str]:
    """The workbook's cell styles whose number format scales what a cell shows (by a
    thousand or more, or a hundred as a percentage), by index (as a cell's `s` names it),
    with the format; empty for almost every workbook."""
    try:
        styles = archive.read("xl/styles.xml")
    except KeyError:
        return {}
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError):
        return {}  # check_zip_container read every cell part whole: not reached
    formats: dict[bytes, str] = dict(_BUILT_IN_PERCENT)
    for found in _NUMBER_FORMAT.finditer(styles):
        attributes = _attributes(found.group(1))
        code = html.unescape(attributes.get(b"formatCode", b"").decode("utf-8", "replace"))
        if any(scale for scale, _ in _format_sections(code)) or _is_percent(code):
            formats[attributes.get(b"numFmtId", b"")] = code
    cell_styles = _CELL_STYLES.search(styles)
    if cell_styles is None:
        return {}
    return {index: formats[number]
            for index, found in enumerate(_STYLE.finditer(cell_styles.group(1)))
            if (number := _attributes(found.group(1)).get(b"numFmtId")) in formats}


def _scaled_cells(xml: bytes, scaling: dict[int, str]) -> dict[tuple[int, int], str]:
    """The numbers of a sheet's XML shown in a style that scales them, by 0-based
    position; a cell or row without its reference follows the one before, as in
    `_measure`."""
    out: dict[tuple[int, int], str] = {}
    for at, column_at, attributes, _content in _cells(xml):
        style = _CELL_STYLE.search(attributes)
        kind = _TYPE.search(attributes)
        if style is not None and int(style.group(1)) in scaling \
                and (kind is None or kind.group(1) == b"n"):
            out[(at - 1, column_at - 1)] = scaling[int(style.group(1))]
    return out


def _section(value: int | float, code: str) -> tuple[int, int]:
    """(thousands it divides by, decimals it shows) of the section of the format `code`
    that shows `value`: the second shows negative numbers, the third zero."""
    sections = _format_sections(code)
    if value < 0 and len(sections) > 1:
        return sections[1]
    if value == 0 and len(sections) > 2:
        return sections[2]
    return sections[0]


def _shown(value: int | float, code: str) -> Decimal | None:
    """The figure a number `value` shows in the format `code` when the format scales it
    (`#,##0,`: 343462000 shows 343,462), exactly, rounded as the format rounds it (half
    away from zero); None when the format shows it as stored."""
    scale, decimals = _section(value, code)
    if not scale or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return (_exact(value) / Decimal(1000) ** scale).quantize(Decimal(1).scaleb(-decimals),
                                                            rounding=ROUND_HALF_UP)


def _percent(value: int | float, code: str) -> Decimal:
    """The percentage a number shows in a percent format: a hundred times it, with the
    decimals the format's section shows (`0.0%`: 274.574 → 27457.4)."""
    _, decimals = _section(value, code)
    return (_exact(value) * 100).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _exact(value: int | float) -> Decimal:
    """A workbook number as an exact Decimal (a float through its shortest repr)."""
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))


def _scaled_warning(sheet: str, scaled: list[tuple[SourceRef, int | float, Decimal, str]]
                    ) -> DataWarning:
    """The note on a sheet's figures read as their number format shows them; a warning
    when showing them rounded a figure."""
    ref, stored, shown, code = scaled[0]
    rounded = [r for r, value, figure, format_code in scaled
               if figure * Decimal(1000) ** _section(value, format_code)[0] != _exact(value)]
    message = (f"{len(scaled)} figure(s) of the sheet {sheet!r} are stored larger than they "
               f"show: their number format ({code!r}) divides what it shows by a thousand "
               f"or more (cell {ref.cell} holds {_text(stored)} and shows {shown}); each is "
               "read as it shows, in the unit the table states")
    if rounded:
        message += (f"; {len(rounded)} of them show a rounded figure (first: cell "
                    f"{rounded[0].cell}), read rounded as shown")
    return DataWarning("scaled_number_format", message, ref, tuple(r for r, *_ in scaled[1:6]),
                       severity="warning" if rounded else "info")


#: a merged range as python-calamine gives it: ((top, left), (bottom, right)), 0-based
_Merge = tuple[tuple[int, int], tuple[int, int]]
#: cells a merged value is repeated over at most: a figure merged over two or three columns,
#: a label over two rows
_MAX_MERGED = 1_000


def _grid(document: str, sheet: str, rows: Sequence[Sequence[object]],
          scan: _SheetScan, merges: Sequence[_Merge] = ()
          ) -> tuple[Grid, list[SourceRef], list[tuple[SourceRef, int | float, Decimal, str]]]:
    """The sheet as a Grid without its hidden rows and columns, the cells of values those
    hid, and the figures read as their number format shows them (cell, stored value,
    figure shown, format). A merged cell's value is repeated into every cell it covers,
    marked `merged`, as `Grid` promises."""
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    width = max((len(row) for row in rows), default=0)
    for (top, left), (bottom, right) in merges:
        first = rows[top][left] if top < len(rows) and left < len(rows[top]) else None
        if (isinstance(first, str) and right > left) or first is None or first == "" \
                or (bottom - top + 1) * (right - left + 1) > _MAX_MERGED:
            # words merged across columns are a heading over them ("Operational costs"
            # over the table's width), not a figure in each; an empty or vast merge is no
            # value to repeat (one A1:Z70000 merge cost 15 s and 920 MB)
            continue
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            for c in range(left, min(right, width - 1) + 1):
                if (r, c) != (top, left):
                    covered[(r, c)] = (top, left)
    out: list[tuple[Cell | None, ...]] = []
    hidden: list[SourceRef] = []
    scaled: list[tuple[SourceRef, int | float, Decimal, str]] = []
    for r, row in enumerate(rows):
        cells: list[Cell | None] = []
        for c, value in enumerate(row):
            merged = (r, c) in covered
            if merged:
                top, left = covered[(r, c)]
                value = rows[top][left] if top < len(rows) and left < len(rows[top]) else None
            if value is None or value == "":
                cells.append(None)
                continue
            ref = SourceRef(path=document, sheet=sheet, cell=f"{column_letter(c)}{r + 1}")
            if r in scan.hidden_rows or c in scan.hidden_columns:
                if not merged:
                    hidden.append(ref)
                cells.append(None)
                continue
            code = scan.scaled.get(covered.get((r, c), (r, c)))
            if code is not None and _is_percent(code) and isinstance(value, (int, float)) \
                    and not isinstance(value, bool) and math.isfinite(value):
                # 274.574 under "0.0%" shows 27457.4%: a percentage, as printed, never an
                # amount (the interpreter names a percentage where an amount stands)
                cells.append(Cell(f"{_percent(value, code)}%", ref, merged=merged))
                continue
            if code is not None and isinstance(value, (int, float)) \
                    and not isinstance(value, bool) \
                    and (shown := _shown(value, code)) is not None:
                if not merged:
                    scaled.append((ref, value, shown, code))
                value = shown
            text = value if isinstance(value, str) else _text(value)
            cells.append(Cell(str(text), ref, None if isinstance(value, str) else value,
                              merged=merged))
        out.append(tuple(cells))
    return Grid(sheet, tuple(out), source_format="xlsx"), hidden, scaled


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
