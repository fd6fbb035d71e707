"""Proposed staffing changes: each office's posts and positions, and every printed sum checked.

The figures asserted here are the reports' own (A/80/624 for MONUSCO, A/80/621 for UNMISS):
office names, numbers of posts, actions, and the two net changes MONUSCO's report prints
wrongly (its Transport and Aviation sections).
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from budgets import Measure, TableKind, parse_budget
from budgets.grid import Cell, Grid
from budgets.interpret import interpret
from budgets.staffing import read_staffing
from provenance import SourceRef
from tests.conftest import require_shared, shared_budget


@pytest.fixture(scope="module")
def monusco():
    return parse_budget(require_shared("budgets", "reports", "A_80_624.docx"))


@pytest.fixture(scope="module")
def unmiss():
    return parse_budget(require_shared("budgets", "reports", "A_80_621.docx"))


def _net(changes, office: str) -> int:
    return sum(c.number for c in changes if c.office == office and c.changes_level)


def test_each_office_keeps_its_changes_with_their_cells(monusco) -> None:
    rights = [c for c in monusco.staffing_changes if c.office == "Joint Human Rights Office"]
    assert rights and {c.component for c in rights} == {"Component 1: protection of civilians"}
    assert _net(rights, "Joint Human Rights Office") == -2
    wpa = [c for c in rights if c.title == "Women Protection Advisor"]
    assert [(c.kind, c.level, c.number, c.action) for c in wpa] == [
        ("position", "UNV", -1, "Abolishment")]
    assert wpa[0].at.table and wpa[0].at.cell
    # the type is printed once for the rows under it: the P-3 and NPO rows are posts too
    assert {c.kind for c in rights if c.level in ("P-3", "NPO")} == {"post"}
    # conversions move posts between categories; the Gender Affairs Unit's net change is nil
    assert _net(monusco.staffing_changes, "Gender Affairs Unit") == 0


def test_a_printed_net_change_that_does_not_add_up_is_a_warning(monusco) -> None:
    mismatches = [w for w in monusco.warnings if w.code == "staffing_mismatch"]
    # Transport Section: (3) + (2) + (1) + 1 = (5), printed (4); Aviation Section: (14),
    # printed (15); every other sum of the report's 240-row table adds up
    assert sorted(w.message.split("prints ")[1].split(" ")[0] for w in mismatches) == [
        "-15", "-4"]
    assert _net(monusco.staffing_changes, "Transport Section") == -5
    assert _net(monusco.staffing_changes, "Aviation Section") == -14


def test_a_lost_parenthesis_is_read_as_an_abolition_and_said(unmiss) -> None:
    [repaired] = [w for w in unmiss.warnings if w.code == "staffing_repaired"]
    assert repaired.severity == "info" and "'(1'" in repaired.message
    assert not [w for w in unmiss.warnings if w.code.startswith("staffing_")
                and w.code != "staffing_repaired"]


def test_continued_positions_are_listed_but_change_no_level(unmiss) -> None:
    continued = [c for c in unmiss.staffing_changes if c.action == "Continuation"]
    assert sum(c.number for c in continued) == 70  # 1 + 61 + 8, as the table prints
    assert not any(c.changes_level for c in continued)
    by_table = defaultdict(int)
    for c in unmiss.staffing_changes:
        by_table[c.table] += c.number if c.changes_level else 0
    assert len(by_table) == 3
    assert by_table["Human resources: other cost-reduction measures"] < 0


def test_staffing_tables_add_no_budget_lines_and_reach_the_json(monusco) -> None:
    assert not [ln for ln in monusco.lines if ln.table == "staffing"]
    document = monusco.to_json()
    assert len(document["staffing_changes"]) == len(monusco.staffing_changes)
    assert all(c["at"].startswith("sect. I.F, ") for c in document["staffing_changes"])


def _grid(rows: list[list[str]], caption: str = "Human resources: proposed changes") -> Grid:
    def cell(r: int, c: int, text: str) -> Cell | None:
        ref = SourceRef(path="t.docx", table="table 1", cell=f"{chr(65 + c)}{r + 1}")
        return Cell(text, ref) if text else None

    cells = tuple(tuple(cell(r, c, text) for c, text in enumerate(row))
                  for r, row in enumerate(rows))
    return Grid("table 1", cells, caption=caption)


_EFFICIENCY = [
    ["Budget class", "Description of the initiative", "Estimated efficiency gains (2026/27)"],
    ["Civilian personnel", "Abolishment of 9 posts (civilian staffing review)", "1 234.5"],
    ["Total", "", "1 234.5"],
    ["Approved budget for 2025/26", "Approved budget for 2025/26", "45 978.9"],
]


@pytest.mark.parametrize("unit", ["(Thousands of United States dollars)",
                                  "(United States dollars)"])
def test_a_table_of_money_that_names_staffing_gives_no_head_counts(unit: str) -> None:
    grid = _grid(_EFFICIENCY, caption=f"C. Efficiency gains\n{unit}")
    result = interpret([grid])
    assert [ln for ln in result.lines if ln.unit == "people"] == []
    assert result.warnings == ()


def test_a_head_count_table_under_a_count_unit_is_still_read() -> None:
    rows = [["Category", "International staff", "Total"],
            ["Approved posts 2025/26", "12", "12"],
            ["Proposed posts 2026/27", "10", "10"]]
    caption = "(Thousands of United States dollars)\nStaffing table\n(Number of posts)"
    lines = interpret([_grid(rows, caption=caption)]).lines
    # a table of posts by period is a human resources table, as the reports print it, even
    # where a workbook titles it "Staffing table"
    hr = TableKind.HUMAN_RESOURCES
    assert [(ln.table, ln.measure, ln.period, ln.item, ln.amount) for ln in lines] == [
        (hr, Measure.APPROVED, "2025/26", "Posts – International staff", 12),
        (hr, Measure.APPROVED, "2025/26", "Posts – Total", 12),
        (hr, Measure.COST_ESTIMATES, "2026/27", "Posts – International staff", 10),
        (hr, Measure.COST_ESTIMATES, "2026/27", "Posts – Total", 10)]


_POSTS = [["", "International staff", "International staff", "National staff",
           "National staff", "Total"],
          ["Civilian staff", "P-5–P-4", "Subtotal", "NGS", "Subtotal", "Total"],
          ["Approved posts 2024/25", "35", "35", "20", "20", "55"]]


def test_each_component_table_names_its_component_so_no_key_repeats() -> None:
    """A/80/624 prints one table of posts per component, under the component's name; the
    lines gave no component, so 'Posts – P-5–P-4' approved 2024/25 was 35, 14, 29 and 52
    under one key. A table the page split off its component's (its caption the section's
    heading alone) is that component's; a 'Subtotal' printed under international and
    national staff is named with its group."""
    grids = [_grid(_POSTS, caption="E. Human resources\nTable 1\nExecutive direction and "
                                   "management"),
             _grid(_POSTS, caption="E. Human resources\nComponent 2: support for stabilization "
                                   "and the strengthening of State institutions in the "
                                   "Democratic\nRepublic of the Congo"),
             _grid(_POSTS, caption="E. Human resources")]
    result = interpret(grids)
    keys = [(ln.table, ln.group, ln.item, ln.measure, ln.period, ln.component)
            for ln in result.lines]
    assert len(keys) == 15 and len(set(keys)) == 10
    stabilization = ("Component 2: support for stabilization and the strengthening of State "
                     "institutions in the Democratic Republic of the Congo")
    assert [ln.component for ln in result.lines[::5]] == [
        "Executive direction and management", stabilization, stabilization]
    assert [ln.item for ln in result.lines[:5]] == [
        "Posts – P-5–P-4", "Posts – International staff – Subtotal", "Posts – NGS",
        "Posts – National staff – Subtotal", "Posts – Total"]
    assert result.lines[0].to_json()["component"] == "Executive direction and management"
    # the split-off table repeats its component's keys: said, not silent
    (repeated,) = [w for w in result.warnings if w.code == "component_unnamed"]
    assert repeated.message.startswith("5 head counts repeat")


def test_monusco_head_counts_have_one_line_per_key_and_one_table_name_in_every_format(
        ) -> None:
    names = {}
    for folder, fmt in (("reports", "docx"), ("reports", "pdf"), ("xlsx", "xlsx")):
        budget = shared_budget("budgets", folder, f"A_80_624.{fmt}")
        people = [ln for ln in budget.lines if ln.unit == "people"]
        names[fmt] = {str(ln.table) for ln in people}
        keys = [(ln.table, ln.group, ln.item, ln.measure, ln.period, ln.component)
                for ln in people]
        if fmt != "xlsx":
            assert len(keys) == len(set(keys)) == 548
            p54 = {ln.component: ln.amount for ln in people if ln.item == "Posts – P-5–P-4"
                   and ln.measure is Measure.APPROVED and ln.period == "2024/25"}
            assert p54 == {"Executive direction and management": 35,
                           "Component 1: protection of civilians": 14,
                           "Component 2: support for stabilization and the strengthening of "
                           "State institutions in the Democratic Republic of the Congo and key "
                           "governance and security reforms": 29,
                           "Component 3: support": 52}
        else:  # the workbook's sheets name no component: its repeated keys are warned
            assert "component_unnamed" in {w.code for w in budget.warnings}
    assert names == {"docx": {"human_resources"}, "pdf": {"human_resources"},
                     "xlsx": {"human_resources"}}


def test_a_header_shifted_off_its_figures_by_spacer_columns_still_names_them() -> None:
    # as in the workbooks: "NPO" printed one column right of its figures, "NGS" over its own
    rows = [["", "International staff", "", "", "National staff", "", "Total"],
            ["Civilian staff", "FS", "Subtotal", "", "NPO", "NGS", "Total"],
            ["Approved posts 2025/26", "20", "20", "59", "", "200", "279"]]
    lines = interpret([_grid(rows, caption="Human resources\n(Number of personnel)")]).lines
    assert [(ln.item, ln.amount, ln.at.cell) for ln in lines] == [
        ("Posts – FS", 20, "B3"), ("Posts – Subtotal", 20, "C3"), ("Posts – NPO", 59, "D3"),
        ("Posts – NGS", 200, "F3"), ("Posts – Total", 279, "G3")]


@pytest.mark.parametrize(("head", "group"), [("", "Civilian staff"),
                                             ("Civilian staff", "Civilian staff"),
                                             ("National staff only", "National staff only")])
def test_posts_under_a_head_without_a_label_count_as_civilian_staff(head: str,
                                                                   group: str) -> None:
    # UNIFIL's tables of posts leave the head's label cell blank; the other reports print
    # "Civilian staff" there
    rows = [["", "International staff", "Total"],
            [head, "FS", "Total"],
            ["Approved posts 2025/26", "7", "7"],
            ["Proposed posts 2026/27", "5", "5"]]
    lines = interpret([_grid(rows, caption="Executive direction and management")]).lines
    assert {ln.group for ln in lines} == {group}
    assert len(lines) == 4


def test_a_fraction_in_a_head_count_table_is_a_warning_not_a_truncated_count() -> None:
    # no unit printed over the table: the figure itself says it is not a number of people
    result = interpret([_grid(_EFFICIENCY, caption="Staffing")])
    assert [ln for ln in result.lines if ln.unit == "people"] == []
    [warning] = result.warnings
    assert warning.code == "unread_row"
    assert "45 978.9" in warning.message and warning.at.cell == "C4"


HEADER = ["Component/office/section/unit", "Type", "Number", "Level", "Functional title",
          "Action", "From/to"]


@pytest.mark.parametrize(("printed", "warned"), [("(2)", False), ("(3)", True)])
def test_net_change_is_checked_against_the_rows_it_closes(printed: str, warned: bool) -> None:
    grid = _grid([
        HEADER,
        ["Component 1: protection of civilians", "", "", "", "", "", ""],
        ["Human Rights Section", "", "", "", "", "", ""],
        ["Posts", "International", "(1)", "P-3", "Human Rights Officer", "Abolishment", ""],
        ["", "National", "(1)", "NGS", "Team Assistant", "Abolishment", ""],
        ["Position", "International", "1", "P-4", "Planning Officer", "Continuation", ""],
        ["Net change", "", printed, "", "", "", ""],
    ])
    changes, warnings = read_staffing([grid], "t.docx")
    assert [(c.office, c.kind, c.number) for c in changes] == [
        ("Human Rights Section", "post", -1), ("Human Rights Section", "post", -1),
        ("Human Rights Section", "position", 1)]
    assert [w.code for w in warnings] == (["staffing_mismatch"] if warned else [])


def test_a_change_whose_number_is_blank_is_warned_not_dropped() -> None:
    """A row with a title and an action but no number was passed over in silence: the
    office's changes came out one short, and the net change warned of a mismatch only."""
    grid = _grid([
        HEADER,
        ["Human Rights Section", "", "", "", "", "", ""],
        ["Posts", "International", "(1)", "P-3", "Human Rights Officer", "Abolishment", ""],
        ["", "National", "", "NGS", "Team Assistant", "Abolishment", ""],
        ["Net change", "", "(1)", "", "", "", ""],
    ])
    changes, warnings = read_staffing([grid], "t.docx")
    assert [c.title for c in changes] == ["Human Rights Officer"]
    (blank,) = warnings
    assert blank.code == "staffing_unreadable"
    assert "'Team Assistant' of Human Rights Section prints no number" in blank.message
    assert blank.at is not None and blank.at.cell == "E4"  # its title, the number's empty


