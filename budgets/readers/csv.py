"""CSV exports of a budget table: one grid, cells referenced as `file.csv!B14`."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from budgets.grid import Cell, Grid, column_letter
from provenance import InputError, SourceRef
from provenance.files import looks_binary


def read_grids(path: Path) -> list[Grid]:
    """The CSV file as one Grid (UTF-8 with or without BOM, UTF-16 with BOM as Excel saves
    "Unicode text", else Windows-1252; any delimiter; any line ends)."""
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
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
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        # newline=None reads old Mac line ends ("\r" alone) as line ends
        rows = list(csv.reader(io.StringIO(text, newline=None), dialect))
    except csv.Error as exc:  # a cell over the csv module's 131,072 characters, or a NUL
        raise InputError(f"cannot be read as a CSV table ({exc})", path=path,
                         hint="export the budget table again as CSV") from exc
    out = []
    for r, row in enumerate(rows):
        out.append(tuple(
            Cell(v, SourceRef(path=path.name, sheet=path.stem,
                              cell=f"{column_letter(c)}{r + 1}")) if v.strip() else None
            for c, v in enumerate(row)))
    return [Grid(path.stem, tuple(out), source_format="csv")]
