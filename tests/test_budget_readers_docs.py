"""The DOCX and PDF budget readers: grids with exact text and provenance.

Synthetic documents are built here with python-docx (merged headers, spacer columns,
tables printed as paragraphs); real reports are read from ../shared/data.
"""

from __future__ import annotations

import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from budgets.grid import Grid
from budgets.readers import docx as docx_reader
from budgets.readers import pdf as pdf_reader
from provenance import InputError
from tests.conftest import (
    encrypted_pdf_bytes,
    require_shared,
    shared_budget,
    typeset_pdf,
    zeroed_zip_part,
)

NBSP, THIN = "\u00a0", "\u2009"


def _texts(grid: Grid) -> list[list[str]]:
    return [[c.text if c is not None else "" for c in row] for row in grid.rows]


def _vertical_merge(cell, restart: bool) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    merge = OxmlElement("w:vMerge")
    if restart:
        merge.set(qn("w:val"), "restart")
    tc_pr.append(merge)


# --- synthetic DOCX -----------------------------------------------------------------

def _merged_header_docx(path: Path) -> None:
    doc = Document()
    doc.add_paragraph("(Thousands of United States dollars)")
    table = doc.add_table(rows=5, cols=4)
    head0, head1 = table.rows[0].cells, table.rows[1].cells
    head0[0].text = "Category"
    _vertical_merge(table.cell(0, 0), restart=True)
    _vertical_merge(table.cell(1, 0), restart=False)
    head0[1].text = "2025/26 apportionment"
    _vertical_merge(table.cell(0, 1), restart=True)
    _vertical_merge(table.cell(1, 1), restart=False)
    variance = table.cell(0, 2).merge(table.cell(0, 3))
    variance.text = "Variance"
    head1[2].text = "Amount"
    head1[3].text = "Percentage"
    rows = [("Military contingentsb", f"12{NBSP}345.6", f"(1{THIN}234.5)", "(10.0)"),
            ("Civilian personnel", "–", "–", "–")]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(4, 0).text = "Total"
    table.cell(4, 1).text = f"12{NBSP}345.6"
    doc.save(str(path))


def test_docx_merged_header_cells_repeat_with_merged_flag(tmp_path):
    path = tmp_path / "merged.docx"
    _merged_header_docx(path)
    [grid] = docx_reader.read_grids(path)
    assert grid.caption == "(Thousands of United States dollars)"
    assert grid.source_format == "docx"
    head0, head1 = grid.rows[0], grid.rows[1]
    assert [c.text for c in head0] == ["Category", "2025/26 apportionment", "Variance", "Variance"]
    assert [c.merged for c in head0] == [False, False, False, True]
    # the vertical merge shows the text again in the row it covers, marked merged
    assert head1[0].text == "Category" and head1[0].merged
    assert head1[1].text == "2025/26 apportionment" and head1[1].merged
    assert head1[2].text == "Amount" and not head1[2].merged


def test_docx_cells_keep_printed_text_and_exact_location(tmp_path):
    path = tmp_path / "merged.docx"
    _merged_header_docx(path)
    [grid] = docx_reader.read_grids(path)
    row = grid.rows[2]
    # footnote letter stays glued as printed; every kind of space becomes a plain one
    assert row[0].text == "Military contingentsb"
    assert row[1].text == "12 345.6"
    assert row[2].text == "(1 234.5)"
    assert row[1].ref.table == "1st table"  # before any section heading
    assert row[1].ref.cell == "B3"
    assert row[1].ref.label() == "1st table, B3"
    assert row[1].ref.page is None
    assert grid.rows[4][2] is None  # an empty cell is None, not ""


def test_docx_spacer_columns_do_not_shift_headers_off_their_figures(tmp_path):
    # Header: label | apportionment over grid columns 1-3 | spacer 4 | expenditure over 5-7.
    # Data: the first expenditure figure spans grid columns 4-5, one column left of the
    # header above it, as Word does when a spacer column sits between two blocks.
    doc = Document()
    table = doc.add_table(rows=3, cols=8)
    table.cell(0, 1).merge(table.cell(0, 3)).text = "2024/25 apportionment"
    table.cell(0, 5).merge(table.cell(0, 7)).text = "2024/25 expenditure"
    for r, name in ((1, "Civilian personnel"), (2, "Operational costs")):
        table.cell(r, 0).text = name
        for c, value in ((1, "1.0"), (2, "2.0"), (3, "3.0"), (6, "5.0"), (7, "6.0")):
            table.cell(r, c).text = f"{r}{value}"
        table.cell(r, 4).merge(table.cell(r, 5)).text = f"{r}4.0"
    path = tmp_path / "spacer.docx"
    doc.save(str(path))
    [grid] = docx_reader.read_grids(path)
    assert grid.width == 7
    texts = _texts(grid)
    assert texts[0][1:] == ["2024/25 apportionment"] * 3 + ["2024/25 expenditure"] * 3
    assert texts[1] == ["Civilian personnel", "11.0", "12.0", "13.0", "14.0", "15.0", "16.0"]
    assert [c.merged for c in grid.rows[0][1:]] == [False, True, True, False, True, True]


