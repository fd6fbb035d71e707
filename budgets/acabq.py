"""The Advisory Committee's recommendations on a mission's proposed budget (ACABQ reports).

An ACABQ report on a peacekeeping budget (A/80/604/Add.11 on MONUSCO's) ends with the
amount the Committee recommends the General Assembly appropriate ("recommends that the
proposed resources be reduced by $8,441,500 from $874,790,100 to $866,348,600") and a table
of the "budgetary impact and financial implications" of its recommendations: each class of
expenditure it would cut, the paragraphs that argue it, the recommendation in a line and the
amount. Both are read here, in whole dollars, each with where it stands, and checked: the
lines against the subtotals and total the table prints, the table against the text.

The tables print their own defects: "($1 000 00)" for $1,000,000 (A/80/604/Add.11), or
reductions without parentheses (A/80/604/Add.2). A figure whose digit groups are malformed
is no figure: it is settled from the subtotal (or total) printed under it when that is the
only figure the sum lacks and its digits agree with the printed ones, or from the one
amount the paragraph the row cites names, with a warning that says so; otherwise its line
is left out with a warning naming the cell. Any other printed figure is kept, and a warning
says what does not add up; figures printed without any sign in a table of reductions are
read as reductions, with a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from budgets.grid import Cell, Grid
from budgets.interpret import SUBTOTAL
from budgets.model import Recommendation, RecommendedTotal
from budgets.numbers import misgrouped, parse_amount, strip_footnotes, whole_dollars
from provenance import DataWarning, SourceRef

_IMPACT_HEADER = re.compile(r"financial\s+implication|recommendation\s+of\s+the\s+"
                            r"(?:advisory\s+)?committee", re.I)
_PARAGRAPH_HEADER = re.compile(r"paragraph", re.I)
_TEXT_HEADER = re.compile(r"recommendation", re.I)
_AMOUNT_HEADER = re.compile(r"implication|amount|dollars", re.I)
_TOTAL = re.compile(r"^(?:grand )?total\b", re.I)
_REDUCTION = re.compile(r"\breduc|\bdecreas|\bcut\b|\blower\b|\bnot (?:approv|accept)", re.I)
_MONEY = r"\$\s?([\d,]+(?:\.\d+)?)\s*(million|billion)?"
_REDUCED = re.compile(r"recommends that the proposed resources(?: [^.$]{0,80})? be reduced by "
                      + _MONEY + r",? from " + _MONEY + r" to " + _MONEY, re.I)
_APPROPRIATE = re.compile(r"recommends that the General Assembly appropriate the (?:amount|sum) "
                          r"of " + _MONEY, re.I)
_PERIOD = re.compile(r"1 July (20\d\d) to 30 June (20\d\d)")
# a numbered paragraph's opening, "64. The actions …" (at the start of a DOCX paragraph, or
# anywhere on a PDF page once its lines are joined)
_NUMBERED = re.compile(r"(?:^|\s)(\d{1,3})\.\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Recommendations:
    """What an ACABQ report recommends, and what in it does not add up."""

    lines: tuple[Recommendation, ...]
    total: RecommendedTotal | None
    warnings: tuple[DataWarning, ...]


def document_text(path: Path) -> list[tuple[str, int | None]]:
    """(text, page) of a DOCX's paragraphs or a PDF's pages; [] for other files."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from provenance.docx import open_docx

        return [(p.text, None) for p in open_docx(path).paragraphs if p.text.strip()]
    if suffix == ".pdf":
        from provenance.pdf import page_texts

        return [(text, number) for number, text in enumerate(page_texts(path), start=1)]
    return []


def is_acabq_report(grids: list[Grid], front: list[str]) -> bool:
    """True for an Advisory Committee report: its title page names the Committee, or it
    prints a table of the financial implications of its recommendations."""
    title = re.sub(r"\s+", " ", " ".join(front))
    return "Advisory Committee on Administrative and Budgetary Questions" in title or any(
        is_impact_table(g) for g in grids)


