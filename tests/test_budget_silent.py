"""Budget tables misread without a word: a number format that scales what a cell shows,
a percentage where money stands, 'n/a' in a programme or staffing table, a table page
printed turned, characters printed in white. Each is read as a person reading the printed
table would read it, or named in a warning.

Each test builds its own small document in tmp_path.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from budgets import TableKind, parse_budget
from budgets.interpret import SheetGrid
from budgets.model import Budget
from budgets.readers import pdf as pdf_reader
from provenance import InputError
from tests.budget_tables import ROWS
from tests.budget_tables import table as _table


def _workbook(path: Path, rows: list[list[object]], formats: dict[str, str] | None = None,
              others: dict[str, list[list[object]]] | None = None) -> None:
    """A workbook of `rows` on its sheet "Financial resources" and of `others` (name →
    rows) after it; `formats` gives cells of the first (`B3`) a number format."""
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Financial resources"
    for name, sheet_rows in {first.title: rows, **(others or {})}.items():
        sheet = first if name == first.title else book.create_sheet(name)
        for r, row in enumerate(sheet_rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(r, c, value)
    for cell, code in (formats or {}).items():
        first[cell].number_format = code
    book.save(path)


def _amounts(budget: Budget) -> dict[tuple[str, str], int]:
    """(item, period) → amount of the overall table's first line for it."""
    out: dict[tuple[str, str], int] = {}
    for ln in budget.select(table=TableKind.FINANCIAL_RESOURCES):
        out.setdefault((ln.item, ln.period), ln.amount)
    return out


def test_a_figure_whose_number_format_shows_thousands_is_read_as_shown(tmp_path) -> None:
    """A cell storing dollars under '#,##0.0,' shows thousands (120500 shows as 120.5); the
    sheet says it is in thousands, so it was read a thousand times too large. It is read
    as it shows, exactly, a negative one through the format's second section, a rounded
    one as rounded, and a note names the cells."""
    rows = _table()
    rows[2][1] = 120_500  # B3, Military contingents 2024/25
    rows[7][2] = -48_900.0  # C8, Subtotal of operational costs 2025/26: shows (48.9)
    rows[6][3] = 42_040  # D7, Air operations 2026/27: shows 42 (rounded)
    path = tmp_path / "scaled.xlsx"
    _workbook(path, rows, {"B3": "#,##0.0,", "C8": '#,##0.0,;(#,##0.0,);"–"',
                           "D7": '#,##0,"K"', "B4": "#,##0.0"})
    budget = parse_budget(path)
    amounts = _amounts(budget)
    assert amounts[("Military contingents", "2024/25")] == 120_500
    assert amounts[("Air operations", "2026/27")] == 42_000
    assert amounts[("Formed police units", "2024/25")] == 10_000  # grouping, not scaling
    assert [ln.amount for ln in budget.select(table=TableKind.FINANCIAL_RESOURCES,
                                              period="2025/26")
            if ln.at.cell == "C8"] == [-48_900]
    [note] = [w for w in budget.warnings if w.code == "scaled_number_format"]
    assert note.at is not None and note.at.cell == "B3"
    assert {ref.cell for ref in note.also_at} == {"C8", "D7"}
    assert "120500" in note.message and "'#,##0.0,'" in note.message
    assert "cell D7" in note.message and note.severity == "warning"  # 42040 shows 42


PROGRAMMES = [["(Thousands of United States dollars)", "Apportionment 2025/26",
               "Cost estimates 2026/27"],
              ["Community violence reduction", 3000.0, "12.5%"],
              ["Mine action", 1500.0, 1400.0]]


