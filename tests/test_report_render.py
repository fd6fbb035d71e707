"""Rendering: escaping, the static-only fetcher, PDF/UA output and reproducible bytes."""

from __future__ import annotations

import io

import jinja2
import pypdfium2
import pytest
from openpyxl import load_workbook
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

from coherence.export import xlsx_bytes
from coherence.render import (
    RenderError,
    _environment,
    html_to_pdf,
    render_html,
    render_pdf,
    static_dir,
    static_only_fetcher,
)
from coherence.report import build_report
from mandates.model import Modality, Strength, Task
from tests.test_report import CEILING, TASKS, budget, resolution


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    hostile = Task(ref="8", mission="TESTMIS", category="human_rights",
                   categories=("human_rights",), modality=Modality.MONITOR,
                   strength=Strength.REQUESTED, priority=True,
                   text="Monitor <script>alert('x')</script> & report")
    from budgets.model import Measure, TableKind
    from tests.test_report import _line

    odd = _line(TableKind.PROGRAMMATIC_ACTIVITIES, "Outreach <script>alert('x')</script>",
                Measure.COST_ESTIMATES, "2031/32", 5_000, "D9",
                group="Programmatic activities")
    return build_report(resolution((*TASKS, hostile), ceilings=(CEILING,)), budget(odd))


@pytest.fixture(scope="module")
def pdf(report) -> bytes:  # type: ignore[no-untyped-def]
    return render_pdf(report)


def test_html_escapes_text_from_documents(report) -> None:  # type: ignore[no-untyped-def]
    html = render_html(report)
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_templates_refuse_undefined_variables() -> None:
    env = _environment()
    assert env.undefined is jinja2.StrictUndefined
    assert env.autoescape is True
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing.value }}").render()


@pytest.mark.parametrize("url", ["http://example.org/x.css", "https://example.org/f.woff",
                                 "file:///etc/passwd", "data:text/css,body{color:red}",
                                 "file://" + "/../" * 3 + "etc/hostname"])
def test_fetcher_refuses_anything_but_static_files(url: str) -> None:
    with pytest.raises(ValueError, match="refused"):
        static_only_fetcher().fetch(url)


def test_fetcher_serves_the_stylesheet_as_css() -> None:
    response = static_only_fetcher().fetch((static_dir() / "report.css").as_uri())
    assert response.content_type == "text/css"
    assert b"@page" in response.read()


def test_a_remote_image_stops_the_rendering() -> None:
    html = '<html lang="en"><body><img src="http://example.org/a.png" alt="x"></body></html>'
    with pytest.raises(RenderError, match="may not"):
        html_to_pdf(html)


def test_pdf_is_tagged_has_embedded_fonts_and_several_pages(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF-")
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) >= 2
    parsed = PDFDocument(PDFParser(io.BytesIO(pdf)))
    assert "StructTreeRoot" in parsed.catalog  # tagged
    assert resolve1(parsed.catalog["MarkInfo"])["Marked"] is True
    fonts = [resolve1(f) for page in PDFPage.create_pages(parsed)
             for f in resolve1(resolve1(page.resources)["Font"]).values()]
    for font in fonts:
        descendant = resolve1(resolve1(font.get("DescendantFonts", [font]))[0]) \
            if "DescendantFonts" in font else font
        descriptor = resolve1(descendant["FontDescriptor"])
        assert {"FontFile", "FontFile2", "FontFile3"} & set(descriptor), font
    first = document[0].get_textpage().get_text_range()
    assert "TESTMIS" in first and "What matters most" in first


def test_same_report_gives_the_same_pdf_bytes(report, pdf: bytes) -> None:  # type: ignore[no-untyped-def]
    assert render_pdf(report) == pdf


def test_workbook_lists_every_finding_and_link_and_is_reproducible(report) -> None:  # type: ignore[no-untyped-def]
    data = xlsx_bytes(report)
    assert xlsx_bytes(report) == data
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames[:3] == ["Summary", "Findings", "Links"]
    assert wb["Findings"].max_row - 1 == len(report.to_json()["findings"])
    assert wb["Links"].max_row - 1 == len(report.to_json()["links"])
