"""Workbooks and CSV files that hide, drop or garble figures: what a careless export, a
script or an old draft leaves in them. Nothing shown is dropped without a warning, and
nothing hidden is read as if shown.

Each test builds its own small overall table (found by an adversarial review of the
readers) in tmp_path.
"""

from __future__ import annotations

import csv
import re
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from budgets import Measure, TableKind, parse_budget
from budgets.model import Budget
from coherence.cli import cli
from provenance import InputError
from tests.budget_tables import HEADER, ROWS
from tests.budget_tables import table as _table


def _workbook(path: Path, rows: list[list[object]]) -> openpyxl.Workbook:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Financial resources"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(r, c, value)
    book.save(path)
    return book


def _csv(path: Path, rows: list[list[object]], encoding: str = "utf-8") -> None:
    with path.open("w", newline="", encoding=encoding) as handle:
        csv.writer(handle).writerows(rows)


def _amounts(budget: Budget) -> dict[tuple[str, str], int]:
    """(item, period) → amount of the overall table's first line for it."""
    out: dict[tuple[str, str], int] = {}
    for ln in budget.select(table=TableKind.FINANCIAL_RESOURCES):
        out.setdefault((ln.item, ln.period), ln.amount)
    return out


def _codes(budget: Budget) -> list[str]:
    return [w.code for w in budget.warnings]


def _replace(label: str, figures: tuple[object, ...] | None
             ) -> list[tuple[object, tuple[object, ...] | None]]:
    return [(label if old == "Official travel" else old,
             figures if old == "Official travel" else values) for old, values in ROWS]


def test_a_row_of_n_a_is_no_figure_and_the_rows_below_are_read(tmp_path) -> None:
    """'n/a' in every figure cell of one row was taken for the head of another table: every
    row below it (the operational costs, gross, net and total requirements) vanished with
    no warning."""
    for suffix in ("xlsx", "csv"):
        path = tmp_path / f"na.{suffix}"
        rows = _table(_replace("Official travel", ("n/a", "N/A", "n.a.")))
        (_workbook if suffix == "xlsx" else _csv)(path, rows)
        budget = parse_budget(path)
        amounts = _amounts(budget)
        assert ("Official travel", "2024/25") not in amounts
        assert amounts[("Gross requirements", "2026/27")] == 192_200
        assert amounts[("Total requirements", "2024/25")] == 178_500
        na = [w for w in budget.warnings if w.code == "not_applicable"]
        assert len(na) == 1 and na[0].message.startswith("Official travel: 'n/a' in 3 ")
        assert na[0].at is not None and na[0].at.cell == "B7"


def test_a_table_is_never_ended_without_a_warning_naming_the_row(tmp_path) -> None:
    """A row of words where figures stand still ends the table (a second table printed
    below it looks the same), but now says so, naming the row."""
    path = tmp_path / "words.xlsx"
    _workbook(path, _table(_replace("Official travel", ("see note", "see note", "see note"))))
    budget = parse_budget(path)
    assert ("Gross requirements", "2024/25") not in _amounts(budget)
    ended = [w for w in budget.warnings if w.code == "table_ended"]
    assert len(ended) == 1 and "'Official travel'" in ended[0].message
    assert "see note" in ended[0].message
    assert ended[0].at is not None and ended[0].at.cell == "A7"


def test_a_utf8_csv_with_one_stray_byte_stays_utf8(tmp_path) -> None:
    """One Latin-1 byte in a UTF-8 export made the reader decode the whole file as
    Windows-1252: every en dash became 'â€“', the first such row ended the table, and the
    rows below it were lost with no warning."""
    path = tmp_path / "stray.csv"
    rows = _table(_replace("Médical", (8.0, "–", 8.2)))
    _csv(path, rows)
    path.write_bytes(path.read_bytes().replace("Médical".encode(), b"M\xe9dical"))
    budget = parse_budget(path)
    amounts = _amounts(budget)
    assert amounts[("Formed police units", "2025/26")] == 0
    assert amounts[("M\ufffddical", "2025/26")] == 0
    assert amounts[("Gross requirements", "2026/27")] == 192_200
    bad = [w for w in budget.warnings if w.code == "bad_bytes"]
    assert len(bad) == 1 and bad[0].at is not None and bad[0].at.cell == "A7"
    # a file in Windows-1252 throughout is still read as one
    _csv(path, rows, encoding="cp1252")
    budget = parse_budget(path)
    assert _amounts(budget)[("Médical", "2025/26")] == 0
    assert "bad_bytes" not in _codes(budget)


