"""Read the tables of a budget report in Word format (.docx) into `Grid`s.

The reader walks the document's XML itself (python-docx only opens the package), because
the budget tables need what python-docx hides: which cells are merged horizontally
(`gridSpan`) or vertically (`vMerge`), tables nested inside the summary box, and paragraphs
that carry a table as tab-separated or run-together text.

Word places cells on a lattice of grid columns that header and data rows share only loosely:
a header cell may start one grid column later than the figure it stands over (spacer
columns), and one figure may span two grid columns. The reader therefore takes the data
rows' cell boundaries as the table's columns and places every header cell over the columns
it overlaps most; grid columns that hold nothing in any row are dropped. A cell covered by
a horizontal or vertical merge repeats the merged text with `merged=True`, except a label
alone on its row (a heading such as `Total, including temporary positions`), which stays
in the label column as a workbook or the PDF prints it. A table's caption is the few
paragraphs above it, after the heading of the section it stands in.

A Word document has no pages, so every cell's `SourceRef` names the table as a reader finds
it: by the section it stands in, as the UN's own cross-references do (`sect. II.A`: the
heading `A. Overall` under `II. Financial resources`; `annex II, sect. VII` in an annex),
and by the number its caption prints (`Table 3`) or else its place among the section's
tables (`2nd table`); a table nested in another's cell is named after it (`…, inner table
1`). Then the cell within it (`C5`: third column, fifth row as printed):
`sect. II.A, 1st table, C5`. The grid's own `name` stays `table 7` (counted in document
order, nested tables included). A table rebuilt from a paragraph names that paragraph
instead (`para 57`, counted in document order).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from budgets.grid import Cell, Grid, column_letter
from provenance import InputError, SourceRef, check_readable
from provenance.docx import (
    document_body,
    has_hidden_text,
    hidden_text_note,
    note_unread,
    open_docx,
    paragraph_text,
    shows_nothing,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_SDT, _SDT_CONTENT, _CUSTOM_XML = f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"
_VAL, _WIDTH = f"{_W}val", f"{_W}w"

#: How many non-empty paragraphs before a table make its caption (after the heading of
#: the section the table stands in).
CAPTION_PARAGRAPHS = 3
#: The most grid columns a table may have: Word makes tables of 63 columns at most, the
#: shared reports' widest has 28. A row's offset and spans are fitted into its table's grid,
#: and a table wider than this is refused: laying it out would cost rows x columns.
GRID_COLUMN_LIMIT = 256
#: A section heading of a UN report: `II. Financial resources`, `E. Human resources`.
SECTION_HEADING = re.compile(r"^(?:[IVX]{1,5}|[A-Z])\.\s+[A-Z][^.]{2,90}$")
#: An annex's heading: `Annex`, `Annex II`.
_ANNEX = re.compile(r"^Annex(?:\s+([IVX]{1,5}))?$")
#: A table's number as its caption prints it, on a line of its own: `Table 3`.
_TABLE_NUMBER = re.compile(r"^Table\s+(\d{1,3})$")

_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f]+")
#: A printed figure: thousands grouped by (non-breaking, thin) spaces, parentheses for
#: negatives, a dash for zero, an optional percent sign.
_FIGURE = re.compile(
    r"^[(\[]?[-−]?\d{1,3}(?:[ ,]\d{3})*(?:\.\d+)?[)\]]?%?$|^\d+(?:\.\d+)?%?$|^[–—-]$"
)
#: Words that end a run of column headings (`… 2025/26 apportionment Cost estimates`).
_HEADING_CUE = re.compile(
    r"\b(?:apportionment|appropriation|expenditures?|estimates|variance|amount|percentage|"
    r"approved|proposed|actual|requirements|budget|category|\d{4}/\d{2}|\(\d+\))(?=\s|$)",
    re.IGNORECASE)
_FIGURE_TOKEN = re.compile(
    r"(?<![\w.])(?:\(?-?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*(?:\.\d+)?\)?%?|[–—])(?![\w.])"
)


def read_grids(path: Path) -> list[Grid]:
    """Every table of a .docx budget report as a `Grid`, in document order.

    Raises `InputError` for a missing, corrupt or oversized file. A document without tables
    gives an empty list; deciding that no budget table was found is the caller's job.
    """
    p = check_readable(path)
    body = _open_body(p)
    reader = _DocumentReader(str(path))
    reader.walk(body)
    note_unread(p, [hidden_text_note(p, f"{reader.hidden} paragraph(s) or table row(s)")]
                if reader.hidden else [])
    return reader.grids


def _open_body(p: Path):
    """The `w:body` element of the document, or InputError when the package is unusable."""
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    try:
        document = open_docx(p)
    # a part whose deflate stream is damaged (zlib.error, EOFError), stored with a method
    # zipfile lacks (NotImplementedError) or encrypted (RuntimeError) fails only when read
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, LxmlError,
            OSError, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
        raise InputError(
            f"not a readable Word document ({type(exc).__name__})",
            path=p,
            hint="open it in Word and save it again as .docx",
        ) from exc
    return document_body(document, p)


def figure_like(text: str) -> bool:
    """True when `text` is printed like a figure: `1 234.5`, `(71 008.0)`, `–`, `17.3`."""
    return bool(_FIGURE.match(_SPACES.sub(" ", text).strip()))


def _clean(text: str) -> str:
    """Cell text with every kind of space (tab, no-break, thin) as one plain space."""
    return _SPACES.sub(" ", text).strip()


@dataclass(slots=True)
class _RawCell:
    """A `w:tc` as placed on the grid-column lattice of its table."""

    start: int
    span: int
    text: str
    vmerge: str | None  # None, "restart" or "continue"
    merged: bool = False


def _cell_props(tc) -> tuple[int, str | None]:
    """(gridSpan, vMerge state) of a `w:tc`."""
    span, vmerge = 1, None
    tcpr = tc.find(f"{_W}tcPr")
    if tcpr is not None:
        gs = tcpr.find(f"{_W}gridSpan")
        if gs is not None:
            try:
                span = max(1, int(gs.get(_VAL, "1")))
            except ValueError:
                span = 1
        vm = tcpr.find(f"{_W}vMerge")
        if vm is not None:
            vmerge = "restart" if vm.get(_VAL) == "restart" else "continue"
    return span, vmerge


def _row_offset(tr, name: str) -> int:
    """`w:gridBefore` / `w:gridAfter` of a row: grid columns skipped."""
    trpr = tr.find(f"{_W}trPr")
    if trpr is None:
        return 0
    el = trpr.find(f"{_W}{name}")
    if el is None:
        return 0
    try:
        return max(0, int(el.get(_VAL, "0")))
    except ValueError:
        return 0


class _DocumentReader:
    """Walks the body in reading order, collecting captions and tables."""

    def __init__(self, path: str):
        self.path = path
        self.grids: list[Grid] = []
        self.table_count = 0
        self.paragraph_count = 0
        self.paragraph_tables = 0
        self.section = ""  # the last section heading read (`E. Human resources`)
        self.hidden = 0  # paragraphs and cells whose hidden text was passed over
        # where a reader finds the next table: the annex, chapter (`II`) and section (`A`)
        # it stands in, and how many tables each section has had
        self.annex = self.chapter = self.letter = ""
        self.tables_in: dict[str, int] = {}
        self.named: set[tuple[str, str]] = set()  # (section, name) given so far

    def _heading(self, text: str) -> None:
        """Follow the annex, chapter and section headings a paragraph may be."""
        annex = _ANNEX.match(text)
        if annex:
            self.annex = f"annex {annex.group(1)}" if annex.group(1) else "annex"
            self.chapter = self.letter = ""
            return
        if not SECTION_HEADING.match(text):
            return
        mark = text.split(".", 1)[0]
        # "I. Programmatic activities" after "H. Analysis …" is section I, not chapter I
        follows = bool(self.letter) and len(mark) == 1 and ord(mark) == ord(self.letter) + 1
        if re.fullmatch(r"[IVX]+", mark) and not follows:
            self.chapter, self.letter = mark, ""
        else:
            self.letter = mark

    def _place(self, caption: list[str]) -> str:
        """The table's name as a reader finds it: `sect. II.A, Table 3` when its caption
        prints a number, else `sect. II.A, 2nd table` (see the module docstring)."""
        section = ".".join(x for x in (self.chapter, self.letter) if x)
        where = ", ".join(x for x in (self.annex, f"sect. {section}" if section else "") if x)
        self.tables_in[where] = self.tables_in.get(where, 0) + 1
        printed = next((m.group(0) for line in reversed(caption)
                        if (m := _TABLE_NUMBER.match(line))), None)
        name = printed if printed and (where, printed) not in self.named \
            else f"{_ordinal(self.tables_in[where])} table"
        self.named.add((where, name))
        return f"{where}, {name}" if where else name

    def _caption(self, recent: list[str]) -> str:
        """The paragraphs just above a table, after the heading of the section it is in."""
        lines = recent[-CAPTION_PARAGRAPHS:]
        if self.section and self.section not in lines:
            lines = [self.section, *lines]
        return "\n".join(lines)

    def walk(self, container) -> None:
        """Read the blocks of a body or table cell, tables and paragraph tables alike."""
        recent: list[str] = []
        pending: list[tuple[int, str]] = []  # paragraphs that may hold a table
        previous: tuple[int, str] | None = None  # the paragraph before, for a heading row
        for block in _blocks(container):
            if block.tag == _P:
                if has_hidden_text(block):
                    self.hidden += 1
                if shows_nothing(block):  # deleted or hidden, mark and all
                    continue
                self.paragraph_count += 1
                text = paragraph_text(block, text_boxes=True)
                if _may_hold_rows(text):
                    if not pending and previous is not None and "\t" in previous[1].strip():
                        # tab-separated column headings just above the rows
                        pending.append(previous)
                        if recent and recent[-1] == _clean(previous[1]):
                            recent.pop()
                    pending.append((self.paragraph_count, text))
                    continue
                self._flush_paragraph_table(pending, recent)
                pending = []
                previous = (self.paragraph_count, text)
                if text.strip():
                    recent.append(_clean(text))
                    if SECTION_HEADING.match(recent[-1]):
                        self.section = recent[-1]
                    self._heading(recent[-1])
            elif block.tag == _TBL:
                self._flush_paragraph_table(pending, recent)
                pending = []
                previous = None
                self.read_table(block, self._caption(recent), self._place(recent))
                recent = []
        self._flush_paragraph_table(pending, recent)

    def read_table(self, tbl, caption: str, place: str) -> None:
        """One `w:tbl` into a Grid, its cells named after `place` (`sect. II.A, 1st
        table`), then the tables nested in its cells."""
        self.table_count += 1
        number = self.table_count
        widths = []
        grid_el = tbl.find(f"{_W}tblGrid")
        if grid_el is not None:
            for gc in grid_el.findall(f"{_W}gridCol"):
                try:
                    widths.append(int(float(gc.get(_WIDTH, "0"))))
                except ValueError:
                    widths.append(0)
        rows: list[list[_RawCell]] = []
        offsets: list[int] = []
        nested: list = []
        for tr in _table_rows(tbl):
            cells: list[_RawCell] = []
            for tc in _row_cells(tr):
                span, vmerge = _cell_props(tc)
                parts = []
                for child in _blocks(tc):
                    if child.tag == _P:
                        parts.append(paragraph_text(child, text_boxes=True))
                    elif child.tag == _TBL:
                        nested.append(child)
                cells.append(_RawCell(0, span, _clean(" ".join(parts)), vmerge))
            hidden = has_hidden_text(tr)
            self.hidden += hidden
            if hidden and not any(cell.text for cell in cells):
                continue  # a row of hidden text only: Word neither shows nor prints it
            rows.append(cells)
            offsets.append(_row_offset(tr, "gridBefore"))
        name = f"table {number}"
        _fit_to_grid(rows, offsets, len(widths), name, self.path)
        _resolve_vertical_merges(rows)
        grid_rows = _layout(rows, widths, lambda r, c: SourceRef(
            path=self.path, table=place, cell=f"{column_letter(c)}{r + 1}"))
        if any(any(cell is not None for cell in row) for row in grid_rows):
            self.grids.append(Grid(name=name, rows=grid_rows, caption=caption,
                                   source_format="docx"))
        for inner, tc_table in enumerate(nested, start=1):
            # A nested table's caption is the paragraphs before it inside its cell.
            self.walk_nested(tc_table, f"{place}, inner table {inner}")

    def walk_nested(self, tbl, place: str) -> None:
        """A table nested in a cell: caption from the paragraphs above it in that cell."""
        recent: list[str] = []
        sibling = tbl.getprevious()
        while sibling is not None and len(recent) < CAPTION_PARAGRAPHS:
            if sibling.tag == _P:
                text = _clean(paragraph_text(sibling, text_boxes=True))
                if text:
                    recent.insert(0, text)
            elif sibling.tag == _TBL:
                break
            sibling = sibling.getprevious()
        self.read_table(tbl, "\n".join(recent), place)

    def _flush_paragraph_table(self, pending: list[tuple[int, str]], recent: list[str]) -> None:
        """Turn paragraphs that together print a table into a Grid (or give them back)."""
        if not pending:
            return
        rows = _paragraph_rows(pending)
        if rows is None:
            recent.extend(_clean(text) for _, text in pending if text.strip())
            return
        self.paragraph_tables += 1
        name = f"paragraph table {self.paragraph_tables}"
        grid_rows = []
        for r, (para, fields) in enumerate(rows):
            grid_rows.append(tuple(
                Cell(text=field, ref=SourceRef(path=self.path, paragraph=str(para),
                                               cell=f"{column_letter(c)}{r + 1}"))
                if field else None
                for c, field in enumerate(fields)))
        self.grids.append(Grid(name=name, rows=tuple(grid_rows),
                               caption=self._caption(recent),
                               source_format="docx"))
        recent.clear()


def _ordinal(n: int) -> str:
    """1 → `1st`, 2 → `2nd`, 11 → `11th`, 23 → `23rd`."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _wrapped(container, tags: tuple[str, ...]) -> Iterator:
    """The children of `container` with one of `tags`, in order, looking through the
    wrappers Word keeps around them: content controls (`w:sdt`, a form's field or a
    repeating section) and custom XML elements (`w:customXml`, a bound template's)."""
    for child in container.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _wrapped(content, tags)
        elif child.tag == _CUSTOM_XML:
            yield from _wrapped(child, tags)


