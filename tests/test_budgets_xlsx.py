"""Budget workbooks and CSV: exact overall tables, unseen layouts, checks, bad input.

Expected figures come from ../shared/data/gold/budgets (checked by hand against the
reports) or are built into synthetic workbooks by the test itself.
"""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from budgets import Measure, TableKind, parse_budget
from budgets.model import LineRole, group_key
from budgets.numbers import parse_amount, strip_footnotes
from coherence.cli import cli
from provenance import InputError
from tests.conftest import require_shared, zeroed_zip_part

GOLD_DOCS = ["A_80_600", "A_80_607", "A_80_615", "A_80_621", "A_80_624", "A_80_634"]


def _gold(doc: str) -> dict[tuple[str, str, str, str], int]:
    data = json.loads(require_shared("gold", "budgets", f"{doc}.json").read_text("utf-8"))
    out = {}
    for row in data["overall"]:
        for key, amount in row["values"].items():
            measure, period = key.split(" ")
            out[(group_key(row["group"]), strip_footnotes(row["item"]), measure, period)] = amount
    return out


def _ours(budget) -> dict[tuple[str, str, str, str], int]:
    return {(group_key(ln.group), ln.item, str(ln.measure), ln.period): ln.amount
            for ln in budget.lines if ln.table is TableKind.FINANCIAL_RESOURCES}


@pytest.mark.parametrize("doc", GOLD_DOCS)
def test_overall_table_matches_gold_to_the_dollar(doc: str) -> None:
    budget = parse_budget(require_shared("budgets", "xlsx", f"{doc}.xlsx"))
    assert _ours(budget) == _gold(doc)
    assert not [w for w in budget.warnings if w.code == "subtotal_mismatch"]
    assert budget.document == doc.replace("_", "/")