def read_recommendations(grids: list[Grid], text: list[tuple[str, int | None]],
                         name: str) -> Recommendations:
    """The recommended total (from the text) and changes by line (from the impact table)."""
    warnings: list[DataWarning] = []
    total = _total(text, name)
    grid = next((g for g in grids if is_impact_table(g)), None)
    lines: list[Recommendation] = []
    if grid is not None:
        lines, table_total, table_warnings = _impact_lines(grid, text)
        if grid.source_format == "pdf" and _run_together(grid) and any(
                w.code == "recommendation_mismatch" for w in table_warnings):
            # a PDF's table whose lines do not make its own total, with cells of two rows
            # run together, was read wrongly, not misprinted: give the total alone
            lines, table_total = [], None
        else:
            warnings += table_warnings
        if total is not None and total.change is not None and table_total is not None \
                and table_total[0] != total.change:
            warnings.append(DataWarning(
                "recommendation_mismatch", f"the table of recommendations totals "
                f"{table_total[0]:,} but the text recommends a change of {total.change:,}",
                table_total[1], (total.at,)))
    if not lines and total is not None and total.change:
        warnings.append(DataWarning(
            "recommendations_unread", "the Committee recommends a change to the proposal, but "
            "its table of recommendations could not be read; only the total is given (the DOCX "
            "edition reads best)", total.at))
    return Recommendations(tuple(lines), total, tuple(warnings))


def is_impact_table(grid: Grid) -> bool:
    """True for the Committee's table of the financial implications of its recommendations
    (changes to the proposal, not a budget's figures)."""
    header = " ".join(c.text for row in grid.rows[:2] for c in row if c is not None)
    # a PDF's header lines may interleave ("Recommendation of the Financial Advisory
    # Committee"): a recommendation column beside a paragraph column says it as well
    named = _IMPACT_HEADER.search(header) is not None or (
        _TEXT_HEADER.search(header) is not None and _PARAGRAPH_HEADER.search(header) is not None)
    return named and bool(_AMOUNT_HEADER.search(header))


def _columns(grid: Grid) -> tuple[int | None, int | None, int]:
    """(paragraph column, recommendation column, amount column) from the header, and in a
    PDF, whose header lines may stand over the wrong columns, from what the columns hold."""
    width = grid.width
    header = [" ".join(grid.text(r, c) for r in range(min(2, len(grid.rows))))
              for c in range(width)]
    amount = next((c for c in range(width - 1, 0, -1)
                   if re.search(r"implication|amount", header[c], re.I)), width - 1)
    paragraph = next((c for c in range(1, width) if _PARAGRAPH_HEADER.search(header[c])), None)
    if paragraph is None or not _holds_refs(grid, paragraph):
        # the paragraph numbers printed beside their heading
        paragraph = next((c for c in range(1, amount) if _holds_refs(grid, c)), paragraph)
    text = next((c for c in range(1, width) if c not in (paragraph, amount)
                 and _TEXT_HEADER.search(header[c])), None)
    if text is None or not _filled(grid, text):
        text = next((c for c in range(1, amount) if c != paragraph and _filled(grid, c)), text)
    return paragraph, text, amount


_REFS = re.compile(r"^\s*\d+(?:\s*\([a-z]\))?(?:\s*(?:,|and|to)\s*\d+(?:\s*\([a-z]\))?)*\s*$")


def _filled(grid: Grid, col: int) -> bool:
    """Does any row below the header have text in this column?"""
    return any(grid.text(r, col) for r in range(1, len(grid.rows)))


def _holds_refs(grid: Grid, col: int) -> bool:
    """Does this column hold paragraph numbers ("24 and 41", "35 (a)") and nothing else?"""
    texts = [grid.text(r, col) for r in range(1, len(grid.rows))]
    return any(texts) and all(_REFS.match(t) for t in texts if t)


def _run_together(grid: Grid) -> bool:
    """Does a row carry two figures in one cell ("(88 500) (340 700)"): rows run together?"""
    return any(len(re.findall(r"\(?\$?\d{1,3}(?: \d{3})+\)?", c.text)) > 1
               for row in grid.rows[1:] for c in row if c is not None)


