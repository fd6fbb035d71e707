"""Proposed staffing changes: the posts and positions each office gains or loses.

Budget reports print the changes they propose in a table headed `Component/office/section/
unit | Type | Number | Level | Functional title | Action | From/to` (titled "Human
resources: proposed changes", "Proposed staffing changes", "staffing model", "civilian
staffing review"…). Rows of three kinds follow one another:

- headings, one cell wide: a component (`Component 1: protection of civilians`,
  `Executive direction and management`), then a division, office, section or unit;
- changes: `Posts | International | (1) | P-3 | Civil Affairs Officer | Abolishment`, the
  type printed once for the rows under it, abolished posts in parentheses;
- sums: `Net change | (3)` under each office, `Subtotal`, `Total, component 1`, `Total`.

Every printed sum is checked against the changes it closes; a sum that matches none of the
spans it could close is a warning, never a silent fix. Reports disagree on whether a
continued position counts towards the net change (MONUSCO's does not, UNMISS's does), so
both readings are accepted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from budgets.grid import Grid
from budgets.interpret import is_not_applicable, not_applicable
from budgets.model import StaffingChange
from budgets.numbers import parse_amount
from provenance import DataWarning, SourceRef

_SUM = re.compile(r"^(?:net change|subtotal|total)\b", re.I)
_COMPONENT = re.compile(r"^(?:component\s+\d+\b|executive direction and management$|"
                        r"(?:mission )?support(?: component)?$)", re.I)
_TYPE = re.compile(r"^(?:temporary\s+)?(posts?|positions?)$", re.I)
_TITLE_LINE = re.compile(r"(human resources:|staffing)", re.I)
#: the header's words, as the reports print them and as a workbook may relabel them
_HEADER = (("office", r"office|component|section"), ("type", r"^(?:type|category)$"),
           ("number", r"^(?:number|no\.)(?: of (?:posts|positions|posts and positions))?$"),
           ("level", r"^(?:level|grade)$"), ("title", r"^(?:functional )?title$"),
           ("action", r"action$"), ("from_to", r"^from ?/ ?to$"))


def _columns(grid: Grid) -> dict[str, int] | None:
    """Column of each field, from the header row; None when this is not such a table."""
    for r in range(min(8, len(grid.rows))):
        header = [grid.text(r, c).strip().lower() for c in range(grid.width)]
        found: dict[str, int] = {}
        for c, text in enumerate(header):
            for key, pattern in _HEADER:
                if key not in found and re.search(pattern, text):
                    found[key] = c
        if {"office", "number", "level", "title"} <= found.keys():
            found["header"] = r
            return found
    return None


def is_staffing_table(grid: Grid) -> bool:
    """True for a table of proposed staffing changes (by its header)."""
    return _columns(grid) is not None


def _table_title(caption: str) -> str:
    lines = [ln.strip() for ln in caption.splitlines() if ln.strip()]
    for line in reversed(lines):
        if _TITLE_LINE.search(line) and len(line) < 120:
            return re.sub(r"^[A-H]\.\s+", "", line)  # "F. Proposed staffing changes"
    return "Proposed staffing changes"


def _int(text: str) -> int | None:
    value = parse_amount(text)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)


def read_staffing(grids: Sequence[Grid], path: str) -> tuple[list[StaffingChange],
                                                             list[DataWarning]]:
    """Every staffing change of the report's staffing tables, and the checks' warnings."""
    changes: list[StaffingChange] = []
    warnings: list[DataWarning] = []
    for grid in grids:
        col = _columns(grid)
        if col is None:
            continue
        above = [grid.text(r, 0) for r in range(col["header"])]
        rows = [({key: grid.text(r, c).strip() for key, c in col.items() if key != "header"},
                 _ref(grid, r, (col["number"], col["title"]), path))
                for r in range(col["header"] + 1, len(grid.rows))]
        found, problems = _read_rows(rows, _table_title("\n".join([grid.caption, *above])))
        changes.extend(found)
        warnings.extend(problems)
    return changes, warnings


Row = tuple[dict[str, str], SourceRef]


def _read_rows(rows: Sequence[Row], title: str) -> tuple[list[StaffingChange],
                                                         list[DataWarning]]:
    """The changes of one table's rows (cells by field), with every printed sum checked."""
    out: list[StaffingChange] = []
    warnings: list[DataWarning] = []
    component, office, kind = "", "", ""
    # where each span a printed sum may close begins: the table, each heading, each sum
    starts: list[int] = [0]
    for cells, ref in rows:
        first = cells.get("office", "")
        number_text = cells.get("number", "")
        if first and _SUM.match(first) and not cells.get("title"):
            printed = _int(number_text)
            if printed is not None:
                _check_sum(out, starts, printed, first, ref, warnings)
            elif number_text:
                label = " ".join(first.split())
                warnings.append(
                    not_applicable(label, number_text, [ref], "the sum is not checked")
                    if is_not_applicable(number_text) else DataWarning(
                        "staffing_unreadable", f"'{label}' prints '{number_text}' where its "
                        "sum stands, not a whole number; the sum is not checked", ref))
            starts.append(len(out))
            continue
        if cells.get("title") and number_text:
            number = _int(number_text)
            if number is None and re.fullmatch(r"\(\s*\d+", number_text):
                # "(1" with its closing parenthesis lost: an abolished post all the same
                number = -int(number_text.strip("( "))
                warnings.append(DataWarning(
                    "staffing_repaired", f"staffing change '{cells['title']}' prints "
                    f"'{number_text}' without its closing parenthesis; read as {number}",
                    ref, severity="info"))
            if number is None and is_not_applicable(number_text):
                warnings.append(not_applicable(
                    f"staffing change '{' '.join(cells['title'].split())}' of "
                    f"{office or 'the table'}", number_text, [ref], "row left out"))
                continue
            if number is None:
                where = office or "the table"
                warnings.append(DataWarning(
                    "staffing_unreadable", f"staffing change '{cells['title']}' of {where}: "
                    f"number '{number_text}' is not a whole number; row left out", ref))
                continue
            if _TYPE.match(first):
                kind = "post" if first.lower().startswith("post") else "position"
            out.append(StaffingChange(
                component=component, office=office or component, kind=kind or "post",
                category=" ".join(cells.get("type", "").split()), number=number,
                level=" ".join(cells.get("level", "").split()),
                title=" ".join(cells["title"].split()), action=cells.get("action", "").strip(),
                from_to=" ".join(cells.get("from_to", "").split()), table=title, at=ref))
            continue
        if cells.get("title") and cells["title"] != first:
            warnings.append(DataWarning(
                "staffing_unreadable", f"staffing change '{' '.join(cells['title'].split())}' "
                f"of {office or component or 'the table'} prints no number of posts or "
                "positions; row left out", ref))
            continue
        if first and not any(v for k, v in cells.items() if k != "office" and v != first):
            heading = " ".join(first.split())
            if _COMPONENT.match(heading):
                component, office = heading, ""
            else:
                office = heading
            kind = ""
            starts.append(len(out))
    return out, warnings