def test_monusco_cli_json_has_30_overall_lines_with_cells() -> None:
    path = require_shared("budgets", "xlsx", "A_80_624.xlsx")
    result = CliRunner().invoke(cli, ["budget", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema"] == "coherence.budget/1"
    overall = [ln for ln in doc["lines"] if ln["table"] == "financial_resources"]
    assert len({(ln["group"], ln["item"]) for ln in overall}) == 30
    contingents = next(ln for ln in overall if ln["item"] == "Military contingents"
                       and ln["period"] == "2024/25" and ln["measure"] == "apportionment")
    assert contingents["amount"] == 343462000
    assert contingents["at"] == "Financial resources!B11"
    assert contingents["group"] == "military_and_police_personnel"


def test_programmes_carry_expected_accomplishments_and_zero_cuts() -> None:
    budget = parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx"))
    cvr = budget.select(table=TableKind.PROGRAMMATIC_ACTIVITIES,
                        item="Community violence reduction")
    by_key = {(ln.measure, ln.period): ln for ln in cvr}
    assert by_key[(Measure.APPORTIONMENT, "2024/25")].amount == 3_000_000
    assert by_key[(Measure.COST_ESTIMATES, "2026/27")].amount == 0
    rol = budget.select(table=TableKind.PROGRAMMATIC_ACTIVITIES,
                        item="Rule of law and security sector reform")
    assert rol[0].accomplishments == ("1.2", "2.3", "2.4")
    qip = budget.select(table=TableKind.QUICK_IMPACT_PROJECTS, period="2026/27")
    assert {ln.unit: ln.amount for ln in qip} == {"USD": 1_000_000, "projects": 20}


def test_human_resources_give_personnel_counts() -> None:
    budget = parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx"))
    contingents = [ln for ln in budget.select(table=TableKind.HUMAN_RESOURCES, period="2026/27")
                   if ln.group == "Military contingents"]
    assert [ln.amount for ln in contingents] == [11500]
    assert contingents[0].measure is Measure.COST_ESTIMATES and contingents[0].unit == "people"


def _write_table(ws, top: int, left: int, rows: list[list[object]]) -> None:
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.cell(row=top + r, column=left + c, value=value)


def _synthetic(path: Path, *, unit_note: str, header: list[str], scale: int,
               notes: bool, top: int, left: int) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Resources"
    rows: list[list[object]] = [[f"Cost of the mission {unit_note}"], [],
                                ["Class", *header] + (["Notes"] if notes else [])]
    figures = {
        "Military contingents": (120.5, 118.25, 130.0),
        "Formed police units": (10.0, 9.5, 0),
    }
    rows.append(["Military and police personnel"])
    for label, values in figures.items():
        rows.append([label, *[v * scale if v else "–" for v in values]]
                    + (["rotation costs rose"] if notes else []))
    sub = [sum(v[i] for v in figures.values()) * scale for i in range(3)]
    rows.append(["Subtotal", *sub])
    rows.append(["Civilian personnel"])
    rows.append(["International staff", 50 * scale, 49 * scale, 51.125 * scale])
    rows.append(["Subtotal", 50 * scale, 49 * scale, 51.125 * scale])
    gross = [sub[i] + [50, 49, 51.125][i] * scale for i in range(3)]
    rows.append(["Gross requirements", *gross])
    rows.append(["Staff assessment income", 5 * scale, 5 * scale, 5 * scale])
    rows.append(["Net requirements", *[g - 5 * scale for g in gross]])
    rows.append(["Total requirements", *gross])
    _write_table(ws, top, left, rows)
    wb.save(path)


@pytest.mark.parametrize(("header", "unit_note", "scale", "notes", "top", "left"), [
    (["Approved 2025/26", "Expenditure 2025/26", "Proposed 2026/27"],
     "(thousands of United States dollars)", 1, True, 7, 3),
    (["Appropriation 2025-26", "Actual spending 2025-26", "Requirements 2026-27"],
     "(United States dollars)", 1000, False, 1, 1),
])
def test_unseen_workbook_layouts(tmp_path, header, unit_note, scale, notes, top, left) -> None:
    path = tmp_path / "other_mission.xlsx"
    _synthetic(path, unit_note=unit_note, header=header, scale=scale, notes=notes,
               top=top, left=left)
    budget = parse_budget(path)
    lines = {(ln.item, ln.measure, ln.period): ln.amount for ln in budget.lines}
    assert lines[("Military contingents", Measure.APPORTIONMENT, "2025/26")] == 120_500
    assert lines[("Military contingents", Measure.EXPENDITURE, "2025/26")] == 118_250
    assert lines[("International staff", Measure.COST_ESTIMATES, "2026/27")] == 51_125
    assert lines[("Formed police units", Measure.COST_ESTIMATES, "2026/27")] == 0
    assert lines[("Gross requirements", Measure.APPORTIONMENT, "2025/26")] == 180_500
    assert not [w for w in budget.warnings if w.code == "subtotal_mismatch"]


def test_a_wrong_subtotal_is_a_warning_with_both_places(tmp_path) -> None:
    path = tmp_path / "wrong.xlsx"
    _synthetic(path, unit_note="(thousands of United States dollars)",
               header=["Apportionment 2025/26", "Expenditure 2025/26", "Cost estimates 2026/27"],
               scale=1, notes=False, top=1, left=1)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for row in ws.iter_rows():
        if row[0].value == "Subtotal":
            row[1].value = 999.9
            break
    wb.save(path)
    budget = parse_budget(path)
    mismatches = [w for w in budget.warnings if w.code == "subtotal_mismatch"]
    assert mismatches, budget.warnings
    first = mismatches[0]
    assert first.at is not None and first.at.cell == "B7"
    assert {ref.cell for ref in first.also_at} == {"B5", "B6"}
    # the printed figure is kept as printed, never corrected
    subtotal = next(ln for ln in budget.lines if ln.role is LineRole.SUBTOTAL)
    assert subtotal.amount == 999_900


def test_csv_export_reads_like_the_workbook(tmp_path) -> None:
    source = require_shared("budgets", "xlsx", "A_80_624.xlsx")
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_name(
        "Financial resources").to_python()
    path = tmp_path / "A_80_624.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow([f"{v:,.1f}".replace(",", "\u00a0") if isinstance(v, float) else v
                             for v in row])
    assert _ours(parse_budget(path)) == _gold("A_80_624")


@pytest.mark.parametrize(("grouping", "decimal", "delimiter"), [
    ("\u202f", ",", ";"),  # French Excel
    (".", ",", ";"),  # German Excel
    ("", ",", ";"),
])
def test_a_european_csv_export_reads_to_the_dollar(tmp_path, grouping, decimal,
                                                   delimiter) -> None:
    """A comma before the last one or two digits is a decimal mark, not a thousands
    separator: French Excel's "27 457,4" was read as 274,574,000 dollars, ten times too
    much, with no check to catch it (subtotals scaled as well)."""
    source = require_shared("budgets", "xlsx", "A_80_624.xlsx")
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_name(
        "Financial resources").to_python()
    path = tmp_path / "A_80_624.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        for row in rows:
            writer.writerow([f"{v:,.1f}".replace(",", "G").replace(".", decimal)
                             .replace("G", grouping) if isinstance(v, float) else v
                             for v in row])
    assert _ours(parse_budget(path)) == _gold("A_80_624")


