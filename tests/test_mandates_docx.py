"""DOCX resolutions whose paragraphs Word numbers itself (automatic list numbering).

python-docx's paragraph text leaves out the numbers Word generates, and the segmenter finds
operative paragraphs by their printed numbers. The documents here are built with python-docx,
with list definitions written into word/numbering.xml as Word writes them; the resolution
and its sentences (UNMIR, Ruritania) are invented.
"""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from mandates import parse_resolution
from mandates.readers import docx as docx_reader
from provenance import InputError

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

_MASTHEAD = [
    "United Nations", "S/RES/9107 (2031)", "Security Council",
    "Resolution 9107 (2031)",
    "Adopted by the Security Council at its 12107th meeting, on 15 March 2031",
    "The Security Council,",
    "Recalling its earlier decisions on the situation in Ruritania,",
    "Acting under Chapter VII of the Charter of the United Nations,",
]
_EXTEND = ("Decides to extend the mandate of the United Nations Mission in Ruritania (UNMIR) "
           "until 15 March 2032;")
_TASKS = "Decides that UNMIR shall carry out the following tasks:"
_PROTECT = "to protect civilians under imminent threat of physical violence;"
_REPORT = "to monitor and report on human rights violations and abuses;"
_SEIZED = "Decides to remain actively seized of the matter."


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'{extra}<w:lvlText w:val="{text}"/></w:lvl>')


# the three levels of a resolution's operative part: 1. / (a) / (i)
_OPERATIVE_LEVELS = (_lvl(0, "decimal", "%1.") + _lvl(1, "lowerLetter", "(%2)")
                     + _lvl(2, "lowerRoman", "(%3)"))


