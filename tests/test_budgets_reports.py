"""The UN's budget reports (DOCX and PDF) through the whole budget parser.

The overall table must match the gold to the dollar in every format, and the formats must
agree; the special cases the issue names (UNLB's Brindisi/Valencia split, MINUSMA's
performance-only report) are read, not refused.
"""

from __future__ import annotations

import pytest

from budgets import Measure, TableKind, parse_budget
from tests.conftest import require_shared, shared_budget
from tests.test_budgets_xlsx import GOLD_DOCS, _gold, _ours

# the mission each dev report is for (its title page)
MISSION = {"A_80_600": "MINURSO", "A_80_607": "UNFICYP", "A_80_615": "UNMIK",
           "A_80_621": "UNMISS", "A_80_624": "MONUSCO", "A_80_634": "UNIFIL"}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("doc", GOLD_DOCS)
def test_report_overall_table_matches_gold(doc: str, fmt: str) -> None:
    budget = shared_budget("budgets", "reports", f"{doc}.{fmt}")
    assert _ours(budget) == _gold(doc)
    assert budget.document == doc.replace("_", "/")
    assert budget.mission == MISSION[doc]
    first = next(ln for ln in budget.lines if ln.table is TableKind.FINANCIAL_RESOURCES)
    assert first.at.table is not None
    if fmt == "pdf":
        assert first.at.page is not None


@pytest.mark.slow
@pytest.mark.parametrize(("doc", "mission", "columns"), [
    ("A_80_590", "MINUSMA", {(Measure.APPORTIONMENT, "2024/25"), (Measure.EXPENDITURE, "2024/25")}),
    ("A_80_605", "UNLB", {(Measure.APPORTIONMENT, "2024/25"), (Measure.EXPENDITURE, "2024/25"),
                          (Measure.APPORTIONMENT, "2025/26"), (Measure.COST_ESTIMATES, "2026/27")}),
])
def test_special_reports_agree_across_formats(doc: str, mission: str, columns) -> None:
    word = shared_budget("budgets", "reports", f"{doc}.docx")
    printed = shared_budget("budgets", "reports", f"{doc}.pdf")
    assert word.mission == printed.mission == mission
    assert _ours(word) == _ours(printed)
    assert {(ln.measure, ln.period) for ln in word.lines
            if ln.table is TableKind.FINANCIAL_RESOURCES} == columns


def test_unlb_split_is_read_from_its_total_columns() -> None:
    budget = shared_budget("budgets", "reports", "A_80_605.docx")
    codes = [w.code for w in budget.warnings]
    assert "parts_summarized" in codes
    # UNLB prints its 2024/25 variance as apportionment minus expenditure under a header
    # that says the opposite: one consolidated warning, not one per row
    assert codes.count("variance_sign") == 1
    staff = {(ln.measure, ln.period): ln.amount for ln in budget.lines
             if ln.item == "International staff" and ln.table is TableKind.FINANCIAL_RESOURCES}
    assert staff[(Measure.APPORTIONMENT, "2024/25")] == 25_291_300  # Brindisi + Valencia


@pytest.mark.slow
@pytest.mark.parametrize("doc", ["A_80_604_Add.11", "A_80_604_Add.12"])
def test_advisory_committee_reports_read_the_same_in_both_formats(doc: str) -> None:
    """Never tuned on: the ACABQ's reports; DOCX and PDF must still agree line for line."""
    word = shared_budget("budgets", "acabq", f"{doc}.docx")
    printed = shared_budget("budgets", "acabq", f"{doc}.pdf")
    assert _ours(word) and _ours(word) == _ours(printed)
    assert word.mission == printed.mission is not None


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_unifil_drawdown_phases_are_read_as_the_proposed_strength(fmt: str) -> None:
    # A/80/634 prints "Proposed 2026/27" without figures, then one row for the operational
    # period and one for the drawdown: 7,372 troops to 31 December 2026, 1,037 at 30 June 2027
    budget = shared_budget("budgets", "reports", f"A_80_634.{fmt}")
    proposed = {ln.item: ln.amount for ln in budget.select(
        table=TableKind.HUMAN_RESOURCES, measure=Measure.COST_ESTIMATES, period="2026/27")
        if ln.group == "Military contingents"}
    assert proposed["Total"] == 7372
    assert [v for k, v in proposed.items() if k.startswith("Total (Drawdown")] == [1037]
    # the support component's table of 534 posts follows text about quick-impact projects
    posts = [ln.amount for ln in budget.select(
        table=TableKind.HUMAN_RESOURCES, measure=Measure.COST_ESTIMATES, period="2026/27")
        if ln.item == "Posts – Total"]
    assert 534 in posts
    assert not [w for w in budget.warnings if w.code == "unread_row"]