def test_docx_run_together_paragraph_is_rebuilt_as_a_grid(tmp_path):
    doc = Document()
    doc.add_paragraph("Financial resources")
    doc.add_paragraph(
        "Category Apportionment Cost estimates Military and police personnel 1 234.5 "
        f"1{NBSP}000.0 Civilian personnel 2 000.0 (15.0) Operational costs 300.0 – "
        "Total requirements 3 534.5 985.0")
    path = tmp_path / "together.docx"
    doc.save(str(path))
    [grid] = docx_reader.read_grids(path)
    texts = _texts(grid)
    assert texts[1:] == [
        ["Military and police personnel", "1 234.5", "1 000.0"],
        ["Civilian personnel", "2 000.0", "(15.0)"],
        ["Operational costs", "300.0", "–"],
        ["Total requirements", "3 534.5", "985.0"],
    ]
    assert grid.caption == "Financial resources"
    assert grid.rows[2][1].ref.paragraph == "2"
    assert grid.rows[2][1].ref.label() == "para 2, B3"


def test_docx_tab_separated_paragraphs_become_rows(tmp_path):
    doc = Document()
    doc.add_paragraph("Category\t2024/25\t2025/26")
    for label, a, b in (("Military observers", "10.0", "12.5"),
                        ("Military contingents", "1 000.0", "(5.0)"),
                        ("Total", "1 010.0", "7.5")):
        doc.add_paragraph(f"{label}\t{a}\t{b}")
    path = tmp_path / "tabs.docx"
    doc.save(str(path))
    [grid] = docx_reader.read_grids(path)
    assert _texts(grid) == [["Category", "2024/25", "2025/26"],
                            ["Military observers", "10.0", "12.5"],
                            ["Military contingents", "1 000.0", "(5.0)"],
                            ["Total", "1 010.0", "7.5"]]


def test_docx_prose_with_a_few_numbers_is_not_taken_for_a_table(tmp_path):
    doc = Document()
    doc.add_paragraph("The Mission spent 12.5 million, or 3.4 per cent less than the 15.0 "
                      "million approved, owing to 2 vacancies.")
    path = tmp_path / "prose.docx"
    doc.save(str(path))
    assert docx_reader.read_grids(path) == []


def test_docx_nested_table_is_read_with_its_own_number_and_caption(tmp_path):
    doc = Document()
    outer = doc.add_table(rows=1, cols=1)
    box = outer.cell(0, 0)
    box.paragraphs[0].text = "Summary"
    box.add_paragraph("Human resources")
    inner = box.add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "Approved 2025/26"
    inner.cell(0, 1).text = "1 270"
    inner.cell(1, 0).text = "Proposed 2026/27"
    inner.cell(1, 1).text = "1 057"
    path = tmp_path / "nested.docx"
    doc.save(str(path))
    grids = docx_reader.read_grids(path)
    assert [g.name for g in grids] == ["table 1", "table 2"]
    assert grids[1].caption == "Summary\nHuman resources"
    assert grids[1].rows[1][1].text == "1 057"
    assert grids[1].rows[1][1].ref.table == "1st table, inner table 1"


def test_docx_caption_names_the_section_a_far_table_stands_in(tmp_path):
    doc = Document()
    doc.add_paragraph("E.\tHuman resources")
    for n in range(5):
        doc.add_paragraph(f"Paragraph {n} of explanations without any table in it.")
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Approved 2025/26"
    table.cell(0, 1).text = "12"
    table.cell(1, 0).text = "Proposed 2026/27"
    table.cell(1, 1).text = "10"
    path = tmp_path / "section.docx"
    doc.save(str(path))
    [grid] = docx_reader.read_grids(path)
    lines = grid.caption.split("\n")
    assert lines[0] == "E. Human resources"
    assert lines[1:] == [f"Paragraph {n} of explanations without any table in it."
                         for n in (2, 3, 4)]


