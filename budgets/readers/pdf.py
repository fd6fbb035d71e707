"""Read the tables of a budget report in PDF into `Grid`s.

The reader first finds the pages that print tables with pypdfium2's fast text (a page
qualifies when several of its lines carry several figures), then reads the characters and
ruled lines of those pages with pypdfium2 and builds words from them as pdfplumber does
(the same tolerances; a superscript is a word of its own), at about a tenth of pdfplumber's
time: pdfplumber interprets every content stream in Python.

On a page, a table is a run of lines whose figures stand apart from the text; its columns
are the right edges the figures share (figures are right-aligned) and the left edges of
any further text columns. The header is the block of close lines above the first figure
line. Word draws each cell border as its own rule segment, so a rule under only some
columns (the line under `Variance`) splits the header into rows for those columns alone:
header cells are rebuilt from these segments, and a header cell standing over several
columns or rows is repeated into each with `merged=True`. A label that wraps onto a second
line is joined to its row; a footnote letter printed as a superscript is glued to its word
as in the DOCX (`positionsa`). A table continued on the next page is joined to its first
part, dropping the header rows printed again.

A table's caption is the few lines above it, after the heading of the section it stands
in (`E. Human resources`), carried from page to page: from type larger than the table's
on the pages read closely, from the fast text on the others.

Every cell's `SourceRef` gives the page (1-based, as the PDF counts them), the table's
number on that page (`table 2`) and the cell within the table (`C5`). Encrypted, corrupt
and non-PDF files raise `InputError`; so does a file whose table pages take longer than
`MAX_SECONDS` to read.

A table page whose text is printed turned a quarter turn (a landscape table stored on a
portrait page, shown upright by `/Rotate 90`) is not read, as its lines run down the page:
the grids carry a warning naming it (`SheetGrid`, as the workbook reader passes its
warnings on), and a file whose every table is printed so is refused. A table page shown
turned whose text is upright as stored is read, with a note. Characters printed in white
(or not filled) where nothing is painted under them are unseen in print: they are left out,
and the page is named in a warning.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from budgets.grid import Cell, Grid, column_letter
from budgets.interpret import SheetGrid
from provenance import DataWarning, InputError, SourceRef, check_readable
from provenance.pdf import open_pdf, page_texts

#: Pages read closely at most; a budget report prints tables on 10–30 pages.
MAX_TABLE_PAGES = 120
#: Seconds allowed for reading the table pages of one untrusted PDF (a report takes 1–3).
MAX_SECONDS = 120.0
CAPTION_LINES = 3
#: A section heading of a UN report: `II. Financial resources`, `E. Human resources`.
SECTION_HEADING = re.compile(r"^(?:[IVX]{1,5}|[A-Z])\.\s+[A-Z][^.]{2,90}$")

_FIGURE = re.compile(
    r"^[(\[]?[-−]?\d{1,3}(?:[ ,]\d{3})*(?:\.\d+)?[)\]]?%?$|^\d+(?:\.\d+)?%?$|^[–—-]$"
    # dollars marked as such, however grouped: "($2 200 000)", and "($1 000 00)" as printed
    r"|^\(?[-−]?\$\s?\d[\d ,]*(?:\.\d+)?\)?$"
)
_FAST_FIGURE = re.compile(
    r"(?<![\w.,/])(?:\(?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})*(?:\.\d+)?\)?|–)(?![\w/])"
)
_IMPACT_CAPTION = re.compile(r"financial implications resulting from the recommendations", re.I)
_UNIT_CUE = re.compile(r"\((?:Thousands|Millions) of United States dollars|\(Number of", re.I)
_LEAD_GROUP = re.compile(r"^[(\[]?[-−]?\$?\d{1,3}(?: \d{3})*$")
_TRAIL_GROUP = re.compile(r"^\d{3}(?:\.\d+)?[)\]]?%?$|^\d{3} ")
_SHORT_GROUP = re.compile(r"^\d{1,2}[)\]]$")
_FORMULA = re.compile(r"^(?:\(\d{1,2}\)(?:=\S*)?\s*)+$")
_SUPERSCRIPT = re.compile(r"^[a-z]{1,2}$|^\d{1,3}$")


def figure_like(text: str) -> bool:
    """True when `text` is printed like a figure: `1 234.5`, `(71 008.0)`, `–`, `17.3`."""
    return bool(_FIGURE.match(text.strip()))


def read_grids(path: Path) -> list[Grid]:
    """Every table of a PDF budget report as a `Grid`, in page order.

    Raises `InputError` for a missing, encrypted, corrupt or non-PDF file, and for one whose
    every table page prints its text turned. A PDF without tables gives an empty list;
    deciding that no budget table was found is the caller's job. The grids carry the
    reader's warnings: table pages printed turned (not read) or shown turned.
    """
    p = check_readable(path)
    pages, text_headings = _table_pages(p)
    import pypdfium2 as pdfium

    grids: list[tuple[Grid, tuple[float, ...]]] = []
    warnings: list[DataWarning] = []
    turned: list[int] = []
    section = ""
    started = time.monotonic()
    with open_pdf(p) as document:
        try:
            for number in range(1, (pages[-1] if pages else 0) + 1):
                if time.monotonic() - started > MAX_SECONDS:
                    raise InputError(f"reading the tables took over {MAX_SECONDS:.0f} s "
                                     f"(stopped at page {number})", path=p,
                                     hint="the PDF may be malformed; print it to a new PDF")
                if number in pages:
                    layout = _layout(document, number)
                    where = SourceRef(path=p.name, page=number)
                    shown = f" (the page is shown turned by /Rotate {layout.rotation})" \
                        if layout.rotation else ""
                    if 2 * layout.turned > layout.characters:
                        # its words would be letters stacked down the page: no table
                        turned.append(number)
                        warnings.append(DataWarning(
                            "pdf_page_turned", f"page {number} prints its text turned a "
                            f"quarter turn{shown}; this version reads tables printed upright, "
                            "so its figures were not read: print the page upright to a new "
                            "PDF, or give the DOCX edition", where))
                        continue
                    if layout.unseen:
                        text = " ".join(layout.unseen.split())
                        warnings.append(DataWarning(
                            "pdf_hidden_text", f"page {number} prints {len(text)} "
                            f"character(s) in white where nothing is painted under them "
                            f"({text[:40]!r}{'…' if len(text) > 40 else ''}), unseen in "
                            "print; they were not read", where))
                    found, section = _page_grids(layout, number, str(path), section)
                    grids.extend(found)
                    if layout.rotation and found:
                        warnings.append(DataWarning(
                            "pdf_page_rotated", f"page {number} is shown turned by /Rotate "
                            f"{layout.rotation}, its text upright as stored; its tables were "
                            "read as stored", where, severity="info"))
                elif text_headings.get(number):
                    section = text_headings[number][-1]
        except pdfium.PdfiumError as exc:
            raise InputError(f"the PDF could not be read ({exc})", path=p,
                             hint="re-download it or print it to a new PDF") from exc
    if turned and not grids:
        raise InputError(f"prints its tables with their text turned a quarter turn (page(s) "
                         f"{', '.join(map(str, turned[:8]))}), which this version does not "
                         "read", path=p, hint="print those pages upright to a new PDF, or "
                                              "give the DOCX edition")
    joined = _join_continued(grids)
    if not warnings:
        return joined
    return [SheetGrid(g.name, g.rows, g.caption, g.page, g.source_format,
                      warnings=tuple(warnings)) for g in joined]


def table_pages(p: Path) -> list[int]:
    """1-based numbers of the pages that print tables, found with pypdfium2's fast text."""
    return _table_pages(p)[0]


