"""Grids → resource lines: find each kind of table, read its header, multiply out its unit.

The interpreter knows the UN's tables, not any one file's layout: a table is recognised by
the labels in it (`Gross requirements`, `Military contingents`), a column by the words of
its header (a period such as `2025/26` and a measure such as `apportionment`, `approved`,
`appropriation`, `expenditure`, `cost estimates`, `proposed`, `requirements`), wherever
the table starts on the sheet and however many spacer or notes columns it has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from budgets.grid import Cell, Grid
from budgets.model import LineRole, Measure, ResourceLine, TableKind
from budgets.numbers import misgrouped, parse_amount, strip_footnotes, whole_dollars
from provenance import DataWarning, SourceRef

# a footnote letter may follow ("Proposed 2026/27a")
_PERIOD = re.compile(r"\b(20\d{2}|19\d{2})\s*[/–-]\s*(\d{2}|\d{4})(?=[a-z]?\b)")
_MEASURES: tuple[tuple[re.Pattern[str], Measure], ...] = (
    (re.compile(r"recommend", re.I), Measure.RECOMMENDED),
    (re.compile(r"expenditure|actual|spent|spending", re.I), Measure.EXPENDITURE),
    (re.compile(r"cost estimate|estimate|proposed|proposal|requirements?|request", re.I),
     Measure.COST_ESTIMATES),
    (re.compile(r"apportion|approved|appropriat|budget\b|authori[sz]ed", re.I),
     Measure.APPORTIONMENT),
)
_DERIVED = re.compile(r"variance|percentage|per ?cent|%|balance|=|÷|change|difference|increase|"
                      r"decrease", re.I)
_NOTES = re.compile(r"^(?:notes?|remarks?|comments?|explanation|source|footnotes?)\b", re.I)
_FINANCIAL_LABELS = re.compile(
    r"^(?:gross requirements|net requirements|total requirements|staff assessment income|"
    r"military contingents|military observers|formed police units|international staff|"
    r"operational costs|civilian personnel|facilities and infrastructure|air operations|"
    r"ground transportation|official travel)$", re.I)
_TOTAL = re.compile(r"^(?:gross requirements|net requirements|total requirements|total|"
                    r"grand total|total \(.*\))$", re.I)
#: a subtotal row's label ("Subtotal, civilian personnel"); the ACABQ reader uses it too
SUBTOTAL = re.compile(r"^sub-?total\b", re.I)
_THOUSANDS = re.compile(r"thousands", re.I)
_MILLIONS = re.compile(r"millions", re.I)
_DOLLARS = re.compile(r"dollars|US\$|USD", re.I)
#: a figure the table says does not apply or is not available: n/a, N/A, n.a., ..
_NOT_APPLICABLE = re.compile(r"^(?:n\s?[./]\s?a\.?|\.\.)$", re.I)


def is_not_applicable(text: str) -> bool:
    """True for a cell printing that its figure does not apply (`n/a`, `N/A`, `n.a.`) or
    is not available (`..`)."""
    return bool(_NOT_APPLICABLE.match(text.strip()))


def not_applicable(label: str, text: str, refs: Sequence[SourceRef],
                   outcome: str = "those cells give no line") -> DataWarning:
    """The warning for a row's figure cells that print `n/a` or `..` (`text`): one per row,
    naming the cells."""
    return DataWarning(
        "not_applicable", f"{label}: {text.strip()!r} in {len(refs)} figure cell(s) is read "
        f"as no figure; {outcome}", refs[0], tuple(refs[1:6]))


def normalize_period(text: str) -> str | None:
    """`2025/26`, `2025-26`, `2025–2026` → `2025/26`; None when the text has no period."""
    m = _PERIOD.search(text)
    if not m:
        return None
    start, end = m.group(1), m.group(2)
    end2 = end[-2:]
    if (int(start) + 1) % 100 != int(end2):
        return None
    return f"{start}/{end2}"


def periods_in(text: str) -> list[str]:
    """Every budget period the text names, normalized as `normalize_period` does, in order."""
    return [p for m in _PERIOD.finditer(text) if (p := normalize_period(m.group(0)))]


def measure_of(text: str) -> Measure | None:
    """The measure a header's words name, or None."""
    for pattern, measure in _MEASURES:
        if pattern.search(text):
            return measure
    return None


def _once(text: str) -> str:
    """A header printed twice over merged rows ("Expenditure as at … Expenditure as at …"),
    said once."""
    words = text.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and \
        words[:half] == words[half:] else text


@dataclass
class _Column:
    index: int
    text: str
    measure: Measure | None
    period: str | None
    derived: bool
    notes: bool
    to_date: bool = False  # expenditure up to a day within a period


@dataclass(frozen=True, slots=True)
class SheetGrid(Grid):
    """A workbook sheet or CSV file as a `Grid`, with what its reader found that the grid
    cannot show: hidden sheets left unread, formulas without a value, error values, bytes
    that are not text. The interpreter reports them with its own warnings."""

    warnings: tuple[DataWarning, ...] = ()


@dataclass(frozen=True)
class Interpretation:
    """Lines read from the grids, and what could not be read."""

    lines: tuple[ResourceLine, ...]
    warnings: tuple[DataWarning, ...]


def _is_number(cell: Cell | None) -> bool:
    """True for a cell that prints a figure, read or not: a misgrouped one ("11 50") is a
    figure a reader sees, to be named in a warning, not text to pass over."""
    if cell is None:
        return False
    value = cell.value if cell.value is not None else cell.text
    return parse_amount(value) is not None or (cell.value is None and misgrouped(cell.text))