def _impact_lines(grid: Grid, text: list[tuple[str, int | None]]
                  ) -> tuple[list[Recommendation], tuple[int, SourceRef] | None,
                             list[DataWarning]]:
    paragraph_col, text_col, amount_col = _columns(grid)
    caption = grid.caption + " " + " ".join(grid.text(0, c) for c in range(grid.width))
    unit = 1000 if re.search(r"thousands", caption, re.I) else 1
    # (kind, group, label, amount cell, value, paragraphs, recommendation) for each figure;
    # the value is None for a figure whose digit groups are malformed ("($1 000 00)")
    rows: list[tuple[str, str, str, Cell, Decimal | None, str, str]] = []
    group = ""
    for row in grid.rows[1:]:
        label = strip_footnotes(row[0].text) if row and row[0] is not None else ""
        cell = row[amount_col] if amount_col < len(row) else None
        printed = cell.text.replace("$", "") if cell is not None else ""
        value = parse_amount(printed) if cell is not None else None
        if not label:
            continue
        if cell is None or (value is None and not misgrouped(printed)):
            group = label  # a heading: "Operational costs"
            continue
        kind = "subtotal" if SUBTOTAL.match(label) else "total" if _TOTAL.match(label) \
            else "item"
        rows.append((kind, group, label, cell, value, _cell_text(row, paragraph_col),
                     _cell_text(row, text_col)))
    warnings: list[DataWarning] = []
    items = [r for r in rows if r[0] == "item"]
    signed = any((r[4] is not None and r[4] < 0) or _negative(r[3].text) for r in rows)
    # a table of reductions that prints them without parentheses
    flip = not signed and bool(items) and all(_REDUCTION.search(r[6]) for r in items)
    if flip:
        warnings.append(DataWarning(
            "recommendation_sign", "the table prints its amounts without a sign although "
            "each recommendation is a reduction; they are read as reductions",
            items[0][3].ref, severity="info"))
    # lines whose figure is not read yet: their place among the lines → their row; and
    # those of them since the last subtotal
    unsettled: dict[int, tuple[str, str, str, Cell, Decimal | None, str, str]] = {}
    open_places: list[int] = []
    lines: list[Recommendation | None] = []
    running: list[Recommendation] = []
    table_total: tuple[int, SourceRef] | None = None
    for row_entry in rows:
        kind, group, label, cell, value, paragraphs, summary = row_entry
        if kind == "item" and value is None:
            unsettled[len(lines)] = row_entry
            open_places.append(len(lines))
            lines.append(None)
            continue
        if value is None:  # a misprinted subtotal or total checks nothing
            warnings.append(DataWarning(
                "unreadable_figure", f"{label}: the amount is printed as {cell.text!r}, "
                "whose digit groups are malformed (a group of other than three digits after "
                "a separator); it is not read, and the lines above it are not checked "
                "against it", cell.ref))
            if kind == "subtotal":
                running, open_places = [], []
            continue
        amount = int((-value if flip else value) * unit)
        if kind == "item":
            rec = Recommendation(group, label, amount, _paragraph_refs(paragraphs), summary,
                                 cell.ref)
            lines.append(rec)
            running.append(rec)
            continue
        scope = running if kind == "subtotal" else [r for r in lines if r is not None]
        pending = [p for p in (open_places if kind == "subtotal" else unsettled)
                   if p in unsettled]
        settled = amount - sum(r.amount for r in scope)
        if len(pending) == 1 and _digits_agree(unsettled[pending[0]][3].text, settled, unit,
                                               flip):
            entry = unsettled.pop(pending[0])
            cited = [ref for ref in _paragraph_refs(entry[5])
                     if abs(settled) in _paragraph_amounts(text, ref)]
            rec = _settled(entry, settled, f"the {label} printed under it, {amount:,}, less "
                           "its other lines" + (f"; paragraph {cited[0]}, which the row "
                                                f"cites, names ${abs(settled):,}"
                                                if cited else ""), warnings)
            lines[pending[0]] = rec
            scope = [*scope, rec]
        made = sum(r.amount for r in scope)
        if made != amount:
            warnings.append(DataWarning(
                "recommendation_mismatch", f"{label} is printed as {amount:,} but its lines "
                f"make {made:,} (difference {amount - made:,})", cell.ref,
                tuple(r.at for r in scope)))
        if kind == "subtotal":
            running, open_places = [], []
        else:
            table_total = (amount, cell.ref)
    for place, entry in unsettled.items():
        sign = -1 if flip or _negative(entry[3].text) else 1
        named = {(ref, sign * a) for ref in _paragraph_refs(entry[5])
                 for a in _paragraph_amounts(text, ref)
                 if _digits_agree(entry[3].text, sign * a, unit, flip)}
        if len({a for _, a in named}) == 1:
            ref, figure = min(named)
            lines[place] = _settled(entry, figure, f"paragraph {ref}, which the row cites and "
                                    f"which names ${abs(figure):,}", warnings)
            continue
        warnings.append(DataWarning(
            "unreadable_figure", f"{entry[2]}: the amount is printed as {entry[3].text!r}, "
            "whose digit groups are malformed (a group of other than three digits after a "
            "separator), and neither a subtotal nor the paragraph it cites settles it; the "
            "line is left out", entry[3].ref))
    return [r for r in lines if r is not None], table_total, warnings


