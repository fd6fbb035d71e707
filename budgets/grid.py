"""A table as it stands in its source, before any interpretation.

Every reader (xlsx, csv, docx, pdf) turns its document into `Grid`s; one interpreter
(`budgets.interpret`) turns grids into resource lines. A grid keeps the source's layout:
merged header cells are repeated into every cell they cover (with `merged=True`) and every
cell carries its `SourceRef`. Workbook grids keep their spacer columns (the interpreter
pairs shifted headers with their figures); the DOCX and PDF readers place header cells over
the data columns themselves and drop columns that are empty in every row.
"""

from __future__ import annotations

from dataclasses import dataclass

from provenance import SourceRef


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: its text as printed, its typed value when the source has one."""

    text: str
    ref: SourceRef
    value: object = None  # int/float/Decimal from a workbook cell; None for printed text
    merged: bool = False  # True when this position is covered by another cell's merge


@dataclass(frozen=True, slots=True)
class Grid:
    """A rectangular table: `rows[r][c]` is a Cell or None for an empty position.

    `caption` is the text printed just above the table (`II. Financial resources`,
    `A. Overall`, `(Thousands of United States dollars …)`), which often says what the
    table is and in what unit; `name` is the sheet name or `table N`.
    """

    name: str
    rows: tuple[tuple[Cell | None, ...], ...]
    caption: str = ""
    page: int | None = None
    source_format: str = ""

    @property
    def width(self) -> int:
        """Number of columns (the longest row)."""
        return max((len(r) for r in self.rows), default=0)

    def text(self, r: int, c: int) -> str:
        """Text at row r, column c, or '' when empty or out of range."""
        if r >= len(self.rows) or c >= len(self.rows[r]):
            return ""
        cell = self.rows[r][c]
        return cell.text if cell is not None else ""


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: spreadsheet column letters, for cell addresses."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
