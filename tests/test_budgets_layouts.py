"""Workbook and CSV layouts the dev set does not have, through the public API only.

Each test writes its own small budget (our own labels and figures, in the UN's overall
table shape) and checks the dollars and cells `parse_budget` reports. Only
`budgets.parse_budget` and the model are used, so these tests hold for any interpreter.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from budgets import Measure, TableKind, parse_budget
from provenance import InputError

ROWS = [
    ("Military and police personnel", None),
    ("Military contingents", ("1 200.5", "1 100.0", "1 300.0", "1 250.3")),
    ("United Nations police", ("300.0", "–", "310.0", "305.0")),
    ("Subtotal", ("1 500.5", "1 100.0", "1 610.0", "1 555.3")),
    ("Operational costs", None),
    ("Official travel", ("800.0", "790.1", "820.0", "830.0")),
    ("Subtotal", ("800.0", "790.1", "820.0", "830.0")),
    ("Gross requirements", ("2 300.5", "1 890.1", "2 430.0", "2 385.3")),
    ("Staff assessment incomeb", ("100.0", "90.0", "110.0", "105.0")),
    ("Net requirements", ("2 200.5", "1 800.1", "2 320.0", "2 280.3")),
    ("Total requirements", ("2 300.5", "1 890.1", "2 430.0", "2 385.3")),
]


def _lines(path: Path) -> dict[tuple[str, str, str], int]:
    budget = parse_budget(path)
    out: dict[tuple[str, str, str], int] = {}
    for ln in budget.select(table=TableKind.FINANCIAL_RESOURCES):
        out.setdefault((ln.item, str(ln.measure), ln.period), ln.amount)
    return out


def _check(got: dict[tuple[str, str, str], int], scale: int = 1000) -> None:
    per = scale // 1000 if scale >= 1000 else 1
    assert got[("Military contingents", "apportionment", "2024/25")] == 1_200_500 * per
    assert got[("United Nations police", "expenditure", "2024/25")] == 0
    assert got[("Official travel", "cost_estimates", "2026/27")] == 830_000 * per
    assert got[("Staff assessment income", "apportionment", "2025/26")] == 110_000 * per
    assert got[("Total requirements", "cost_estimates", "2026/27")] == 2_385_300 * per
    assert len(got) == 8 * 4  # the two subtotals share a key


def test_period_merged_above_two_measures(tmp_path: Path) -> None:
    path = tmp_path / "merged.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Resources"
    sheet["A1"] = "(Thousands of United States dollars)"
    sheet["A3"] = "Category"
    sheet["B3"], sheet["D3"], sheet["E3"] = "2024/25", "2025/26", "2026/27"
    sheet.merge_cells("B3:C3")
    sheet["B4"], sheet["C4"] = "Apportionment", "Expenditure"
    sheet["D4"], sheet["E4"] = "Apportionment", "Cost estimates"
    for r, (label, values) in enumerate(ROWS, start=5):
        sheet.cell(r, 1, label)
        for c, value in enumerate(values or ()):
            sheet.cell(r, 2 + c, value)
    book.save(path)
    got = _lines(path)
    _check(got)
    budget = parse_budget(path)
    [line] = budget.select(item="Military contingents", measure=Measure.EXPENDITURE)
    assert line.at.label() == "Resources!C6"


def test_csv_with_printed_spaces_dashes_and_parentheses(tmp_path: Path) -> None:
    path = tmp_path / "printed.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Financial resources"])
        out.writerow(["(Thousands of United States dollars)"])
        out.writerow(["Category", "Apportionment 2024/25", "Expenditure 2024/25",
                      "Apportionment 2025/26", "Cost estimates 2026/27", "Variance"])
        for label, values in ROWS:
            if values is None:
                out.writerow([label])
                continue
            printed = [v.replace(" ", "\u00a0") for v in values]
            out.writerow([label, *printed, "(1.0)"])
    _check(_lines(path))


def _csv_text(delimiter: str = ",") -> str:
    rows = [["(Thousands of United States dollars)"],
            ["Category", "Apportionment 2024/25", "Expenditure 2024/25",
             "Apportionment 2025/26", "Cost estimates 2026/27"]]
    rows += [[label, *(values or ())] for label, values in ROWS]
    return "\n".join(delimiter.join(f'"{v}"' for v in row) for row in rows) + "\n"


def test_csv_as_excel_saves_unicode_text_or_with_old_mac_line_ends(tmp_path: Path) -> None:
    """Excel's "Unicode text" is tab-separated UTF-16 with a byte-order mark; old Mac
    exports end lines with a lone carriage return. Both read like any other CSV."""
    unicode_text = tmp_path / "unicode.csv"
    unicode_text.write_bytes(_csv_text("\t").encode("utf-16"))
    _check(_lines(unicode_text))
    old_mac = tmp_path / "mac.csv"
    old_mac.write_bytes(_csv_text().replace("\n", "\r").encode("utf-8"))
    _check(_lines(old_mac))


def test_csv_with_a_cell_too_long_for_the_csv_module_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(_csv_text() + '"' + "x" * 200_000 + '",1\n', encoding="utf-8")
    with pytest.raises(InputError, match="cannot be read as a CSV table"):
        parse_budget(path)


def test_spacer_column_shifts_data_right_of_header(tmp_path: Path) -> None:
    path = tmp_path / "spacer.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Overall"
    sheet["A1"] = "(Thousands of United States dollars)"
    headers = ["Approved 2024/25", "Actual 2024/25", "Approved 2025/26", "Proposed 2026/27"]
    for c, text in enumerate(headers):
        sheet.cell(3, 2 + 2 * c, text)  # header in B, D, F, H
    for r, (label, values) in enumerate(ROWS, start=4):
        sheet.cell(r, 1, label)
        for c, value in enumerate(values or ()):
            sheet.cell(r, 3 + 2 * c, float(value.replace(" ", "")) if value != "–" else "–")
    book.save(path)
    got = _lines(path)
    _check(got)
    budget = parse_budget(path)
    [line] = budget.select(item="Official travel", measure=Measure.COST_ESTIMATES)
    assert line.at.label() == "Overall!I9"


def test_whole_dollars_with_commas(tmp_path: Path) -> None:
    path = tmp_path / "dollars.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["Resource requirements (United States dollars)"])
        out.writerow(["Class", "Appropriation 2024-2025", "Expenditure 2024-2025",
                      "Appropriation 2025-2026", "Requirements 2026-2027", "Notes"])
        for label, values in ROWS:
            if values is None:
                out.writerow([label])
                continue
            dollars = []
            for v in values:
                if v == "–":
                    dollars.append("–")
                else:
                    whole = int(Decimal(v.replace(" ", "")) * 1000)
                    dollars.append(f"{whole:,}")
            out.writerow([label, *dollars, "see the narrative"])
    _check(_lines(path))


def test_budget_table_below_a_prose_sheet_and_above_another_table(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "Read me"
    notes["A1"] = "This workbook restates the mission's budget for the committee."
    notes["A2"] = "Figures are in thousands of dollars unless stated."
    sheet = book.create_sheet("Tables")
    sheet["B8"] = "(Thousands of United States dollars)"
    for c, text in enumerate(["Category", "2024/25 apportionment", "2024/25 expenditure",
                              "2025/26 apportionment", "2026/27 cost estimates"]):
        sheet.cell(10, 2 + c, text)
    r = 11
    for label, values in ROWS:
        sheet.cell(r, 2, label)
        for c, value in enumerate(values or ()):
            sheet.cell(r, 3 + c, float(value.replace(" ", "")) if value != "–" else "–")
        r += 1
    sheet.cell(r + 3, 2, "Vehicles")
    sheet.cell(r + 3, 3, "Number")
    sheet.cell(r + 4, 2, "Armoured")
    sheet.cell(r + 4, 3, 12)
    book.save(path)
    _check(_lines(path))


def test_item_numbers_left_of_the_labels(tmp_path: Path) -> None:
    path = tmp_path / "numbered.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["(Thousands of United States dollars)"])
        out.writerow(["No.", "Category", "Apportionment 2024/25", "Expenditure 2024/25",
                      "Apportionment 2025/26", "Cost estimates 2026/27"])
        for number, (label, values) in enumerate(ROWS, start=1):
            out.writerow([str(number), label, *(values or ())])
    _check(_lines(path))


def test_variance_column_without_formula_row_is_still_checked(tmp_path: Path) -> None:
    path = tmp_path / "variance.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["(Thousands of United States dollars)"])
        out.writerow(["Category", "Apportionment 2025/26", "Cost estimates 2026/27",
                      "Variance"])
        out.writerow(["Operational costs"])
        out.writerow(["Official travel", "820.0", "830.0", "10.0"])
        out.writerow(["Medical", "100.0", "90.0", "−20.0"])  # should be −10.0
        out.writerow(["Subtotal", "920.0", "920.0", "–"])
        out.writerow(["Gross requirements", "920.0", "920.0", "–"])
    warnings = parse_budget(path).warnings
    assert [w.at.label() for w in warnings] == ["variance!D5"]
    assert {a.label() for a in warnings[0].also_at} == {"variance!B5", "variance!C5"}


def _write(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)


def test_short_table_with_only_a_total_and_spelled_periods(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    _write(path, [
        ["Financial resources (thousands of United States dollars)"],
        ["Category", "1 July 2025 – 30 June 2026 apportionment",
         "1 July 2026 to 30 June 2027 proposed", "ACABQ recommendation 2026/27"],
        ["Military contingents", "100.0", "90.0", "85.0"],
        ["International staff", "50.0", "40.0", "40.0"],
        ["Facilities and infrastructure", "10.0", "12.0", "12.0"],
        ["Total", "160.0", "142.0", "137.0"],
    ])
    budget = parse_budget(path)
    got = {(ln.item, str(ln.measure), ln.period): ln.amount for ln in budget.lines}
    assert got[("Military contingents", "apportionment", "2025/26")] == 100_000
    assert got[("Facilities and infrastructure", "cost_estimates", "2026/27")] == 12_000
    assert got[("Total", "recommended", "2026/27")] == 137_000
    assert len(got) == 12
    assert budget.warnings == ()