def _settled(entry: tuple[str, str, str, Cell, Decimal | None, str, str], amount: int,
             source: str, warnings: list[DataWarning]) -> Recommendation:
    """The line of a misprinted figure, settled at `amount` from `source`, with its warning."""
    _, group, label, cell, _, paragraphs, summary = entry
    warnings.append(DataWarning(
        "recommendation_settled", f"{label}: the amount is printed as {cell.text!r}, whose "
        "digit groups are malformed (a group of other than three digits after a separator); "
        f"it is read as {amount:,}, from {source}", cell.ref))
    return Recommendation(group, label, amount, _paragraph_refs(paragraphs), summary, cell.ref)


def _negative(printed: str) -> bool:
    return printed.strip().startswith(("(", "-", "\u2212"))


def _digits_agree(printed: str, amount: int, unit: int, flip: bool) -> bool:
    """Could `printed` be `amount` (whole dollars, in a table of `unit`s) misgrouped: its
    digits the amount's with one digit dropped or added ("1 000 00" for 1,000,000), and its
    sign the amount's (every figure a reduction when `flip`)?"""
    if amount == 0 or amount % unit or (amount < 0) != (flip or _negative(printed)):
        return False
    ours = re.sub(r"\D", "", printed)
    theirs = str(abs(amount) // unit)
    short, long_ = sorted((ours, theirs), key=len)
    if len(long_) - len(short) > 1:  # a digit dropped or doubled, no more
        return False
    rest = iter(long_)
    return bool(ours) and all(d in rest for d in short)


def _paragraph_amounts(text: list[tuple[str, int | None]], ref: str) -> set[int]:
    """Every dollar amount the report's numbered paragraph `ref` names ("$1,000,000")."""
    number = re.match(r"\d+", ref)
    if number is None:
        return set()
    joined = " ".join(re.sub(r"\s+", " ", chunk) for chunk, _ in text)  # a PDF's pages
    starts = [m for m in _NUMBERED.finditer(joined)]
    for i, m in enumerate(starts):
        if m.group(1) == number.group(0):
            end = next((n.start() for n in starts[i + 1:]
                        if n.group(1) == str(int(number.group(0)) + 1)), len(joined))
            return {_dollars(*found.groups())
                    for found in re.finditer(_MONEY, joined[m.start():end])}
    return set()


def _cell_text(row: tuple[Cell | None, ...], col: int | None) -> str:
    if col is None or col >= len(row) or row[col] is None:
        return ""
    return re.sub(r"\s+", " ", row[col].text).strip()  # type: ignore[union-attr]


def _paragraph_refs(text: str) -> tuple[str, ...]:
    """`24 and 41` → (`24`, `41`); `35 (a)` stays one ref."""
    return tuple(re.sub(r"\s+", " ", m.strip())
                 for m in re.findall(r"\d+(?:\s?\([a-z]\))?", text))


def _dollars(number: str, scale: str | None) -> int:
    unit = 1 if not scale else 1_000_000 if scale.lower() == "million" else 1_000_000_000
    return whole_dollars(Decimal(number.replace(",", "")), unit)[0]


def _total(text: list[tuple[str, int | None]], name: str) -> RecommendedTotal | None:
    """The amount the Committee recommends for the budget period, from its conclusion."""
    found: RecommendedTotal | None = None
    for raw, page in text:
        chunk = re.sub(r"\s+", " ", raw)  # a PDF page breaks its lines anywhere
        for m in _APPROPRIATE.finditer(chunk):
            paragraph_start = max((n for n in _NUMBERED.finditer(chunk, 0, m.start())),
                                  key=lambda n: n.start(), default=None)
            number = paragraph_start.group(1) if paragraph_start else None
            begin = paragraph_start.start() if paragraph_start else max(0, m.start() - 600)
            window = chunk[begin:m.end()]
            reduced = _REDUCED.search(window)
            period = _PERIOD.search(chunk, m.end(), m.end() + 200) or _PERIOD.search(window)
            recommended = _dollars(*m.groups())
            proposed = change = None
            if reduced:
                proposed = _dollars(reduced.group(3), reduced.group(4))
                change = -_dollars(reduced.group(1), reduced.group(2))
            found = RecommendedTotal(
                recommended, proposed, change,
                f"{period.group(1)}/{period.group(2)[2:]}" if period else None,
                SourceRef(path=name, paragraph=number, page=page))
    return found