def _table_pages(p: Path) -> tuple[list[int], dict[int, list[str]]]:
    """Pages that print tables, and the section headings printed on the other pages."""
    pages: list[int] = []
    headings: dict[int, list[str]] = {}
    for number, text in enumerate(page_texts(p), start=1):
        if _prints_table(text):
            pages.append(number)
        else:
            # on a page without tables a numbered heading is a section heading
            headings[number] = [line for line in (" ".join(t.split())
                                                  for t in text.splitlines())
                                if SECTION_HEADING.match(line)]
    return pages[:MAX_TABLE_PAGES], headings


def _prints_table(text: str) -> bool:
    """Does this page's text look like it prints a table of figures?

    Four lines of three figures or more do; so do three lines of two figures under a
    caption that states a unit (`Thousands of United States dollars`, `Number of …`).
    """
    counts = [len(_FAST_FIGURE.findall(line)) for line in text.splitlines()]
    if sum(1 for n in counts if n >= 3) >= 4:
        return True
    if any(n >= 2 for n in counts) and _IMPACT_CAPTION.search(" ".join(text.split())):
        return True  # the Advisory Committee's table of its recommendations: a row or two
    return sum(1 for n in counts if n >= 2) >= 3 and bool(_UNIT_CUE.search(text))


# --- words, phrases and lines -------------------------------------------------------

