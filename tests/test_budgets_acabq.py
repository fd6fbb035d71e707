"""The Advisory Committee's recommendations: the total it recommends and the cuts by line."""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgets import Measure, TableKind, parse_budget
from budgets.acabq import read_recommendations
from budgets.grid import Cell, Grid
from budgets.numbers import misgrouped, parse_amount
from provenance import SourceRef
from tests.conftest import require_shared, shared_budget

#: (report, recommended, proposed, change, conclusion paragraph): the figures its text prints
TOTALS = [
    ("A_80_604_Add.11", 866_348_600, 874_790_100, -8_441_500, "64"),
    ("A_80_604_Add.12", 407_625_000, 408_023_700, -398_700, "57"),
    ("A_80_604_Add.13", 1_056_818_600, 1_057_591_600, -773_000, "56"),
    ("A_80_604_Add.2", 55_828_100, 56_279_700, -451_600, "56"),
    ("A_80_604_Add.3", 62_552_800, 62_709_300, -156_500, "37"),
    ("A_80_604_Add.5", 55_446_700, 55_481_400, -34_700, "63"),
    ("A_80_604_Add.6", 42_022_400, None, None, "40"),
]


@pytest.mark.parametrize(("name", "recommended", "proposed", "change", "paragraph"), TOTALS,
                         ids=[t[0] for t in TOTALS])
def test_the_recommended_total_is_read_alike_from_docx_and_pdf(
        name: str, recommended: int, proposed: int | None, change: int | None,
        paragraph: str) -> None:
    docx = shared_budget("budgets", "acabq", f"{name}.docx")
    pdf = shared_budget("budgets", "acabq", f"{name}.pdf")
    for budget in (docx, pdf):
        total = budget.recommended_total
        assert total is not None
        assert (total.recommended, total.proposed, total.change, total.period) == (
            recommended, proposed, change, "2026/27")
        assert total.at.paragraph == paragraph
    # the lines of the impact table add up to the change the text recommends (Add.11's
    # misprinted "($1 000 00)" settled from its subtotal)
    if docx.recommendations:
        assert sum(r.amount for r in docx.recommendations) == change
    # the PDF edition gives the same cuts, word for word, and the same warnings; six of the
    # seven PDFs once gave the total alone (header lines over the wrong columns, rows of
    # text cells closed by one figure not seen as table rows, "($2 200 000)" not a figure)

    def cuts(budget):
        return [(r.group, r.item, r.amount, r.paragraphs, r.text) for r in budget.recommendations]

    assert cuts(pdf) == cuts(docx)
    assert [w.message for w in pdf.warnings] == [w.message for w in docx.warnings]
    assert bool(docx.recommendations) == bool(change)


def test_monusco_cuts_by_line_with_the_tables_misprint_settled_from_its_subtotal() -> None:
    budget = parse_budget(require_shared("budgets", "acabq", "A_80_604_Add.11.docx"))
    by_item = {r.item: r for r in budget.recommendations}
    facilities = by_item["Facilities and infrastructure"]
    assert (facilities.amount, facilities.paragraphs, facilities.text) == (
        -3_392_300, ("45",), "5% reduction")
    assert facilities.group == "Operational costs"
    assert by_item["International staff"].group == "Posts/staffing changes"
    # "($1 000 00)" is no figure (its last group has two digits): the subtotal printed under
    # it (6,241,500) settles it at 1,000,000, as paragraph 55 says, and a warning says so
    assert by_item["Communications and information technology"].amount == -1_000_000
    assert sum(r.amount for r in budget.recommendations) == -8_441_500
    (settled,) = [w for w in budget.warnings if w.code == "recommendation_settled"]
    assert "'($1 000 00)'" in settled.message and "paragraph 55" in settled.message
    assert settled.at is not None and settled.at.cell == "D11"
    assert not [w for w in budget.warnings if w.code == "recommendation_mismatch"]


