"""DOCX packages built to break the readers (an adversarial review): huge or staggered grid
offsets, a main part with no body, hidden text, content in wrappers, tables and text boxes,
and a numbered paragraph deleted with tracked changes.

Each document is written here as raw WordprocessingML (python-docx cannot write most of
these); the resolutions' and budgets' texts are invented.
"""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from budgets.readers import docx as budget_docx
from mandates.readers import docx as mandate_docx
from provenance import InputError
from provenance.docx import image_damage_warning, paragraph_text

_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (f'xmlns:w="{_MAIN}" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'mc:Ignorable="wps"')
_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.numbering+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         'openxmlformats.org/package/2006/relationships">{}</Relationships>')
_REL = '<Relationship Id="{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/' \
       'relationships/{}" Target="{}"/>'
_HIDDEN = "<w:rPr><w:vanish/></w:rPr>"
_DELETED_MARK = '<w:rPr><w:del w:id="1" w:author="A" w:date="2031-01-01T00:00:00Z"/></w:rPr>'
# one list: 1. / (a)
_NUMBERING = ('<w:abstractNum w:abstractNumId="1">'
              '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
              '<w:lvlText w:val="%1."/></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
              '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>'
              '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
_NUMBERED = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'


def _docx(path: Path, body: str, *, document: str | None = None,
          numbering: bool = False) -> Path:
    """Write a DOCX package whose body is `body` (or whose main part is `document`)."""
    rels = _REL.format("rId1", "numbering", "numbering.xml") if numbering else ""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _RELS.format(_REL.format("rId1", "officeDocument",
                                                           "word/document.xml")))
        z.writestr("word/_rels/document.xml.rels", _RELS.format(rels))
        z.writestr("word/document.xml", document if document is not None else
                   f'<?xml version="1.0" encoding="UTF-8"?><w:document {_NS}>'
                   f'<w:body>{body}</w:body></w:document>')
        if numbering:
            z.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                       f'<w:numbering {_NS}>{_NUMBERING}</w:numbering>')
    return path


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _p(*runs: str, ppr: str = "") -> str:
    texts = "".join(r if r.startswith("<") else _run(r) for r in runs)
    return f"<w:p>{ppr and f'<w:pPr>{ppr}</w:pPr>'}{texts}</w:p>"


def _tc(text: str, tcpr: str = "") -> str:
    return f"<w:tc>{tcpr and f'<w:tcPr>{tcpr}</w:tcPr>'}{_p(text) if text else '<w:p/>'}</w:tc>"


def _tr(*cells: str, before: int = 0) -> str:
    trpr = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


def _tbl(*rows: str, columns: int | None = None) -> str:
    grid = ("<w:tblGrid>" + '<w:gridCol w:w="2000"/>' * columns + "</w:tblGrid>"
            if columns else "")
    return f"<w:tbl>{grid}{''.join(rows)}</w:tbl>"


_CAPTION = _p("II. Financial resources") + _p("(Thousands of United States dollars)")
_HEADER = _tr(_tc("Category"), _tc("Apportionment (2030/31)"))


def _texts(path: Path) -> list[list[str]]:
    [grid] = budget_docx.read_grids(path)
    return [[c.text if c is not None else "" for c in row] for row in grid.rows]


# --- grid offsets and spans ----------------------------------------------------------

def test_a_huge_grid_before_is_fitted_into_the_tables_grid(tmp_path):
    """A row offset of 2,000,000,000 grid columns had the layout build lists that long
    (a 1.5 kB file used 7 GB); it is cut to the table's grid, the row's cells kept."""
    path = _docx(tmp_path / "before.docx", _CAPTION + _tbl(
        _HEADER, _tr(_tc("Military contingents"), _tc("343 462.0")),
        _tr(_tc("United Nations police"), _tc("35 000.0"), before=2_000_000_000), columns=2))
    assert _texts(path) == [["Category", "Apportionment (2030/31)"],
                            ["Military contingents", "343 462.0"],
                            ["United Nations police", "35 000.0"]]