def _cell_amount(cell: Cell | None) -> Decimal | None:
    """The amount a figure cell prints; None for an empty cell, for text that is no figure,
    and for a percentage (`27457.4%`), which is no sum of money or of people."""
    if cell is None or (cell.value is None and "%" in cell.text):
        return None
    return parse_amount(cell.value if cell.value is not None else cell.text)


def not_applicable_row(label: str, cells: Sequence[Cell], outcome: str = "those cells give "
                       "no line") -> DataWarning:
    """`not_applicable` for a row's cells."""
    return not_applicable(label, cells[0].text, [c.ref for c in cells], outcome)


def _unreadable(cell: Cell) -> DataWarning:
    """The warning for a cell where a figure stands that prints none, or a percentage."""
    if "%" in cell.text:
        return DataWarning("unreadable_figure", f"{cell.text!r} is a percentage where an "
                           "amount stands; it is not read as one", cell.ref)
    if misgrouped(cell.text):
        return DataWarning("unreadable_figure", f"{cell.text!r} groups its digits wrongly (a "
                           "group of other than three digits after a separator: a digit "
                           "dropped or a space misplaced); it is not read", cell.ref)
    return DataWarning("unreadable_figure", f"{cell.text!r} is not a figure", cell.ref)


def _label_column(grid: Grid) -> int:
    counts: dict[int, int] = {}
    for row in grid.rows:
        for c, cell in enumerate(row):
            if cell is not None and not _is_number(cell) and len(cell.text.strip()) > 3:
                counts[c] = counts.get(c, 0) + 1
                break
    return min(counts, key=lambda c: (-counts[c], c)) if counts else 0


def _label(row: tuple[Cell | None, ...], label_col: int) -> tuple[str, Cell | None]:
    cell = row[label_col] if label_col < len(row) else None
    if cell is None or _is_number(cell):
        return "", None
    return strip_footnotes(cell.text), cell


def _numbers_in(row: tuple[Cell | None, ...], label_col: int) -> list[int]:
    return [c for c, cell in enumerate(row) if c != label_col and _is_number(cell)
            and not re.fullmatch(r"\(\d+\)", cell.text.strip())]  # type: ignore[union-attr]


def unit_of(texts: list[str], amounts: list[Decimal]) -> tuple[Decimal, bool]:
    """(multiplier, stated) for a money table: thousands, millions or dollars as printed.

    When the table does not say, figures with decimals are taken as thousands (the UN's
    usual unit) and the result is reported as an assumption by the caller.
    """
    joined = " ".join(texts)
    if _THOUSANDS.search(joined):
        return Decimal(1000), True
    if _MILLIONS.search(joined):
        return Decimal(1_000_000), True
    if _DOLLARS.search(joined):
        return Decimal(1), True
    if any(a != a.to_integral_value() for a in amounts):
        return Decimal(1000), False
    big = max((abs(a) for a in amounts), default=Decimal(0))
    return (Decimal(1) if big >= 10_000_000 else Decimal(1000)), False


@dataclass
class _Table:
    grid: Grid
    label_col: int
    header_rows: list[int]
    first_data: int
    caption: list[str]


def _locate(grid: Grid) -> _Table | None:
    label_col = _label_column(grid)
    first_data = None
    for r, row in enumerate(grid.rows):
        label, _ = _label(row, label_col)
        if label and _numbers_in(row, label_col):
            first_data = r
            break
    if first_data is None:
        return None
    header_rows: list[int] = []
    caption: list[str] = []
    r = first_data - 1
    while r >= 0:
        row = grid.rows[r]
        others = [c for c, cell in enumerate(row) if cell is not None and c != label_col]
        if others:
            header_rows.insert(0, r)
        elif any(cell is not None for cell in row):
            label, _ = _label(row, label_col)
            if header_rows:
                caption.insert(0, label)
        r -= 1
    top = header_rows[0] if header_rows else first_data
    for row in grid.rows[:top]:
        for cell in row:
            if cell is not None and cell.text.strip():
                caption.append(cell.text.strip())
    if grid.caption:
        caption.insert(0, grid.caption)
    return _Table(grid, label_col, header_rows, first_data, caption)


def _columns(table: _Table) -> list[_Column]:
    grid = table.grid
    data_cols: set[int] = set()
    for row in grid.rows[table.first_data:]:
        data_cols.update(_numbers_in(row, table.label_col))
    width = grid.width

    def own(c: int) -> str:
        return " ".join(grid.text(r, c).strip() for r in table.header_rows
                        if grid.text(r, c).strip())

    # a merged group header ("Variance" over two columns) stands in the first column only
    spans: dict[int, str] = {}
    for r in table.header_rows:
        last = ""
        for c in range(width):
            t = grid.text(r, c).strip()
            if t:
                last = t
            elif last and c in data_cols and r != table.header_rows[-1]:
                spans[c] = (spans.get(c, "") + " " + last).strip()
            if c == table.label_col:
                last = ""
    columns: list[_Column] = []
    for c in sorted(data_cols):
        text = own(c)
        has_info = measure_of(text) is not None or normalize_period(text) is not None
        if not has_info and not _DERIVED.search(text):
            for d in (1, -1, 2, -2):
                n = c - d
                if 0 <= n < width and n not in data_cols and n != table.label_col:
                    borrowed = own(n)
                    if measure_of(borrowed) or normalize_period(borrowed):
                        text = (borrowed + " " + text).strip()
                        break
        full = (spans.get(c, "") + " " + text).strip()
        marker = next((grid.text(r, c).strip() for r in table.header_rows
                       if re.match(r"^\(\d+\)", grid.text(r, c).strip())), None)
        if marker is not None:
            # the formula row is the surest sign: "(3)=(1)-(2)" is computed, "(1)" is not
            derived = bool(re.search(r"[=÷]", marker))
        else:
            derived = bool(_DERIVED.search(full)) and not (
                measure_of(text) and normalize_period(text) and not _DERIVED.search(text))
        period = (normalize_period(text) or normalize_period(full)
                  or _period_from_dates(text) or _period_from_dates(full))
        columns.append(_Column(c, full, measure_of(text) or measure_of(full), period, derived,
                               bool(_NOTES.match(text)), bool(_TO_A_DATE.search(text))))
    return columns