def _add_list(document, list_id: int, levels: str, overrides: str = "") -> int:
    """Add an abstract list definition and one instance of it (both numbered `list_id`)."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum {_W} w:abstractNumId="{list_id}">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    numbering.find(qn("w:num")).addprevious(abstract)  # abstractNum elements come first
    numbering.append(parse_xml(f'<w:num {_W} w:numId="{list_id}">'
                               f'<w:abstractNumId w:val="{list_id}"/>{overrides}</w:num>'))
    return list_id


def _number(target, num_id: int | str, ilvl: int | str | None = 0):
    """Give a paragraph (or a paragraph style) automatic numbering: w:pPr/w:numPr."""
    element = target._p if hasattr(target, "_p") else target.element
    num_pr = element.get_or_add_pPr().get_or_add_numPr()
    if ilvl is not None:
        num_pr.append(parse_xml(f'<w:ilvl {_W} w:val="{ilvl}"/>'))
    num_pr.append(parse_xml(f'<w:numId {_W} w:val="{num_id}"/>'))
    return target


def _resolution():
    document = Document()
    for text in _MASTHEAD:
        document.add_paragraph(text)
    return document


def _save(document, tmp_path: Path) -> Path:
    path = tmp_path / "resolution.docx"
    document.save(str(path))
    return path


def _refs(path: Path) -> list[str]:
    return [p.ref for p in parse_resolution(path).operative]


def test_automatically_numbered_paragraphs_get_their_printed_labels(tmp_path) -> None:
    document = _resolution()
    operative = _add_list(document, 90, _OPERATIVE_LEVELS)
    for text, level in [(_EXTEND, 0), (_TASKS, 0), (_PROTECT, 1), (_REPORT, 1), (_SEIZED, 0)]:
        _number(document.add_paragraph(text), operative, level)
    res = parse_resolution(_save(document, tmp_path))
    assert [p.ref for p in res.operative] == ["1", "2", "2(a)", "2(b)", "3"]
    assert res.paragraph("2(a)").text == _PROTECT
    assert res.mandate_expires == date(2032, 3, 15) and res.missions[0] == "UNMIR"
    assert {t.category for t in res.tasks} >= {"protection_of_civilians", "human_rights"}


def test_words_default_lettered_list_a_bracket_opens_sub_paragraphs(tmp_path) -> None:
    """Word's own lettered list prints "a)", "b)" (and "i)" under it), not the UN's "(a)"."""
    document = _resolution()
    operative = _add_list(document, 94, _lvl(0, "decimal", "%1.") + _lvl(1, "lowerLetter", "%2)")
                          + _lvl(2, "lowerRoman", "%3)"))
    for text, level in [(_EXTEND, 0), (_TASKS, 0), (_PROTECT, 1),
                        ("to support national institutions, including:", 1),
                        ("the police;", 2), ("the courts;", 2), (_SEIZED, 0)]:
        _number(document.add_paragraph(text), operative, level)
    res = parse_resolution(_save(document, tmp_path))
    assert [p.ref for p in res.operative] == ["1", "2", "2(a)", "2(b)", "2(b)(i)", "2(b)(ii)",
                                              "3"]
    assert res.paragraph("2(a)").text == _PROTECT


def test_numbering_given_by_paragraph_styles_and_their_base_styles(tmp_path) -> None:
    document = _resolution()
    letters = _add_list(document, 91, _lvl(0, "lowerLetter", "(%1)"))
    task_list = document.styles.add_style("UNMIR Task List", WD_STYLE_TYPE.PARAGRAPH)
    _number(task_list, letters, ilvl=None)  # a style's w:pPr/w:numPr, no level: level 0
    task = document.styles.add_style("UNMIR Task", WD_STYLE_TYPE.PARAGRAPH)
    task.base_style = task_list  # numbered only through w:basedOn
    document.add_paragraph(_EXTEND, style="List Number")  # the template's own list style
    document.add_paragraph(_TASKS, style="List Number")
    document.add_paragraph(_PROTECT, style="UNMIR Task")
    document.add_paragraph(_REPORT, style="UNMIR Task")
    document.add_paragraph(_SEIZED, style="List Number")
    assert _refs(_save(document, tmp_path)) == ["1", "2", "2(a)", "2(b)", "3"]


def test_typed_and_automatic_numbers_in_one_resolution(tmp_path) -> None:
    document = _resolution()
    letters = _add_list(document, 92, _lvl(0, "lowerLetter", "(%1)"))
    # the author typed 1 and 2, then let Word go on from 3 (a start override)
    numbers = _add_list(document, 93, _lvl(0, "decimal", "%1."),
                        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride>')
    document.add_paragraph("1.\t" + _EXTEND)
    document.add_paragraph("2.\t" + _TASKS)
    _number(document.add_paragraph(_PROTECT), letters)
    _number(document.add_paragraph(_REPORT), letters)
    _number(document.add_paragraph("Requests the Secretary-General to report to the Council "
                                   "on UNMIR every ninety days;"), numbers)
    document.add_paragraph("(a)\tthe security situation in the north;")
    _number(document.add_paragraph(_SEIZED), numbers)
    assert _refs(_save(document, tmp_path)) == ["1", "2", "2(a)", "2(b)", "3", "3(a)", "4"]


def test_sub_lists_restart_under_each_new_paragraph(tmp_path) -> None:
    document = _resolution()
    operative = _add_list(document, 94, _OPERATIVE_LEVELS)
    body = [
        ("Decides that UNMIR shall support the following:", 0),
        ("the return of displaced persons;", 1), ("the reopening of schools;", 1),
        ("Decides that UNMIR shall carry out the following tasks:", 0),
        (_PROTECT, 1), (_REPORT, 1),
        ("to support the national authorities in the following ways:", 1),
        ("by training the police;", 2), ("by advising the courts;", 2),
        (_SEIZED, 0),
    ]
    for text, level in body:
        _number(document.add_paragraph(text), operative, level)
    assert _refs(_save(document, tmp_path)) == [
        "1", "1(a)", "1(b)", "2", "2(a)", "2(b)", "2(c)", "2(c)(i)", "2(c)(ii)", "3"]


def test_a_number_already_typed_is_not_added_again(tmp_path) -> None:
    document = _resolution()
    operative = _add_list(document, 95, _OPERATIVE_LEVELS)
    for text, level in [("1.\t" + _EXTEND, 0), ("2. " + _TASKS, 0), ("(a) " + _PROTECT, 1),
                        (_REPORT, 1), (_SEIZED, 0)]:
        _number(document.add_paragraph(text), operative, level)
    res = parse_resolution(_save(document, tmp_path))
    assert [p.ref for p in res.operative] == ["1", "2", "2(a)", "2(b)", "3"]
    assert res.paragraph("1").text == _EXTEND  # not "1. Decides …"
    assert res.paragraph("2(a)").text == _PROTECT


def test_a_document_without_a_numbering_part_still_parses(tmp_path) -> None:
    document = _resolution()
    part = document.part
    r_id = next(r_id for r_id, rel in part.rels.items() if rel.reltype == RT.NUMBERING)
    part.drop_rel(r_id)
    _number(document.add_paragraph("1. " + _EXTEND), 5)  # names a list that is not there
    document.add_paragraph("2. " + _SEIZED, style="List Number")
    path = _save(document, tmp_path)
    assert "word/numbering.xml" not in zipfile.ZipFile(path).namelist()
    assert _refs(path) == ["1", "2"]


def test_broken_list_definitions_leave_the_text_as_typed(tmp_path) -> None:
    document = _resolution()
    operative = _add_list(document, 96, _OPERATIVE_LEVELS)
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(  # an instance of a definition that does not exist
        f'<w:num {_W} w:numId="97"><w:abstractNumId w:val="404"/></w:num>'))
    _add_list(document, 98, '<w:lvl w:ilvl="zero"><w:start w:val="one"/></w:lvl>'
              '<w:lvl w:ilvl="0"><w:start w:val="many"/><w:numFmt w:val="decimal"/></w:lvl>')
    first = document.styles.add_style("Looped A", WD_STYLE_TYPE.PARAGRAPH)
    second = document.styles.add_style("Looped B", WD_STYLE_TYPE.PARAGRAPH)
    second.base_style = first
    first.base_style = second  # a cycle of w:basedOn
    document.add_paragraph("Noting the report of the Secretary-General,", style="Looped B")
    _number(document.add_paragraph("Welcoming the efforts of the region,"), 97)
    _number(document.add_paragraph("Stressing the need for restraint,"), 98)
    _number(document.add_paragraph("Underlining the role of women,"), 999, ilvl="x")
    _number(document.add_paragraph("Expressing concern at the violence,"), operative, 7)
    _number(document.add_paragraph("Taking note of the elections,", style="List Number"), 0)
    _number(document.add_paragraph(_TASKS), operative)
    _number(document.add_paragraph(_PROTECT), operative, 1)
    _number(document.add_paragraph(_SEIZED), operative)
    res = parse_resolution(_save(document, tmp_path))
    assert [p.ref for p in res.operative] == ["1", "1(a)", "2"]
    assert [p.text for p in res.paragraphs if p.ref.startswith("PP")][-6:] == [
        "Noting the report of the Secretary-General,", "Welcoming the efforts of the region,",
        "Stressing the need for restraint,", "Underlining the role of women,",
        "Expressing concern at the violence,", "Taking note of the elections,"]


def test_an_unforeseen_failure_in_the_numbering_costs_only_the_labels(tmp_path,
                                                                     monkeypatch) -> None:
    document = _resolution()
    for text in ["1. " + _EXTEND, "2. " + _SEIZED]:
        _number(document.add_paragraph(text), 5)  # the template's List Number list
    path = _save(document, tmp_path)

    def fails(self, p):
        raise IndexError("a definition nobody foresaw")

    monkeypatch.setattr(docx_reader._Lists, "label", fails)
    assert _refs(path) == ["1", "2"]


def test_a_numbering_part_that_is_not_xml_is_an_input_error(tmp_path) -> None:
    document = _resolution()
    document.add_paragraph("1. " + _EXTEND)
    path = _save(document, tmp_path)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, b"<w:numbering" if item.filename == "word/numbering.xml"
                         else data)
    with pytest.raises(InputError, match="is not a readable DOCX document"):
        parse_resolution(broken)


def test_word_list_formats_restarts_and_counting(tmp_path) -> None:
    document = Document()
    contents = _add_list(document, 80, _lvl(0, "upperRoman", "%1.")
                         + _lvl(1, "upperLetter", "%2."))  # headings: I. / A.
    legal = _add_list(document, 81, _lvl(0, "upperRoman", "%1.")
                      + _lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>"))
    running = _add_list(document, 82, _lvl(0, "decimal", "%1.")
                        + _lvl(1, "lowerLetter", "(%2)", extra='<w:lvlRestart w:val="0"/>'))
    odd = _add_list(document, 83, _lvl(0, "decimalZero", "%1")
                    + _lvl(1, "lowerLetter", "(%2)", start=26)
                    + _lvl(2, "chineseCounting", "[%3]"))
    rows = [
        (contents, 0, "Mandate"), (contents, 1, "Context"), (contents, 1, "Planning"),
        (contents, 0, "Resources"), (contents, 1, "Posts"),
        (legal, 0, "Part"), (legal, 1, "Clause"), (legal, 1, "Clause"),
        (running, 0, "One"), (running, 1, "item"), (running, 0, "Two"), (running, 1, "item"),
        (odd, 0, "Zero-padded"), (odd, 1, "z"), (odd, 1, "beyond z"), (odd, 2, "unknown"),
        (None, None, "in a table"), (contents, 0, "After the table"),
    ]
    for num_id, level, text in rows:
        if num_id is None:  # a numbered paragraph in a table cell still counts
            cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
            _number(cell.paragraphs[0], contents).add_run("Annexes")
            continue
        _number(document.add_paragraph(text), num_id, level)
    document.add_paragraph("A bullet adds nothing", style="List Bullet")
    path = _save(document, tmp_path)
    assert [line.text for line in docx_reader.read_lines(path)] == [
        "I. Mandate", "A. Context", "B. Planning", "II. Resources", "A. Posts",
        "I. Part", "1.1 Clause", "1.2 Clause",
        "1. One", "(a) item", "2. Two", "(b) item",
        "01 Zero-padded", "(z) z", "(aa) beyond z", "[1] unknown",
        "IV. After the table", "A bullet adds nothing",
    ]


def test_a_docx_damaged_inside_its_text_exits_3_naming_the_part(tmp_path) -> None:
    """Zeroed bytes inside the document's text part: refused with the part named, where the
    message had been the bare name of the exception ("(error)", "(BadZipFile)")."""
    from click.testing import CliRunner

    from coherence.cli import cli
    from tests.conftest import zeroed_zip_part

    damaged = zeroed_zip_part(_save(_resolution(), tmp_path), "word/document.xml",
                              tmp_path / "damaged.docx", 20)
    result = CliRunner().invoke(cli, ["mandate", str(damaged)])
    assert result.exit_code == 3 and result.stderr.count("\n") == 1
    assert "word/document.xml" in result.stderr and "damaged" in result.stderr


def _png(width: int = 4, height: int = 4) -> bytes:
    """A small grey PNG, made here: python-docx reads an image's size from its header."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    rows = b"".join(b"\x00" + bytes([128]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0,
                                                               0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_a_docx_whose_image_alone_is_damaged_is_read_with_a_warning(tmp_path) -> None:
    """An emblem whose bytes are zeroed costs no paragraph: the text reads as from the sound
    copy, and one warning names the image (python-docx alone refuses the whole package)."""
    import io

    from tests.conftest import zeroed_zip_part

    document = _resolution()
    document.add_picture(io.BytesIO(_png(64, 64)))
    for text in ["1. Decides to extend the mandate of UNMIR until 30 June 2032;",
                 "2. Requests UNMIR to support the national police;"]:
        document.add_paragraph(text)
    sound = _save(document, tmp_path)
    [image] = [n for n in zipfile.ZipFile(sound).namelist() if n.startswith("word/media/")]
    damaged = zeroed_zip_part(sound, image, tmp_path / "damaged.docx", 20)
    good, read = parse_resolution(sound), parse_resolution(damaged)
    assert [(p.ref, p.text) for p in read.paragraphs] == [(p.ref, p.text)
                                                        for p in good.paragraphs]
    assert read.mandate_expires == date(2032, 6, 30) and read.tasks == good.tasks
    [warning] = [w for w in read.warnings if w.code == "docx_images_damaged"]
    assert Path(image).name in warning.message
    assert not [w for w in good.warnings if w.code == "docx_images_damaged"]


