"""HTML resolutions built to break the reader: what a browser hides, numbers by CSS, notes,
declared character sets and line breaks (each found by an adversarial review)."""

from __future__ import annotations

from pathlib import Path

from mandates import parse_resolution
from mandates.readers.html import read_lines

#: a small resolution, one paragraph a line, as the tests below lay it out
_MASTHEAD = [
    "United Nations", "S/RES/9002 (2031)", "Security Council", "Resolution 9002 (2031)",
    "Adopted by the Security Council at its 12002nd meeting, on 30 June 2031",
    "The Security Council,",
    "Recalling its earlier decisions on the region,",
    "Acting under Chapter VII of the Charter of the United Nations,",
]


def _page(tmp_path: Path, body: str, name: str = "resolution.html") -> Path:
    path = tmp_path / name
    head = "".join(f"<p>{text}</p>" for text in _MASTHEAD)
    path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{head}"
                    f"{body}</body></html>", encoding="utf-8")
    return path


def _texts(path: Path) -> list[str]:
    return [line.text.strip() for line in read_lines(path) if line.text.strip()]


def test_what_a_browser_hides_is_not_read(tmp_path) -> None:
    """`hidden`, `display:none` and Word's hidden text (`display:none;mso-hide:all`) were
    read as shown: a hidden paragraph became operative paragraph 3 with a task of its own,
    and a hidden ceiling was read beside the shown one ("13,000 11,500")."""
    body = (
        "<p>1. Decides that the troop ceiling of UNMIR will comprise <span style='display:none;"
        "mso-hide:all'>13,000 </span>11,500 military personnel;</p>"
        "<div style='display: none'><p>2. Decides to extend the mandate of UNMIR until 31 March "
        "2040;</p></div>"
        "<p hidden>2. Requests UNMIR to conduct offensive operations against all armed groups;"
        "<p style='visibility:hidden'>2. Requests UNMIR to close its offices;</p>"
        "<p>2. Decides that UNMIR shall protect civilians under threat of physical violence;</p>"
        "<p>3. Decides to remain seized of the matter.</p>")
    res = parse_resolution(_page(tmp_path, body))
    assert [p.ref for p in res.operative] == ["1", "2", "3"]
    assert res.paragraph("1").text == ("Decides that the troop ceiling of UNMIR will comprise "
                                       "11,500 military personnel;")
    assert res.paragraph("2").text.startswith("Decides that UNMIR shall protect civilians")
    assert [c.count for c in res.ceilings] == [11500]
    assert res.mandate_expires is None
    assert "offensive_operations" not in {t.category for t in res.tasks}


def test_a_hidden_element_hides_only_itself(tmp_path) -> None:
    """A hidden `<p>` or `<li>` left open ends where a browser ends it, an element that holds
    nothing (`<img hidden>`) hides nothing after it, and a hidden item takes no number."""
    body = ("<p hidden>hidden paragraph<p>1. Decides one;<ol start=2><li hidden>hidden item"
            "<li>Decides two;<li style='display:none'>hidden too</ol><img hidden>shown<div>"
            "<p hidden>hidden again</div><p>3. Decides to remain seized of the matter.")
    texts = _texts(_page(tmp_path, body))
    assert texts[len(_MASTHEAD):] == ["1. Decides one;", "2. Decides two;", "shown",
                                      "3. Decides to remain seized of the matter."]


def test_lists_numbered_by_css_get_the_labels_a_browser_shows(tmp_path) -> None:
    """A sub-list lettered by `list-style-type` (CSS-styled pages, Google Docs' exports) got
    decimal labels: its items ran into paragraph 2 as "1. to protect …", and their tasks were
    lost without a warning."""
    body = ("<ol><li>Decides to extend the mandate of the United Nations Mission in Ruritania "
            "(UNMIR) for a period of twelve months, that is, until 30 June 2032;</li>"
            "<li>Decides that UNMIR shall have the following priority tasks:"
            "<ol style='list-style-type: lower-alpha'>"
            "<li>to protect civilians under threat of physical violence;</li>"
            "<li>to monitor and report on human rights violations;</li></ol></li>"
            "<li>Decides to remain seized of the matter.</li></ol>")
    res = parse_resolution(_page(tmp_path, body))
    assert [p.ref for p in res.operative] == ["1", "2", "2(a)", "2(b)", "3"]
    assert {t.category for t in res.tasks} >= {"protection_of_civilians", "human_rights"}