#: spending to a day inside a period ("Expenditure as at 28 February 2026"): part of a
#: period's figure, not a period's
_TO_A_DATE = re.compile(r"\bas\s+(?:at|of)\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}", re.I)


def _formula_map(table: _Table) -> dict[int, int]:
    """`(3)` in a header → column index, for checking `(3)=(1)-(2)`."""
    out: dict[int, int] = {}
    for r in table.header_rows:
        for c, cell in enumerate(table.grid.rows[r]):
            if cell is None:
                continue
            m = re.match(r"^\((\d+)\)", cell.text.strip())
            if m:
                out[int(m.group(1))] = c
    return out


def _formulas(table: _Table) -> list[tuple[int, int, int, str]]:
    """(result, a, b, op) column quadruples for headers such as `(3)=(1)-(2)`, `(6)=(4)+(5)`."""
    numbered = _formula_map(table)
    out = []
    for r in table.header_rows:
        for cell in table.grid.rows[r]:
            if cell is None:
                continue
            m = re.match(r"^\((\d+)\)\s*=\s*\(?(\d+)\)?\s*([-–−+])\s*\(?(\d+)\)?$",
                         cell.text.strip().replace(" ", ""))
            if m:
                k, a, b = int(m.group(1)), int(m.group(2)), int(m.group(4))
                op = "+" if m.group(3) == "+" else "-"
                if k in numbered and a in numbered and b in numbered:
                    entry = (numbered[k], numbered[a], numbered[b], op)
                    if entry not in out:
                        out.append(entry)
    return out


def _role(label: str) -> LineRole:
    if SUBTOTAL.match(label):
        return LineRole.SUBTOTAL
    if _TOTAL.match(label):
        return LineRole.TOTAL
    return LineRole.ITEM


def financial_score(grid: Grid) -> int:
    """How many distinct class-of-expenditure labels a grid holds (the overall table has 10+)."""
    labels = set()
    for row in grid.rows:
        for cell in row:
            if cell is not None and _FINANCIAL_LABELS.match(strip_footnotes(cell.text)):
                labels.add(strip_footnotes(cell.text).lower())
    return len(labels)


def _is_financial(grid: Grid) -> bool:
    return financial_score(grid) >= 3


def _caption_text(grid: Grid, limit: int = 8) -> str:
    texts = [grid.caption, grid.name]
    for row in grid.rows[:limit]:
        texts.extend(c.text for c in row if c is not None)
    return " ".join(texts)


#: a human resources table's own rows ("Approved posts 2025/26", "Proposed temporary
#: positions 2026/27"), which say what it is whatever the text printed above it
_HR_ROW = re.compile(r"^(?:approved|actual|proposed) (?:temporary )?(?:posts|positions)\b", re.I)


def _is_contents(grid: Grid) -> bool:
    """A report's table of contents (headed `Page`), which names every kind of table."""
    return any(cell is not None and cell.text.strip().lower() == "page"
               for row in grid.rows[:2] for cell in row)


def _is_human_resources(grid: Grid) -> bool:
    return sum(1 for row in grid.rows for cell in row[:2]
               if cell is not None and _HR_ROW.match(cell.text.strip())) >= 2


def classify(grid: Grid) -> TableKind | None:
    """Which of the budget's tables a grid holds, from its caption and labels."""
    if _is_financial(grid):
        return TableKind.FINANCIAL_RESOURCES
    if _is_contents(grid):
        return None
    head = _caption_text(grid)
    # a table of posts is one whatever else the text above it speaks of (above UNIFIL's
    # support table: quick-impact projects), and whatever a workbook calls it: the reports
    # print these tables under "Human resources", the workbooks on sheets "Staffing"
    if _is_human_resources(grid):
        return TableKind.HUMAN_RESOURCES
    if re.search(r"programmatic activities", head, re.I):
        return TableKind.PROGRAMMATIC_ACTIVITIES
    if re.search(r"quick-?\s?impact", head, re.I):
        return TableKind.QUICK_IMPACT_PROJECTS
    if re.search(r"human resources", head, re.I):
        return TableKind.HUMAN_RESOURCES
    if re.search(r"staffing", head, re.I):
        return TableKind.STAFFING
    return None


#: the caption of an overall table: "II. Financial resources A. Overall (Thousands of …)"
_OVERALL_CAPTION = re.compile(r"(?:financial resources|\boverall)\s*\((?:thousands|millions)",
                              re.I)