@dataclass(slots=True)
class _Phrase:
    """Words that print one cell's text on one line."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    parts: list[tuple[str, float, float]] = field(default_factory=list)  # words: text, x0, x1

    @property
    def figure(self) -> bool:
        return figure_like(self.text)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(slots=True)
class _Line:
    phrases: list[_Phrase]
    top: float
    bottom: float
    size: float
    x0: float = field(init=False)
    x1: float = field(init=False)

    def __post_init__(self) -> None:
        self.x0 = min(ph.x0 for ph in self.phrases)
        self.x1 = max(ph.x1 for ph in self.phrases)

    @property
    def figures(self) -> list[_Phrase]:
        return [ph for ph in self.phrases if ph.figure]

    @property
    def texts(self) -> list[_Phrase]:
        return [ph for ph in self.phrases if not ph.figure]

    @property
    def formula(self) -> bool:
        """The row that numbers the columns: `(1) (2) (3)=(1)-(2)`."""
        marks = [ph for ph in self.phrases if _FORMULA.match(ph.text)]
        return len(marks) >= 2 and len(marks) >= len(self.phrases) - 1

    @property
    def tabular(self) -> bool:
        """Figures set apart from the text, as in a table row (not prose, not formulas)."""
        if self.formula:
            return False
        n_fig = len(self.figures)
        if n_fig >= 1 and n_fig >= len(self.texts) - 1 and (
                n_fig >= 2 or self.phrases[-1].figure):
            return True
        # a row of text cells closed by one figure: the Advisory Committee's table of
        # recommendations (category, paragraphs, recommendation, amount)
        return self.phrases[-1].figure and len(self.texts) >= 3


# --- characters, words and ruled segments, read with pypdfium2 ---------------------

#: Forms nested in forms are followed this deep for their rules (an untrusted file can nest
#: them without end).
_MAX_FORM_DEPTH = 8
_LIGATURES = {0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
              0xFB05: "st", 0xFB06: "st"}
#: A word ends where the next character starts more than this far (points) after it.
_X_TOLERANCE = 1.5
#: Characters whose tops differ by more than this (points) stand on different lines.
_Y_TOLERANCE = 2.0


@dataclass(slots=True)
class _Layout:
    """One page as the table reader sees it, in points from its top left corner."""

    height: float
    words: list[dict]  # text, x0, x1, top, bottom, size
    segments: list[tuple[float, float, float, float]]  # x0, top, x1, bottom of each path
    characters: int = 0
    turned: int = 0  # characters printed turned (not upright on the page as stored)
    rotation: int = 0  # degrees the page is shown turned (/Rotate)
    unseen: str = ""  # characters printed in white on the bare page, left out


def _layout(document, number: int) -> _Layout:
    """The words and painted paths of page `number` (1-based) of a pypdfium2 document."""
    page = document[number - 1]
    try:
        _, bottom, _, top = page.get_mediabox()
        textpage = page.get_textpage()
        try:
            chars, unseen = _unseen(page, _chars(page, textpage, top), top)
        finally:
            textpage.close()
        return _Layout(top - bottom, _words_of(chars), _segments(page, top), len(chars),
                       sum(1 for char in chars if "turned" in char), page.get_rotation(),
                       unseen)
    finally:
        page.close()


def _chars(page, textpage, top: float) -> list[dict]:
    """The printed characters of a page, placed as pdfplumber places them: x0 at the glyph's
    origin and x1 one advance further, bottom at the font's descent, top one font size above.

    pdfium's text page leaves out a space printed in a font of its own and adds spaces of its
    own where a run of text jumps ahead; the first are put back from their text objects and
    the second dropped, so words split where the document prints a space or a gap.
    """
    import ctypes

    import pypdfium2.raw as raw

    spaces = _unlisted_spaces(page, textpage)
    handle = textpage.raw
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    box = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    font_size, advance = ctypes.c_float(), ctypes.c_float()
    unicode_of, object_of = raw.FPDFText_GetUnicode, raw.FPDFText_GetTextObject
    loose_box, origin_of = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin
    # per text object: its font, its font size as set and as printed, its horizontal scale,
    # whether it is turned (slanted or set at an angle) and whether it runs across the page
    # (turned more than an eighth of a turn: its lines would run down the page), and
    # whether it is filled white or not at all (unseen on an unpainted page)
    objects: dict[int, tuple[object, float, float, float, bool, bool, bool]] = {}
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    widths: dict[tuple[int, int], float | None] = {}
    chars: list[dict] = []
    last_origin: tuple[int, float, float] | None = None
    for i in range(raw.FPDFText_CountChars(handle)):
        obj = object_of(handle, i)
        if not obj:
            continue  # a character pdfium made up: a space at a jump, a line break
        code = unicode_of(handle, i)
        if code == 0:
            continue
        # pdfium gives a line-end hyphen as U+0002; pdfplumber spells ligatures out
        text = "-" if code == 2 else _LIGATURES.get(code) or chr(code)
        loose_box(handle, i, box)
        origin_of(handle, i, origin_x, origin_y)
        address = ctypes.addressof(obj.contents)
        here = (address, origin_x.value, origin_y.value)
        if here == last_origin and chars:
            # pdfium spells a ligature glyph (ffl) as letters sharing its origin: one glyph
            chars[-1]["text"] += text
            chars[-1]["x1"] = max(chars[-1]["x1"], box.right)
            continue
        last_origin = here
        facts = objects.get(address)
        if facts is None:
            raw.FPDFText_GetMatrix(handle, i, matrix)
            raw.FPDFTextObj_GetFontSize(obj, font_size)
            # the size as printed: the font size scaled by the text and page matrices
            # (WeasyPrint draws in CSS pixels, three quarters of a point)
            facts = objects[address] = (raw.FPDFTextObj_GetFont(obj), font_size.value,
                                        font_size.value * math.hypot(matrix.c, matrix.d),
                                        matrix.a, abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6,
                                        abs(matrix.b) > abs(matrix.a),
                                        bool(raw.FPDFPageObj_GetFillColor(
                                            obj, red, green, blue, alpha))
                                        and (alpha.value == 0 or red.value == green.value
                                             == blue.value == 255))
        font, nominal, size, scale, turned, across, white = facts
        if turned:
            # turned text (a running header up the margin of a landscape page): its box
            char = {"text": text, "x0": box.left, "x1": box.left + size, "top": top - box.top,
                    "bottom": top - box.bottom, "size": box.top - box.bottom}
            if across:
                char["turned"] = True
        else:
            x1 = box.right
            key = (address, code)
            if key not in widths:
                ok = raw.FPDFFont_GetGlyphWidth(font, ord("-") if code == 2 else code, nominal,
                                                advance)
                widths[key] = advance.value * scale if ok else None
            width = widths[key]
            if width is not None:
                x1 = origin_x.value + width
            below = top - box.bottom
            char = {"text": text, "x0": origin_x.value, "x1": x1, "top": below - size,
                    "bottom": below, "size": size}
        if white and not text.isspace():
            char["white"] = True
        chars.append(char)
        line_spaces = spaces.get(round(origin_y.value))
        if line_spaces:
            at = bisect.bisect_left(line_spaces, (char["x1"] - 1, -1e9))
            if at < len(line_spaces) and line_spaces[at][0] <= char["x1"] + 1.5 \
                    and abs(line_spaces[at][1] - origin_y.value) < 0.5:
                space = {**char, "text": " ", "x0": line_spaces[at][0]}
                space.pop("white", None)
                chars.append(space)
    return chars


def _unseen(page, chars: list[dict], top: float) -> tuple[list[dict], str]:
    """The characters a reader of the printed page sees, and the text of those printed in
    white (or not filled at all) where nothing is painted under them: a white character on
    a dark cell, an image or a form shows and is kept."""
    if not any("white" in char for char in chars):
        return chars, ""
    import ctypes

    import pypdfium2.raw as raw

    left, bottom, right, upper = (ctypes.c_float() for _ in range(4))
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    painted: list[tuple[float, float, float, float]] = []
    for index in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, index)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            raw.FPDFPath_GetDrawMode(obj, fill, stroke)
            if not fill.value or (raw.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha)
                                  and (alpha.value == 0
                                       or red.value == green.value == blue.value == 255)):
                continue
        elif kind == raw.FPDF_PAGEOBJ_TEXT:
            continue
        if raw.FPDFPageObj_GetBounds(obj, left, bottom, right, upper):
            painted.append((left.value, top - upper.value, right.value, top - bottom.value))
    seen: list[dict] = []
    unseen: list[str] = []
    for char in chars:
        x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        if "white" in char and not any(x0 <= x <= x1 and y0 <= y <= y1
                                       for x0, y0, x1, y1 in painted):
            unseen.append(char["text"])
        else:
            seen.append(char)
    return seen, "".join(unseen)


def _unlisted_spaces(page, textpage) -> dict[int, list[tuple[float, float]]]:
    """Origins (x, baseline) of the text objects whose characters the text page leaves out,
    by baseline rounded to the point (and the points either side)."""
    import pypdfium2.raw as raw

    found: dict[int, list[tuple[float, float]]] = {}
    matrix = raw.FS_MATRIX()
    for index in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, index)
        # the length in bytes of the object's UTF-16 text with its terminator: 2 when empty
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_TEXT \
                or raw.FPDFTextObj_GetText(obj, textpage.raw, None, 0) > 2:
            continue
        raw.FPDFPageObj_GetMatrix(obj, matrix)
        x, y = matrix.e, matrix.f
        for key in (round(y) - 1, round(y), round(y) + 1):
            found.setdefault(key, []).append((x, y))
    for origins in found.values():
        origins.sort()
    return found


def _words_of(chars: list[dict]) -> list[dict]:
    """Characters joined into words as pdfplumber's `extract_words` joins them.

    A run of characters of one size is split into lines of close tops; along a line, a
    space, a step back or a gap wider than `_X_TOLERANCE` ends a word.
    """
    words: list[dict] = []
    for _, run in itertools.groupby(chars, key=lambda c: c["size"]):
        run_chars = list(run)
        line_of: dict[float, int] = {}
        lines, last = -1, -math.inf
        for value in sorted({c["top"] for c in run_chars}):
            if value > last + _Y_TOLERANCE:
                lines += 1
            line_of[value] = lines
            last = value
        run_chars.sort(key=lambda c: line_of[c["top"]])
        for _, line in itertools.groupby(run_chars, key=lambda c: line_of[c["top"]]):
            word: list[dict] = []
            for char in sorted(line, key=lambda c: (c["x0"], c["x1"])):
                if char["text"].isspace():
                    _close_word(word, words)
                    word = []
                    continue
                if word and (char["x0"] < word[-1]["x0"]
                             or char["x0"] > word[-1]["x1"] + _X_TOLERANCE
                             or abs(char["top"] - word[-1]["top"]) > _Y_TOLERANCE):
                    _close_word(word, words)
                    word = []
                word.append(char)
            _close_word(word, words)
    return words


def _close_word(chars: list[dict], words: list[dict]) -> None:
    """Append the word these characters spell, if any, to `words`."""
    if chars:
        words.append({"text": "".join(c["text"] for c in chars),
                      "x0": min(c["x0"] for c in chars), "x1": max(c["x1"] for c in chars),
                      "top": min(c["top"] for c in chars),
                      "bottom": max(c["bottom"] for c in chars), "size": chars[0]["size"]})


def _segments(page, top: float) -> list[tuple[float, float, float, float]]:
    """The box (x0, top, x1, bottom) of every painted subpath made of straight lines: the
    rules and cell borders, as pdfplumber's `lines` and `rects`; curves are left out."""
    import ctypes

    import pypdfium2.raw as raw

    fill, stroke = ctypes.c_int(), ctypes.c_int()
    x, y = ctypes.c_float(), ctypes.c_float()
    boxes: list[tuple[float, float, float, float]] = []
    for handle, (a, b, c, d, e, f) in _paths(page):
        raw.FPDFPath_GetDrawMode(handle, fill, stroke)
        if not fill.value and not stroke.value:
            continue  # a clipping path paints nothing
        subpaths: list[list[tuple[float, float]]] = []
        curved: list[bool] = []
        for i in range(raw.FPDFPath_CountSegments(handle)):
            segment = raw.FPDFPath_GetPathSegment(handle, i)
            kind = raw.FPDFPathSegment_GetType(segment)
            raw.FPDFPathSegment_GetPoint(segment, x, y)
            point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            if kind == raw.FPDF_SEGMENT_MOVETO or not subpaths:
                subpaths.append([point])
                curved.append(False)
            else:
                subpaths[-1].append(point)
                curved[-1] = curved[-1] or kind == raw.FPDF_SEGMENT_BEZIERTO
        for points, is_curve in zip(subpaths, curved, strict=True):
            if is_curve or len(points) < 2:
                continue
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            boxes.append((min(xs), top - max(ys), max(xs), top - min(ys)))
    return boxes