@pytest.mark.parametrize(("printed", "expected"), [
    ("1 000 00", None), ("(1 000 00)", None), ("12 34", None), ("1234 567", None),
    ("1 000 000", "1000000"), ("(1 234.5)", "-1234.5"), ("27 457,4", "27457.4"),
])
def test_a_figure_whose_digit_groups_are_malformed_is_no_figure(printed, expected) -> None:
    assert parse_amount(printed) == (None if expected is None else Decimal(expected))
    assert misgrouped(printed) is (expected is None)


def test_a_misgrouped_amount_no_sum_settles_is_left_out_with_a_warning() -> None:
    # two misprints under one subtotal: which is which the subtotal cannot say
    grid = _grid([HEADER, ["Operational costs", "", "", ""],
                  ["Air operations", "30", "10% reduction", "(1 000 00)"],
                  ["Official travel", "31", "5% reduction", "(50 00)"],
                  ["Medical", "32", "5% reduction", "(20 000)"],
                  ["Subtotal", "", "", "(1 070 000)"]])
    found = read_recommendations([grid], [], "x.docx")
    assert [(r.item, r.amount) for r in found.lines] == [("Medical", -20_000)]
    unread = [w for w in found.warnings if w.code == "unreadable_figure"]
    assert [w.at.cell for w in unread if w.at] == ["D3", "D4"]
    assert "'(1 000 00)'" in unread[0].message


def test_a_misgrouped_amount_is_settled_from_the_paragraph_it_cites() -> None:
    grid = _grid([HEADER, ["Air operations", "30", "10% reduction", "(1 000 00)"],
                  ["Medical", "32", "5% reduction", "(20 000)"]])
    text = [("30. The Committee recommends a reduction of 10 per cent, or $1,000,000, to the "
             "proposed resources.", None), ("31. Another paragraph, $5,000.", None)]
    found = read_recommendations([grid], text, "x.docx")
    assert [(r.item, r.amount) for r in found.lines] == [("Air operations", -1_000_000),
                                                         ("Medical", -20_000)]
    (settled,) = found.warnings
    assert settled.code == "recommendation_settled" and "paragraph 30" in settled.message
    # a paragraph naming an amount whose digits do not match settles nothing
    other = [("30. The Committee recommends a reduction of $2,500,000.", None)]
    assert [r.item for r in read_recommendations([grid], other, "x.docx").lines] == ["Medical"]


def test_unsigned_reductions_are_read_as_reductions_with_a_note() -> None:
    budget = parse_budget(require_shared("budgets", "acabq", "A_80_604_Add.2.docx"))
    assert [r.amount for r in budget.recommendations] == [-6_200, -23_900, -421_500]
    assert "recommendation_sign" in [w.code for w in budget.warnings]
    # a budget report is no Committee report: nothing recommended
    report = parse_budget(require_shared("budgets", "reports", "A_80_607.docx"))
    assert report.recommended_total is None and report.recommendations == ()


def _grid(rows: list[list[str]], caption: str = "") -> Grid:
    cells = tuple(tuple(Cell(text, SourceRef(table="table 1", cell=f"{'ABCD'[c]}{r + 1}"))
                        if text else None for c, text in enumerate(row))
                  for r, row in enumerate(rows))
    return Grid("table 1", cells, caption=caption, source_format="docx")


HEADER = ["Category", "Paragraph number", "Recommendation of the Advisory Committee",
          "Financial implication"]


def test_a_table_in_thousands_with_a_wrong_subtotal() -> None:
    grid = _grid([HEADER, ["Civilian personnel", "", "", ""],
                  ["National staff", "12 and 14 (b)", "Abolish two posts", "(120.5)"],
                  ["Subtotal, civilian personnel", "", "", "(130.5)"],
                  ["Total", "", "", "(120.5)"]], caption="(Thousands of United States dollars)")
    found = read_recommendations([grid], [], "x.docx")
    (line,) = found.lines
    assert (line.group, line.item, line.amount, line.paragraphs) == (
        "Civilian personnel", "National staff", -120_500, ("12", "14 (b)"))
    assert [w.message for w in found.warnings] == [
        "Subtotal, civilian personnel is printed as -130,500 but its lines make -120,500 "
        "(difference -10,000)"]