def interpret(grids: list[Grid]) -> Interpretation:
    """Resource lines from every budget table among the grids, with warnings."""
    lines: list[ResourceLine] = []
    warnings: list[DataWarning] = []
    # a reader's warnings about its document ride on each of its grids
    warnings.extend(dict.fromkeys(warning for grid in grids if isinstance(grid, SheetGrid)
                                  for warning in grid.warnings))
    # the overall table is the one with the most class labels (summaries and the
    # per-component tables of a report carry only a few); ties go to the first printed
    # — unless its caption names another subject: an Advisory Committee report's fuller
    # tables are "Operational costs", "Evacuation costs" or "Ceasefire implementation
    # requirements", its overall one "Financial resources"
    candidates = sorted((g for g in grids if classify(g) is TableKind.FINANCIAL_RESOURCES),
                        key=lambda g: (not _OVERALL_CAPTION.search(g.caption),
                                       -financial_score(g)))
    # a report may print the overall table in two parts (performance and proposal, as
    # UNLB's does): equally full tables with different columns are read together
    # (a fuller grid that yields no figures, such as a table of costs by class without
    # periods, does not count)
    best: int | None = None
    first_items: set[str] = set()
    seen_columns: set[tuple[Measure, str]] = set()
    for grid in candidates:
        if best is not None and financial_score(grid) < max(3, best * 0.8):
            break
        got, warn = _financial(grid)
        columns = {(ln.measure, ln.period) for ln in got}
        if not got or columns & seen_columns:
            continue
        items = {ln.item for ln in got}
        if best is None:
            best = financial_score(grid)
            first_items = items
        elif len(items & first_items) < 0.6 * len(items | first_items):
            continue  # another table of different lines, not the other part of this one
        lines.extend(got)
        warnings.extend(warn)
        seen_columns |= columns
    component = ""  # the one the last table of head counts was printed for
    for grid in grids:
        kind = classify(grid)
        if kind is TableKind.FINANCIAL_RESOURCES:
            continue
        elif kind is TableKind.PROGRAMMATIC_ACTIVITIES:
            got, warn = _programmes(grid)
        elif kind is TableKind.QUICK_IMPACT_PROJECTS:
            got, warn = _quick_impact(grid)
        elif kind in (TableKind.HUMAN_RESOURCES, TableKind.STAFFING):
            named = component_of(grid.caption)
            component = component if named is None else named
            got, warn = _period_rows(grid, kind, component)
        else:
            continue
        lines.extend(got)
        warnings.extend(warn)
    order = list(TableKind)
    lines.sort(key=lambda ln: order.index(ln.table))  # stable: printed order within a table
    warnings.extend(_repeated_keys(lines))
    return Interpretation(tuple(lines), tuple(warnings))


#: the heading of a report's section of head counts ("E. Human resources", a footnote's
#: number glued to it in a PDF)
_HR_SECTION = re.compile(r"^(?:[A-Z]\.\s+)?Human resources\d?$", re.I)
#: the line a per-component table is printed under: "Component 2: military", "Executive
#: direction and management"
_COMPONENT = re.compile(r"^(?:Component\s+\d+\s*:|Executive direction and management$)",
                        re.I)
#: caption lines that name no component: a table's number, a unit, a footnote, a title
_NOT_A_COMPONENT = re.compile(r"^(?:Table\b|\(|Human resources|[a-z]\b)", re.I)


def component_of(caption: str) -> str | None:
    """The component (or office) a table of head counts is printed for, from its caption:
    `Component 1: protection of civilians` (a PDF's lines joined), `Executive direction and
    management`, or a title alone on the last line under the section's heading (UNLB's
    `Central Service`); "" for a table printed for none; None when the caption is the
    section's heading alone: the rest of the table before it, which a page or the
    report's layout split off (its civilian staff under a component's uniformed personnel).
    """
    lines = [ln.strip() for ln in caption.split("\n") if ln.strip()]
    if not lines:
        return ""
    start = next((i for i in range(len(lines) - 1, -1, -1) if _COMPONENT.match(lines[i])), None)
    if start is not None:
        return " ".join(lines[start:])
    if all(_HR_SECTION.match(ln) for ln in lines):
        return None
    last = lines[-1]
    if _HR_SECTION.match(lines[0]) and len(lines) > 1 and len(last) <= 120 \
            and not last.endswith((".", ":", ";")) and not _NOT_A_COMPONENT.match(last) \
            and last[0].isupper():
        return last
    return ""


def _repeated_keys(lines: list[ResourceLine]) -> list[DataWarning]:
    """One warning for head counts that share (table, group, item, measure, period,
    component) with another line: tables of different components whose component is not
    printed (a workbook's sheets "Staffing" and "Staffing 2"), told apart only by cells."""
    first_of: dict[tuple[object, ...], ResourceLine] = {}
    repeated: list[ResourceLine] = []
    places: dict[str, None] = {}  # the sheets or tables involved, in order
    for ln in lines:
        if ln.unit != "people":
            continue
        key = (ln.table, ln.group, ln.item, ln.measure, ln.period, ln.component)
        if key not in first_of:
            first_of[key] = ln
            continue
        repeated.append(ln)
        for ref in (first_of[key].at, ln.at):  # "Staffing 2", "p.19, table 1"
            places[ref.sheet or ref.label().rsplit(", ", 1)[0]] = None
    if not repeated:
        return []
    first = repeated[0]
    return [DataWarning(
        "component_unnamed", f"{len(repeated)} head counts repeat the group, item, measure and "
        "period of another line, and no component is printed over their tables to tell them "
        f"apart (tables of different components or offices, it seems: {'; '.join(places)}); "
        f"they are told apart only by their cells. First: {first.group}, {first.item}, "
        f"{first.measure} {first.period}", first.at, tuple(ln.at for ln in repeated[1:6]))]