def _paths(page):
    """(handle, matrix to page space) of every path object, inside form XObjects too."""
    import pypdfium2.raw as raw

    def walk(handles, outer, depth=0):
        for handle in handles:
            m = raw.FS_MATRIX()
            raw.FPDFPageObj_GetMatrix(handle, m)
            matrix = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
            kind = raw.FPDFPageObj_GetType(handle)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                yield handle, matrix
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
                count = raw.FPDFFormObj_CountObjects(handle)
                yield from walk((raw.FPDFFormObj_GetObject(handle, i) for i in range(count)),
                                matrix, depth + 1)

    count = raw.FPDFPage_CountObjects(page.raw)
    yield from walk((raw.FPDFPage_GetObject(page.raw, i) for i in range(count)),
                    (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))


def _compose(inner: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """The affine matrix applying `inner` first, then `outer` (PDF's a b c d e f order)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _glued(words: list[dict]) -> list[dict]:
    """Words with footnote letters printed as superscripts glued to the word they follow,
    and numbered footnote marks dropped."""
    if not words:
        return []
    body_size = statistics.median(w["size"] for w in words)
    # glue footnote letters printed as superscripts to the word they follow
    words.sort(key=lambda w: (w["x0"], w["top"]))
    kept: list[dict] = []
    for w in words:
        if w["size"] < 0.85 * body_size and _SUPERSCRIPT.match(w["text"]):
            host = None
            for other in kept:
                if (abs(other["x1"] - w["x0"]) <= 1.5 and other["size"] > w["size"]
                        and other["top"] - 2 <= w["top"] <= other["bottom"]):
                    host = other
                    break
            if host is not None:
                if w["text"].isalpha():
                    # a table footnote letter, glued to its word as the DOCX prints it
                    host["text"] += w["text"]
                    host["x1"] = max(host["x1"], w["x1"])
                # a numbered footnote reference is a mark, not part of the label
                continue
        kept.append(w)
    return kept


def _lines(words: list[dict]) -> list[_Line]:
    """Words grouped into lines by their vertical centre, then into phrases by gaps."""
    words = sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"]))
    groups: list[list[dict]] = []
    for w in words:
        centre = (w["top"] + w["bottom"]) / 2
        if groups:
            last = groups[-1]
            last_centre = statistics.fmean((x["top"] + x["bottom"]) / 2 for x in last)
            if abs(centre - last_centre) <= 0.45 * max(w["size"], last[0]["size"]):
                last.append(w)
                continue
        groups.append([w])
    lines = []
    for group in groups:
        group.sort(key=lambda w: w["x0"])
        size = statistics.median(w["size"] for w in group)
        phrases: list[_Phrase] = []
        for w in group:
            if phrases:
                prev = phrases[-1]
                gap = w["x0"] - prev.x1
                joins_group = (gap <= 0.6 * size and _LEAD_GROUP.match(prev.text) is not None
                               and (_TRAIL_GROUP.match(w["text"]) is not None
                                    # a misprinted last group of dollars: "($1 000 00)"
                                    or ("$" in prev.text and _SHORT_GROUP.match(w["text"])
                                        is not None)))
                both_text = not prev.figure and not figure_like(w["text"])
                joins_text = gap <= (0.75 if both_text else 0.4) * size and not (
                    prev.figure and figure_like(w["text"]))
                if joins_group or joins_text:
                    prev.text += " " + w["text"]
                    prev.x1 = w["x1"]
                    prev.parts.append((w["text"], w["x0"], w["x1"]))
                    prev.top, prev.bottom = min(prev.top, w["top"]), max(prev.bottom, w["bottom"])
                    continue
            phrases.append(_Phrase(w["text"], w["x0"], w["x1"], w["top"], w["bottom"],
                                   w["size"], [(w["text"], w["x0"], w["x1"])]))
        lines.append(_Line(phrases, min(w["top"] for w in group),
                           max(w["bottom"] for w in group), size))
    return lines


# --- rules (cell borders) -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Rule:
    y: float
    x0: float
    x1: float


def _rules(boxes: list[tuple[float, float, float, float]]) -> list[_Rule]:
    """Horizontal rules, touching segments at one height joined into one rule."""
    segments = []
    for x0, top, x1, bottom in boxes:
        if bottom - top <= 2.5 and x1 - x0 >= 0.5:
            segments.append(((top + bottom) / 2, x0, x1))
    segments.sort(key=lambda s: (round(s[0]), s[1]))
    rules: list[_Rule] = []
    for y, x0, x1 in segments:
        if rules and abs(rules[-1].y - y) <= 1.0 and x0 <= rules[-1].x1 + 1.5:
            last = rules[-1]
            rules[-1] = _Rule(last.y, last.x0, max(last.x1, x1))
        else:
            rules.append(_Rule(y, x0, x1))
    return rules


# --- tables on a page -----------------------------------------------------------------

@dataclass(slots=True)
class _Column:
    kind: str  # "label", "text" or "figure"
    left: float  # boundary on the left
    right: float  # boundary on the right
    anchor: float  # x1 for figure columns, x0 for text columns
    content: float = 0.0  # x0 of the leftmost figure (figure columns)


def _page_grids(page: _Layout, number: int, path: str,
                section: str = "") -> tuple[list[tuple[Grid, tuple[float, ...]]], str]:
    """The tables of one page, each with the x positions of its columns, and the section
    heading in force at the foot of the page.

    `section` is the heading in force where the page begins; a heading printed on the
    page above a table, larger than the table's text, replaces it (`I. Military observers`
    inside a table is not a section).
    """
    words = _glued(page.words)
    if not words:
        return [], section
    height = page.height
    lines = [ln for ln in _lines(words)
             if ln.top > 0.075 * height and ln.bottom < 0.93 * height]
    rules = [r for r in _rules(page.segments) if 0.075 * height < r.y < 0.93 * height]
    grids: list[tuple[Grid, tuple[float, ...]]] = []
    i = 0
    used_until = -1
    while i < len(lines):
        if not lines[i].tabular:
            i += 1
            continue
        start, end = _body_extent(lines, i)
        body = lines[start:end + 1]
        if sum(1 for ln in body if ln.tabular) < 2:
            i = end + 1
            continue
        header = _header_lines(lines, start, used_until)
        header, headings = _split_at_rules(header, body, rules)
        first_figure = min(ph.x0 for ln in body for ph in ln.figures)
        if header and all(ph.x0 < first_figure - 10 for ln in header for ph in ln.phrases):
            # nothing stands over the figures: these are labels (a table continued from
            # the page before, a heading), not column headings
            headings, header = header + headings, []
        body = headings + body
        first = start - len(header) - len(headings)
        caption = _caption(lines, first, used_until)
        section = _last_heading(lines[used_until + 1:first], body, section)
        if section and section not in caption.split("\n"):
            caption = f"{section}\n{caption}" if caption else section
        columns = _columns(body)
        grid = _build_grid(header, body, columns, rules, number, len(grids) + 1, path, caption)
        if grid is not None:
            grids.append((grid, tuple(c.anchor for c in columns)))
        used_until = end
        i = end + 1
    if grids:
        section = _last_heading(lines[used_until + 1:], body, section)
    else:
        section = _last_heading(lines, [], section)
    return grids, section


def _last_heading(lines: list[_Line], body: list[_Line], section: str) -> str:
    """The last section heading among `lines`, printed larger than the table text."""
    table_size = statistics.median(ln.size for ln in body) if body else 9.0
    for ln in lines:
        text = " ".join(ph.text for ph in ln.phrases)
        if ln.size > 1.1 * table_size and SECTION_HEADING.match(text):
            section = text
    return section


def _body_extent(lines: list[_Line], i: int) -> tuple[int, int]:
    """First and last line of the table body that starts at line i."""
    size = lines[i].size
    end = i
    j = i + 1
    while j < len(lines):
        ln, prev = lines[j], lines[j - 1]
        if ln.top - prev.bottom > 2.6 * size:
            break
        if ln.tabular:
            end = j
        elif not _label_only(ln) or _ends_table(ln, size):
            break
        j += 1
    return i, end


def _ends_table(line: _Line, size: float) -> bool:
    """A line that cannot stand inside a table: a larger heading, a note, a unit caption."""
    text = " ".join(ph.text for ph in line.phrases)
    return (line.size > 1.1 * size or bool(_UNIT_CUE.search(text))
            or (len(text) > 40 and text.rstrip().endswith(".")))


def _label_only(line: _Line) -> bool:
    """A line of one or two text phrases and no figures: a heading or a wrapped label."""
    return not line.figures and len(line.phrases) <= 3


def _header_lines(lines: list[_Line], start: int, used_until: int) -> list[_Line]:
    """The close lines above the first body line: the table's column headings."""
    out: list[_Line] = []
    j = start - 1
    below = lines[start]
    while j > used_until:
        ln = lines[j]
        if below.top - ln.bottom > 2.2 * max(ln.size, below.size) or ln.tabular:
            break
        out.insert(0, ln)
        below = ln
        j -= 1
    # a lone heading just above the body belongs to it (e.g. a group heading), not the header
    return out


