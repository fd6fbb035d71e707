"""CSV exports of a budget table: one grid, cells referenced as `file.csv!B14`."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from budgets.grid import Cell, Grid, column_letter
from budgets.interpret import SheetGrid
from provenance import DataWarning, InputError, SourceRef
from provenance.files import looks_binary

#: Cells (an empty line counts as one) a CSV table may have, as a workbook sheet may hold
#: values: the shared tables have 1,500 at most, and each costs the interpreter about 50
#: microseconds and 2 kB (a million lines did not finish in 120 s and held 3.5 GB).
MAX_CSV_CELLS = 200_000


def read_grids(path: Path) -> list[Grid]:
    """The CSV file as one Grid (UTF-8 with or without BOM, UTF-16 with BOM as Excel saves
    "Unicode text", else Windows-1252; any delimiter; any line ends). A UTF-8 file with a
    few bytes that are not UTF-8 is read as UTF-8, those bytes as U+FFFD, with a warning.
    A file of more than `MAX_CSV_CELLS` cells is refused, counted as it is read."""
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, replaced = data.decode("utf-16", errors="replace"), 0
    elif b"\x00" in data[:4096] and looks_binary(data):
        raise InputError("is a binary file, not CSV", path=path,
                         hint="export the table as CSV text")
    elif b"\x00" in data:
        # the figures under a zeroed stretch are lost, and the csv module stops at it
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise InputError(f"is damaged: it holds zero bytes from line {line} on (a damaged or "
                         "half-written copy)", path=path,
                         hint="export the table again as CSV, or get a fresh copy")
    else:
        text, replaced = _decode_8bit(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # one line of fifty million empty fields is held whole by the csv module before it can
    # be counted: no CSV has more cells than delimiters and lines
    if text.count(dialect.delimiter) > MAX_CSV_CELLS:
        raise _too_many_cells(path, None)
    rows: list[list[str]] = []
    cells = 0
    try:
        # newline=None reads old Mac line ends ("\r" alone) as line ends
        reader = csv.reader(io.StringIO(text, newline=None), dialect)
        for row in reader:
            cells += max(len(row), 1)
            if cells > MAX_CSV_CELLS:
                raise _too_many_cells(path, reader.line_num)
            rows.append(row)
    except csv.Error as exc:  # a cell over the csv module's 131,072 characters, or a NUL
        raise InputError(f"cannot be read as a CSV table ({exc})", path=path,
                         hint="export the budget table again as CSV") from exc
    out = []
    for r, row in enumerate(rows):
        out.append(tuple(
            Cell(v, SourceRef(path=path.name, sheet=path.stem,
                              cell=f"{column_letter(c)}{r + 1}")) if v.strip() else None
            for c, v in enumerate(row)))
    return [SheetGrid(path.stem, tuple(out), source_format="csv",
                      warnings=_replaced(out, replaced))]


_REPLACED = "\ufffd"


def _too_many_cells(path: Path, line: int | None) -> InputError:
    return InputError(
        f"holds over {MAX_CSV_CELLS:,} cells{f' by line {line:,}' if line else ''}, more than "
        "a budget's tables hold (about 1,500)", path=path,
        hint="export only the budget's tables as CSV")


def _decode_8bit(data: bytes) -> tuple[str, int]:
    """The text of UTF-8 (with or without BOM) or, when the bytes are not UTF-8,
    Windows-1252; and how many byte sequences were read as U+FFFD. A file with more valid
    UTF-8 characters beyond ASCII than sequences that are not UTF-8 (one Latin-1 "é"
    pasted into a UTF-8 export) stays UTF-8: read whole as Windows-1252, every en dash in it
    would become "â€“" and the rows under the first such dash would be lost."""
    try:
        return data.decode("utf-8-sig"), 0
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count(_REPLACED) - data.count(_REPLACED.encode("utf-8"))
    if len(text) - len(text.encode("ascii", "ignore")) - bad > bad:
        return text, bad
    return data.decode("cp1252", errors="replace"), 0


def _replaced(rows: list[tuple[Cell | None, ...]], count: int) -> tuple[DataWarning, ...]:
    """The warning for bytes read as U+FFFD, naming the first cell that holds one."""
    if not count:
        return ()
    first = next((cell for row in rows for cell in row
                  if cell is not None and _REPLACED in cell.text), None)
    where = f" (first: {first.text.strip()[:60]!r})" if first else ""
    return (DataWarning(
        "bad_bytes", f"the file is UTF-8 but {count} byte sequence(s) in it are not; they are "
        f"read as '{_REPLACED}'{where}", first.ref if first else None),)