def test_css_list_kinds_start_and_reversed_number_as_in_a_browser(tmp_path) -> None:
    """The style wins over `type`; `none` and bullets show no number; an item's own style or
    type changes its label only; a `reversed` list counts down from its number of items (the
    hidden one not counted) or from its `start`."""
    body = ("<ol type='1' style='color: black; list-style-type: upper-roman'><li>one"
            "<li style='list-style-type: none'>two<li type='a'>three</ol>"
            "<ol style='list-style: square inside'><li>bullet</ol>"
            "<ul style='list-style-type: lower-alpha'><li>lettered</ul>"
            "<ol reversed><li>third<li hidden>not shown<li>second<li>first</ol>"
            "<ol reversed start='10' style='list-style-type: lower-roman'><li>ten"
            "<li value='4'>four<li>three</ol>")
    texts = _texts(_page(tmp_path, body))
    assert texts[len(_MASTHEAD):] == [
        "(i) one", "two", "(c) three", "bullet", "(a) lettered", "3. third", "2. second",
        "1. first", "(x) ten", "(iv) four", "(iii) three"]


def test_bare_superscript_note_marks_and_the_notes_after_the_text_are_not_read(tmp_path) -> None:
    """A note marked by a bare `<sup>1</sup>` (no link) left its number in the paragraph
    ("(S/2031/101)1,"), and the notes after the last paragraph were read as part of it.
    (A note that opens with the next paragraph's number, "2 4. Decides …", is still read as
    that paragraph, in a text file as well: the segmenter's doing.)"""
    body = ("<p>1. Decides to extend the mandate of the United Nations Mission in Ruritania "
            "(UNMIR) for a period of twelve months, that is, until 30 June 2032, as the report "
            "(S/2031/101)<sup>1</sup>, recommends;</p>"
            "<p>2. Decides that UNMIR shall have the following priority tasks:</p>"
            "<p>(a) to protect civilians under threat of physical violence<sup>2</sup>;</p>"
            "<p>3. Decides to remain seized of the matter.</p><hr>"
            "<p><sup>1</sup> S/2031/101.</p>"
            "<p><sup>2</sup> Decides to extend the mandate until 1 May 2040, 33. Requests "
            "UNMIR to protect civilians.</p>")
    res = parse_resolution(_page(tmp_path, body))
    assert [p.ref for p in res.operative] == ["1", "2", "2(a)", "3"]
    assert res.paragraph("1").text.endswith("as the report (S/2031/101), recommends;")
    assert res.paragraph("2(a)").text == "to protect civilians under threat of physical violence;"
    assert res.paragraph("3").text == "Decides to remain seized of the matter."
    assert res.mandate_expires is not None and res.mandate_expires.year == 2032
    [notes] = [w for w in res.warnings if w.code == "notes_skipped"]
    assert "after the text" in notes.message


def test_a_superscript_that_is_no_note_mark_stays(tmp_path) -> None:
    """Ordinals and squared units keep their superscript; a note in the middle of the text,
    before numbered paragraphs, gets no `Footnotes` line (the segmenter would read it as
    words of the paragraph)."""
    body = ("<p>on the 2<sup>d</sup> of May, an area of 10 km<sup>2</sup>, the 1<sup>st</sup> "
            "time;</p><p><sup>1</sup> A note in the middle.</p><p>1. Decides one.</p>")
    texts = _texts(_page(tmp_path, body))
    assert texts[len(_MASTHEAD):] == ["on the 2d of May, an area of 10 km2, the 1st time;",
                                      "1 A note in the middle.", "1. Decides one."]


def _declared_page(tmp_path: Path, charset: str, text: str, encoding: str) -> Path:
    path = tmp_path / "resolution.htm"
    head = "".join(f"<p>{line}</p>" for line in _MASTHEAD)
    path.write_bytes(f"<html><head><meta http-equiv=Content-Type content='text/html; charset="
                     f"{charset}'></head><body>{head}<p>{text}</p></body></html>"
                     .encode(encoding))
    return path


