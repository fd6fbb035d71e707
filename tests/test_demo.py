"""`coherence demo`: the shipped samples go through the real parsers into a full report."""

from __future__ import annotations

import html
import json
import re
from importlib.resources import as_file, files
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from click.testing import CliRunner
from openpyxl import load_workbook

from budgets import TableKind, parse_budget
from coherence.cli import cli
from mandates import CeilingKind, parse_resolution
from tests.layout import overlapping_characters, text_outside_margins


def test_demo_writes_pdf_json_html_xlsx(tmp_path) -> None:
    result = CliRunner().invoke(cli, ["demo", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    pdf = pdfium.PdfDocument(str(tmp_path / "report.pdf"))
    assert len(pdf) >= 2
    pdf.close()
    doc = json.loads((tmp_path / "report.json").read_text("utf-8"))
    assert doc["schema"] == "coherence.report/1" and doc["mission"] == "MONUSCO"
    assert any(f["id"] == "PROGRAMME_CUT" for f in doc["findings"])
    assert doc["charts"]["budget_by_class"]["groups"]
    # the programme chart's figures are in the JSON too, largest cut first: community
    # violence reduction, 3,000.0 thousand to none (A/80/624)
    programmes = doc["charts"]["programme_change"]
    assert programmes[0] == {"programme": "Community violence reduction", "baseline": 3_000_000,
                             "proposed": 0, "change": -3_000_000}
    assert [p["change"] for p in programmes] == sorted(p["change"] for p in programmes)
    # the sample Advisory Committee report: its total and its cuts, set against the tasks
    advisory = doc["advisory_committee"]
    assert advisory["total"]["recommended"] == 866_348_600
    assert sum(c["change"] for c in advisory["changes"]) == -8_441_500
    assert any(f["id"] == "ACABQ_TOTAL" for f in doc["findings"])
    # the sample's staffing changes: a women protection adviser abolished, gender mandated
    assert any(f["id"] == "GENDER_CAPACITY_CUT" for f in doc["findings"])
    assert "Joint Human Rights Office" in {o["office"] for o in doc["staffing"]}
    # when the Council wants to hear back: 2765 (2024) asks for reports every three months
    # (para 49) and on the Great Lakes framework every six months (para 51)
    asked = doc["documents"]["resolution"]["reports_requested"]
    assert [(r["ref"], r["frequency"]) for r in asked] == [("49", "every three months"),
                                                          ("51", "every six months")]
    page = (tmp_path / "report.html").read_text("utf-8")
    assert "<svg" in page
    assert "every three months (para 49); every six months (para 51)" in page
    # negative figures carry a true minus sign in every table, as the text does
    assert not re.search(r'<td class="num">-\d', page)
    assert '<td class="num">−7,339.6</td>' in page  # military observers, A/80/624
    workbook = load_workbook(tmp_path / "report.xlsx")
    assert set(workbook.sheetnames) >= {"Tasks", "Links", "Findings", "Advisory Committee"}
    cuts = {row[0]: row for row in workbook["Advisory Committee"].iter_rows(min_row=2,
                                                                           values_only=True)}
    assert cuts["Air operations"][5] == -1_500_000
    assert cuts["Air operations"][6] == cuts["Air operations"][4] - 1_500_000
    assert _pages_ending_on_a_heading(tmp_path / "report.pdf", tmp_path / "report.html") == []
    # page 1 fits on its page: the tasks open page 2, not page 3 after a spilled line
    with pdfplumber.open(tmp_path / "report.pdf") as pdf:
        assert (pdf.pages[1].extract_text() or "").startswith("Mandated tasks and their")
        page_one = pdf.pages[0].extract_text() or ""
    listed = len(re.findall(r"^\s*\d\. (?:HIGH|MEDIUM|LOW|INFO) ", page_one, re.M))
    assert 3 <= listed <= 5
    # the seven-column tasks table once ran 13 mm into the right margin (cell padding came on
    # top of column widths that add up to 100 %)
    assert text_outside_margins(tmp_path / "report.pdf") == []
    # and headers of narrow money columns ran into each other ("apportionmentexpenditure")
    assert overlapping_characters(tmp_path / "report.pdf") == []


def _pages_ending_on_a_heading(pdf_path: Path, html_path: Path) -> list[tuple[int, str]]:
    """Pages whose lowest line of text is a heading, the sentence that opens a table, or a
    table's group heading row."""
    def text(markup: str) -> str:
        return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", markup))).strip()

    source = html_path.read_text("utf-8")
    openers = [text(h) for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", source, re.S)]
    openers += [text(p) for p in re.findall(r'<p class="lede">(.*?)</p>', source, re.S)]
    openers += [text(g) for g in re.findall(r'<tr class="group">(.*?)</tr>', source, re.S)]
    stranded = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            lines = [ln for ln in page.extract_text_lines()
                     if not re.search(r"page \d+ of \d+", ln["text"])]
            last = re.sub(r"\s+", " ", max(lines, key=lambda ln: ln["top"])["text"]).strip()
            if any(last in opener for opener in openers):
                stranded.append((number, last))
    return stranded


def test_sample_resolution_reads_like_monusco_2765() -> None:
    with as_file(files("coherence.samples") / "sample_resolution.txt") as path:
        res = parse_resolution(path)
    assert res.symbol == "S/RES/2765 (2024)" and res.missions[0] == "MONUSCO"
    assert res.mandate_expires is not None and res.mandate_expires.isoformat() == "2025-12-20"
    assert {c.kind: c.count for c in res.ceilings}[CeilingKind.MILITARY] == 11500
    assert res.paragraph("36(ii)(j)") is not None and res.paragraph("52") is not None


def test_sample_budget_carries_monusco_figures() -> None:
    with as_file(files("coherence.samples") / "sample_budget.xlsx") as path:
        budget = parse_budget(path)
    gross = [ln for ln in budget.select(table=TableKind.FINANCIAL_RESOURCES,
                                        item="Gross requirements")]
    assert {ln.period: ln.amount for ln in gross if str(ln.measure) == "cost_estimates"} == {
        "2026/27": 874_790_100}
    assert not [w for w in budget.warnings if w.code == "subtotal_mismatch"]


def test_the_sample_committee_report_is_rebuilt_byte_for_byte(tmp_path) -> None:
    from coherence.samples.build_sample_acabq import build

    with as_file(files("coherence.samples") / "sample_acabq.docx") as shipped:
        assert build(tmp_path / "again.docx").read_bytes() == shipped.read_bytes()