def test_a_huge_grid_span_is_fitted_into_the_tables_grid(tmp_path):
    path = _docx(tmp_path / "span.docx", _CAPTION + _tbl(
        _tr(_tc("Category"), _tc("Apportionment (2030/31)",
                                 '<w:gridSpan w:val="2000000000"/>')),
        _tr(_tc("Military contingents"), _tc("343 462.0")), columns=2))
    assert _texts(path) == [["Category", "Apportionment (2030/31)"],
                            ["Military contingents", "343 462.0"]]


def test_a_table_wider_than_any_word_table_is_refused(tmp_path):
    """Without a w:tblGrid to fit them into, a span of 300,000,000 is refused, naming the
    table, rather than laid out."""
    path = _docx(tmp_path / "wide.docx", _CAPTION + _tbl(
        _tr(_tc("Category"), _tc("Apportionment (2030/31)",
                                 '<w:gridSpan w:val="300000000"/>')),
        _tr(_tc("Military contingents"), _tc("343 462.0"))))
    with pytest.raises(InputError, match=r"table 1 is 300,000,001 grid columns wide"):
        budget_docx.read_grids(path)


def test_staggered_rows_are_fitted_into_the_grid_and_laid_out_in_near_linear_time(tmp_path):
    """Rows each shifted one grid column further (w:gridBefore) made as many columns as rows,
    each compared with every cell: 10,000 such rows ran past two minutes. Fitted into the
    table's three grid columns, 1,500 rows take a fraction of a second."""
    rows = [_tr(_tc(f"Item {i}"), _tc("1.0"), before=i) for i in range(1500)]
    path = _docx(tmp_path / "stagger.docx", _CAPTION + _tbl(*rows, columns=3))
    started = time.perf_counter()
    [grid] = budget_docx.read_grids(path)
    assert time.perf_counter() - started < 2
    assert len(grid.rows) == 1500 and grid.width == 3
    assert [c.text if c else "" for c in grid.rows[-1]] == ["", "Item 1499", "1.0"]


# --- a main part with no body ----------------------------------------------------------

_STRICT = _NS.replace(_MAIN, "http://purl.oclc.org/ooxml/wordprocessingml/main")


@pytest.mark.parametrize("document, message", [
    (f'<w:document {_NS}/>', "has no document body"),
    (f'<w:foo {_NS}><w:body>{_p("The Security Council,")}</w:body></w:foo>',
     r"has no Word document in its main part \(<foo>\)"),
    (f'<w:document {_STRICT}><w:body>{_p("The Security Council,")}</w:body></w:document>',
     "is a Strict Open XML document, which is not read"),
])
@pytest.mark.parametrize("read", [mandate_docx.read_lines, budget_docx.read_grids])
def test_a_main_part_with_no_body_is_an_input_error(tmp_path, document, message, read):
    path = _docx(tmp_path / "odd.docx", "", document=document)
    with pytest.raises(InputError, match=message):
        read(path)


# --- hidden text ---------------------------------------------------------------------

def test_hidden_runs_are_not_read():
    from lxml import etree

    p = etree.fromstring(f'<w:p {_NS}>{_run("13,000 ", _HIDDEN)}{_run("11,500")}'
                         f'<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t> troops</w:t>'
                         f'</w:r></w:p>')
    assert paragraph_text(p) == "11,500 troops"


def test_a_hidden_figure_or_row_of_a_budget_table_is_not_read(tmp_path):
    """A hidden '1' before 343 462.0 made it 1 343 462.0; a hidden copy of a row was read
    as a line of the budget. Both are passed over, with a note."""
    hidden_row = _tr(f"<w:tc>{_p(_run('Military contingents (option B)', _HIDDEN))}</w:tc>",
                     f"<w:tc>{_p(_run('343 462.0', _HIDDEN))}</w:tc>")
    path = _docx(tmp_path / "hidden.docx", _CAPTION + _tbl(
        _HEADER,
        _tr(_tc("Military contingents"),
            f"<w:tc>{_p(_run('1', _HIDDEN), _run('343 462.0'))}</w:tc>"),
        hidden_row,
        _tr(_tc("United Nations police"), _tc("35 000.0")), columns=2))
    assert _texts(path) == [["Category", "Apportionment (2030/31)"],
                            ["Military contingents", "343 462.0"],
                            ["United Nations police", "35 000.0"]]
    note = image_damage_warning(path, "report")
    assert note is not None and note.code == "docx_hidden_text" and note.is_note
    assert "in 2 paragraph(s) or table row(s)" in note.message


