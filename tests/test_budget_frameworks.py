"""Results-based-budgeting frameworks read from the UN's DOCX and PDF budget reports."""

from __future__ import annotations

import pytest

from budgets.frameworks import from_docx, from_pdf, read_frameworks
from tests.conftest import require_shared

# accomplishment numbers printed in each report's frameworks (read from the documents)
EXPECTED = {
    "A_80_624": ["1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "3.1"],
    "A_80_634": ["1.1", "1.2", "1.3", "2.1", "2.2"],
    "A_80_600": ["1.1", "1.2", "1.3", "2.1", "3.1"],
}


@pytest.mark.parametrize("doc", ["A_80_590", "A_80_600", "A_80_605", "A_80_607", "A_80_615",
                                 "A_80_621", "A_80_624", "A_80_634"])
def test_docx_and_pdf_give_the_same_accomplishments(doc: str) -> None:
    """Word for word: the PDF's accomplishments once stopped at their first printed line,
    and its component names at theirs."""
    docx_path = require_shared("budgets", "reports", f"{doc}.docx")
    pdf_path = require_shared("budgets", "reports", f"{doc}.pdf")
    from_word = from_docx(docx_path)
    from_print = from_pdf(pdf_path)
    if doc in EXPECTED:
        assert [ea.ref for ea in from_word] == EXPECTED[doc]
    assert [(ea.ref, ea.component, ea.text) for ea in from_print] == \
        [(ea.ref, ea.component, ea.text) for ea in from_word]
    for a, b in zip(from_word, from_print, strict=True):
        assert a.at.table is not None and b.at.page is not None


_PAGE = """A/80/999
G. Results-based budgeting frameworks
Component 2: support to stabilization and the strengthening of State institutions in the \
Democratic Republic\u0020
of the Congo and key security reforms
Expected accomplishments Indicators of achievement
2.1 Progress on addressing the root causes of violence\u0020
and conflicts between communities
2.1.1 Number of mines certified by the Government\u0020
in North Kivu (2022/23: 71)
2.2 Cessation of hostilities 2.2.1 Agreement and compliance of the parties\u0020
with a cessation of hostilities
Outputs
Component 3: support\u0020
Period from 1 July to 31 December 2026
Expected accomplishments
Indicators of achievement
3.1 Rapid, effective, efficient and responsible\u0020
support services for the Force
3.1.1 Percentage of approved flight hours utilized"""


def test_pdf_accomplishments_are_read_whole_from_the_text_layer(tmp_path) -> None:
    performance = "Component 1: support\nFuel\n1.55 Million litres of fuel"
    # the table runs on over a page that does not print its head again, then its outputs
    # follow (a performance report's figures among them), then the next section
    overleaf = ("A/80/999\n3.2 Effective and efficient logistical\u0020\nsupport\n"
                "3.2.1 Number of flights\nPlanned outputs\n3.55 Million litres of fuel\n"
                "E. Human resources\n3.6 Tonnes of cargo")
    eas = from_pdf(tmp_path / "A_80_999.pdf", pages=[performance, _PAGE, overleaf])
    assert [(ea.ref, ea.component, ea.text, ea.at.page, ea.at.cell) for ea in eas] == [
        ("2.1", "Component 2: support to stabilization and the strengthening of State "
         "institutions in the Democratic Republic of the Congo and key security reforms",
         "Progress on addressing the root causes of violence and conflicts between "
         "communities", 2, "line 6"),
        ("2.2", "Component 2: support to stabilization and the strengthening of State "
         "institutions in the Democratic Republic of the Congo and key security reforms",
         "Cessation of hostilities", 2, "line 10"),
        ("3.1", "Component 3: support",
         "Rapid, effective, efficient and responsible support services for the Force", 2,
         "line 17"),
        ("3.2", "Component 3: support", "Effective and efficient logistical support", 3,
         "line 2")]


def test_monusco_component_one_is_protection_of_civilians() -> None:
    eas = {ea.ref: ea for ea in from_docx(require_shared("budgets", "reports", "A_80_624.docx"))}
    assert eas["1.1"].component == "Component 1: protection of civilians"
    assert eas["1.1"].text.startswith("Improved security for civilians")


def test_workbooks_carry_no_frameworks() -> None:
    assert read_frameworks(require_shared("budgets", "xlsx", "A_80_624.xlsx")) == ()


def test_the_budget_table_lists_accomplishments_under_their_components() -> None:
    from click.testing import CliRunner

    from coherence.cli import cli

    path = require_shared("budgets", "reports", "A_80_634.docx")
    result = CliRunner().invoke(cli, ["budget", str(path), "--format", "table"])
    assert result.exit_code == 0
    section = result.output.split("[expected accomplishments]")[1].split("\n\n")[0]
    rows = [line.split() for line in section.splitlines()[1:]]
    assert [r[0] for r in rows if r[0][0].isdigit()] == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert [" ".join(r) for r in rows if r[0] == "Component"] == [
        "Component 1: operations", "Component 2: support"]
    assert " ".join(rows[1][1:5]) == "Stable and secure environment"