def _split_at_rules(header: list[_Line], body: list[_Line],
                    rules: list[_Rule]) -> tuple[list[_Line], list[_Line]]:
    """Header lines between the table's top rule and the rule under the header; the lines
    below that rule (group headings) belong to the body, those above the top rule to the
    text before the table."""
    if not header:
        return header, []
    x0, x1 = min(ln.x0 for ln in body), max(ln.x1 for ln in body)
    wide = sorted((r.y for r in rules if r.x1 - r.x0 >= 0.8 * (x1 - x0)
                   and header[0].top - 30 < r.y < body[0].top), reverse=True)
    if not wide:
        return header, []
    lowest = wide[0]
    above = [y for y in wide[1:] if lowest - y <= 150
             and any(y < ln.top < lowest for ln in header)]
    if above:
        top, under = above[0], lowest
    elif any(ln.top > lowest for ln in header) and not any(ln.top < lowest for ln in header):
        top, under = lowest, lowest  # only a top rule
    else:
        # only the rule under the header: keep the close lines above it
        return header, []
    kept = [ln for ln in header if ln.top > top - 1]
    first_figure = min(ph.x0 for ln in body for ph in ln.figures)
    heads: list[_Line] = []
    while (kept and under > top and kept[-1].top > under and len(kept[-1].phrases) == 1
           and kept[-1].x1 < first_figure and not kept[-1].formula):
        heads.insert(0, kept.pop())
    return kept, heads