def test_hidden_text_of_a_resolution_is_not_read_and_takes_no_number(tmp_path):
    """A hidden superseded figure was read beside the shown one ("13,000 11,500"), and a
    hidden numbered paragraph was read and numbered like any other."""
    hidden_mark = f"{_NUMBERED}{_HIDDEN}"
    path = _docx(tmp_path / "hidden.docx", "".join([
        _p("The Security Council,"),
        _p("Decides that the ceiling will comprise ", _run("13,000 ", _HIDDEN),
           "11,500 military personnel;", ppr=_NUMBERED),
        _p(_run("Drafting note: delete before issue.", _HIDDEN), ppr=hidden_mark),
        _p("Decides to remain seized of the matter.", ppr=_NUMBERED)]), numbering=True)
    assert [ln.text for ln in mandate_docx.read_lines(path)] == [
        "The Security Council,",
        "1. Decides that the ceiling will comprise 11,500 military personnel;",
        "2. Decides to remain seized of the matter."]
    note = image_damage_warning(path, "resolution")
    assert note is not None and note.code == "docx_hidden_text"
    assert "in 2 paragraph(s)" in note.message


def test_text_hidden_by_its_style_is_not_read(tmp_path):
    """Hidden set on a character or paragraph style, not on the run, was read as shown; a
    run's own formatting wins over its character style, which wins over its paragraph's."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    for name, kind, hidden in (("Drafting mark", WD_STYLE_TYPE.CHARACTER, True),
                               ("Drafting note", WD_STYLE_TYPE.PARAGRAPH, True),
                               ("Shown in a note", WD_STYLE_TYPE.CHARACTER, False)):
        document.styles.add_style(name, kind).font.hidden = hidden
    document.add_paragraph("The Security Council,")
    paragraph = document.add_paragraph("1. Decides that UNMIR shall protect civilians")
    paragraph.add_run(" and clear every minefield", style="Drafting mark")
    paragraph.add_run(";")
    document.add_paragraph("2. Requests UNMIR to demine the airport;", style="Drafting note")
    note = document.add_paragraph("Drafting note: ", style="Drafting note")
    note.add_run("2. Decides to remain seized of the matter.", style="Shown in a note")
    note.add_run(" (new)").font.hidden = True
    document.save(tmp_path / "styled.docx")
    assert [ln.text for ln in mandate_docx.read_lines(tmp_path / "styled.docx")] == [
        "The Security Council,",
        "1. Decides that UNMIR shall protect civilians;",
        "2. Decides to remain seized of the matter."]
    note = image_damage_warning(tmp_path / "styled.docx", "resolution")
    assert note is not None and note.code == "docx_hidden_text"


# --- wrappers, tables, text boxes -------------------------------------------------------

_SEIZED = "Decides to remain actively seized of the matter in all its aspects."


def test_paragraphs_in_custom_xml_are_read_and_numbered(tmp_path):
    path = _docx(tmp_path / "cx.docx", "".join([
        _p("The Security Council,"),
        _p("Decides to extend the mandate;", ppr=_NUMBERED),
        '<w:customXml w:element="operative">',
        _p("Requests the Mission to protect civilians;", ppr=_NUMBERED),
        "</w:customXml>",
        _p(_SEIZED, ppr=_NUMBERED)]), numbering=True)
    assert [ln.text for ln in mandate_docx.read_lines(path)] == [
        "The Security Council,", "1. Decides to extend the mandate;",
        "2. Requests the Mission to protect civilians;", f"3. {_SEIZED}"]
    assert image_damage_warning(path, "resolution") is None


def test_paragraphs_in_tables_text_boxes_and_imported_chunks_are_named_not_read(tmp_path):
    """Paragraphs laid out in a table or a text box, and an imported document, are not
    read; one warning now says how many, where the only sign was a jump in numbering (or
    nothing). A masthead's short cells are not counted."""
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
           f'<w:txbxContent>{_p("32. Decides that the ceiling will comprise 11,500 troops;")}'
           '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           f'<w:txbxContent>{_p("32. Decides that the ceiling will comprise 11,500 troops;")}'
           '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    path = _docx(tmp_path / "laid_out.docx", "".join([
        _tbl(_tr(_tc("United Nations"), _tc("S/RES/9107 (2031)"))),
        _p("The Security Council,"),
        _tbl(_tr(_tc("31. Decides to extend the mandate of the Mission until 2032;"),
                 _tc("33. Requests the Mission to protect civilians under threat;"))),
        f"<w:p>{box}</w:p>",
        '<w:altChunk r:id="rId9"/>',
        _p(f"34. {_SEIZED}")]))
    assert [ln.text for ln in mandate_docx.read_lines(path)] == [
        "The Security Council,", "", f"34. {_SEIZED}"]
    warning = image_damage_warning(path, "resolution")
    assert warning is not None and warning.code == "docx_not_read" and not warning.is_note
    assert warning.message.startswith(
        "2 paragraph(s) in tables and 1 paragraph(s) in text boxes and 1 embedded "
        "document(s) (w:altChunk")