def _financial(grid: Grid) -> tuple[list[ResourceLine], list[DataWarning]]:
    table = _locate(grid)
    if table is None:
        return [], []
    columns = _columns(table)
    warnings: list[DataWarning] = []
    sums = [(k, a, b) for k, a, b, op in _formulas(table) if op == "+"]
    parts = {a for _, a, _ in sums} | {b for _, _, b in sums}
    totals = {k for k, _, _ in sums}
    for c in columns:
        if c.index in totals and c.measure and c.period:
            c.derived = False  # "(6)=(4)+(5)": the total of parts printed beside it
        elif c.index in parts:
            c.derived = True
    if parts:
        names = sorted({grid.text(r, c).strip() for c in parts for r in table.header_rows
                        if grid.text(r, c).strip() and not re.match(r"^\(", grid.text(r, c))
                        and not measure_of(grid.text(r, c))})
        first = grid.rows[table.first_data][table.label_col]
        warnings.append(DataWarning(
            "parts_summarized", "the table prints each figure by part "
            f"({', '.join(names) or 'parts'}) and as a total; the total columns are read, "
            "the parts are checked against them", first.ref if first else None, severity="info"))
    caption_period = _period_from_dates(" ".join(table.caption))
    for c in columns:
        # a one-period table (a performance report) states its period in the caption
        if c.measure and not c.period and caption_period:
            c.period = caption_period
    for c in columns:
        if c.to_date and not c.derived:
            cell = next((row[c.index] for row in grid.rows[table.first_data:]
                         if c.index < len(row) and row[c.index] is not None), None)
            warnings.append(DataWarning(
                "partial_period_column", f"a column headed {_once(c.text)!r} gives spending up "
                "to a day within a period, not a period's figure; it was not read",
                cell.ref if cell else None, severity="info"))
            c.notes = True
    measured = [c for c in columns if not c.derived and not c.notes and c.measure and c.period]
    for c in columns:
        if not c.derived and not c.notes and not (c.measure and c.period):
            cell = next((row[c.index] for row in grid.rows[table.first_data:]
                         if c.index < len(row) and row[c.index] is not None), None)
            warnings.append(DataWarning(
                "unknown_column", f"a column of figures headed {c.text!r} names no measure "
                "and period; its figures were not read", cell.ref if cell else None))
    amounts = [a for row in grid.rows[table.first_data:] for c in measured
               if c.index < len(row) and (a := _cell_amount(row[c.index])) is not None]
    unit, stated = unit_of(table.caption + [c.text for c in columns], amounts)
    if not stated:
        warnings.append(DataWarning(
            "unit_assumed", f"the table does not state its unit; figures were read as "
            f"{'thousands of ' if unit == 1000 else ''}United States dollars",
            grid.rows[table.first_data][table.label_col].ref  # type: ignore[union-attr]
            if grid.rows[table.first_data][table.label_col] else None))
    formulas = _formulas(table) + _inferred_variances(table, columns, measured)
    lines: list[ResourceLine] = []
    group = ""
    rows = grid.rows
    for r in range(table.first_data - 1, len(rows)):
        if r < 0:
            continue
        if r in table.header_rows:
            continue
        row = rows[r]
        label, label_cell = _label(row, table.label_col)
        if r > table.first_data and _starts_new_table(row, table.label_col, measured):
            # a second table printed below this one, or a row of words where figures stand
            words = [row[c.index].text.strip() for c in measured  # type: ignore[union-attr]
                     if c.index < len(row) and row[c.index] is not None]
            warnings.append(DataWarning(
                "table_ended", f"the table is read down to the row above {label or 'a row'!r}"
                f", which prints words where the figures stand ({', '.join(words[:4])}) and is "
                "taken for the head of another table; no row below it is read as this "
                "table's", next(c for c in row if c is not None).ref))
            break
        if not label or (label_cell is not None and label_cell.merged):
            figures = [cell for c in measured if c.index < len(row)
                       and (cell := row[c.index]) is not None and _is_number(cell)]
            if figures:
                warnings.append(_unlabelled(row, table.label_col, figures))
            if not label or figures:
                continue
        numbered = [c for c in measured if c.index < len(row) and row[c.index] is not None]
        if not numbered:
            if not _numbers_in(row, table.label_col) and len(label) < 80:
                group = label
            continue
        not_applicable: list[Cell] = []
        merged: list[Cell] = []
        for col in measured:
            cell = row[col.index] if col.index < len(row) else None
            amount = _cell_amount(cell)
            if cell is None or amount is None:
                if cell is not None and is_not_applicable(cell.text):
                    not_applicable.append(cell)
                elif cell is not None:
                    warnings.append(_unreadable(cell))
                continue
            if cell.merged:
                merged.append(cell)
            dollars, whole = whole_dollars(amount, unit)
            if not whole:
                warnings.append(DataWarning(
                    "not_whole_dollars", f"{cell.text} × {unit} is not a whole number of "
                    f"dollars; rounded to {dollars}", cell.ref))
            lines.append(ResourceLine(TableKind.FINANCIAL_RESOURCES, group, label,
                                      col.measure, col.period, dollars,  # type: ignore[arg-type]
                                      cell.ref, role=_role(label), label=label_cell.text
                                      if label_cell else label))
        if merged:
            warnings.append(DataWarning(
                "merged_figure", f"{label}: {len(merged)} figure cell(s) lie under a merged "
                f"cell that prints {merged[0].text.strip()} once over them and its own "
                "column; each is read as that figure", merged[0].ref,
                tuple(c.ref for c in merged[1:6])))
        if not_applicable:
            warnings.append(not_applicable_row(label, not_applicable))
        warnings.extend(_check_variances(formulas, row, label))
    return lines, _consolidate(warnings)