@pytest.mark.slow
@pytest.mark.parametrize("doc", ["A_80_600", "A_80_605", "A_80_607", "A_80_615", "A_80_621",
                                 "A_80_624", "A_80_634"])
def test_legislative_history_reads_the_same_from_docx_and_pdf(doc: str) -> None:
    def steps(fmt: str) -> set[tuple[object, ...]]:
        budget = shared_budget("budgets", "reports", f"{doc}.{fmt}")
        assert not [w for w in budget.warnings if w.code == "history_mismatch"]
        gross = {ln.period: ln.amount for ln in budget.select(
            table=TableKind.FINANCIAL_RESOURCES, measure=Measure.APPORTIONMENT)
            if ln.item == "Gross requirements"}
        for s in budget.legislative_history:
            if s.stage == "appropriated":  # the Assembly's appropriation is the apportionment
                assert s.amount == gross[s.period]
        return {(s.period, s.stage, s.amount, s.document, s.date)
                for s in budget.legislative_history}

    docx = steps("docx")
    assert docx == steps("pdf")
    assert {(p, stage) for p, stage, *_ in docx} == {
        (p, stage) for p in ("2024/25", "2025/26")
        for stage in ("proposed", "recommended", "appropriated", "appropriated_net")}


def test_monusco_legislative_history_cites_each_document() -> None:
    budget = shared_budget("budgets", "reports", "A_80_624.docx")
    last = {s.stage: s for s in budget.legislative_history if s.period == "2025/26"}
    assert (last["proposed"].amount, last["proposed"].document, last["proposed"].date) == (
        914_501_700, "A/79/744", "2025-01-23")
    assert (last["recommended"].amount, last["recommended"].document) == (
        837_627_200, "A/79/724/Add.9")
    assert (last["appropriated"].amount, last["appropriated"].document,
            last["appropriated"].date) == (869_127_200, "A/RES/79/304", "2025-06-30")
    assert last["appropriated"].at.label() == "2nd table, inner table 4, G6"  # the summary box
    assert parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx")) \
        .legislative_history == ()


def test_a_damaged_pdf_that_still_reads_says_so_in_one_warning_not_on_stderr(
        tmp_path, capfd) -> None:
    """pdfium repairs a broken cross-reference entry without a word; the reader checks the
    table itself and says so in one `pdf_damaged` warning naming the object, not on stderr."""
    import re

    data = bytearray(require_shared("budgets", "reports", "A_80_600.pdf").read_bytes())
    table = re.search(rb"xref\s+0 \d+\s+", data)
    assert table is not None
    entry = table.end() + 63 * 20  # object 63's entry: 20 bytes, the offset first
    data[entry] = ord("x")
    damaged = tmp_path / "A_80_600.pdf"
    damaged.write_bytes(bytes(data))
    budget = parse_budget(damaged)
    [warning] = [w for w in budget.warnings if w.code == "pdf_damaged"]
    assert "63" in warning.message and warning.at.path == "A_80_600.pdf"
    assert budget.lines
    assert capfd.readouterr().err == ""


@pytest.mark.slow
@pytest.mark.parametrize("doc", ["A_80_621", "A_80_634"])
def test_workbook_head_counts_are_the_reports_own(doc: str) -> None:
    """The workbooks print "NPO" and "UNV International" a column or two off their figures;
    every head count read from the workbook is one the report prints, under the same name
    (the workbook calls some of the report's human resources tables "Staffing")."""
    def counts(fmt: str) -> set[tuple]:
        return {(ln.group, ln.item, ln.measure, ln.period, ln.amount)
                for ln in shared_budget("budgets", "xlsx" if fmt == "xlsx" else "reports",
                                        f"{doc}.{fmt}").lines if ln.unit == "people"}

    workbook = counts("xlsx")
    assert len(workbook) > 60
    assert workbook <= counts("docx")