@pytest.mark.parametrize("wrap", [
    ("<w:sdt><w:sdtPr/><w:sdtContent>", "</w:sdtContent></w:sdt>"),
    ('<w:customXml w:element="lines">', "</w:customXml>"),
])
def test_budget_rows_in_a_row_level_wrapper_are_read(tmp_path, wrap):
    """Rows in a repeating-section content control or a custom XML element were missing
    (the subtotal check then blamed the document)."""
    open_, close = wrap
    path = _docx(tmp_path / "wrapped.docx", _CAPTION + _tbl(
        _HEADER, open_ + _tr(_tc("Military contingents"), _tc("343 462.0"))
        + _tr(_tc("United Nations police"), _tc("35 000.0")) + close,
        _tr(_tc("Total"), _tc("378 462.0")), columns=2))
    assert _texts(path) == [["Category", "Apportionment (2030/31)"],
                            ["Military contingents", "343 462.0"],
                            ["United Nations police", "35 000.0"], ["Total", "378 462.0"]]


# --- tracked deletions -----------------------------------------------------------------

def test_a_numbered_paragraph_deleted_with_tracked_changes_takes_no_number(tmp_path):
    """Its runs and its paragraph mark deleted, the paragraph is gone from the document
    Word shows: it took a number and left a bare label ("… law; 5.")."""
    deleted = ('<w:del w:id="2" w:author="A" w:date="2031-01-01T00:00:00Z"><w:r>'
               '<w:delText>Urges the parties to comply;</w:delText></w:r></w:del>')
    path = _docx(tmp_path / "deleted.docx", "".join([
        _p("The Security Council,"),
        _p("Decides to extend the mandate;", ppr=_NUMBERED),
        f"<w:p><w:pPr>{_NUMBERED}{_DELETED_MARK}</w:pPr>{deleted}</w:p>",
        _p(_SEIZED, ppr=_NUMBERED)]), numbering=True)
    assert [ln.text for ln in mandate_docx.read_lines(path)] == [
        "The Security Council,", "1. Decides to extend the mandate;", f"2. {_SEIZED}"]


# --- numbers made by fields, tables after the text begins (review of stop 78) -----------

def _field(instruction: str) -> str:
    """A simple field with no result saved, as a document converted from WordPerfect
    numbers its paragraphs."""
    return f'<w:fldSimple w:instr="{instruction}"/>'