def _blocks(container) -> Iterator:
    """Paragraphs and tables of a container in order, looking through wrappers."""
    return _wrapped(container, (_P, _TBL))


def _table_rows(tbl) -> Iterator:
    """The `w:tr` of a table, looking through wrappers."""
    return _wrapped(tbl, (_TR,))


def _row_cells(tr) -> Iterator:
    """The `w:tc` of a row, looking through wrappers."""
    return _wrapped(tr, (_TC,))


def _fit_to_grid(rows: list[list[_RawCell]], offsets: list[int], grid_columns: int,
                 name: str, path: str) -> None:
    """Place each row's cells on the grid columns (`start`), from the row's offset
    (`w:gridBefore`) and the cells' spans, fitted into the table's grid: its `w:tblGrid`
    (or, without one, its widest row), and never narrower than its row of most cells.

    An offset or a span past the grid is damage (a span of 2,000,000,000 would have the
    layout build lists that long): it is cut down so that the row ends on the grid's last
    column, each later cell keeping one column. A table whose grid is wider than
    `GRID_COLUMN_LIMIT` is refused.
    """
    if grid_columns == 0:  # no w:tblGrid (Word always writes one)
        grid_columns = max((offset + sum(cell.span for cell in cells)
                            for cells, offset in zip(rows, offsets, strict=True)), default=0)
    grid_columns = max([grid_columns] + [len(cells) for cells in rows])
    if grid_columns > GRID_COLUMN_LIMIT:
        raise InputError(f"{name} is {grid_columns:,} grid columns wide (Word makes tables of "
                         f"at most 63): a damaged or hostile document", path=path,
                         hint="open it in Word and save it again as .docx, or give the PDF")
    for cells, offset in zip(rows, offsets, strict=True):
        col = min(offset, grid_columns - len(cells))
        for i, cell in enumerate(cells):
            cell.start = col
            cell.span = max(1, min(cell.span, grid_columns - col - (len(cells) - i - 1)))
            col += cell.span