def test_unsigned_figures_stay_positive_unless_every_line_is_a_reduction() -> None:
    mixed = _grid([HEADER, ["Air operations", "30", "Reduction of 5 per cent", "100"],
                   ["Official travel", "31", "Restore the proposed amount", "50"],
                   ["Total", "", "", "150"]])
    found = read_recommendations([mixed], [], "x.docx")
    assert [r.amount for r in found.lines] == [100, 50] and not found.warnings


def test_a_committee_reports_overall_table_is_its_summary_by_category() -> None:
    budget = parse_budget(require_shared("budgets", "acabq", "A_80_604_Add.12.docx"))
    overall = budget.select(table=TableKind.FINANCIAL_RESOURCES)
    assert {ln.item for ln in overall} == {"Military and police personnel",
                                          "Civilian personnel", "Operational costs",
                                          "Gross requirements"}
    # the spending to 28 February 2026 is part of a period, not a period's figure
    assert {(str(ln.measure), ln.period) for ln in overall} == {
        ("apportionment", "2024/25"), ("expenditure", "2024/25"),
        ("apportionment", "2025/26"), ("cost_estimates", "2026/27")}
    assert "partial_period_column" in [w.code for w in budget.warnings]
    gross = budget.select(table=TableKind.FINANCIAL_RESOURCES, item="Gross requirements",
                          measure=Measure.COST_ESTIMATES)
    assert [ln.amount for ln in gross] == [408_023_700]  # the proposal the Committee cuts


@pytest.mark.parametrize(("text", "figure"), [
    ("($2 200 000)", True), ("($1 000 00)", True), ("$60 100", True), ("(88 500)", True),
    ("$ and", False), ("24 and 41", False), ("Reduction of 10 per cent", False)])
def test_dollars_marked_as_such_are_figures_in_a_pdf_table(text: str, figure: bool) -> None:
    from budgets.readers.pdf import figure_like

    assert figure_like(text) is figure


def test_a_header_repeated_over_merged_rows_is_named_once_in_a_warning() -> None:
    from budgets.interpret import _once

    assert _once("Expenditure as at 28 February 2026 Expenditure as at 28 February 2026") == \
        "Expenditure as at 28 February 2026"
    assert _once("Variance Amount") == "Variance Amount"
    assert _once("(1) (1) (2)") == "(1) (1) (2)"


@pytest.mark.parametrize("label", ["Subtotal", "Total"])
def test_a_misgrouped_subtotal_or_total_is_named_not_a_crash(label: str) -> None:
    """A misprinted subtotal ("(1 020 00)") raised TypeError (exit 1): only misprinted
    lines were foreseen. It is no figure to check the lines against; a warning names it."""
    grid = _grid([HEADER, ["Air operations", "30", "10% reduction", "(1 000 000)"],
                  ["Medical", "32", "5% reduction", "(20 000)"],
                  [label, "", "", "(1 020 00)"]])
    found = read_recommendations([grid], [], "x.docx")
    assert [(r.item, r.amount) for r in found.lines] == [("Air operations", -1_000_000),
                                                         ("Medical", -20_000)]
    [unread] = [w for w in found.warnings if w.code == "unreadable_figure"]
    assert unread.message.startswith(f"{label}: the amount is printed as '(1 020 00)'")


def test_a_subtotal_settles_only_a_figure_one_digit_off() -> None:
    """With another line misread, the sum left for a misprinted line can be any number:
    "(1 000 00)" was settled at -100 because '100' appears in order in '1 000 00'. Only a
    digit dropped or doubled is a misprint the sum may settle."""
    grid = _grid([HEADER, ["Air operations", "30", "10% reduction", "(1 000 00)"],
                  ["Medical", "32", "5% reduction", "(1 020 000)"],
                  ["Subtotal", "", "", "(1 020 100)"]])
    found = read_recommendations([grid], [], "x.docx")
    assert [r.item for r in found.lines] == ["Medical"]
    assert "recommendation_settled" not in {w.code for w in found.warnings}
    assert {"unreadable_figure", "recommendation_mismatch"} <= {w.code for w in found.warnings}