def _complex_field(instruction: str, result: str = "") -> str:
    shown = (f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run(result)}'
             if result else "")
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space='
            f'"preserve">{instruction}</w:instrText></w:r>{shown}'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_paragraph_numbers_made_by_fields_are_counted_and_noted(tmp_path):
    """AUTONUM and LISTNUM fields with no saved result numbered nothing: the segmenter
    numbered the paragraphs itself, a heading became a preambular paragraph and every
    ref after it shifted, with no warning. They are counted as Word counts them (levels
    by `\\l`, a start by `\\s`), the field's saved result wins, and a note says so."""
    path = _docx(tmp_path / "fields.docx", "".join([
        _p("The Security Council,"),
        _p(_field(" AUTONUM  \\* Arabic "), "<w:r><w:tab/></w:r>", "Decides to extend the "
           "mandate of the Mission until 30 June 2032;"),
        _p("Mandate of the Mission"),
        _p(_complex_field(" LISTNUM  LegalDefault \\l 1 "), "Decides that the Mission shall "
           "have the following tasks:"),
        _p(_field(" LISTNUM \\l 2 "), "To protect civilians;"),
        _p(_field(" LISTNUM \\l 2 "), "To monitor human rights;"),
        _p(_complex_field(" AUTONUM ", result="7."), " Requests the Mission to report;"),
        _p(_field(" AUTONUM \\s 9 "), _SEIZED)]))
    assert [ln.text for ln in mandate_docx.read_lines(path)] == [
        "The Security Council,",
        "1. Decides to extend the mandate of the Mission until 30 June 2032;",
        "Mandate of the Mission",
        "2. Decides that the Mission shall have the following tasks:",
        "(a) To protect civilians;", "(b) To monitor human rights;",
        "7. Requests the Mission to report;", f"9. {_SEIZED}"]
    note = image_damage_warning(path, "resolution")
    assert note is not None and note.code == "docx_numbered_by_fields" and note.is_note
    assert note.message.startswith("5 paragraph number(s) are Word fields")


def test_a_table_after_the_text_begins_is_counted_however_short_its_cells(tmp_path):
    """A table of ceilings under an operative paragraph ("Individual police officers" |
    "325") was dropped with no word of it: its cells are shorter than the masthead's, which
    the warning leaves out. After the Council's opening words every cell is counted; a
    masthead's table before them still is not."""
    path = _docx(tmp_path / "ceilings.docx", "".join([
        _tbl(_tr(_tc("United Nations"), _tc("S/RES/9107 (2031)"))),
        _p("The Security Council,"),
        _p("1. Decides that the Mission shall comprise the following strength:"),
        _tbl(_tr(_tc("Military personnel"), _tc("11,000")),
             _tr(_tc("Individual police officers"), _tc("325"))),
        _p(f"2. {_SEIZED}")]))
    assert len(mandate_docx.read_lines(path)) == 3
    warning = image_damage_warning(path, "resolution")
    assert warning is not None and warning.code == "docx_not_read" and not warning.is_note
    assert warning.message.startswith("4 paragraph(s) in tables of this DOCX were not read")


def test_a_field_instruction_over_several_runs_keeps_its_switches(tmp_path):
    """Word often splits an instruction (" LISTNUM ", "\\l 2 "): only its first run was read,
    so items were numbered as paragraphs; a start of zero printed "()"."""
    split = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space='
             '"preserve"> LISTNUM </w:instrText></w:r><w:r><w:instrText xml:space="preserve">'
             '\\l 2 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    path = _docx(tmp_path / "split.docx", "".join([
        _p("The Security Council,"),
        _p(_field(" AUTONUM "), "Decides that the Mission shall:"),
        _p(split, "protect civilians;"), _p(split, "monitor human rights;"),
        _p(_field(" LISTNUM \\l 2 \\s 0 "), "support elections;")]))
    assert [ln.text for ln in mandate_docx.read_lines(path)] == [
        "The Security Council,", "1. Decides that the Mission shall:",
        "(a) protect civilians;", "(b) monitor human rights;", "(a) support elections;"]


def test_a_short_text_box_after_the_text_is_not_counted_as_unread(tmp_path):
    """The diff review: a box holding a job number ("23-12345 (E)") after the text was
    counted as unread text of the resolution; short boxes are page furniture anywhere."""
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>'
           f'<w:txbxContent>{_p("23-12345 (E)")}</w:txbxContent></wps:txbx></w:drawing>'
           '</mc:Choice></mc:AlternateContent></w:r>')
    path = _docx(tmp_path / "box.docx", "".join([
        _p("The Security Council,"), _p("1. Decides to extend the mandate;"),
        f"<w:p>{box}</w:p>", _p(f"2. {_SEIZED}")]))
    assert len(mandate_docx.read_lines(path)) == 4
    assert image_damage_warning(path, "resolution") is None
