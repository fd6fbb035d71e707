"""The legislative history of a budget report: earlier cycles' proposals, recommendations
and appropriations, read from a table's cells or from a PDF page's text."""

from __future__ import annotations

from click.testing import CliRunner

from budgets.legislative import (
    check_history,
    is_legislative_history,
    read_history_grid,
    read_history_text,
)
from coherence.cli import cli
from provenance import SourceRef
from tests.conftest import require_shared, shared_budget
from tests.test_budgets_staffing import _grid


def test_an_appropriation_that_differs_from_the_apportionment_is_a_warning() -> None:
    grid = _grid([
        ["", "2025/26", "2025/26", "2025/26"],
        ["", "Report", "Date", "Amount"],
        ["Proposed budget – Secretary-General", "A/79/744", "23 January 2025", "914 501.7"],
        ["Appropriationa – General Assembly", "A/RES/79/304", "30 June 2025", "869 127.2"],
        ["Appropriation (net)", "", "", "842 361.4"],
    ])
    assert is_legislative_history(grid)
    steps, warnings = read_history_grid(grid)
    assert not warnings
    assert [(s.stage, s.amount, s.document, s.date) for s in steps] == [
        ("proposed", 914_501_700, "A/79/744", "2025-01-23"),
        ("appropriated", 869_127_200, "A/RES/79/304", "2025-06-30"),
        ("appropriated_net", 842_361_400, None, None)]
    at = SourceRef(path="t.docx", table="table 9", cell="N40")
    assert check_history(steps, {"2025/26": (869_127_200, at)}) == []
    [warning] = check_history(steps, {"2025/26": (869_000_000, at)})
    assert warning.code == "history_mismatch" and warning.also_at == (at,)


def test_a_legislative_history_running_over_a_page_is_read_from_both() -> None:
    pages = [
        "Summary\nLegislative history\n(Thousands of United States dollars)\n"
        "2024/25 2025/26\nReport Date Amount Report Date Amount\nProposed budget –\n"
        "Secretary-General\nA/78/741 29 January 2024 918 458.0 A/79/744 23 January 2025 "
        "914 501.7\n",
        "Recommendation – Advisory\nCommittee on Administrative\nand Budgetary Questions\n"
        "A/78/744/Add.9 5 April 2024 913 483.5 A/79/724/Add.9 15 April 2025 837 627.2\n"
        "Appropriationa – General\nAssembly\nA/RES/78/301 28 June 2024 907 983.5 "
        "A/RES/79/304 30 June 2025 869 127.2\nAppropriation (net) 883 923.7 842 361.4\n"
        "The actions to be taken by the General Assembly are set out in section IV.\n"
        "Proposed budget – Secretary-General A/80/1 1 January 2026 1 000.0\n",
    ]
    steps, warnings = read_history_text(pages, "r.pdf")
    assert not warnings
    got = {(s.period, s.stage): (s.amount, s.at.page) for s in steps}
    assert got == {
        ("2024/25", "proposed"): (918_458_000, 1), ("2025/26", "proposed"): (914_501_700, 1),
        ("2024/25", "recommended"): (913_483_500, 2),
        ("2025/26", "recommended"): (837_627_200, 2),
        ("2024/25", "appropriated"): (907_983_500, 2),
        ("2025/26", "appropriated"): (869_127_200, 2),
        ("2024/25", "appropriated_net"): (883_923_700, 2),
        ("2025/26", "appropriated_net"): (842_361_400, 2)}
    unreadable = ["Legislative history\n2024/25 2025/26\nfigures lost in extraction\n"]
    assert [w.code for w in read_history_text(unreadable, "r.pdf")[1]] == ["unread_table"]