def _resolve_vertical_merges(rows: list[list[_RawCell]]) -> None:
    """A `vMerge` continuation shows the text of the cell it continues, marked merged."""
    above: dict[int, _RawCell] = {}
    for cells in rows:
        current: dict[int, _RawCell] = {}
        for cell in cells:
            if cell.vmerge == "continue":
                origin = above.get(cell.start)
                if origin is not None:
                    cell.text = origin.text
                    cell.merged = True
                    cell.span = origin.span
            current[cell.start] = cell
        above.update(current)


def _layout(rows: list[list[_RawCell]], widths: list[int], ref_for) -> tuple:
    """Place raw cells on the table's true columns (see the module docstring)."""
    n_grid = max([len(widths)] + [c.start + c.span for cells in rows for c in cells])
    widths = widths + [0] * (n_grid - len(widths))
    width_of = [w if w > 0 else 1 for w in widths]
    body = [cells for cells in rows if any(figure_like(c.text) for c in cells[1:] if c.text)]
    source = body or rows
    # a column starts where most rows start a cell: a few rows laid out differently (a
    # figure spanning three columns) must not split the columns of all the others
    counts: dict[int, int] = {}
    widest: dict[int, int] = {}  # grid column → the widest span of a cell starting there
    for cells in source:
        for start in {cell.start for cell in cells}:
            counts[start] = counts.get(start, 0) + 1
        for cell in cells:
            widest[cell.start] = max(widest.get(cell.start, 0), cell.span)
    starts = {0} | {start for start, n in counts.items() if n >= 0.4 * len(source)}
    covered: set[int] = set()  # grid columns inside a cell that starts a column

    def cover(start: int) -> None:
        covered.update(range(start + 1, start + widest.get(start, 0)))

    for start in starts:
        cover(start)
    for cells in source:
        for cell in cells:
            if cell.text and cell.start not in starts and cell.start not in covered:
                starts.add(cell.start)  # a figure no common column can hold
                cover(cell.start)
    starts_sorted = sorted(s for s in starts if s < n_grid)
    columns = [(s, (starts_sorted[i + 1] - 1 if i + 1 < len(starts_sorted) else n_grid - 1))
               for i, s in enumerate(starts_sorted)]
    placed: list[list[tuple[_RawCell, bool] | None]] = []
    for cells in rows:
        best: list[_RawCell | None] = [None] * len(columns)
        best_key: list[tuple[int, int]] = [(-1, -1)] * len(columns)
        for cell in cells:
            if not cell.text:
                continue
            last = cell.start + cell.span - 1
            # the columns the cell overlaps: from the one it starts in to the one it ends in
            for k in range(max(0, bisect_right(starts_sorted, cell.start) - 1),
                           bisect_left(starts_sorted, last + 1)):
                a, b = columns[k]
                lo, hi = max(a, cell.start), min(b, last)
                if lo > hi:
                    continue
                key = (sum(width_of[lo:hi + 1]), 1 if a <= cell.start <= b else 0)
                if key > best_key[k]:
                    best[k], best_key[k] = cell, key
        placed.append([None if cell is None else (cell, cell.merged or cell.start < a)
                       for cell, (a, _) in zip(best, columns, strict=True)])
    keep = [k for k in range(len(columns)) if any(row[k] is not None for row in placed)]
    grid_rows = []
    for r, row in enumerate(placed):
        cells_out: list[Cell | None] = []
        filled = {id(entry[0]) for entry in row if entry is not None}
        # a label alone on its row, its cell stretched over the next columns, is a
        # heading: printed as a label (as a workbook or the PDF shows it), not repeated
        heading = len(filled) == 1 and row[keep[0]] is not None
        for new_c, k in enumerate(keep):
            entry = row[k]
            if entry is None or (heading and new_c > 0):
                cells_out.append(None)
                continue
            raw, merged = entry
            cells_out.append(Cell(text=raw.text, ref=ref_for(r, new_c), merged=merged))
        grid_rows.append(tuple(cells_out))
    return tuple(grid_rows)