def test_a_page_is_read_in_the_character_set_it_declares(tmp_path) -> None:
    """A page saved as Mac Roman (`charset=macintosh`) was read as Windows-1252, every
    apostrophe and quotation mark turned into another letter ("UNMIRÕs"), with no warning:
    each of its bytes means something in Windows-1252 too."""
    text = "1. Decides that UNMIR’s “priority tasks” include the protection of civilians;"
    assert _texts(_declared_page(tmp_path, "macintosh", text, "mac_roman"))[-1] == text
    russian = "2. Notes the letter (Письмо) of 1 May 2031;"
    assert _texts(_declared_page(tmp_path, "windows-1251", russian, "cp1251"))[-1] == russian


def test_the_declared_character_set_is_used_only_for_bytes_that_are_not_utf8(tmp_path) -> None:
    """A page that declares Windows-1251 but is UTF-8 (as saved by an editor that kept the
    old declaration) stays UTF-8; a charset no page is written in ("zlib", UTF-7) or one
    Python does not know is left aside for Windows-1252, as before."""
    text = "1. Decides that UNMIR’s tasks include the protection of civilians;"
    assert _texts(_declared_page(tmp_path, "windows-1251", text, "utf-8"))[-1] == text
    for charset in ("zlib", "utf-7", "x-no-such-set", "unicode_escape"):
        assert _texts(_declared_page(tmp_path, charset, text, "cp1252"))[-1] == text


def test_a_line_break_inside_a_paragraph_does_not_start_another(tmp_path) -> None:
    """A `<br>` in a paragraph started a line of its own, so "… the priorities of UNMIR
    are<br>(i) to protect …" became a sub-paragraph 2(i) and paragraph 2 lost its task
    (the DOCX reader keeps a line break inside its paragraph)."""
    body = ("<p>1. Decides to extend the mandate of UNMIR until 30 June 2032;</p>"
            "<p>2. Decides that the strategic priorities of UNMIR are<br>(i) to protect "
            "civilians under threat of physical violence, and<br/>(ii) to monitor and report "
            "on human rights violations;</p>"
            "<p>3. Decides to remain seized of the matter.</p>")
    res = parse_resolution(_page(tmp_path, body))
    assert [p.ref for p in res.operative] == ["1", "2", "3"]
    assert res.paragraph("2").text == (
        "Decides that the strategic priorities of UNMIR are (i) to protect civilians under "
        "threat of physical violence, and (ii) to monitor and report on human rights "
        "violations;")


def test_two_line_breaks_or_one_outside_a_paragraph_still_break_the_line(tmp_path) -> None:
    """A blank line (`<br><br>`) ends a paragraph's line, and text laid out with `<br>` alone,
    outside any paragraph, keeps its lines; `<br/>` is one break, a hidden one none."""
    body = ("<p>first<br><br>&nbsp;<br>second<br/>still second<br style='display:none'> "
            "and still</p><div>third<br>fourth</div>")
    assert _texts(_page(tmp_path, body))[len(_MASTHEAD):] == [
        "first", "second still second and still", "third", "fourth"]
    # a break inside a note's mark goes with the mark
    body = "<p>the report<sup>1<br></sup><br>of May</p>"
    assert _texts(_page(tmp_path, body))[len(_MASTHEAD):] == ["the report of May"]


def test_a_hidden_element_left_open_ends_with_the_element_around_it(tmp_path) -> None:
    """A browser closes a hidden <span> left open at the end of its paragraph, and a hidden
    row left open at the next row: the rest of the page was lost."""
    page = _page(tmp_path, "<p>1. Decides <span style='display:none'>draft</p>"
                           "<p>2. Requests UNMIR to protect civilians;</p>"
                           "<table><tr style='display:none'><td>old<tr><td>3. Decides x;</td>"
                           "</tr></table><p>4. Decides to remain seized of the matter.</p>")
    texts = _texts(page)
    assert texts[-4:] == ["1. Decides", "2. Requests UNMIR to protect civilians;",
                          "3. Decides x;", "4. Decides to remain seized of the matter."]