def test_the_budget_table_lists_the_legislative_history() -> None:
    path = require_shared("budgets", "reports", "A_80_624.docx")
    result = CliRunner().invoke(cli, ["budget", str(path), "--format", "table"])
    assert result.exit_code == 0
    section = result.output.split("[legislative history]")[1]
    row = next(line for line in section.splitlines() if "A/RES/79/304" in line)
    assert row.split()[:3] == ["2025/26", "appropriated", "869,127,200"]
    assert row.endswith("2nd table, inner table 4, G6")


def test_a_mission_with_one_earlier_cycle_has_a_one_period_history() -> None:
    page = ("Legislative history\n(Thousands of United States dollars)\n2025/26\n"
            "Report Date Amount\nProposed budget – Secretary-General A/79/744 23 January "
            "2025 914 501.7\nAppropriation – General Assembly A/RES/79/304 30 June 2025 "
            "869 127.2\nAppropriation (net) 842 361.4\n")
    steps, warnings = read_history_text([page], "r.pdf")
    assert not warnings
    assert [(s.period, s.stage, s.amount) for s in steps] == [
        ("2025/26", "proposed", 914_501_700), ("2025/26", "appropriated", 869_127_200),
        ("2025/26", "appropriated_net", 842_361_400)]


def test_a_legislative_history_in_millions_is_read_in_millions() -> None:
    page = ("Legislative history\n(Millions of United States dollars)\n2025/26\n"
            "Report Date Amount\nProposed budget – Secretary-General A/79/744 23 January "
            "2025 914.5\nAppropriation – General Assembly A/RES/79/304 30 June 2025 869.1\n")
    steps, _ = read_history_text([page], "r.pdf")
    assert [s.amount for s in steps] == [914_500_000, 869_100_000]


def test_a_period_printed_over_the_middle_column_of_its_three_covers_them_all() -> None:
    # A/80/615's PDF centres "2024/25 period" over "Date": the report column on its left
    # once went without a period and the next period's report column took this one's
    steps, warnings = read_history_grid(_grid([
        ["", "", "2024/25 period", "", "", "2025/26 period", ""],
        ["", "Report", "Date", "Amount", "Report", "Date", "Amount"],
        ["Proposed budget – Secretary-General", "A/78/721", "19 January 2024", "43 756.1",
         "A/79/735", "20 January 2025", "46 045.3"],
        ["Appropriation – General Assembly", "A/RES/78/302", "28 June 2024", "43 684.7",
         "A/RES/79/305", "1 July 2025", "45 978.9"]]))
    assert not warnings
    got = {(s.period, s.stage): (s.document, s.date, s.amount) for s in steps}
    assert got == {
        ("2024/25", "proposed"): ("A/78/721", "2024-01-19", 43_756_100),
        ("2025/26", "proposed"): ("A/79/735", "2025-01-20", 46_045_300),
        ("2024/25", "appropriated"): ("A/RES/78/302", "2024-06-28", 43_684_700),
        ("2025/26", "appropriated"): ("A/RES/79/305", "2025-07-01", 45_978_900)}


def test_every_pdf_edition_gives_the_history_of_its_docx_edition_cell_by_cell() -> None:
    for name in ("A_80_615", "A_80_624"):
        docx = shared_budget("budgets", "reports", f"{name}.docx")
        pdf = shared_budget("budgets", "reports", f"{name}.pdf")
        steps = [(s.period, s.stage, s.amount, s.document, s.date)
                 for s in pdf.legislative_history]
        assert steps == [(s.period, s.stage, s.amount, s.document, s.date)
                         for s in docx.legislative_history]
        assert all(s.at.cell for s in pdf.legislative_history)  # read from the table


def test_periods_over_amount_columns_alone_each_cover_their_own() -> None:
    steps, _ = read_history_grid(_grid([
        ["", "2024/25", "2025/26"],
        ["", "Amount", "Amount"],
        ["Appropriation – General Assembly", "43 684.7", "45 978.9"]]))
    assert {(s.period, s.amount) for s in steps} == {("2024/25", 43_684_700),
                                                     ("2025/26", 45_978_900)}
