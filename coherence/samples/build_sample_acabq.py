"""Build `sample_acabq.docx`: an Advisory Committee report on the sample budget, in our words.

The figures are the Committee's on MONUSCO's 2026/27 proposal (A/80/604/Add.11): its summary
of the proposal by category (the sample budget's own totals), the total it recommends, and
its reductions by class with the paragraphs that argue them. The
sentences are written here; the layout follows the Committee's reports (a title naming the
Committee, numbered paragraphs, a closing table of the financial implications of its
recommendations). Run from the repository root to regenerate the file shipped with the
package:

    python -m coherence.samples.build_sample_acabq
"""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import docx

from coherence.export import pinned_xlsx
from coherence.samples.build_sample_budget import FINANCIAL

OUT = Path(__file__).with_name("sample_acabq.docx")

#: (class, group, Committee paragraph, recommendation, dollars): the Committee's reductions
REDUCTIONS = (
    ("International staff", "Posts/staffing changes", "33",
     "Lower the common staff cost rate", -2_200_000),
    ("Consultants and consulting services", "Operational costs", "43", "10% reduction",
     -60_100),
    ("Facilities and infrastructure", "Operational costs", "45", "5% reduction", -3_392_300),
    ("Ground transportation", "Operational costs", "48", "3% reduction", -289_100),
    ("Air operations", "Operational costs", "52",
     "10% reduction for the new unmanned aircraft systems", -1_500_000),
    ("Communications and information technology", "Operational costs", "55",
     "10% reduction for the new threat assessment capability", -1_000_000),
)
PROPOSED, RECOMMENDED = 874_790_100, 866_348_600


def _amount(dollars: int) -> str:
    text = f"{abs(dollars):,}".replace(",", " ")
    return f"({text})" if dollars < 0 else text


def build(path: Path = OUT) -> Path:
    """Write the sample report (DOCX) and return its path."""
    document = docx.Document()
    document.core_properties.created = datetime(2026, 4, 20)
    document.core_properties.modified = datetime(2026, 4, 20)
    document.core_properties.author = "coherence"
    document.add_paragraph("A/80/604/Add.11")
    document.add_paragraph("Financing of the United Nations Organization Stabilization Mission "
                           "in the Democratic Republic of the Congo")
    document.add_paragraph("Sample report of the Advisory Committee on Administrative and "
                           "Budgetary Questions, written for the coherence demo with the "
                           "Committee's figures")
    document.add_paragraph("Financial resources (Thousands of United States dollars)")
    summary = document.add_table(rows=1, cols=5)
    for cell, text in zip(summary.rows[0].cells, (
            "Category", "Apportionment (2024/25)", "Expenditure (2024/25)",
            "Apportionment (2025/26)", "Cost estimates (2026/27)"), strict=True):
        cell.text = text
    gross = [Decimal(0)] * 4
    for group, items in FINANCIAL:
        sums = [sum((Decimal(v[i] or 0) for _, v in items), Decimal(0)) for i in range(4)]
        gross = [a + b for a, b in zip(gross, sums, strict=True)]
        _row(summary, group, *(f"{x:,.1f}".replace(",", " ") for x in sums))
    _row(summary, "Gross requirements", *(f"{x:,.1f}".replace(",", " ") for x in gross))
    document.add_paragraph("33.\tThe Committee finds the rate applied to international staff "
                           "costs too high and would lower it.")
    document.add_paragraph("45.\tThe Committee expects the construction programme to slip and "
                           "would trim facilities and infrastructure by 5 per cent.")
    document.add_paragraph("52.\tThe Committee doubts that all four new unmanned aircraft "
                           "systems will be deployed in July.")
    change = RECOMMENDED - PROPOSED
    document.add_paragraph(
        f"64.\tIn the light of the above, the Advisory Committee recommends that the proposed "
        f"resources be reduced by ${-change:,}, from ${PROPOSED:,} to ${RECOMMENDED:,}, and "
        f"therefore recommends that the General Assembly appropriate the amount of "
        f"${RECOMMENDED:,} for the Mission for the period from 1 July 2026 to 30 June 2027. "
        "The table below sums up the financial implications of its recommendations.")
    document.add_paragraph("Financial implications of the recommendations of the Advisory "
                           "Committee for the period from 1 July 2026 to 30 June 2027")
    table = document.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, (
            "Category", "Paragraph number", "Recommendation of the Advisory Committee",
            "Financial implication (United States dollars)"), strict=True):
        cell.text = text
    group = ""
    subtotal = 0
    total = 0
    for item, item_group, paragraph, text, dollars in REDUCTIONS:
        if item_group != group:
            if group:
                _row(table, f"Subtotal, {group}", "", "", _amount(subtotal))
            group, subtotal = item_group, 0
            _row(table, group, "", "", "")
        _row(table, item, paragraph, text, _amount(dollars))
        subtotal += dollars
        total += dollars
    _row(table, f"Subtotal, {group}", "", "", _amount(subtotal))
    _row(table, "Total", "", "", _amount(total))
    assert total == change, "the reductions must make the change the text recommends"
    buffer = io.BytesIO()
    document.save(buffer)
    # the zip dates and document dates pinned, as for the sample workbook
    path.write_bytes(pinned_xlsx(buffer.getvalue()))
    return path


def _row(table: object, *cells: str) -> None:
    row = table.add_row()  # type: ignore[attr-defined]
    for cell, text in zip(row.cells, cells, strict=True):
        cell.text = text


if __name__ == "__main__":
    print(f"wrote {build()}")