def test_a_percentage_where_money_stands_is_warned_not_read(tmp_path) -> None:
    """'27457.4%' typed where an amount stands (a variance pasted into the wrong column)
    was read as 27,457.4 thousand dollars in the overall table and in the programmes; it
    gives no line, and a warning names the cell."""
    rows = _table(_replace_travel(("27457.4%", 7.9, 8.2)))
    path = tmp_path / "percent.xlsx"
    _workbook(path, rows, others={"Programmatic activities": PROGRAMMES})
    budget = parse_budget(path)
    assert ("Official travel", "2024/25") not in _amounts(budget)
    assert _amounts(budget)[("Official travel", "2025/26")] == 7_900
    programmes = {(ln.item, ln.period): ln.amount
                  for ln in budget.select(table=TableKind.PROGRAMMATIC_ACTIVITIES)}
    assert programmes == {("Community violence reduction", "2025/26"): 3_000_000,
                          ("Mine action", "2025/26"): 1_500_000,
                          ("Mine action", "2026/27"): 1_400_000}
    unread = [w for w in budget.warnings if w.code == "unreadable_figure"]
    assert [(w.at.sheet, w.at.cell) for w in unread if w.at] == [
        ("Financial resources", "B7"), ("Programmatic activities", "C2")]
    assert "'27457.4%' is a percentage" in unread[0].message


def test_a_figure_whose_digit_groups_are_malformed_is_warned_not_read(tmp_path) -> None:
    """'7 90' (a digit dropped from '7 900'?) was read as 790 thousand dollars: every space
    was removed whatever the groups. It gives no line, and a warning names the cell."""
    rows = _table(_replace_travel(("8 000", "7 90", 8.2)))
    path = tmp_path / "misgrouped.xlsx"
    _workbook(path, rows)
    budget = parse_budget(path)
    assert _amounts(budget)[("Official travel", "2024/25")] == 8_000_000
    assert ("Official travel", "2025/26") not in _amounts(budget)
    [unread] = [w for w in budget.warnings if w.code == "unreadable_figure"]
    assert unread.at is not None and unread.at.cell == "C7"
    assert "'7 90' groups its digits wrongly" in unread.message


@pytest.mark.parametrize("code", ["0.0%", "0%"])
def test_a_figure_shown_as_a_percentage_is_not_read_as_money(tmp_path, code: str) -> None:
    """A cell storing 274.574 under the format '0.0%' shows 27457.4%, yet it was read as
    274.574 thousand dollars. A number shown as a percentage (a custom format, or Excel's
    built-in '0%') is read as the percentage it shows, which is no amount: no line, and a
    warning names the cell."""
    rows = _table(_replace_travel((274.574, 7.9, 8.2)))
    path = tmp_path / "percent_format.xlsx"
    _workbook(path, rows, {"B7": code})
    budget = parse_budget(path)
    assert ("Official travel", "2024/25") not in _amounts(budget)
    assert _amounts(budget)[("Official travel", "2025/26")] == 7_900
    [unread] = [w for w in budget.warnings if w.code == "unreadable_figure"]
    assert unread.at is not None and unread.at.cell == "B7"
    shown = "27457.4%" if code == "0.0%" else "27457%"
    assert f"'{shown}' is a percentage" in unread.message


def _replace_travel(figures: tuple[object, ...] | None
                    ) -> list[tuple[str, tuple[object, ...] | None]]:
    return [(label, figures if label == "Official travel" else values)
            for label, values in ROWS]


