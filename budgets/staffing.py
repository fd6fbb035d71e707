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

from budgets.grid import Grid
from budgets.model import StaffingChange
from budgets.numbers import parse_amount
from provenance import DataWarning, SourceRef

_SUM = re.compile(r"^(?:net change|subtotal|total)\b", re.I)
_COMPONENT = re.compile(r"^(?:component\s+\d+\b|executive direction and management$|"
                        r"(?:mission )?support(?: component)?$)", re.I)
_TYPE = re.compile(r"^(?:temporary\s+)?(posts?|positions?)$", re.I)
_TITLE_LINE = re.compile(r"(human resources:|staffing)", re.I)


def _columns(grid: Grid) -> dict[str, int] | None:
    """Column of each field, from the header row; None when this is not such a table."""
    for r in range(min(8, len(grid.rows))):
        header = [grid.text(r, c).strip().lower() for c in range(grid.width)]
        found: dict[str, int] = {}
        for c, text in enumerate(header):
            for key, pattern in (("office", r"office|component"), ("type", r"^type$"),
                                 ("number", r"^number$"), ("level", r"^level$"),
                                 ("title", r"functional title"), ("action", r"action$"),
                                 ("from_to", r"^from ?/ ?to$")):
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
            return line
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
        columns = _columns(grid)
        if columns is not None:
            found, problems = _read_table(grid, columns, path)
            changes.extend(found)
            warnings.extend(problems)
    return changes, warnings


def _read_table(grid: Grid, col: dict[str, int], path: str) -> tuple[list[StaffingChange],
                                                                      list[DataWarning]]:
    above = [grid.text(r, 0) for r in range(col["header"])]
    title = _table_title("\n".join([grid.caption, *above]))
    out: list[StaffingChange] = []
    warnings: list[DataWarning] = []
    component, office, kind = "", "", ""
    # where each span a printed sum may close begins: the table, each heading, each sum
    starts: list[int] = [0]
    for r in range(col["header"] + 1, len(grid.rows)):
        first = grid.text(r, col["office"]).strip()
        cells = {key: grid.text(r, c).strip() for key, c in col.items() if key != "header"}
        number_text = cells.get("number", "")
        if first and _SUM.match(first) and not cells.get("title"):
            printed = _int(number_text)
            if printed is not None:
                _check_sum(out, starts, printed, first, grid, r, col, path, warnings)
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
                    _ref(grid, r, col["number"], path), severity="info"))
            if number is None:
                where = office or "the table"
                warnings.append(DataWarning(
                    "staffing_unreadable", f"staffing change '{cells['title']}' of {where}: "
                    f"number '{number_text}' is not a whole number; row left out",
                    _ref(grid, r, col["number"], path)))
                continue
            if _TYPE.match(first):
                kind = "post" if first.lower().startswith("post") else "position"
            out.append(StaffingChange(
                component=component, office=office or component, kind=kind or "post",
                category=cells.get("type", ""), number=number, level=cells.get("level", ""),
                title=" ".join(cells["title"].split()), action=cells.get("action", ""),
                from_to=" ".join(cells.get("from_to", "").split()), table=title,
                at=_ref(grid, r, col["number"], path)))
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
               grid: Grid, r: int, col: dict[str, int], path: str,
               warnings: list[DataWarning]) -> None:
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
            "as printed and the changes as listed", _ref(grid, r, col["number"], path)))


def _ref(grid: Grid, r: int, c: int, path: str) -> SourceRef:
    cell = grid.rows[r][c] if r < len(grid.rows) and c < len(grid.rows[r]) else None
    if cell is not None:
        return cell.ref
    return SourceRef(path=path, page=grid.page, table=grid.name)