def _caption(lines: list[_Line], first: int, used_until: int) -> str:
    out: list[str] = []
    j = first - 1
    while j > used_until and len(out) < CAPTION_LINES:
        out.insert(0, " ".join(ph.text for ph in lines[j].phrases))
        j -= 1
    return "\n".join(out)


def _columns(body: list[_Line]) -> list[_Column]:
    """Columns from the body: figure right edges, text left edges beyond the label."""
    figure_edges = sorted(ph.x1 for ln in body for ph in ln.figures)
    clusters: list[list[float]] = []
    for x in figure_edges:
        if clusters and x - clusters[-1][-1] <= 4.0:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    figure_cols = [max(c) for c in clusters if len(c) >= 1]
    figure_lefts: dict[int, float] = {}
    for ln in body:
        for ph in ln.figures:
            k = min(range(len(figure_cols)), key=lambda n: abs(figure_cols[n] - ph.x1))
            figure_lefts[k] = min(figure_lefts.get(k, ph.x0), ph.x0)
    label_left = min(ln.x0 for ln in body)
    text_starts: list[float] = []
    for ln in body:
        for ph in ln.texts[1:] if ln.texts and ln.texts[0] is ln.phrases[0] else ln.texts:
            if not any(abs(ph.x1 - x1) <= 3.0 for x1 in figure_cols):
                # text that ends where a column of figures ends is right-aligned in it
                text_starts.append(ph.x0)
    text_starts.sort()
    text_clusters: list[list[float]] = []
    for x in text_starts:
        if text_clusters and x - text_clusters[-1][0] <= 4.0:
            text_clusters[-1].append(x)
        else:
            text_clusters.append([x])
    text_cols = [min(c) for c in text_clusters if len(c) >= 2 and min(c) > label_left + 8]
    anchors: list[tuple[float, str, float]] = [(label_left, "label", label_left)]
    for k, x1 in enumerate(figure_cols):
        anchors.append((figure_lefts.get(k, x1), "figure", x1))
    for x0 in text_cols:
        anchors.append((x0, "text", x0))
    anchors.sort()
    columns: list[_Column] = []
    for n, (left_edge, kind, anchor) in enumerate(anchors):
        left = -1e9 if n == 0 else 0.0
        columns.append(_Column(kind, left, 1e9, anchor, left_edge))
        if n > 0:
            prev = columns[n - 1]
            boundary = prev.anchor + 2.0 if prev.kind == "figure" else left_edge - 1.0
            if kind == "figure" and prev.kind == "label":
                # headings over the first figures reach left of them: split the white space
                ends = [ln.phrases[0].x1 for ln in body
                        if ln.figures and not ln.phrases[0].figure
                        and ln.phrases[0].x1 < left_edge]
                if ends:
                    boundary = (max(ends) + left_edge) / 2
            prev.right = boundary
            columns[n].left = boundary
    return columns