def _figures_table(doc) -> None:
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Military contingents"
    table.cell(0, 1).text = "1 234.5"
    table.cell(1, 0).text = "Total"
    table.cell(1, 1).text = "1 234.5"


def test_docx_cells_are_named_by_section_and_printed_table_number(tmp_path):
    """'table 28, B9' counted nested tables, numbered as neither Word nor the reader does,
    and named no page: nobody could find the cell. A cell is named by the section it
    stands in (chapter and letter, as the UN's cross-references do), the number its caption
    prints or else its place among the section's tables, and the cell."""
    doc = Document()
    doc.add_paragraph("II.\tFinancial resources")
    doc.add_paragraph("A.\tOverall")
    doc.add_paragraph("Table 3")
    _figures_table(doc)  # sect. II.A, Table 3
    doc.add_paragraph("Explanations.")
    _figures_table(doc)  # sect. II.A, 2nd table
    doc.add_paragraph("H.\tAnalysis of requirements for air operations")
    doc.add_paragraph("I.\tProgrammatic activities")  # section I of chapter II
    _figures_table(doc)
    doc.add_paragraph("Annex II")
    doc.add_paragraph("VII.\tImplementing the staffing model")
    doc.add_paragraph("Table 3")
    _figures_table(doc)
    path = tmp_path / "sections.docx"
    doc.save(str(path))
    labels = [g.rows[1][1].ref.label() for g in docx_reader.read_grids(path)]
    assert labels == ["sect. II.A, Table 3, B2", "sect. II.A, 2nd table, B2",
                      "sect. II.I, 1st table, B2", "annex II, sect. VII, Table 3, B2"]


def test_monusco_docx_cells_name_their_section() -> None:
    budget = shared_budget("budgets", "reports", "A_80_624.docx")
    overall = next(ln for ln in budget.lines if ln.item == "Military contingents")
    assert overall.at.label() == "sect. II.A, 1st table, B7"
    places = {ln.at.table for ln in budget.lines}
    assert "sect. I.E, Table 1" in places and not any(p.startswith("table ") for p in places)


@pytest.mark.parametrize("content", [b"this is not a zip", b"PK\x03\x04truncated"])
def test_docx_corrupt_file_is_an_input_error(tmp_path, content):
    path = tmp_path / "broken.docx"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        docx_reader.read_grids(path)
    assert "DOCX" in info.value.message


def test_docx_with_a_damaged_compressed_part_is_an_input_error(tmp_path):
    """A part whose deflate stream is damaged fails only when python-docx reads it, with
    zlib's own error type; it is a damaged file to the user, told which part (found by
    fuzzing)."""
    import struct

    path = tmp_path / "report.docx"
    Document().save(str(path))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    data[info.header_offset + 30 + name_length + extra_length] = 0x07  # a reserved block type
    path.write_bytes(bytes(data))
    with pytest.raises(InputError, match=r"its part word/document\.xml does not read whole"):
        docx_reader.read_grids(path)


def test_docx_zip_without_a_document_is_an_input_error(tmp_path):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "no word document here")
    with pytest.raises(InputError):
        docx_reader.read_grids(path)


# --- PDF errors -----------------------------------------------------------------------