def _check_sum(changes: list[StaffingChange], starts: list[int], printed: int, label: str,
               ref: SourceRef, warnings: list[DataWarning]) -> None:
    """Warn when a printed sum matches no span of changes it could close."""
    candidates = set()
    for start in starts:
        span = changes[start:]
        candidates.add(sum(c.number for c in span))
        candidates.add(sum(c.number for c in span if c.changes_level))
    if printed not in candidates:
        last = sum(c.number for c in changes[starts[-1]:] if c.changes_level)
        warnings.append(DataWarning(
            "staffing_mismatch", f"'{' '.join(label.split())}' prints {printed:+d} posts and "
            f"positions, but the changes above it add up to {last:+d}; the printed sum is kept "
            "as printed and the changes as listed", ref))


def _ref(grid: Grid, r: int, columns: tuple[int, ...], path: str) -> SourceRef:
    """The first of `columns`' cells the row fills (its number, else its title)."""
    for c in columns:
        cell = grid.rows[r][c] if r < len(grid.rows) and c < len(grid.rows[r]) else None
        if cell is not None:
            return cell.ref
    return SourceRef(path=path, page=grid.page, table=grid.name)


# ------------------------------------------------------------------------ PDF editions

_ROW_GAP = 12.8  # points: lines of one cell are about 10.4 apart, rows 14 or more
_FOOTER = 55.0  # points from the page's foot: page numbers and job numbers
_END = re.compile(r"^(?:[A-H]\.\s|\d+\.\s|Table \d+|_{5,})")