def test_n_a_and_not_available_in_programme_and_staffing_tables_are_warned(tmp_path
                                                                           ) -> None:
    """'n/a', 'N/A' and '..' in the programmes, head-count and staffing-change tables were
    skipped without a word (a head-count row of them was even taken for the head of the
    rows below it); each row now gets the overall table's 'not_applicable' warning naming
    its cells, and the figures around them are read as before."""
    programmes = [PROGRAMMES[0], ["Community violence reduction", 3000.0, "n/a"],
                  ["Mine action", "..", 1400.0]]
    posts = [["Civilian staff", "International staff", "National staff", "Total"],
             ["Approved posts 2025/26", "N/A", "N/A", "N/A"],
             ["Proposed posts 2026/27", 10, 20, 30],
             ["Approved temporary positions 2025/26", 2, "..", 2]]
    changes = [["Component/office/section/unit", "Type", "Number", "Level",
                "Functional title", "Action", "From/to"],
               ["Office of Civil Affairs", None, None, None, None, None, None],
               ["Posts", "International", "(1)", "P-3", "Civil Affairs Officer",
                "Abolishment", None],
               ["Net change", None, "n/a", None, None, None, None],
               ["Positions", "National", "n/a", "NPO", "Liaison Officer", "Establishment",
                None]]
    path = tmp_path / "na.xlsx"
    _workbook(path, _table(), others={"Programmatic activities": programmes,
                                      "Human resources": posts,
                                      "Staffing changes": changes})
    budget = parse_budget(path)
    programme_lines = {(ln.item, ln.period): ln.amount
                       for ln in budget.select(table=TableKind.PROGRAMMATIC_ACTIVITIES)}
    assert programme_lines == {("Community violence reduction", "2025/26"): 3_000_000,
                               ("Mine action", "2026/27"): 1_400_000}
    heads = {(ln.item, ln.period): ln.amount
             for ln in budget.select(table=TableKind.HUMAN_RESOURCES)}
    assert heads[("Posts – International staff", "2026/27")] == 10
    assert heads[("Temporary positions – Total", "2025/26")] == 2
    assert ("Temporary positions – National staff", "2025/26") not in heads
    assert [c.number for c in budget.staffing_changes] == [-1]
    na = {(w.at.sheet, w.at.cell): w for w in budget.warnings
          if w.code == "not_applicable" and w.at}
    assert set(na) == {("Programmatic activities", "C2"), ("Programmatic activities", "B3"),
                       ("Human resources", "B2"), ("Human resources", "C4"),
                       ("Staffing changes", "C4"), ("Staffing changes", "C5")}
    assert na[("Human resources", "B2")].message.startswith(
        "Approved posts 2025/26: 'N/A' in 3 figure cell(s)")
    assert "'..'" in na[("Programmatic activities", "B3")].message
    assert "Liaison Officer" in na[("Staffing changes", "C5")].message


def test_a_misgrouped_head_count_is_named_not_dropped(tmp_path) -> None:
    """"11 50" in a table of posts (a misprint: no figure since misgrouped digits are
    refused) was passed over as text, so the line vanished without a word; it is named
    in a warning, and the counts around it are read."""
    posts = [["Civilian staff", "International staff", "National staff", "Total"],
             ["Approved posts 2025/26", 600, "11 50", 1750],
             ["Proposed posts 2026/27", 10, 20, 30]]
    path = tmp_path / "misgrouped.xlsx"
    _workbook(path, _table(), others={"Human resources": posts})
    budget = parse_budget(path)
    heads = {(ln.item, ln.period): ln.amount
             for ln in budget.select(table=TableKind.HUMAN_RESOURCES)}
    assert heads[("Posts – International staff", "2025/26")] == 600
    assert ("Posts – National staff", "2025/26") not in heads
    [unread] = [w for w in budget.warnings if w.code == "unreadable_figure"]
    assert unread.at is not None and unread.at.cell == "C2"
    assert "'11 50'" in unread.message


#: a table as a report prints it, figures right-aligned; `.turned` sets it a quarter turn
#: round, as a landscape table stored on a portrait page is
_PDF_CSS = ("body{font:9pt serif} td{padding:1pt 6pt;width:160pt} "
            "td+td{text-align:right;width:80pt} .turned{transform:rotate(-90deg);"
            "transform-origin:top left;position:absolute;top:500pt;left:20pt;width:600pt}")


def _pdf_table(title: str, rows: list[tuple[str, ...]], turned: bool = False) -> str:
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
    return (f"<div class='{'turned' if turned else ''}'><p>{title}</p><table><tr><td></td>"
            "<td>Apportionment (2024/25)</td><td>Apportionment (2025/26)</td>"
            f"<td>Cost estimates (2026/27)</td></tr>{body}</table></div>")