def test_pdf_that_is_not_a_pdf_is_an_input_error(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_text("Financial resources\n1 234.5 2 345.6\n")
    with pytest.raises(InputError) as info:
        pdf_reader.read_grids(path)
    assert "not a PDF" in info.value.message


def test_truncated_pdf_is_an_input_error(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    with pytest.raises(InputError):
        pdf_reader.read_grids(path)


def test_encrypted_pdf_is_an_input_error(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf_bytes())
    with pytest.raises(InputError) as info:
        pdf_reader.read_grids(path)
    assert "encrypted" in info.value.message


def test_a_scanned_budget_without_a_text_layer_is_sent_to_ocr(tmp_path):
    """A PDF whose pages carry no text (a scan) is not "no budget table found": the user is
    told to run OCR, as for a scanned resolution."""
    import pypdfium2 as pdfium

    from budgets import parse_budget

    path = tmp_path / "A_80_624.pdf"
    scan = pdfium.PdfDocument.new()
    for _ in range(2):
        scan.new_page(595, 842)
    scan.save(str(path))
    with pytest.raises(InputError) as info:
        parse_budget(path)
    assert "no text layer" in info.value.message and "OCR" in info.value.one_line()


def test_a_resolution_given_as_a_budget_is_named_as_such(tmp_path):
    """A resolution given where the budget goes is refused with the command that reads it;
    a document without tables that only cites a resolution gets the usual message."""
    from budgets import parse_budget

    resolution = typeset_pdf([
        "United Nations S/RES/9020 (2031)", "Security Council", "Resolution 9020 (2031)",
        "Adopted by the Security Council at its 9020th meeting, on 5 July 2031",
        "The Security Council,", "1. Decides to extend the mandate of UNMIR until 31 July 2032;",
    ], tmp_path / "resolution.pdf")
    with pytest.raises(InputError) as info:
        parse_budget(resolution)
    assert info.value.message.startswith("is a Security Council resolution (S/RES/9020 (2031))")
    assert "`coherence mandate`" in info.value.hint
    note = typeset_pdf([
        "United Nations A/85/900", "General Assembly", "Eighty-fifth session",
        "Note by the Secretary-General on the Mission in Ruritania, " * 6,
        "The Security Council, in its resolution S/RES/9020 (2031), extended the mandate.",
    ], tmp_path / "note.pdf")
    with pytest.raises(InputError, match="no budget table found"):
        parse_budget(note)


def test_every_shared_resolution_pdf_is_refused_as_a_resolution():
    """The resolution PDFs in the shared data, given as budgets, are named as resolutions."""
    from budgets import parse_budget

    pdfs = sorted(require_shared("resolutions", "pdf").glob("*.pdf"))
    assert pdfs
    for path in pdfs:
        with pytest.raises(InputError, match=r"is a Security Council resolution \(S/RES/"):
            parse_budget(path)


# --- real reports ---------------------------------------------------------------------

def _overall(grids: list[Grid]) -> Grid:
    for grid in grids:
        if "Overall" in grid.caption and "Financial resources" in grid.caption:
            return grid
    raise AssertionError("no overall financial resources table found")


def _row(grid: Grid, label: str) -> list[str]:
    for row in grid.rows:
        if row and row[0] is not None and row[0].text == label:
            return [c.text if c is not None else "" for c in row]
    raise AssertionError(f"no row {label!r}")


@pytest.fixture(scope="module")
def monusco_docx() -> list[Grid]:
    return docx_reader.read_grids(require_shared("budgets", "reports", "A_80_624.docx"))


@pytest.fixture(scope="module")
def monusco_pdf() -> list[Grid]:
    return pdf_reader.read_grids(require_shared("budgets", "reports", "A_80_624.pdf"))


def test_real_docx_overall_table(monusco_docx):
    grid = _overall(monusco_docx)
    assert "Thousands of United States dollars" in grid.caption
    assert _row(grid, "Military observers")[1:] == [
        "27 457.4", "24 616.8", "2 840.6", "10.3", "25 758.2", "18 418.6", "(7 339.6)", "(28.5)"]
    # the three header rows: spanning "Variance", sub-headings, then the formula row
    assert [c.text for c in grid.rows[0][3:5]] == ["Variance", "Variance"]
    assert [c.text for c in grid.rows[1][3:5]] == ["Unencumbered balance", "Percentage"]
    assert grid.rows[2][3].text == "(3)=(1)-(2)"
    ref = next(c for c in grid.rows[5] if c is not None and c.text == "27 457.4").ref
    assert (grid.name, ref.table, ref.cell) == ("table 19", "sect. II.A, 1st table", "B6")


def test_real_pdf_overall_table_matches_the_docx(monusco_docx, monusco_pdf):
    from_docx, from_pdf = _overall(monusco_docx), _overall(monusco_pdf)
    assert from_pdf.page == 42
    assert from_pdf.width == from_docx.width
    # header rows are identical, merges included
    for r in range(3):
        assert [(c.text, c.merged) if c else None for c in from_pdf.rows[r]] == \
               [(c.text, c.merged) if c else None for c in from_docx.rows[r]]
    body_docx = [r for r in _texts(from_docx)[3:] if any(r)]
    body_pdf = [r for r in _texts(from_pdf)[3:] if any(r)]
    assert body_pdf == body_docx
    cell = next(c for c in from_pdf.rows[5] if c is not None and c.text == "343 462.0")
    assert cell.ref.page == 42 and cell.ref.label().startswith("p.42, table ")


def test_real_pdf_tables_carry_their_section_heading(monusco_pdf):
    programmes = [g for g in monusco_pdf if g.caption.startswith("I. Programmatic activities")]
    assert programmes and programmes[0].page == 48
    # the table runs on to page 49: one grid, its last rows read on the next page
    last = [c for c in programmes[0].rows[-1] if c is not None]
    assert last[0].text == "Total" and last[0].ref.page == 49


def test_real_pdf_glues_footnote_letters_like_the_docx(monusco_pdf):
    labels = {c.text for g in monusco_pdf for row in g.rows for c in row if c is not None}
    assert "Temporary positionsb" in labels


def test_real_unlb_table_split_between_brindisi_and_valencia():
    grids = docx_reader.read_grids(require_shared("budgets", "reports", "A_80_605.docx"))
    grid = next(g for g in grids if any(
        c is not None and c.text == "Brindisi" for row in g.rows[:3] for c in row))
    texts = _texts(grid)
    assert texts[0][1:] == ["2024/25 apportionment"] * 3 + ["2024/25 expenditure"] * 3 + \
        ["Variance"] * 2
    assert texts[1][1:7] == ["Brindisi", "Valencia", "Total"] * 2
    assert _row(grid, "Civilian personnel")[1:] == [
        "40 935.0", "5 131.9", "46 066.9", "41 897.7", "5 257.7", "47 155.4", "(1 088.5)",
        "(2.4)"]


def test_real_minusma_performance_report_has_apportionment_and_expenditure_only():
    grids = docx_reader.read_grids(require_shared("budgets", "reports", "A_80_590.docx"))
    grid = next(g for g in grids if "budget year is from 1 July 2024" in g.caption)
    assert _texts(grid)[1][:3] == ["Category", "Apportionment", "Expenditure"]
    assert _row(grid, "Gross requirements")[1:3] == ["202 783.5", "164 805.9"]


def _figure(text: str) -> Decimal | None:
    t = re.sub(r"\s+", "", text)
    if t in {"–", "-"}:
        return Decimal(0)
    negative = t.startswith("(")
    t = t.strip("()")
    if not re.fullmatch(r"\d+(?:\.\d+)?", t):
        return None
    return -Decimal(t) if negative else Decimal(t)


def _unnoted(label: str) -> str:
    """The label without one trailing footnote letter (`Temporary positionsb`)."""
    return label[:-1] if label[-1:] in "abcdef" else label


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_every_gold_overall_figure_stands_in_its_row(fmt):
    """Reader-level check: each gold figure (in thousands) is printed in its item's row."""
    gold_dir = require_shared("gold", "budgets")
    reader = docx_reader if fmt == "docx" else pdf_reader
    checked = 0
    for gold_path in sorted(gold_dir.glob("A_80_*.json")):
        gold = json.loads(gold_path.read_text())
        if not gold["overall"]:
            continue
        grids = reader.read_grids(require_shared("budgets", "reports", f"{gold_path.stem}.{fmt}"))
        rows: dict[str, list[set[Decimal]]] = {}
        for grid in grids:
            for row in grid.rows:
                if row and row[0] is not None:
                    label = row[0].text
                    figures = {f for c in row[1:] if c is not None
                               and (f := _figure(c.text)) is not None}
                    rows.setdefault(label, []).append(figures)
        for line in gold["overall"]:
            for key, amount in line["values"].items():
                thousands = Decimal(amount) / 1000
                candidates = [figs for label, found in rows.items()
                              if label == line["item"] or _unnoted(label) == line["item"]
                              for figs in found]
                assert any(thousands in figs for figs in candidates), \
                    f"{gold_path.stem}.{fmt}: {line['item']} {key} {thousands}"
                checked += 1
    assert checked >= 700


@pytest.mark.slow
def test_docx_and_pdf_give_identical_lines_through_the_interpreter():
    """The readers feed one interpreter: every table of every shared report comes out the
    same from the DOCX and from the PDF, with the same warnings (UNMIK's DOCX once read a
    table of efficiency gains in thousands of dollars as 45,978 staff)."""
    def keyed(name: str) -> tuple[set[tuple], list[str]]:
        # parsed once per session: the gold tests read the same documents
        budget = shared_budget("budgets", "reports", name)
        return ({(ln.table, ln.group, ln.item, ln.measure, ln.period, ln.amount)
                 for ln in budget.lines}, sorted(w.code for w in budget.warnings))

    for stem in ("A_80_590", "A_80_600", "A_80_605", "A_80_607", "A_80_615", "A_80_621",
                 "A_80_624", "A_80_634"):
        from_docx, docx_codes = keyed(f"{stem}.docx")
        from_pdf, pdf_codes = keyed(f"{stem}.pdf")
        assert from_docx, stem
        assert from_docx == from_pdf, (stem, sorted(from_docx ^ from_pdf)[:5])
        assert docx_codes == pdf_codes, stem


#: pdfplumber's word settings that the reader reproduces
_PLUMBER_WORDS = {"x_tolerance": 1.5, "y_tolerance": 2, "extra_attrs": ["size"]}


def _layout_of(path, page: int):
    """The reader's words and painted paths of one page of the PDF at `path`."""
    from provenance.pdf import open_pdf

    with open_pdf(path) as document:
        return pdf_reader._layout(document, page)


@pytest.mark.parametrize(("stem", "page"), [
    ("A_80_590", 23),  # 'III. Net': the space is printed in a font of its own
    ("A_80_621", 5),   # 'human rights': pdfium's text page puts a space inside 'rights'
    ("A_80_605", 50),  # a landscape page with its running header turned up the margin
    ("A_80_624", 4),   # italic and bold headings, where glyphs overhang their advance
])
def test_pdf_words_and_rules_are_pdfplumbers(stem, page):
    """The reader builds words and rules from pypdfium2 at a fraction of pdfplumber's cost;
    the table logic was tuned on pdfplumber's, so on these pages they must be the same."""
    import pdfplumber

    path = require_shared("budgets", "reports", f"{stem}.pdf")
    layout = _layout_of(path, page)
    with pdfplumber.open(path) as pdf:
        plumber = pdf.pages[page - 1]
        expected_words = plumber.extract_words(**_PLUMBER_WORDS)
        boxes = [(o["x0"], o["top"], o["x1"], o["bottom"])
                 for o in list(plumber.lines) + list(plumber.rects)]

    def key(w: dict) -> tuple:
        return (round(w["top"]), round(w["x0"]), w["text"])

    ours = sorted(layout.words, key=key)
    theirs = sorted(expected_words, key=key)
    assert [w["text"] for w in ours] == [w["text"] for w in theirs]
    for mine, other in zip(ours, theirs, strict=True):
        for field in ("x0", "x1", "top", "bottom", "size"):
            assert mine[field] == pytest.approx(other[field], abs=0.3), (mine, other)
    rules, expected_rules = pdf_reader._rules(layout.segments), pdf_reader._rules(boxes)
    assert len(rules) == len(expected_rules) > 0
    for mine_rule, other_rule in zip(rules, expected_rules, strict=True):
        assert (mine_rule.y, mine_rule.x0, mine_rule.x1) == pytest.approx(
            (other_rule.y, other_rule.x0, other_rule.x1), abs=0.2)


def test_pdf_words_follow_the_page_scale_of_another_typesetter(tmp_path):
    """WeasyPrint draws in CSS pixels under a 0.75 page scale: a word's size and height are
    the printed ones, as pdfplumber gives them, not the font size the text was set in."""
    import pdfplumber
    from weasyprint import HTML

    rows = "".join(f"<tr><td>{label}</td><td>{a}</td><td>{b}</td></tr>"
                   for label, a, b in [("Military observers", "1 234.5", "(65.5)"),
                                       ("Formed police units", "9 876.5", "–")])
    path = tmp_path / "table.pdf"
    HTML(string=f"<table style='font: italic 9pt serif'>{rows}</table>").write_pdf(path)
    layout = _layout_of(path, 1)
    with pdfplumber.open(path) as pdf:
        theirs = pdf.pages[0].extract_words(**_PLUMBER_WORDS)
    assert [w["text"] for w in layout.words] == [w["text"] for w in theirs]
    for mine, other in zip(layout.words, theirs, strict=True):
        assert mine["size"] == pytest.approx(9.0, abs=0.01)
        for field in ("x0", "x1", "top", "bottom", "size"):
            assert mine[field] == pytest.approx(other[field], abs=0.3), (mine, other)


def test_a_ligature_is_one_glyph_of_its_word(tmp_path):
    """pdfium spells the glyph of 'ffi' as letters sharing one origin; they stay one glyph,
    so 'Office' and 'Official' are single words, as pdfplumber reads them."""
    from weasyprint import HTML

    path = tmp_path / "ligatures.pdf"
    HTML(string="<p style='font: 12pt serif; font-variant-ligatures: common-ligatures'>"
                "Office affluent fifty flat</p>").write_pdf(path)
    words = _layout_of(path, 1).words
    assert [w["text"] for w in words] == ["Office", "affluent", "fifty", "flat"]


def test_a_budget_docx_damaged_inside_its_text_is_refused_naming_the_part(tmp_path) -> None:
    """Zeroed bytes inside a budget report's text part: exit 3 with the part named."""
    from click.testing import CliRunner

    from coherence.cli import cli
    damaged = zeroed_zip_part(require_shared("budgets", "acabq", "A_80_604_Add.6.docx"),
                              "word/document.xml", tmp_path / "A_80_604_Add.6.docx", 20)
    result = CliRunner().invoke(cli, ["budget", str(damaged)])
    assert result.exit_code == 3 and result.stderr.count("\n") == 1
    assert "its part word/document.xml does not read whole" in result.stderr


def test_a_budget_docx_whose_image_alone_is_damaged_reads_every_line(tmp_path) -> None:
    """Zeroed bytes in one of a budget report's images (a chart): every line reads as from
    the sound copy, and one warning names the image, where the whole report was refused."""
    from budgets import parse_budget

    source = require_shared("budgets", "reports", "A_80_624.docx")
    damaged = zeroed_zip_part(source, "word/media/image4.png", tmp_path / "A_80_624.docx")
    good, read = parse_budget(source), parse_budget(damaged)

    def lines(budget):  # all but the file's path
        return [(x.table, x.item, x.measure, x.period, x.amount, x.at.table, x.at.cell)
                for x in budget.lines]

    assert lines(read) == lines(good) and len(good.lines) > 500
    [warning] = [w for w in read.warnings if w.code == "docx_images_damaged"]
    assert "image4.png" in warning.message
    assert [w.code for w in read.warnings if w.code != "docx_images_damaged"] == \
        [w.code for w in good.warnings]


def _tab_stop(paragraph, position: int) -> None:
    """Give the paragraph a tab stop: a `w:tab` in its properties, which shows nothing."""
    tabs = OxmlElement("w:tabs")
    stop = OxmlElement("w:tab")
    stop.set(qn("w:val"), "right")
    stop.set(qn("w:pos"), str(position))
    tabs.append(stop)
    paragraph._p.get_or_add_pPr().append(tabs)


def _no_break_hyphen(paragraph, before: str, after: str) -> None:
    """Print `before-after` with Word's non-breaking hyphen, as the UN's grades are (P-3)."""
    paragraph.add_run(before)
    run = paragraph.add_run()
    run._r.append(OxmlElement("w:noBreakHyphen"))
    paragraph.add_run(after)


def test_docx_text_is_what_word_shows_not_tab_stops_and_with_its_hyphens(tmp_path):
    """A tab stop in a paragraph's properties is not a tab, and a non-breaking hyphen is a
    hyphen: "P-3", not "P3" (the UN's reports print grades with one)."""
    doc = Document()
    doc.add_paragraph("Human resources")
    header = doc.add_paragraph("Category\t2024/25\t2025/26")
    _tab_stop(header, 4000)
    for label, a, b in (("Military observers", "10.0", "12.5"),
                        ("Military contingents", "1 000.0", "(5.0)"),
                        ("Total", "1 010.0", "7.5")):
        row = doc.add_paragraph(f"{label}\t{a}\t{b}")
        _tab_stop(row, 4000)
    doc.save(str(tmp_path / "tabs.docx"))
    doc = Document()
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Grade"
    table.cell(0, 1).text = "2025/26"
    _no_break_hyphen(table.cell(1, 0).paragraphs[0], "P", "3")
    table.cell(1, 1).text = "7"
    doc.save(str(tmp_path / "grades.docx"))
    [tabbed] = docx_reader.read_grids(tmp_path / "tabs.docx")
    [grades] = docx_reader.read_grids(tmp_path / "grades.docx")
    assert _texts(tabbed) == [["Category", "2024/25", "2025/26"],
                              ["Military observers", "10.0", "12.5"],
                              ["Military contingents", "1 000.0", "(5.0)"],
                              ["Total", "1 010.0", "7.5"]]
    assert _texts(grades) == [["Grade", "2025/26"], ["P-3", "7"]]