def _unlabelled(row: tuple[Cell | None, ...], label_col: int, figures: list[Cell]
                ) -> DataWarning:
    """The warning for a row of figures whose label is missing, a number, or merged into
    the row above it: its figures belong to no item."""
    cell = row[label_col] if label_col < len(row) else None
    why = ("its label cell is empty (or merged into the row above)" if cell is None else
           f"its label {cell.text.strip()!r} is merged from the row above (one label over "
           "two rows of figures)" if cell.merged else
           f"its label cell holds the number {cell.text.strip()!r}")
    return DataWarning(
        "unread_row", f"a row prints {len(figures)} figure(s) ({figures[0].text.strip()}, …) "
        f"but {why}; its figures belong to no item and are not read", figures[0].ref,
        tuple(c.ref for c in figures[1:6]))


def _starts_new_table(row: tuple[Cell | None, ...], label_col: int,
                      measured: list[_Column]) -> bool:
    """A row of words under the figure columns, with no figure in it: another table's header."""
    texts = [row[c.index] for c in measured if c.index < len(row) and row[c.index] is not None]
    if not texts or _numbers_in(row, label_col):
        return False
    return all(not _is_number(cell) and len(cell.text.strip()) > 1  # type: ignore[union-attr]
               and not is_not_applicable(cell.text)  # type: ignore[union-attr]
               for cell in texts)


def _inferred_variances(table: _Table, columns: list[_Column],
                        measured: list[_Column]) -> list[tuple[int, int, int, str]]:
    """Variance columns printed without a formula row: the two figure columns to their left.

    Their sign convention is unknown (apportionment − expenditure, or proposal −
    apportionment), so either difference is accepted ("±").
    """
    markers = _formula_map(table)
    out = []
    for c in columns:
        if not c.derived or c.index in markers.values():
            continue
        if not re.search(r"variance|change|difference|increase|decrease|amount", c.text, re.I) \
                or re.search(r"percent|%", c.text, re.I):
            continue
        left = [m.index for m in measured if m.index < c.index]
        if len(left) >= 2:
            out.append((c.index, left[-2], left[-1], "±"))
    return out


def _check_variances(formulas: list[tuple[int, int, int, str]], row: tuple[Cell | None, ...],
                     label: str) -> list[DataWarning]:
    out: list[DataWarning] = []
    for k, a, b, op in formulas:
        cells = [row[i] if i < len(row) else None for i in (k, a, b)]
        values = [_cell_amount(c) for c in cells]
        if any(v is None for v in values) or cells[0] is None:
            continue
        vk, va, vb = values
        expected = va + vb if op == "+" else va - vb  # type: ignore[operator]
        if vk == expected or (op == "±" and vk == -expected):
            continue
        flipped = op == "-" and vk == -expected
        out.append(DataWarning(
            "variance_sign" if flipped else "variance_mismatch",
            f"{label}: printed {cells[0].text} ≠ {cells[1].text if cells[1] else 0} "
            f"{'+' if op == '+' else '−'} {cells[2].text if cells[2] else 0} = {expected}",
            cells[0].ref, tuple(c.ref for c in cells[1:] if c is not None)))
    return out


def _consolidate(warnings: list[DataWarning]) -> list[DataWarning]:
    """One warning for a variance column printed with the opposite sign on every row."""
    flips = [w for w in warnings if w.code == "variance_sign"]
    if len(flips) < 3:
        return [DataWarning("variance_mismatch", w.message, w.at, w.also_at)
                if w.code == "variance_sign" else w for w in warnings]
    columns = sorted({re.sub(r"\d+$", "", (w.at.cell or "")) for w in flips if w.at})
    first = flips[0]
    summary = DataWarning(
        "variance_sign", f"{len(flips)} variances in column(s) {', '.join(columns)} are "
        "printed with the opposite sign to their header formula (the table computes the "
        "difference the other way round); first: " + first.message, first.at,
        tuple(w.at for w in flips[1:6] if w.at))
    return [w for w in warnings if w.code != "variance_sign"] + [summary]


def _programmes(grid: Grid) -> tuple[list[ResourceLine], list[DataWarning]]:
    table = _locate(grid)
    if table is None:
        return [], []
    columns = _columns(table)
    header_text = {c: " ".join(grid.text(r, c) for r in table.header_rows)
                   for c in range(grid.width)}
    ea_col = next((c for c, t in header_text.items()
                   if re.search(r"expected accomplishment|related", t, re.I)), None)
    period_hint = normalize_period(" ".join(table.caption))
    measured = [c for c in columns if c.index != ea_col and not c.derived and c.measure]
    amounts = [a for row in grid.rows[table.first_data:] for c in measured
               if c.index < len(row) and (a := _cell_amount(row[c.index])) is not None]
    unit, _ = unit_of(table.caption + [c.text for c in columns], amounts)
    lines: list[ResourceLine] = []
    warnings: list[DataWarning] = []
    for row in grid.rows[table.first_data:]:
        label, label_cell = _label(row, table.label_col)
        if not label:
            continue
        unread: list[Cell] = []
        refs: tuple[str, ...] = ()
        if ea_col is not None and ea_col < len(row) and row[ea_col] is not None:
            raw = row[ea_col].text  # type: ignore[union-attr]
            refs = tuple(re.findall(r"\d+\.\d+", raw))
        for col in measured:
            cell = row[col.index] if col.index < len(row) else None
            amount = _cell_amount(cell)
            if cell is None:
                continue
            if amount is None:
                if is_not_applicable(cell.text):
                    unread.append(cell)
                else:
                    warnings.append(_unreadable(cell))
                continue
            dollars, _ = whole_dollars(amount, unit)
            lines.append(ResourceLine(
                TableKind.PROGRAMMATIC_ACTIVITIES, "Programmatic activities", label,
                col.measure, col.period or period_hint or "",  # type: ignore[arg-type]
                dollars, cell.ref, role=_role(label),
                label=label_cell.text if label_cell else label, accomplishments=refs))
        if unread:
            warnings.append(not_applicable_row(label, unread))
    return lines, warnings