@pytest.mark.parametrize(("printed", "expected"), [
    ("27,457.4", "27457.4"), ("12,34,567", "1234567"), ("343.462,0", "343462.0"),
    ("27457,4", "27457.4"), ("1.234.567,89", "1234567.89"), ("27,4567", None), ("1,23,4", None),
    ("1.2,5", None), ("1.2.3,4", None),
])
def test_commas_are_read_as_grouping_or_as_a_decimal_mark_never_guessed(printed,
                                                                        expected) -> None:
    assert parse_amount(printed) == (None if expected is None else Decimal(expected))


@pytest.mark.parametrize(("at", "message"), [(40, "zero bytes from line 2 on"),
                                             (None, "binary file, not CSV")])
def test_a_csv_with_zero_bytes_is_refused_saying_what_it_is(tmp_path, at, message) -> None:
    """Zeroed bytes in a CSV export (a damaged copy) were called a binary file when they
    fell in its first 4 kB and a NUL the csv module met later: the message now says the
    file is damaged and from which line; a zip under a .csv name is still binary."""
    text = "Category,Apportionment 2025/26\n" + "".join(
        f"Item {n},{n * 1000}.0\n" for n in range(1, 400))
    data = text.encode() if at is not None else b"PK\x03\x04\x14\x00\x06\x00" * 50
    if at is not None:
        data = data[:at] + bytes(10) + data[at + 10:]
    path = tmp_path / "table.csv"
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["budget", str(path)])
    assert result.exit_code == 3 and result.stderr.count("\n") == 1
    assert message in result.stderr


def test_workbook_without_budget_table_exits_3(tmp_path) -> None:
    path = tmp_path / "shopping.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Bread", "Milk"])
    wb.save(path)
    with pytest.raises(InputError, match="no budget table"):
        parse_budget(path)
    result = CliRunner().invoke(cli, ["budget", str(path)])
    assert result.exit_code == 3 and result.stderr.startswith("error: ")