def _column_of(columns: list[_Column], ph: _Phrase) -> int:
    figures = [k for k, c in enumerate(columns) if c.kind == "figure"]
    if figures:
        nearest = min(figures, key=lambda k: abs(columns[k].anchor - ph.x1))
        if ph.figure or (abs(columns[nearest].anchor - ph.x1) <= 3.0
                         and ph.x0 > columns[nearest].left - 40):
            return nearest
    for k, col in enumerate(columns):
        if col.left <= ph.x0 + 1.0 < col.right:
            return k
    return len(columns) - 1


def _header_parts(columns: list[_Column], ph: _Phrase,
                  rule: _Rule | None) -> list[tuple[int, str]]:
    """(column, text) for a header phrase.

    A phrase centred over a rule drawn under several columns heads each of them; else a
    phrase that fits in one column heads that column, and one that crosses column
    boundaries is split into its words.
    """
    if rule is not None:
        under = [k for k, c in enumerate(columns)
                 if rule.x0 - 1 <= _mid(c, ph) <= rule.x1 + 1]
        if under:
            return [(k, ph.text) for k in under]
    home = next((n for n, c in enumerate(columns) if c.left <= ph.center < c.right),
                len(columns) - 1)
    col = columns[home]
    if col.left - 1 <= ph.x0 and ph.x1 <= col.right + 1:
        return [(home, ph.text)]
    if len(ph.parts) < 2:
        return [(home, ph.text)]
    out: list[tuple[int, str]] = []
    for text, x0, x1 in ph.parts:
        centre = (x0 + x1) / 2
        k = next((n for n, c in enumerate(columns) if c.left <= centre < c.right),
                 len(columns) - 1)
        if out and out[-1][0] == k:
            out[-1] = (k, out[-1][1] + " " + text)
        else:
            out.append((k, text))
    return out


def _mid(column: _Column, ph: _Phrase) -> float:
    """Where a column stands: the middle of its figures, else of its boundaries."""
    if column.kind == "figure":
        return (column.content + column.anchor) / 2
    left = column.left if column.left > -1e8 else column.anchor
    right = column.right if column.right < 1e8 else column.anchor
    return (left + right) / 2