_QIP_MEASURE = ((re.compile(r"actual|expenditure", re.I), Measure.EXPENDITURE),
                (re.compile(r"approved|apportion", re.I), Measure.APPORTIONMENT),
                (re.compile(r"proposed|estimate", re.I), Measure.COST_ESTIMATES))


def _period_from_dates(text: str) -> str | None:
    years = re.findall(r"\b(20\d{2}|19\d{2})\b", text)
    if len(years) >= 2 and int(years[1]) == int(years[0]) + 1:
        return f"{years[0]}/{years[1][-2:]}"
    return normalize_period(text)


def _quick_impact(grid: Grid) -> tuple[list[ResourceLine], list[DataWarning]]:
    table = _locate(grid)
    if table is None:
        return [], []
    header = {c: " ".join(grid.text(r, c) for r in table.header_rows) for c in range(grid.width)}
    amount_col = next((c for c, t in header.items() if re.search(r"amount", t, re.I)), None)
    count_col = next((c for c, t in header.items() if re.search(r"number", t, re.I)), None)
    unit, _ = unit_of(table.caption, [])
    lines: list[ResourceLine] = []
    warnings: list[DataWarning] = []
    for row in grid.rows[table.first_data:]:
        label, _ = _label(row, table.label_col)
        period = _period_from_dates(label)
        measure = next((m for p, m in _QIP_MEASURE if p.search(label)), None)
        if not period or measure is None:
            continue
        for col, unit_name in ((amount_col, "USD"), (count_col, "projects")):
            cell = row[col] if col is not None and col < len(row) else None
            if cell is None:
                continue
            value = _cell_amount(cell)
            if value is None:
                warnings.append(not_applicable_row(label, [cell]) if is_not_applicable(cell.text)
                                else _unreadable(cell))
                continue
            amount = whole_dollars(value, unit)[0] if unit_name == "USD" else int(value)
            lines.append(ResourceLine(TableKind.QUICK_IMPACT_PROJECTS, "Quick-impact projects",
                                      "Quick-impact projects" if unit_name == "USD"
                                      else "Number of projects", measure, period, amount,
                                      cell.ref, unit=unit_name))
    return lines, warnings


_ROW_MEASURE = ((re.compile(r"^actual", re.I), Measure.EXPENDITURE),
                (re.compile(r"^approved", re.I), Measure.APPROVED),
                (re.compile(r"^proposed", re.I), Measure.COST_ESTIMATES))