def test_a_row_of_figures_without_a_label_is_warned(tmp_path) -> None:
    """A row whose label cell is empty, or holds a number, lost its figures with no warning
    of its own (only a subtotal's mismatch, where a subtotal covers the row)."""
    for label, why in ((None, "its label cell is empty"), (2024, "holds the number '2024'")):
        path = tmp_path / "unlabelled.xlsx"
        _workbook(path, _table(_replace(label, (8.0, 7.9, 8.2))))  # type: ignore[arg-type]
        budget = parse_budget(path)
        unread = [w for w in budget.warnings if w.code == "unread_row"]
        assert len(unread) == 1 and why in unread[0].message
        assert unread[0].at is not None and unread[0].at.cell == "B7"
        assert {ref.cell for ref in unread[0].also_at} == {"C7", "D7"}
        assert _amounts(budget)[("Gross requirements", "2024/25")] == 178_500
        assert any(ln.measure is Measure.APPORTIONMENT for ln in budget.lines)


def _doubled() -> list[list[object]]:
    return [HEADER, *[[label, *(v * 2 if isinstance(v, float) else v for v in figures or ())]
                      for label, figures in ROWS]]


def test_hidden_sheets_are_not_read_and_are_named(tmp_path) -> None:
    """A hidden (or very hidden) old draft of the table, first in the tab order, was read
    instead of the visible table: every figure doubled, exit 0, no warning."""
    for state in ("hidden", "veryHidden"):
        path = tmp_path / f"{state}.xlsx"
        book = _workbook(path, _table())
        draft = book.create_sheet("Old draft", 0)
        for r, row in enumerate(_doubled(), start=1):
            for c, value in enumerate(row, start=1):
                draft.cell(r, c, value)
        draft.sheet_state = state
        book.save(path)
        budget = parse_budget(path)
        assert _amounts(budget)[("Military contingents", "2024/25")] == 120_500
        assert {ln.at.sheet for ln in budget.lines} == {"Financial resources"}
        notes = [w for w in budget.warnings if w.code == "hidden_sheet"]
        assert len(notes) == 1 and "'Old draft'" in notes[0].message and notes[0].is_note


def test_hidden_rows_and_columns_are_left_out_with_a_warning(tmp_path) -> None:
    """A hidden draft column of cost estimates gave two lines for one (item, measure,
    period); a hidden row was read as if shown. Both are left out, as the sheet does not
    show them (nor the printed report it restates), and one warning names them."""
    path = tmp_path / "hidden.xlsx"
    rows = _table()
    rows[0].append("Cost estimates 2026/27 (draft)")
    for row in rows[1:]:
        if len(row) > 1:
            row.append(float(row[3]) * 2)  # type: ignore[arg-type]
    book = _workbook(path, rows)
    sheet = book.active
    sheet.column_dimensions["E"].hidden = True
    sheet.row_dimensions[7].hidden = True  # Official travel
    book.save(path)
    budget = parse_budget(path)
    lines = budget.select(table=TableKind.FINANCIAL_RESOURCES)
    keys = [(ln.group, ln.item, ln.measure, ln.period) for ln in lines
            if ln.item != "Subtotal"]
    assert len(keys) == len(set(keys))
    assert {ln.at.cell[0] for ln in lines} == {"B", "C", "D"}  # type: ignore[index]
    assert ("Official travel", "2024/25") not in _amounts(budget)
    assert _amounts(budget)[("Gross requirements", "2026/27")] == 192_200
    hidden = [w for w in budget.warnings if w.code == "hidden_cells"]
    assert len(hidden) == 1 and "row 7, column E" in hidden[0].message
    assert hidden[0].at is not None and hidden[0].at.cell == "E1"