def _build_grid(header: list[_Line], body: list[_Line], columns: list[_Column],
                rules: list[_Rule], page: int, table: int, path: str,
                caption: str) -> Grid | None:
    width = len(columns)
    name = f"table {table}"
    rows_text: list[list[list[str]]] = []
    rows_merged: list[list[bool]] = []

    # header: bands between rules, a rule splitting only the columns it runs under
    if header:
        top = min(ln.top for ln in header) - 1
        bottom = body[0].top
        inner = [r for r in rules if top < r.y < bottom]
        ys = sorted({round(r.y, 1) for r in inner})
        bands = [top, *ys, bottom]
        n_bands = len(bands) - 1
        cells: list[list[list[str]]] = [[[] for _ in range(width)] for _ in range(n_bands)]
        table_x0 = min(ln.x0 for ln in body)
        table_x1 = max(ln.x1 for ln in body)
        for ln in header:
            for ph in ln.phrases:
                centre_y = (ph.top + ph.bottom) / 2
                b = max(0, min(n_bands - 1,
                               sum(1 for y in bands[1:-1] if y < centre_y)))
                below = [r for r in inner if r.y > centre_y and r.x0 - 1 <= ph.center <= r.x1 + 1]
                rule = min(below, key=lambda r: r.y) if below else None
                if rule is not None and (
                        rule.y > bands[b + 1] + 0.5
                        or rule.x1 - rule.x0 >= 0.8 * (table_x1 - table_x0)
                        or abs(ph.center - (rule.x0 + rule.x1) / 2) > 0.1 * (rule.x1 - rule.x0)):
                    rule = None  # not a line drawn under this heading's span
                if rule is not None and any(
                        other is not ph
                        and bands[b] <= (other.top + other.bottom) / 2 < bands[b + 1]
                        and rule.x0 <= other.center <= rule.x1
                        and (other.x1 < ph.x0 or other.x0 > ph.x1)
                        for hl in header for other in hl.phrases):
                    rule = None  # other headings stand over the same rule: it closes a row
                for k, text in _header_parts(columns, ph, rule):
                    cells[b][k].append(text)
        merged = [[False] * width for _ in range(n_bands)]
        for k, col in enumerate(columns):
            # which band boundaries apply to this column
            centre = _mid(col, _Phrase("", col.anchor, col.anchor, 0, 0, 0))
            run_start = 0
            for b in range(1, n_bands + 1):
                boundary_applies = b == n_bands or any(
                    abs(r.y - bands[b]) <= 0.2 and r.x0 - 1 <= centre <= r.x1 + 1
                    for r in inner)
                if boundary_applies:
                    span_text = [t for bb in range(run_start, b) for t in cells[bb][k]]
                    for bb in range(run_start, b):
                        cells[bb][k] = list(span_text)
                        merged[bb][k] = bb > run_start
                    run_start = b
        # horizontal spans: repeated text in neighbouring columns is a merge
        for b in range(n_bands):
            for k in range(1, width):
                if cells[b][k] and cells[b][k] == cells[b][k - 1] and not merged[b][k]:
                    merged[b][k] = True
        for b in range(n_bands):
            if any(cells[b][k] and not merged[b][k] for k in range(width)):
                rows_text.append(cells[b])
                rows_merged.append(merged[b])

    # body: one row per line, wrapped labels joined to their row
    tight = 0.35 * statistics.median(ln.size for ln in body)
    body_rows: list[tuple[list[list[str]], bool]] = []
    pending: list[list[str]] | None = None
    for n, ln in enumerate(body):
        row: list[list[str]] = [[] for _ in range(width)]
        for ph in ln.phrases:
            row[_column_of(columns, ph)].append(ph.text)
        if not ln.figures:
            prev = body[n - 1] if n > 0 else None
            nxt = body[n + 1] if n + 1 < len(body) else None
            gap_above = ln.top - prev.bottom if prev is not None else 1e9
            gap_below = nxt.top - ln.bottom if nxt is not None else 1e9
            # a wrapped label joins the closer of its neighbours; figures stand on the
            # first line of a top-aligned cell and on the last of a bottom-aligned one
            # (a tie goes up: the third line of a recommendation wrapped over four lines)
            if (gap_above <= tight and gap_above <= gap_below + 0.5 and pending is None
                    and body_rows and body_rows[-1][1]):
                for k in range(width):
                    body_rows[-1][0][k].extend(row[k])
                continue
            if gap_below <= tight:
                pending = row if pending is None else _joined(pending, row)
                continue
        elif (n > 0 and pending is None and body_rows and ln.top - body[n - 1].bottom <= tight
              and not any(body_rows[-1][0][k] and row[k] for k in range(1, width))):
            # a cell printed on two lines, its figures split between them
            body_rows[-1] = (_joined(body_rows[-1][0], row), True)
            continue
        if pending is not None:
            row = _joined(pending, row)
            pending = None
        body_rows.append((row, bool(ln.figures)))
    if pending is not None:
        body_rows.append((pending, False))
    for row, _ in body_rows:
        rows_text.append(row)
        rows_merged.append([False] * width)

    grid_rows = []
    for r, (texts, merges) in enumerate(zip(rows_text, rows_merged, strict=True)):
        out: list[Cell | None] = []
        for c in range(width):
            text = _cell_text(texts[c])
            if not text:
                out.append(None)
                continue
            ref = SourceRef(path=path, page=page, table=name, cell=f"{column_letter(c)}{r + 1}")
            out.append(Cell(text=text, ref=ref, merged=merges[c]))
        grid_rows.append(tuple(out))
    if not grid_rows:
        return None
    return Grid(name=f"p.{page} {name}", rows=tuple(grid_rows), caption=caption, page=page,
                source_format="pdf")


def _joined(upper: list[list[str]], lower: list[list[str]]) -> list[list[str]]:
    """Cell texts of two lines of one row, column by column."""
    return [a + b for a, b in zip(upper, lower, strict=True)]


def _cell_text(parts: list[str]) -> str:
    """Pieces of one cell's text, top to bottom: words wrapped after (or before) a hyphen
    or dash join without a space, as the line break fell inside the word (`D-2–D-1`)."""
    text = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if text and (text[-1] in "-–—" or part[0] in "-–—") and part != text:
            text += part
        else:
            text = f"{text} {part}" if text else part
    return text


# --- tables continued on the next page ----------------------------------------------

def _join_continued(grids: list[tuple[Grid, tuple[float, ...]]]) -> list[Grid]:
    """Join a table that runs over a page break, dropping its repeated header rows.

    The part on the next page must open that page, have no caption of its own and stand
    on the same columns (same x positions) as the part it continues.
    """
    out: list[tuple[Grid, tuple[float, ...]]] = []
    for grid, anchors in grids:
        if out and _continues(out[-1][0], grid) and _same_columns(out[-1][1], anchors):
            first = out[-1][0]
            rows = list(grid.rows)
            head = _header_texts(first)
            while rows and head and _row_texts(rows[0]) in head:
                rows.pop(0)
            joined = Grid(name=first.name, rows=first.rows + tuple(rows),
                          caption=first.caption, page=first.page,
                          source_format=first.source_format)
            out[-1] = (joined, anchors)
        else:
            out.append((grid, anchors))
    return [grid for grid, _ in out]


def _same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= 4.0 for x, y in zip(a[1:], b[1:], strict=True))


def _row_texts(row) -> tuple[str, ...]:
    return tuple(c.text if c is not None else "" for c in row)


def _header_texts(grid: Grid) -> list[tuple[str, ...]]:
    out = []
    for row in grid.rows:
        texts = [c.text for c in row[1:] if c is not None]
        if texts and any(figure_like(t) and not t.startswith("(") for t in texts):
            break
        out.append(_row_texts(row))
    return out


def _continues(first: Grid, second: Grid) -> bool:
    """True when `second` opens its page and carries on the table that closes `first`'s.

    `first` is the table read just before, so it is the last one on its page.
    """
    if first.page is None or second.page != first.page + 1 or first.width != second.width:
        return False
    own_caption = [line for line in second.caption.split("\n")
                   if line.strip() and not SECTION_HEADING.match(line)]
    return second.name.endswith(" table 1") and not own_caption