def _period_rows(grid: Grid, kind: TableKind, component: str = ""
                 ) -> tuple[list[ResourceLine], list[DataWarning]]:
    """Head counts from tables whose rows are `Approved 2025/26`, `Proposed 2026/27` under
    category headings (`I. Military observers`, `Civilian staff`), of `component`."""
    label_col = 0
    lines: list[ResourceLine] = []
    warnings: list[DataWarning] = []
    group = ""
    qualifier = ""
    headers: dict[int, str] = {}
    # a table of money whose text names staffing ("Abolishment of 21 posts (civilian staffing
    # review)" in a table of efficiency gains) holds no head counts
    money = _states_money(grid.caption)
    # "Proposed posts 2026/27" printed without figures, over one row per phase of the
    # period ("Operational period (1 July–31 December 2026)", "Drawdown and withdrawal
    # period (as at 30 June 2027)"): the phases' measure, period and item, and how many
    # phases have been read
    phased: tuple[Measure, str, str] | None = None
    phase = 0
    posts_table = _is_human_resources(grid)
    figures = {c for row in grid.rows for c in _numbers_in(row, label_col)}
    # a table of posts whose head leaves the label column blank (UNIFIL's) counts civilian
    # staff, as the other reports' heads say ("Civilian staff" over "Approved posts …")
    unlabelled = "Civilian staff" if posts_table else ""
    for row in grid.rows:
        label, label_cell = _label(row, label_col)
        numbers = _numbers_in(row, label_col)
        row_measure = next((m for p, m in _ROW_MEASURE if p.search(label)), None)
        row_period = normalize_period(label)
        if row_period:
            phased = None
        unread = [cell for c, cell in enumerate(row)
                  if c != label_col and cell is not None and is_not_applicable(cell.text)]
        if unread and label and not money:
            warnings.append(not_applicable_row(label, unread))
            if not numbers:
                continue  # a row without figures, not a header nor the head of its phases
        if label and not numbers and row_measure and row_period and not money:
            phased, phase = (row_measure, row_period, _item_prefix(label, qualifier)), 0
            continue
        texts = {c: cell.text.strip() for c, cell in enumerate(row)
                 if cell is not None and c != label_col and not _is_number(cell)}
        if texts and not numbers:
            headers = _merge_headers(headers, texts, label)
            phased = None
            if label:
                group = re.sub(r"^[IVX]+\.\s*", "", label)
                qualifier = ""
            continue
        if label and not numbers:
            if re.search(r"thousands|dollars|estimated amount", label, re.I):
                money = True
                continue
            if not re.search(r"^\(", label):
                money = False
                phased = None
                if re.match(r"^[IVX]+\.", label) or not re.search(r"\d{4}", label):
                    if (re.match(r"^total", label, re.I) or not group
                            or re.match(r"^[IVX]+\.", label)):
                        group = re.sub(r"^[IVX]+\.\s*", "", label)
                        qualifier = ""
                    else:
                        qualifier = label
            continue
        if money or not label:
            continue
        measure, period, item_prefix, suffix = row_measure, row_period, "", ""
        if measure is not None and period is not None:
            item_prefix = _item_prefix(label, qualifier)
        elif phased is not None and not _NET_CHANGE.match(label):
            measure, period, item_prefix = phased
            # the period's first phase stands for the period (its opening strength, the
            # highest in a drawdown); later phases are named
            suffix = f" ({label})" if phase else ""
            phase += 1
        else:
            # only in a table of posts by period: other tables the captions name "staffing"
            # (vacancy rates, costs by class) hold no head counts to lose
            if posts_table and not _NET_CHANGE.match(label):
                warnings.append(DataWarning(
                    "unread_row", f"the row '{label}' of a {kind.value.replace('_', ' ')} "
                    "table names no period the figures belong to; its figures are not read",
                    row[numbers[0]].ref))  # type: ignore[union-attr]
            continue
        for c in numbers:
            cell = row[c]
            value = _cell_amount(cell)
            if cell is None:
                continue
            if value is None:  # a percentage: the other cells of `numbers` are figures
                warnings.append(_unreadable(cell))
                continue
            column = headers.get(c) or _shifted_header(headers, c, figures) or (
                "Total" if c == max(numbers) else f"column {c}")
            if value != value.to_integral_value():
                warnings.append(DataWarning(
                    "unread_row", f"the row '{label}' of a {kind.value.replace('_', ' ')} "
                    f"table prints {cell.text.strip()} under '{column}', which is not a "
                    "whole number of people (an amount of money?); the figure is not read",
                    cell.ref))
                continue
            item = " – ".join(x for x in (item_prefix, column) if x) + suffix
            lines.append(ResourceLine(kind, group or unlabelled, item, measure, period, int(value),
                                      cell.ref, unit="people",
                                      role=LineRole.TOTAL if "total" in column.lower()
                                      else LineRole.ITEM,
                                      label=label_cell.text if label_cell else label,
                                      component=component))
    return lines, warnings


_NET_CHANGE = re.compile(r"^net change\b", re.I)
#: a unit printed on a line of its own over a table: "(Thousands of United States dollars)",
#: "(Number of posts and positions)"
_UNIT_LINE = re.compile(r"^\s*\(((?:thousands|millions|number)\b[^()]*|[^()]*dollars)\)\s*$",
                        re.I | re.M)


def _states_money(caption: str) -> bool:
    """Whether the last unit line printed over a table is a sum of money, not a count."""
    units = _UNIT_LINE.findall(caption)
    return bool(units) and not units[-1].lower().startswith("number")


def _shifted_header(headers: dict[int, str], c: int, figures: set[int]) -> str | None:
    """The header printed a column or two beside column `c`'s figures, over a column that
    holds none: a workbook's spacer columns shift "NPO" from its figures, as in the overall
    table (`_columns`)."""
    for n in (c - 1, c + 1, c - 2, c + 2):
        if n in headers and n not in figures:
            return headers[n]
    return None


def _item_prefix(label: str, qualifier: str) -> str:
    """`Temporary positions`, `Posts`, or the heading the row stands under."""
    if re.search(r"temporary", label, re.I):
        return "Temporary positions"
    if re.search(r"posts", label, re.I):
        return "Posts"
    return qualifier


def _merge_headers(previous: dict[int, str], texts: dict[int, str], label: str) -> dict[int, str]:
    """Column names from one or two header rows (`International staff` over `P-5–P-4`); a
    name the lower row prints over several groups (`Subtotal` under international staff,
    national staff and Volunteers) is named with its group (`National staff – Subtotal`)."""
    if previous and not label:
        out: dict[int, str] = {}
        last = ""
        for c in sorted(set(previous) | set(texts)):
            if c in texts:
                last = texts[c]
            out[c] = texts.get(c, previous.get(c, last))
        return _with_groups(out, previous)
    return _with_groups(dict(texts), previous)


def _with_groups(names: dict[int, str], groups: dict[int, str]) -> dict[int, str]:
    """`names` with each one printed over more than one group prefixed by its group (the
    header above it, which a merged cell prints once at the left of its columns)."""
    above: dict[int, str] = {}
    last = ""
    for c in sorted(set(names) | set(groups)):
        last = groups.get(c, last)
        above[c] = last
    repeated = {name for name in names.values() if list(names.values()).count(name) > 1}
    out = dict(names)
    for name in repeated:
        columns = [c for c, n in names.items() if n == name]
        tops = [above.get(c, "") for c in columns]
        if all(tops) and len(set(tops)) == len(tops) and name not in tops:
            out.update({c: f"{top} – {name}" for c, top in zip(columns, tops, strict=True)})
    return out