def _wrapped(paragraph, tag: str, words: str, attributes: str = "") -> None:
    """Append `words` to a paragraph inside a `w:{tag}` element, as Word writes it."""
    inner = f'<w:r><w:t xml:space="preserve">{words}</w:t></w:r>'
    if tag == "sdt":
        inner = f"<w:sdtContent>{inner}</w:sdtContent>"
    paragraph._p.append(parse_xml(f"<w:{tag} {_W} {attributes}>{inner}</w:{tag}>"))


def test_text_word_keeps_outside_plain_runs_is_read_and_deleted_text_is_not(tmp_path) -> None:
    """python-docx's paragraph text leaves out tracked insertions, smart tags (older
    documents wrap dates in them), content controls and simple fields: an expiry date or a
    task's words vanished without a word."""
    document = _resolution()
    extend = document.add_paragraph("1. Decides to extend the mandate of the United Nations "
                                    "Mission in Ruritania (UNMIR) until ")
    _wrapped(extend, "smartTag", "15 March 2032", 'w:element="date"')
    extend.add_run(";")
    document.add_paragraph("2. " + _TASKS)
    protect = document.add_paragraph("(a) to protect civilians ")
    _wrapped(protect, "ins", "under imminent threat of physical violence", 'w:id="1" w:author="A"')
    protect._p.append(parse_xml(f'<w:del {_W} w:id="2" w:author="A"><w:r><w:delText>and '
                                'struck words</w:delText></w:r></w:del>'))
    protect.add_run(";")
    report = document.add_paragraph("(b) to monitor and report on ")
    _wrapped(report, "sdt", "human rights violations")
    _wrapped(report, "fldSimple", " and abuses", 'w:instr=" MERGEFIELD x "')
    report.add_run(";")
    document.add_paragraph("3. " + _SEIZED)
    res = parse_resolution(_save(document, tmp_path))
    assert res.mandate_expires == date(2032, 3, 15)
    assert res.paragraph("2(a)").text == _PROTECT
    assert res.paragraph("2(b)").text == _REPORT
    assert {t.category for t in res.tasks} >= {"protection_of_civilians", "human_rights"}


def test_paragraphs_in_a_content_control_are_read_those_in_a_table_are_not(tmp_path) -> None:
    """A template may hold its masthead in content controls (w:sdt around paragraphs); they
    are the body's text. A table's cells stay out, as before."""
    document = Document()
    control = parse_xml(f"<w:sdt {_W}><w:sdtContent/></w:sdt>")
    document.element.body.insert(0, control)
    for text in _MASTHEAD[:5]:
        control[0].append(document.add_paragraph(text)._p)
    for text in _MASTHEAD[5:]:
        document.add_paragraph(text)
    document.add_table(rows=1, cols=1).cell(0, 0).text = "Decides to take the table's words"
    for text in ("1. " + _EXTEND, "2. " + _SEIZED):
        document.add_paragraph(text)
    res = parse_resolution(_save(document, tmp_path))
    assert res.symbol == "S/RES/9107 (2031)" and res.meeting == 12107
    assert res.adopted == date(2031, 3, 15)
    assert not any("table's words" in p.text for p in res.paragraphs)