@dataclass
class _Segment:
    top: float
    left: float
    right: float
    text: str


def _segments(textpage: Any) -> list[tuple[float, list[_Segment]]]:
    """The page's lines of text runs, left to right, hyphenated pieces put back together."""
    raw = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        # pdfium marks a hyphen at the end of a line as \x02 (or U+FFFE)
        text = re.sub(r"[\x02\ufffe]", "-", textpage.get_text_bounded(left, bottom, right, top))
        if text.strip():
            raw.append(_Segment(top, left, right, text))
    lines: list[tuple[float, list[_Segment]]] = []
    for seg in sorted(raw, key=lambda s: -s.top):
        # a hyphen's run stands a few points below the letters around it
        if lines and min(s.top for s in lines[-1][1]) - seg.top <= 4.5:
            lines[-1][1].append(seg)
        else:
            lines.append((seg.top, [seg]))
    out = []
    for top, segs in lines:
        merged: list[_Segment] = []
        for seg in sorted(segs, key=lambda s: s.left):
            prev = merged[-1] if merged else None
            # "P" "-" "3", "Secretary" "-" "General": a hyphen splits a word into three runs
            gap = seg.left - prev.right if prev is not None else 99.0
            if prev is not None and -0.5 <= gap < 3 and (
                    gap < 1.8 or prev.text.rstrip().endswith("-")
                    or seg.text.lstrip().startswith("-")):
                prev.text = prev.text.rstrip() + seg.text.lstrip()
                prev.right = seg.right
            else:
                merged.append(_Segment(seg.top, seg.left, seg.right, seg.text))
        out.append((top, merged))
    return out


def read_staffing_pdf(path: Path, pages: Sequence[str] | None = None) -> tuple[
        list[StaffingChange], list[DataWarning]]:
    """The staffing tables of a PDF budget report, read from the positions of its text.

    `pages` is the report's text layer when the caller has read it (only the pages that
    print the table's header are then opened again). A from/to cell that spans several
    rows is printed once across them; its words go to the rows they stand beside, where
    the DOCX edition repeats the whole text in each row.

    Columns start where the header's words do; a line with a figure in the Number column
    opens a change or closes a sum; a line in the first column opens a heading, unless it
    stands within a line's height of the one above (a heading or label wrapped); any other
    line continues the cells of the row above.
    """
    from provenance.pdf import open_pdf

    changes: list[StaffingChange] = []
    warnings: list[DataWarning] = []
    tables: list[tuple[str, list[Row]]] = []
    with open_pdf(path) as document:
        wanted = (range(len(document)) if pages is None else
                  [i for i, text in enumerate(pages) if "Functional title" in text])
        for index in wanted:
            page = document[index]
            textpage = page.get_textpage()
            try:
                if pages is None and "Functional title" not in textpage.get_text_range():
                    continue
                lines = _segments(textpage)
            finally:
                textpage.close()
                page.close()
            numbers = {top: n for n, (top, _) in enumerate(lines, start=1)}  # line on the page
            headers = [top for top, segs in lines
                       if any(s.text.strip().lower() == "functional title" for s in segs)]
            for i in range(len(headers)):  # a page may end one table and begin another
                above = headers[i - 1] - 4 if i else float("inf")
                below = headers[i + 1] + 4 if i + 1 < len(headers) else _FOOTER
                found = _page_rows([(t, segs) for t, segs in lines if below < t < above],
                                   path.name, index + 1, numbers)
                if found is None:
                    continue
                title, rows = found
                if title or not tables:
                    tables.append((title or "Proposed staffing changes", rows))
                else:  # the table goes on from the page before
                    tables[-1][1].extend(rows)
    for title, rows in tables:
        found_changes, problems = _read_rows(rows, title)
        changes.extend(found_changes)
        warnings.extend(problems)
    return changes, warnings