@pytest.mark.parametrize("report", ["A_80_600", "A_80_605", "A_80_607", "A_80_615",
                                    "A_80_621", "A_80_624"])
def test_the_pdf_edition_reads_the_same_changes_as_the_docx(report: str) -> None:
    from pathlib import Path

    from budgets.parse import read_grids
    from budgets.staffing import read_staffing_pdf

    docx = require_shared("budgets", "reports", f"{report}.docx")
    from_docx, docx_warnings = read_staffing(read_grids(Path(docx)), docx.name)
    from_pdf, pdf_warnings = read_staffing_pdf(require_shared("budgets", "reports",
                                                              f"{report}.pdf"))

    def key(c):
        return (c.component, c.office, c.kind, c.category, c.number, c.level, c.title,
                c.action, c.table)

    assert [key(c) for c in from_pdf] == [key(c) for c in from_docx]
    assert [w.code for w in pdf_warnings] == [w.code for w in docx_warnings]
    assert all(c.at.page and (c.at.cell or "").startswith("line ") for c in from_pdf)
    # from/to cells spanning rows are printed once in the PDF (A/80/621 only)
    differ = sum(1 for a, b in zip(from_docx, from_pdf, strict=True) if a.from_to != b.from_to)
    assert differ == (26 if report == "A_80_621" else 0)