def test_lists_lettered_by_the_pages_style_sheet_get_their_letters(tmp_path) -> None:
    """Sub-lists lettered by a class in a `<style>` sheet (`ol.lst-2 {list-style-type:
    lower-alpha}`, or Google Docs' counters drawn before each item) were read as numbers:
    eleven items ran into paragraph 3 with no warning. A class's kind wins over `type`."""
    style = ("<style>/* lists */ ol.lst-2{list-style-type:lower-alpha} .lst-3{list-style-type:"
             "lower-roman} ol.lst-g{list-style-type:none} .lst-g > li:before{content:\"(\" "
             "counter(lst-ctn-g, lower-latin) \") \"} @media print{ol.lst-x{color:red}}</style>")
    body = (style + "<ol><li>Decides to extend the mandate of UNMIR until 30 June 2032;</li>"
            "<li>Decides that UNMIR shall have the following tasks:<ol class='lst-2' type='1'>"
            "<li>Protection of civilians<ol class='lst-3'><li>To protect civilians under "
            "threat;</li><li>To deter violence;</li></ol></li><li>To monitor human rights;</li>"
            "</ol></li><li>Requests UNMIR to support the following:<ol class='lst-g x'><li>"
            "elections;</li><li>the police;</li></ol></li></ol>")
    assert _texts(_page(tmp_path, body))[len(_MASTHEAD):] == [
        "1. Decides to extend the mandate of UNMIR until 30 June 2032;",
        "2. Decides that UNMIR shall have the following tasks:",
        "(a) Protection of civilians", "(i) To protect civilians under threat;",
        "(ii) To deter violence;", "(b) To monitor human rights;",
        "3. Requests UNMIR to support the following:", "(a) elections;", "(b) the police;"]


def test_a_rows_cells_are_one_line_and_a_figure_in_one_is_kept(tmp_path) -> None:
    """A table's cells were a line each, so a figure alone in its cell ("325") was dropped
    as a page's number and the paragraph lost it; a row of one-line cells is one line now,
    as a PDF prints it (a number in its own cell then opens its paragraph). A cell of
    several paragraphs keeps its lines."""
    body = ("<p>1. Decides that UNMIR shall comprise the following strength:</p><table><tr>"
            "<td><p>Military personnel</p></td><td align=right><p>11,000</p></td></tr><tr>"
            "<td>Individual police officers</td><td>325</td></tr></table><table><tr><td>2.</td>"
            "<td>Requests UNMIR to protect civilians;</td></tr><tr><td><p>3. Decides to remain"
            "</p><p>seized of the matter.</p></td><td>4</td></tr></table>")
    assert _texts(_page(tmp_path, body))[len(_MASTHEAD):] == [
        "1. Decides that UNMIR shall comprise the following strength:",
        "Military personnel 11,000", "Individual police officers 325",
        "2. Requests UNMIR to protect civilians;", "3. Decides to remain",
        "seized of the matter.", "4"]


def test_an_items_label_and_its_paragraph_or_definition_share_a_line(tmp_path) -> None:
    """`<li><p>Decides …` (as pandoc writes lists) put the item's label on a line of its
    own, and the parser warned that labels stood apart as pdftotext prints them; a
    definition list's term and definition (`<dt>2.</dt><dd>Decides …`) ran into the
    paragraph before. Each is one line."""
    body = ("<ol><li><p>Decides to extend the mandate of UNMIR until 30 June 2032;</p></li>"
            "<li><p>Requests UNMIR to protect civilians;</p></li></ol>"
            "<dl><dt>3.</dt><dd>Requests UNMIR to monitor human rights;</dd></dl>"
            "<dl><dt>4.</dt><dd>Decides to remain seized of the matter.</dd></dl>")
    path = _page(tmp_path, body)
    assert _texts(path)[len(_MASTHEAD):] == [
        "1. Decides to extend the mandate of UNMIR until 30 June 2032;",
        "2. Requests UNMIR to protect civilians;", "3. Requests UNMIR to monitor human rights;",
        "4. Decides to remain seized of the matter."]
    res = parse_resolution(path)
    assert [p.ref for p in res.operative] == ["1", "2", "3", "4"]
    assert not [w for w in res.warnings if w.code == "labels_apart"]


def test_a_zero_width_space_inside_a_word_splits_nothing(tmp_path) -> None:
    """U+200B was read as a space: "peace\u200bkeeping" became "peace keeping"."""
    path = _page(tmp_path, "<p>1. Requests UNMIR to support peace\u200bkeeping and re\u2060"
                           "integration;</p>")
    assert parse_resolution(path).paragraph("1").text == (
        "Requests UNMIR to support peacekeeping and reintegration;")