def test_corrupt_workbook_exits_3(tmp_path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    result = CliRunner().invoke(cli, ["budget", str(path)])
    assert result.exit_code == 3
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_a_workbook_damaged_inside_a_sheet_exits_3_naming_the_part(tmp_path) -> None:
    """python-calamine reads a sheet whose compressed bytes are zeroed as far as it can and
    says nothing (UNIFIL's workbook gave 12 of its 211 lines), so the parts cells are read
    from must decompress whole and match their checksums; a damaged part that holds no
    cells (the document's properties) is no reason to refuse the file."""
    path = tmp_path / "whole.xlsx"
    _synthetic(path, unit_note="(thousands of United States dollars)",
               header=["Apportionment 2025/26", "Expenditure 2025/26", "Cost estimates 2026/27"],
               scale=1, notes=True, top=1, left=1)
    whole = parse_budget(path)
    sheet = tmp_path / "sheet.xlsx"
    zeroed_zip_part(path, "xl/worksheets/sheet1.xml", sheet)
    result = CliRunner().invoke(cli, ["budget", str(sheet)])
    assert result.exit_code == 3 and result.stderr.count("\n") == 1
    assert "sheet.xlsx" in result.stderr and "xl/worksheets/sheet1.xml" in result.stderr
    assert "Traceback" not in result.stderr
    properties = tmp_path / "properties.xlsx"
    zeroed_zip_part(path, "docProps/app.xml", properties)

    def figures(budget) -> list[tuple]:
        return [(ln.item, ln.measure, ln.period, ln.amount, ln.at.cell) for ln in budget.lines]

    assert figures(parse_budget(properties)) == figures(whole) and len(whole.lines) > 10


def test_a_value_far_outside_the_tables_is_refused_before_calamine_holds_the_range(
        tmp_path) -> None:
    """python-calamine holds a sheet's whole used range: one value in cell XFD1048576 of a
    5 kB workbook made it ask for 550 GB and abort the process (a batch with it). A value
    at Z100000 (2.6 million cells) is refused, naming the sheet and the cell; a cell far
    out with a format and no value, which calamine skips, is no reason to refuse."""
    far = tmp_path / "far.xlsx"
    _synthetic(far, unit_note="(thousands of United States dollars)",
               header=["Apportionment 2025/26", "Expenditure 2025/26", "Cost estimates 2026/27"],
               scale=1, notes=True, top=1, left=1)
    wb = openpyxl.load_workbook(far)
    wb.create_sheet("Notes & annex")["Z100000"] = "stray"
    wb.save(far)
    result = CliRunner().invoke(cli, ["budget", str(far)])
    assert result.exit_code == 3 and result.stderr.count("\n") == 1
    assert ("has a sheet ('Notes & annex') whose values reach cell Z100000: 2,600,000 cells "
            "to hold, over the 2,000,000 a budget's tables could need") in result.stderr
    formatted = tmp_path / "formatted.xlsx"
    wb["Notes & annex"]["Z100000"] = None
    wb["Notes & annex"]["Z100000"].font = openpyxl.styles.Font(bold=True)
    wb.save(formatted)
    assert len(parse_budget(formatted).lines) > 10


@pytest.mark.parametrize("xml,extent", [
    (b'<row r="3"><c r="B3"><v>1</v></c><c r="D3" s="2"/></row>', (3, 2)),
    # a prefix on every element, as the Open XML SDK writes them
    (b'<x:row r="2"><x:c r="AA2" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>',
     (2, 27)),
    # cells and rows without their references follow the ones before
    (b'<row r="5"><c><v>1</v></c><c><v>2</v></c></row><row><c r="C6"/><c><v>3</v></c></row>',
     (6, 4)),
    (b'<row r="9" customHeight="1"/>', (0, 0)),
])
def test_a_sheets_extent_counts_only_cells_with_values(xml: bytes, extent) -> None:
    from budgets.readers.xlsx import _extent

    assert _extent(b"<sheetData>" + xml + b"</sheetData>") == extent


def test_a_chart_sheet_is_passed_over(tmp_path) -> None:
    """A chart sheet has no cells: the workbook's table is read and the chart sheet is not
    taken for a damaged sheet."""
    path = tmp_path / "charted.xlsx"
    _synthetic(path, unit_note="(thousands of United States dollars)",
               header=["Apportionment 2025/26", "Expenditure 2025/26", "Cost estimates 2026/27"],
               scale=1, notes=False, top=1, left=1)
    wb = openpyxl.load_workbook(path)
    chart = openpyxl.chart.BarChart()
    chart.add_data(openpyxl.chart.Reference(wb.active, min_col=2, min_row=5, max_row=6))
    wb.create_chartsheet("Chart").add_chart(chart)
    wb.save(path)
    from python_calamine import CalamineWorkbook

    assert "Chart" in CalamineWorkbook.from_path(str(path)).sheet_names
    budget = parse_budget(path)
    assert {ln.at.sheet for ln in budget.lines} == {"Resources"}
    assert len(budget.lines) > 10


@pytest.mark.parametrize(("printed", "expected"), [
    ("1 234.5", "1234.5"), ("1\u00a0234.5", "1234.5"), ("1\u2009234.5", "1234.5"),
    ("(1 655.9)", "-1655.9"), ("–", "0"), ("-", "0"), ("12.5%", "12.5"), ("1,234", "1234"),
])
def test_printed_figures(printed: str, expected: str) -> None:
    assert parse_amount(printed) == Decimal(expected)


@given(st.decimals(min_value=-10**9, max_value=10**9, places=1, allow_nan=False))
def test_figures_round_trip_through_print(value: Decimal) -> None:
    printed = f"{abs(value):,.1f}".replace(",", "\u202f")
    if value < 0:
        printed = f"({printed})"
    assert parse_amount(printed) == value


@given(st.floats(min_value=-1e7, max_value=1e7).map(lambda f: round(f, 1)))
def test_workbook_floats_are_exact_decimals(value: float) -> None:
    assert parse_amount(value) == Decimal(repr(value))


@pytest.mark.parametrize(("label", "clean"), [
    ("Temporary positionsb", "Temporary positions"), ("Medical", "Medical"),
    ("Voluntary contributions in kind (budgeted)a", "Voluntary contributions in kind (budgeted)"),
    ("Subtotalc", "Subtotal"), ("Air operations", "Air operations"), ("Marine", "Marine"),
])
def test_footnote_letters(label: str, clean: str) -> None:
    assert strip_footnotes(label) == clean


def test_periods_in_a_merged_row_above_the_measures(tmp_path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws.append(["Resource requirements (thousands of United States dollars)"])
    ws.append([None, "2024/25", None, "2025/26", "2026/27"])
    ws.append(["Category", "Approved", "Actual", "Approved", "Proposed"])
    ws.merge_cells("B2:C2")
    ws.append(["Military contingents", 100.5, 99.25, 101, 90])
    ws.append(["Formed police units", 10, 9, 11, 12])
    ws.append(["Air operations", 1, 2, 3, 4])
    ws.append(["Gross requirements", 111.5, 110.25, 115, 106])
    path = tmp_path / "merged.xlsx"
    wb.save(path)
    lines = {(ln.item, ln.measure, ln.period): ln.amount for ln in parse_budget(path).lines}
    assert lines[("Military contingents", Measure.APPORTIONMENT, "2024/25")] == 100_500
    assert lines[("Military contingents", Measure.EXPENDITURE, "2024/25")] == 99_250
    assert lines[("Military contingents", Measure.APPORTIONMENT, "2025/26")] == 101_000
    assert lines[("Military contingents", Measure.COST_ESTIMATES, "2026/27")] == 90_000