def _page_rows(lines: list[tuple[float, list[_Segment]]], name: str, page: int,
               numbers: dict[float, int]) -> tuple[str | None, list[Row]] | None:
    """(the table's title if it starts on this page, its rows on this page); each row cites
    the page's line it starts on (`numbers`: a line's top → its number on the page)."""
    segments = [seg for _, segs in lines for seg in segs]
    header = [s for s in segments if s.text.strip().lower() == "functional title"]
    if not header:
        return None
    header_top = header[0].top
    starts: dict[str, float] = {}
    for seg in segments:
        if abs(seg.top - header_top) <= 12:
            word = " ".join(seg.text.split()).lower()
            for key, pattern in _HEADER:
                if key not in starts and re.search(pattern, word):
                    starts[key] = seg.left
    if not {"office", "number", "level", "title"} <= starts.keys():
        return None
    order = sorted(starts.items(), key=lambda kv: kv[1])
    above = [" ".join(" ".join(s.text.split()) for s in segs) for top, segs in lines
             if header_top + 12 < top <= header_top + 60]
    title = _table_title("\n".join(above)) if any(_TITLE_LINE.search(t) for t in above) \
        else None

    def column(seg: _Segment) -> str:
        key = order[0][0]
        for field_name, left in order:
            if seg.left + 2 >= left:
                key = field_name
        return key

    rows: list[Row] = []
    cells: dict[str, list[str]] = {}
    kind = ""  # "change", "sum", "heading" for the row being built
    last_top = header_top
    ref = SourceRef(path=name, page=page, table="staffing changes")

    def start(top: float) -> None:
        nonlocal ref
        ref = SourceRef(path=name, page=page, table="staffing changes",
                        cell=f"line {numbers.get(top, 0)}")

    def close() -> None:
        if cells:
            # a word broken at a line's end by a hyphen: "Secretary-" + "General"
            rows.append(({k: re.sub(r"(?<=\w)- (?=[A-Z])", "-", " ".join(v))
                          for k, v in cells.items()}, ref))

    body = [(top, segs) for top, segs in lines if top < header_top - 4 and top > _FOOTER]
    # the header's second line ("section/unit") stands just below the first
    body = [(top, segs) for top, segs in body
            if not (header_top - top < 12 and column(segs[0]) == "office"
                    and "unit" in segs[0].text.lower() and len(segs) == 1)]
    for top, segs in body:
        text = " ".join(" ".join(s.text.split()) for s in segs)
        if _END.match(text) and kind != "change":
            break
        by_field: dict[str, list[str]] = {}
        for seg in segs:
            by_field.setdefault(column(seg), []).append(" ".join(seg.text.split()))
        number = " ".join(by_field.get("number", []))
        is_number = _int(number) is not None or re.fullmatch(r"\(\s*\d+", number) is not None
        near = last_top - top <= _ROW_GAP
        last_top = top
        if is_number and kind == "sum" and "number" not in cells:
            cells["number"] = [number]  # a wrapped label's figure on its own line
            continue
        if is_number and ("title" in by_field or "level" in by_field or "office" in by_field):
            close()
            start(top)
            cells = {k: list(v) for k, v in by_field.items()}
            first = " ".join(cells.get("office", []))
            kind = "sum" if _SUM.match(first) and "title" not in cells else "change"
            continue
        if "office" in by_field and not near:
            close()
            start(top)
            if _SUM.match(text):
                kind, cells = "sum", {"office": [text]}
            else:
                kind, cells = "heading", {"office": [text]}
            continue
        if kind in ("heading", "sum") and "office" in by_field:
            cells["office"].append(text)  # a heading or a sum's label, wrapped
            continue
        for key, values in by_field.items():  # the cells of the row above go on
            cells.setdefault(key, []).extend(values)
    close()
    return title, rows