# --- tables printed as paragraphs ---------------------------------------------------

def _may_hold_rows(text: str) -> bool:
    """Could this paragraph be (part of) a table printed as text?"""
    if "\t" not in text.strip("\t") and len(_FIGURE_TOKEN.findall(text)) < 6:
        return False
    return any(len(_split_line(line)[1]) >= 2 for line in text.split("\n"))


def _split_line(line: str) -> tuple[list[str], list[str]]:
    """Fields of one printed row: tab-separated when it has tabs, else label + figures."""
    inner = line.strip("\t ")
    if "\t" in inner:
        fields = [_clean(f) for f in re.split(r"\t+", inner) if _clean(f)]
        figures = [f for f in fields if figure_like(f)]
        return fields, figures
    figures = [_clean(m.group(0)) for m in _FIGURE_TOKEN.finditer(inner)]
    return [], figures


def _split_run_together(text: str) -> list[list[str]]:
    """Rows of a paragraph whose rows follow each other without breaks.

    Each row is a label followed by its figures; a new row starts where words follow a
    figure. The column headings that run into the first label end at the last heading word
    (`apportionment`, `estimates`, a period such as `2025/26`); they are kept as one field.
    """
    rows: list[list[str]] = []
    label_start = row_label_end = 0
    figures: list[str] = []
    pos = 0
    for match in _FIGURE_TOKEN.finditer(text):
        gap = text[pos:match.start()]
        if gap.strip():
            if figures:
                rows.append([_clean(text[label_start:row_label_end]), *figures])
                figures = []
            label_start = pos
        if not figures:
            row_label_end = match.start()
        figures.append(_clean(match.group(0)))
        pos = match.end()
    if figures:
        rows.append([_clean(text[label_start:row_label_end]), *figures])
    if rows:
        # the column headings run into the first label: split after the last heading word
        first = rows[0][0]
        cues = list(_HEADING_CUE.finditer(first))
        if cues and cues[-1].end() < len(first.rstrip()):
            cut = cues[-1].end()
            rows[0][0] = first[cut:].strip()
            rows.insert(0, [first[:cut].strip()])
    return rows


def _paragraph_rows(pending: list[tuple[int, str]]) -> list[tuple[int, list[str]]] | None:
    """Rows of a table printed as paragraphs, or None when the text is not a table.

    Accepted: lines with tab-separated fields (one row per line or paragraph), or a single
    run of text where labels and figures alternate. Three or more rows must carry the same
    number of figures, so that prose with a few numbers is never taken for a table.
    """
    rows: list[tuple[int, list[str]]] = []
    for para, text in pending:
        lines = [ln for ln in text.split("\n") if ln.strip()]
        for line in lines:
            fields, _ = _split_line(line)
            if fields:
                rows.append((para, fields))
            else:
                rows.extend((para, row) for row in _split_run_together(line))
    counts = [sum(1 for f in fields if figure_like(f)) for _, fields in rows]
    if not counts:
        return None
    common = max(set(counts), key=counts.count)
    if common < 2 or counts.count(common) < 3:
        return None
    width = max(len(fields) for _, fields in rows)
    aligned = []
    for para, fields in rows:
        if len(fields) < width:
            # figures stand in the rightmost columns; the label keeps the first
            fields = [fields[0], *[""] * (width - len(fields)), *fields[1:]]
        aligned.append((para, fields))
    return aligned