def test_rows_left_open_and_header_cells_are_joined_too(tmp_path) -> None:
    """The diff review: rows left open (as HTML lets them be) and `<th>` cells were never
    joined, so a figure alone in its cell was still read as a page number; two paragraphs
    side by side (a page in two languages) and a cell holding only a note's marker stay
    apart."""
    body = ("<table><tr><td>Troops<td>17,000<tr><th>Individual police officers</th><td>325"
            "</table><table><tr><td>Recalling its resolutions on the matter, and its "
            "statements on the situation in the region,</td><td>Rappelant ses résolutions sur "
            "la question, et ses déclarations sur la situation dans la région,</td></tr>"
            "</table>")
    assert _texts(_page(tmp_path, body))[len(_MASTHEAD):] == [
        "Troops 17,000", "Individual police officers 325",
        "Recalling its resolutions on the matter, and its statements on the situation in the "
        "region,",
        "Rappelant ses résolutions sur la question, et ses déclarations sur la situation dans "
        "la région,"]


def test_style_sheets_a_browser_does_not_apply_are_not_read(tmp_path) -> None:
    """A `<style>` inside a comment, or for print, took the numbers off a list; a counter
    drawn by a descendant selector or `counters()` is a number too."""
    body = ("<!-- <style>ol.res{list-style:none}</style> --><style media='print'>ol.res"
            "{list-style:none}</style><ol class='res'><li>Decides one;</li></ol>"
            "<style>ol.two{list-style:none} ol.two li:before{content:counter(p) '. '} "
            "ol.sub{list-style:none} ol.sub li:before{content:'(' counter(q, lower-alpha) ') '}"
            "</style><ol class='two' start='2'><li>Decides two;<ol class='sub'><li>item;</li>"
            "</ol></li></ol><style>ol.three{list-style:none} ol.three > li::before{content:"
            "counters(item, \".\") \". \"}</style><ol class='three' start='3'><li>Decides "
            "three;</li></ol>")
    assert _texts(_page(tmp_path, body))[len(_MASTHEAD):] == [
        "1. Decides one;", "2. Decides two;", "(a) item;", "3. Decides three;"]


def test_a_label_and_an_indented_paragraph_share_a_line(tmp_path) -> None:
    """`<li>` and `<p>` on lines of their own, as most pages are indented, still put the
    label apart; so did `<dd>` and `<p>`."""
    body = ("<ol>\n  <li>\n    <p>Decides one;</p>\n  </li>\n</ol><dl><dt>2.</dt><dd>\n<p>"
            "Decides two;</p></dd></dl>")
    assert [" ".join(t.split()) for t in _texts(_page(tmp_path, body))[len(_MASTHEAD):]] == [
        "1. Decides one;", "2. Decides two;"]


def test_sheets_for_all_media_or_hidden_in_comment_marks_are_read(tmp_path) -> None:
    """The second diff review: `media="all"` (quoted) was taken for another medium, and
    Word's `<style><!-- … --></style>` was emptied with the comments; both dropped a list's
    letters, and paragraphs with them. A label before a `<div>` or a table is on its line."""
    body = ("<style type='text/css' media=\"all\">ol.sub {list-style-type: lower-alpha}</style>"
            "<style>\n<!--\np.MsoNormal {margin:0cm}\nol.roman {list-style-type: lower-roman}"
            "\n-->\n</style><p>1. Decides:</p><ol class='sub'><li>To protect;</li><li>To "
            "support:<ol class='roman'><li>elections;</li></ol></li></ol><ol start=2><li><div>"
            "<p>Decides two;</p></div></li><li><table><tr><td>Decides three;</td></tr></table>"
            "</li></ol>")
    assert [" ".join(t.split()) for t in _texts(_page(tmp_path, body))[len(_MASTHEAD):]] == [
        "1. Decides:", "(a) To protect;", "(b) To support:", "(i) elections;",
        "2. Decides two;", "3. Decides three;"]


def test_a_comment_mark_in_a_script_or_an_empty_comment_hides_no_style_sheet(tmp_path) -> None:
    """The third diff review: "'<!--'" in a script, with no end, hid every sheet after it;
    so did the empty comment "<!-->"."""
    for opening in ("<script>var s='<!--';</script>", "<!-->", "<!-- x --!>"):
        body = (opening + "<style>ol.sub{list-style-type:lower-alpha}</style><p>1. Decides:</p>"
                "<ol class='sub'><li>To protect;</li></ol>")
        assert "(a) To protect;" in _texts(_page(tmp_path, body)), opening
