"""PDF resolutions: text page by page with pypdfium2 (fast; pdfplumber is ~20x slower).

One character-box lookup per line gives its left edge, so the first-line indent that marks
a new paragraph in the UN's layout is known without pdfplumber's layout analysis.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from ctypes import c_double
from pathlib import Path
from typing import Any

from mandates.readers.lines import Line, common_margin, is_furniture
from provenance import InputError
from provenance.pdf import check_text_layer, open_pdf

#: a line starting this many points right of the page's text margin is indented
INDENT_POINTS = 12.0


def read_lines(path: Path) -> list[Line]:
    """Printed lines of a PDF resolution with their 1-based pages and first-line indents.

    Raises InputError for a file that is not a PDF, is encrypted or damaged, or carries no
    text layer (a scan, which needs OCR first).
    """
    import pypdfium2 as pdfium

    lines: list[Line] = []
    with open_pdf(path) as document:
        try:
            for index in range(len(document)):
                lines.extend(_page_lines(document, index))
        except pdfium.PdfiumError as exc:
            raise InputError("is damaged: a page cannot be read", path=path,
                             hint="download the document again") from exc
    check_text_layer((line.text for line in lines), path)
    return lines


def _page_lines(document: Any, index: int) -> list[Line]:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    page = document[index]
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        # pdfium counts the line breaks it generates as characters, so a line's offset in
        # the text is the index of its first character
        aligned = textpage.count_chars() == len(text)
        placed: list[tuple[float | None, str]] = []
        offset = 0
        # the call `textpage.get_charbox(i)[0]` makes, without the wrapper's new doubles and
        # property look-ups on every line (they took longer than the call itself)
        left_edge, right_edge, bottom, top = c_double(), c_double(), c_double(), c_double()

        def box(index: int) -> tuple[float, float] | None:
            if not aligned:
                return None
            if not pdfium_c.FPDFText_GetCharBox(textpage.raw, index, left_edge, right_edge,
                                                bottom, top):
                raise pdfium.PdfiumError("Failed to get charbox.")
            return left_edge.value, bottom.value

        for raw in text.split("\r\n"):
            hyphen = _page_break_hyphen(raw, offset, box) if "\ufffe" in raw else -1
            if hyphen > 0:
                # pdfium runs a word hyphenated at the page's last line into the next text it
                # draws: the running header above ("Secretary-S/RES/2245 (2015)") or the job
                # number below ("gender-23-18739 (E) 11/22"); two lines, each with its own
                # left edge
                at = offset
                for piece in (raw[:hyphen + 1], raw[hyphen + 1:]):
                    first = box(at + len(piece) - len(piece.lstrip())) if piece.strip() else None
                    placed.append((first[0] if first else None, piece))
                    at += len(piece)
                offset += len(raw) + 2
                continue
            left = None
            if aligned and raw.strip():
                # the call `box` makes, inline: this runs for every line
                if not pdfium_c.FPDFText_GetCharBox(textpage.raw,
                                                    offset + len(raw) - len(raw.lstrip()),
                                                    left_edge, right_edge, bottom, top):
                    raise pdfium.PdfiumError("Failed to get charbox.")
                left = left_edge.value
            placed.append((left, raw))
            offset += len(raw) + 2
    finally:
        textpage.close()
        page.close()
    if any(raw[:3] == "___" for _, raw in placed):
        placed = _notes_on_their_rule(placed)
    lefts = [round(x) for x, raw in placed if x is not None and len(raw.strip()) > 30]
    margin = float(common_margin(lefts)) if lefts else None
    return [Line(_HYPHENATED.sub(_unhyphenated, raw) if "\ufffe" in raw else raw, index + 1,
                 None if margin is None or x is None else x > margin + INDENT_POINTS)
            for x, raw in placed]


_RULE = re.compile(r"_{3,}\s*$")
_NOTE_START = re.compile(r"\s*(?:\d{1,2}|\*{1,2})\s+\S")


def _notes_on_their_rule(placed: list[tuple[float | None, str]]
                         ) -> list[tuple[float | None, str]]:
    """A page's footnotes joined to the rule above them, one line, as the UN's text files
    print them ("__________________ 1 S/2013/323, annex. 2 S/2013/357, annex II."): pdfium
    gives the rule a line of its own, and a rule alone is page furniture, so the notes
    under it would read as the text running on."""
    out: list[tuple[float | None, str]] = []
    i = 0
    while i < len(placed):
        left, raw = placed[i]
        if _RULE.match(raw) and i + 1 < len(placed) and _NOTE_START.match(placed[i + 1][1]):
            end = i + 1
            while end < len(placed) and not is_furniture(placed[end][1].strip()):
                end += 1
            out.append((left, " ".join([raw.strip(), *(r.strip() for _, r in placed[i + 1:end])])))
            i = end
            continue
        out.append((left, raw))
        i += 1
    return out


#: a word broken at a line's end, which pdfium marks and runs into the next line's text
_HYPHENATED = re.compile("([A-Za-z]+)\ufffe([a-z]+)")


def _unhyphenated(m: re.Match[str]) -> str:
    """A word hyphenated at a line's end, whole again where the typesetter broke it
    ("sta-bilization"), hyphen kept where it is a compound's ("community-level")."""
    from mandates.segment import typeset_hyphen

    return m.group(1) + m.group(2) if typeset_hyphen(m.group(1), m.group(2)) else m.group(0)


def _page_break_hyphen(raw: str, offset: int,
                       box: Callable[[int], tuple[float, float] | None]) -> int:
    """Where, in one line of pdfium's text, a word hyphenated at the foot of a page ends and
    the page furniture pdfium ran into it begins (-1: nowhere).

    pdfium marks a hyphen at a line's end "\ufffe" and runs the next line into it: the next
    line of the paragraph ("community\ufffelevel", kept whole), or, at the foot of a page,
    the running header it draws next (its baseline higher) or the job number and page below
    ("gender\ufffe23-18739 (E) 11/22", the rest of the line page furniture).
    """
    end = len(raw.rstrip()) - 1
    hyphen = raw.find("\ufffe", 1, end)
    while hyphen > 0:
        before, after = box(offset + hyphen - 1), box(offset + hyphen + 1)
        if (before is not None and after is not None and after[1] > before[1]) \
                or is_furniture(raw[hyphen + 1:].strip()):
            return hyphen
        hyphen = raw.find("\ufffe", hyphen + 1, end)
    return -1