def _pdf(path: Path, *pages: str) -> Path:
    from weasyprint import HTML

    breaks = "<div style='page-break-before:always'></div>"
    HTML(string=f"<style>{_PDF_CSS}</style><body>{breaks.join(pages)}</body>").write_pdf(path)
    return path


_PDF_ROWS = [("Military contingents", "120.5", "118.3", "130.0"),
             ("Formed police units", "10.0", "–", "12.0"),
             ("Official travel", "8.0", "7.9", "8.2"),
             ("Gross requirements", "138.5", "126.2", "150.2")]


def test_a_table_page_printed_turned_is_named_not_dropped(tmp_path) -> None:
    """A table stored turned a quarter turn (a landscape page kept portrait) was read as
    letters stacked down the page: no grid, or a grid of scraps, and no word. Its page is
    now named in a warning the grids carry; a file of such pages alone is refused; a page
    shown turned by /Rotate whose text is upright as stored is read, with a note."""
    import pypdfium2 as pdfium

    upright = _pdf_table("II. Financial resources", _PDF_ROWS)
    turned = _pdf_table("Programmatic activities", _PDF_ROWS, turned=True)
    grids = pdf_reader.read_grids(_pdf(tmp_path / "mixed.pdf", upright, turned))
    assert grids and {g.page for g in grids} == {1}
    assert all(isinstance(g, SheetGrid) for g in grids)
    [warning] = grids[0].warnings  # type: ignore[attr-defined]
    assert warning.code == "pdf_page_turned" and warning.at.page == 2
    assert "page 2 prints its text turned" in warning.message

    with pytest.raises(InputError, match=r"turned a quarter turn \(page\(s\) 1\)"):
        pdf_reader.read_grids(_pdf(tmp_path / "turned.pdf", turned))

    source = _pdf(tmp_path / "upright.pdf", upright)
    document = pdfium.PdfDocument(source)
    document[0].set_rotation(90)
    document.save(tmp_path / "rotated.pdf")
    document.close()
    plain, rotated = (pdf_reader.read_grids(tmp_path / name)
                      for name in ("upright.pdf", "rotated.pdf"))

    def texts(grids: list) -> list:
        return [[[c.text if c else "" for c in row] for row in g.rows] for g in grids]

    assert texts(rotated) == texts(plain) and plain
    [note] = rotated[0].warnings  # type: ignore[attr-defined]
    assert note.code == "pdf_page_rotated" and note.severity == "info"
    assert "/Rotate 90" in note.message and note.at.page == 1


def test_characters_printed_in_white_are_not_read(tmp_path) -> None:
    """A figure printed in white on the bare page (an old value left in, hidden) was read
    into the row as if shown ('Military contingents 999.9' printed one figure too many). Such
    characters are left out with a warning naming the page; white on a dark cell shows,
    and is read."""
    rows = [("Military contingents<span style='color:white'> 999.9</span>", "120.5",
             "118.3", "130.0"), *_PDF_ROWS[1:3],
            ("Gross requirements", "138.5", "<span style='background:#333;color:white'>"
             "126.2</span>", "150.2")]
    grids = pdf_reader.read_grids(_pdf(tmp_path / "white.pdf",
                                       _pdf_table("II. Financial resources", rows)))
    texts = [[c.text for c in row if c] for g in grids for row in g.rows]
    assert ["Military contingents", "120.5", "118.3", "130.0"] in texts
    assert ["Gross requirements", "138.5", "126.2", "150.2"] in texts
    assert not any("999" in t for row in texts for t in row)
    [warning] = grids[0].warnings  # type: ignore[attr-defined]
    assert warning.code == "pdf_hidden_text" and warning.at.page == 1
    assert "'999.9'" in warning.message