def test_error_values_and_formulas_without_a_value_are_warned_per_cell(tmp_path) -> None:
    """python-calamine reads '#REF!' and a formula saved without its value (as openpyxl
    and other scripts save them) as empty cells: subtotals and totals vanished with no
    warning, and no subtotal check could fire."""
    path = tmp_path / "formulas.xlsx"
    book = _workbook(path, _table())
    sheet = book.active
    sheet["B5"] = "=SUM(B3:B4)"  # Subtotal, military and police personnel
    sheet["D10"] = "#REF!"  # Gross requirements 2026/27
    sheet["C12"] = "#N/A"
    book.save(path)
    budget = parse_budget(path)
    by_cell = {w.at.cell: w for w in budget.warnings if w.at is not None
               and w.code in ("formula_without_value", "error_value")}
    assert set(by_cell) == {"B5", "D10", "C12"}
    assert by_cell["B5"].code == "formula_without_value" and "=SUM(B3:B4)" in \
        by_cell["B5"].message
    assert by_cell["D10"].code == "error_value" and "#REF!" in by_cell["D10"].message
    assert "#N/A" in by_cell["C12"].message
    assert _amounts(budget)[("Gross requirements", "2024/25")] == 178_500


def _with_detail_sheet(path: Path, rows: int, columns: int) -> None:
    """The small table plus a sheet of `rows` x `columns` figures, its XML written here (a
    spreadsheet library takes seconds for as many cells)."""
    book = _workbook(path, _table())
    book.create_sheet("Detail")["A1"] = 1
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    letters = [chr(65 + c) for c in range(columns)]
    data = "".join(f'<row r="{r}">' + "".join(f'<c r="{x}{r}"><v>{r}</v></c>' for x in letters)
                   + "</row>" for r in range(1, rows + 1))
    parts["xl/worksheets/sheet2.xml"] = re.sub(
        rb"<sheetData>.*</sheetData>", f"<sheetData>{data}</sheetData>".encode(),
        parts["xl/worksheets/sheet2.xml"], flags=re.S)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def test_a_sheet_of_too_many_values_is_refused_in_one_line(tmp_path) -> None:
    """A sheet of 1.8 million values, under the 2,000,000 cells its range may span, took
    90 s and 3.7 GB; one of over 200,000 values (the shared tables hold 1,500) is now
    refused before python-calamine reads it."""
    path = tmp_path / "detail.xlsx"
    _with_detail_sheet(path, 20_001, 10)
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["budget", str(path)])
    assert result.exit_code == 3 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"error: {path}: has a sheet ('Detail') with over 200,000 "
                                    "cells holding values")
    assert time.perf_counter() - started < 5
    _with_detail_sheet(path, 100, 10)
    assert _amounts(parse_budget(path))[("Gross requirements", "2024/25")] == 178_500


def test_a_csv_of_too_many_cells_is_refused_as_it_is_read(tmp_path) -> None:
    """A CSV of a million lines did not finish in 120 s (3.5 GB); one line of fifty million
    empty fields held 3.9 GB. Over 200,000 cells (an empty line counts as one) is refused."""
    path = tmp_path / "long.csv"
    table = "\n".join(",".join(str(v) for v in row) for row in _table())
    for name, text in (("lines", table + "\nDetail,1,2,3" * 60_000),
                       ("one line", table + "\n" + "," * 250_000),
                       ("empty lines", "\n" * 250_000 + table)):
        path.write_text(text, encoding="utf-8")
        started = time.perf_counter()
        result = CliRunner().invoke(cli, ["budget", str(path)])
        assert result.exit_code == 3 and result.stderr.count("\n") == 1, (name, result.stderr)
        assert f"{path}: holds over 200,000 cells" in result.stderr, name
        assert time.perf_counter() - started < 5, name
    path.write_text(table + "\nDetail,1,2,3" * 100, encoding="utf-8")
    assert _amounts(parse_budget(path))[("Gross requirements", "2024/25")] == 178_500