def test_temporary_positions_are_positions() -> None:
    docx = parse_budget(require_shared("budgets", "reports", "A_80_600.docx"))
    first = docx.staffing_changes[0]
    assert (first.kind, first.action, first.changes_level) == ("position", "Continuation", False)


def test_a_workbook_may_relabel_the_header() -> None:
    grid = _grid([
        ["Office/Section", "Category", "Number of posts", "Grade", "Title", "Post action",
         "From/to"],
        ["Component 2: human rights", "", "", "", "", "", ""],
        ["Gender Affairs Unit", "", "", "", "", "", ""],
        ["Posts", "National", "(2)", "NPO", "Gender Affairs Officer", "Abolishment", ""],
        ["Net change", "", "(2)", "", "", "", ""],
    ])
    changes, warnings = read_staffing([grid], "t.xlsx")
    assert [(c.component, c.office, c.number, c.level, c.title) for c in changes] == [
        ("Component 2: human rights", "Gender Affairs Unit", -2, "NPO", "Gender Affairs Officer")]
    assert warnings == []


def _posts_grid(rows: list[list[str]]) -> Grid:
    return Grid("table 1", _grid(rows).rows, caption="Component 2: support")


def test_phases_of_a_proposed_period_take_its_period_and_later_ones_are_named() -> None:
    lines = interpret([_posts_grid([
        ["", "International staff", "National staff", "Total"],
        ["Approved posts 2025/26", "10", "20", "30"],
        ["Proposed posts 2026/27a", "", "", ""],
        ["First half (1 July–31 December 2026)", "8", "15", "23"],
        ["Second half (as at 30 June 2027)", "4", "6", "10"],
        ["Net change", "(6)", "(14)", "(20)"],
    ])]).lines
    proposed = {ln.item: ln.amount for ln in lines if ln.measure is Measure.COST_ESTIMATES
                and ln.period == "2026/27"}
    assert proposed["Posts – Total"] == 23
    assert proposed["Posts – Total (Second half (as at 30 June 2027))"] == 10
    assert all(ln.table is TableKind.HUMAN_RESOURCES for ln in lines)
    assert len(lines) == 9  # the net change is derived and not a line


def test_figures_in_a_table_of_posts_that_name_no_period_are_a_warning() -> None:
    got = interpret([_posts_grid([
        ["", "International staff", "National staff", "Total"],
        ["Approved posts 2025/26", "10", "20", "30"],
        ["Approved posts 2024/25", "10", "20", "30"],
        ["Posts funded from elsewhere", "1", "2", "3"],
    ])])
    assert [w.code for w in got.warnings] == ["unread_row"]
    assert got.warnings[0].at is not None and got.warnings[0].at.cell == "B4"
    assert len(got.lines) == 6

