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


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_docx_and_pdf_give_the_same_accomplishments(doc: str) -> None:
    docx_path = require_shared("budgets", "reports", f"{doc}.docx")
    pdf_path = require_shared("budgets", "reports", f"{doc}.pdf")
    from_word = from_docx(docx_path)
    from_print = from_pdf(pdf_path)
    assert [ea.ref for ea in from_word] == EXPECTED[doc]
    assert [ea.ref for ea in from_print] == EXPECTED[doc]
    for a, b in zip(from_word, from_print, strict=True):
        assert a.component.split(":")[0] == b.component.split(":")[0]
        assert b.text and a.text.startswith(b.text.split()[0])
        assert a.at.table is not None and b.at.page is not None


def test_monusco_component_one_is_protection_of_civilians() -> None:
    eas = {ea.ref: ea for ea in from_docx(require_shared("budgets", "reports", "A_80_624.docx"))}
    assert eas["1.1"].component == "Component 1: protection of civilians"
    assert eas["1.1"].text.startswith("Improved security for civilians")


def test_workbooks_carry_no_frameworks() -> None:
    assert read_frameworks(require_shared("budgets", "xlsx", "A_80_624.xlsx")) == ()