def test_merged_cells_repeat_their_value_and_say_so(tmp_path) -> None:
    """A merged cell's value stood in its first cell only: a figure merged over two columns
    was read for one, and a row whose label was merged into the row above lost its figures
    with no warning of its own. The xlsx grid now repeats a merged value as `Grid`
    promises: a merged figure is read for each column it spans, with a warning; a label
    merged over two rows of figures is not read twice (two lines for one item), the second
    row is warned instead."""
    path = tmp_path / "merged.xlsx"
    rows = _table()
    rows[6][2] = None  # Official travel 2025/26, under the merged figure
    book = _workbook(path, rows)
    sheet = book.active
    sheet.merge_cells("B7:C7")
    sheet.merge_cells("A8:A9")  # Air operations over the subtotal's row
    book.save(path)
    budget = parse_budget(path)
    amounts = _amounts(budget)
    assert amounts[("Official travel", "2024/25")] == amounts[("Official travel", "2025/26")] \
        == 8_000
    merged = [w for w in budget.warnings if w.code == "merged_figure"]
    assert len(merged) == 1 and merged[0].at is not None and merged[0].at.cell == "C7"
    unread = [w for w in budget.warnings if w.code == "unread_row"]
    assert len(unread) == 1 and "'Air operations' is merged from the row above" in \
        unread[0].message
    assert unread[0].at is not None and unread[0].at.cell == "B9"
    air = [ln for ln in budget.lines if ln.item == "Air operations"]
    assert {ln.at.cell for ln in air} == {"B8", "C8", "D8"}


def test_a_heading_merged_across_the_table_does_not_end_it(tmp_path) -> None:
    """A group heading merged over the figure columns ("Operational costs" over A6:D6, a
    common layout) is one heading, not words in every figure column: repeating it there
    made it the head of a second table and lost every line below."""
    path = tmp_path / "merged.xlsx"
    book = _workbook(path, _table())
    plain = parse_budget(path)
    book.active.merge_cells("A2:D2")
    book.active.merge_cells("A6:D6")
    book.save(path)
    merged = parse_budget(path)
    assert _amounts(merged) == _amounts(plain) and len(merged.lines) == len(plain.lines)
    assert "table_ended" not in _codes(merged)


def _rewrite(path: Path, part: str, edit) -> None:
    """`path` with one part of its zip rewritten by `edit` (bytes → bytes)."""
    with zipfile.ZipFile(path) as archive:
        items = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in items:
            archive.writestr(info, edit(data) if info.filename == part else data)


def test_the_size_guard_reads_references_quoted_either_way_and_sheets_anywhere(
        tmp_path) -> None:
    """A value at ZZ100000 passed the guard when its reference was written r='ZZ100000'
    (13 s and 2.8 GB), or its sheet stood outside xl/worksheets/."""
    quoted = tmp_path / "quoted.xlsx"
    book = _workbook(quoted, _table())
    book.active["ZZ100000"] = "stray"
    book.save(quoted)
    _rewrite(quoted, "xl/worksheets/sheet1.xml",
             lambda xml: re.sub(rb'r="([A-Z]+\d+)"', rb"r = '\1'", xml))
    with pytest.raises(InputError, match="reach cell ZZ100000"):
        parse_budget(quoted)
    moved = tmp_path / "moved.xlsx"
    book.save(moved)
    with zipfile.ZipFile(moved) as archive:
        items = {i.filename: archive.read(i) for i in archive.infolist()}
    items["xl/detail.xml"] = items.pop("xl/worksheets/sheet1.xml")
    items["xl/_rels/workbook.xml.rels"] = items["xl/_rels/workbook.xml.rels"].replace(
        b"worksheets/sheet1.xml", b"detail.xml")
    items["[Content_Types].xml"] = items["[Content_Types].xml"].replace(
        b"/xl/worksheets/sheet1.xml", b"/xl/detail.xml")
    with zipfile.ZipFile(moved, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in items.items():
            archive.writestr(name, data)
    with pytest.raises(InputError, match="reach cell ZZ100000"):
        parse_budget(moved)


def test_an_error_value_is_warned_however_its_type_is_quoted(tmp_path) -> None:
    """The scan looked for t="e" with double quotes only before reading cells: a sheet
    written t='e', with no formula, lost its error values without a word."""
    path = tmp_path / "quoted_error.xlsx"
    book = _workbook(path, _table())
    book.active["D10"] = "#REF!"
    book.save(path)
    _rewrite(path, "xl/worksheets/sheet1.xml",
             lambda xml: xml.replace(b't="e"', b"t='e'"))
    budget = parse_budget(path)
    assert [w.at.cell for w in budget.warnings if w.code == "error_value"] == ["D10"]
